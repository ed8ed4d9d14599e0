import { CATALOG } from './catalog/index.js';
import { LiteralAutomaton } from './literal-automaton.js';
import { isOrdinary } from './regex-anchors.js';
import type { CompiledRule, Rule } from './rule.js';
import { compileRules } from './rule.js';
import { MARKER_LITERALS } from './steps.js';

/**
 * Rules compiled and indexed by their literals, so a line is only tried against the
 * patterns whose literals it contains (plus the few patterns without one).
 */

interface PatternRef {
  rule: CompiledRule;
  pattern: number;
}

export interface RuleSet {
  rules: readonly CompiledRule[];
  /** Rules matched against the failed step's command. */
  commandRules: readonly CompiledRule[];
  /** Finds, in raw bytes, the lines holding a rule literal or a step marker; and the literals in a line. */
  automaton: LiteralAutomaton;
  /** Literal id (automaton index) → patterns requiring that literal. */
  byLiteral: readonly PatternRef[][];
  /** Line patterns without a literal: tried on every line looked at. */
  unanchored: readonly PatternRef[];
}

export interface LineMatch {
  rule: CompiledRule;
  groups: Record<string, string>;
}

const cache = new WeakMap<readonly Rule[], RuleSet>();

/** The rule set for `rules` (the catalog by default), built once per list. */
export function ruleSet(rules: readonly Rule[] = CATALOG): RuleSet {
  const have = cache.get(rules);
  if (have) return have;
  const compiled = compileRules(rules);
  const ids = new Map<string, number>();
  const triggers: boolean[] = [];
  const byLiteral: PatternRef[][] = [];
  const unanchored: PatternRef[] = [];
  const idOf = (literal: string, trigger: boolean): number => {
    let id = ids.get(literal);
    if (id === undefined) {
      id = ids.size;
      ids.set(literal, id);
      byLiteral.push([]);
      triggers.push(false);
    }
    if (trigger) triggers[id] = true;
    return id;
  };
  for (const lit of MARKER_LITERALS) idOf(lit.toLowerCase(), true);
  for (const rule of compiled) {
    if (rule.rule.target === 'command') continue;
    for (const [pattern, literals] of rule.literals.entries()) {
      if (!literals) {
        unanchored.push({ rule, pattern });
        continue;
      }
      // Generic rules (category unknown), and patterns whose literal also occurs in ordinary
      // output, only matter near a failure, which the scanner keeps anyway: they do not make it stop.
      const trigger = rule.rule.category !== 'unknown' && !isOrdinary(literals);
      for (const lit of literals) (byLiteral[idOf(lit, trigger)] as PatternRef[]).push({ rule, pattern });
    }
  }
  const set: RuleSet = {
    rules: compiled,
    commandRules: compiled.filter((r) => r.rule.target === 'command'),
    automaton: new LiteralAutomaton([...ids.keys()], triggers),
    byLiteral,
    unanchored,
  };
  cache.set(rules, set);
  return set;
}

function groupsOf(m: RegExpExecArray): Record<string, string> {
  const out: Record<string, string> = {};
  if (m.groups) for (const [k, v] of Object.entries(m.groups)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

/**
 * The rules matching one line (its text without workflow-command prefix), each with the named
 * groups of its first matching pattern. `only` limits the rules tried (and with it, the work);
 * `anchoredOnly` skips the patterns without a literal.
 */
export function matchLine(
  set: RuleSet,
  text: string,
  only?: (rule: CompiledRule) => boolean,
  anchoredOnly = false,
): LineMatch[] {
  const refs: PatternRef[] = anchoredOnly ? [] : set.unanchored.filter((r) => !only || only(r.rule));
  for (const id of set.automaton.literalsIn(text)) {
    for (const ref of set.byLiteral[id] as PatternRef[]) if (!only || only(ref.rule)) refs.push(ref);
  }
  if (refs.length === 0) return [];
  refs.sort((a, b) => a.rule.index - b.rule.index || a.pattern - b.pattern);
  const out: LineMatch[] = [];
  let done: CompiledRule | undefined;
  let last: PatternRef | undefined;
  for (const ref of refs) {
    const { rule, pattern } = ref;
    // Sorted: a rule's refs are adjacent, and a pattern listed under two literals appears twice in a row.
    if (rule === done || (last && last.rule === rule && last.pattern === pattern)) continue;
    last = ref;
    const m = (rule.patterns[pattern] as RegExp).exec(text);
    if (!m) continue;
    done = rule;
    if (rule.exclude.some((x) => x.test(text))) continue;
    out.push({ rule, groups: groupsOf(m) });
  }
  return out;
}
