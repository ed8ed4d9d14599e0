import type { Category, FactValue } from '../types.js';
import { CATEGORIES } from '../types.js';
import { patternLiterals } from './regex-anchors.js';

/**
 * A classification rule: plain data, so the catalog and a repository's own rules
 * (from .github/self-heal.yml) have the same shape. Adding a rule is adding an object.
 */
export interface Rule {
  /** Unique, kebab-case, e.g. `python-module-not-found`. Fixers are chosen by it. */
  id: string;
  category: Category;
  /** `python`, `node`, `java`, … or `generic` when the message is not tied to one. */
  ecosystem: string;
  /**
   * Regular-expression sources (JavaScript syntax) tested against each cleaned log line
   * (timestamp, ANSI codes and a leading `##[error]` removed). Named groups become facts;
   * a group named `test` collects failing test names into the `tests` fact.
   * Give each pattern some literal text (3+ bytes) that ordinary output lacks: the scanner
   * stops only on lines holding a rule's literal, so a pattern without one (or with only
   * common words) sees just the lines kept around other hits and before the failure.
   */
  patterns: string[];
  /** Regex flags for the patterns: only `i` is allowed. */
  flags?: string;
  /** A line matching any of these is not a hit, even if a pattern matches. */
  exclude?: string[];
  /** Constant facts added when the rule wins, e.g. `{ manager: 'pip' }`. */
  facts?: Record<string, FactValue>;
  /** Higher wins when several rules match. Catalog scale: 90+ platform, 70–89 specific tool messages, 40–69 summaries, below 40 generic. */
  priority?: number;
  /** Defaults to true for network, rate-limit and infrastructure. */
  transient?: boolean;
  /** One-line summary; `{name}` is replaced by the fact `name`. */
  summary?: string;
  /** Which neighbouring lines belong to a hit (the lines a maintainer needs to see). */
  context?: RuleContext;
  /**
   * Categories of hits that, shortly before this rule's hit in the same step, are its cause:
   * pip's "No matching distribution" after the index could not be reached is a network failure.
   */
  causedBy?: Category[];
  /**
   * `line` (default): patterns are matched against log lines. `command`: against the
   * failed step's command (`Run npm test`, Travis `The command "…"`), a weak hint used
   * only for the category when no line rule is more specific.
   */
  target?: 'line' | 'command';
}

export interface RuleContext {
  /** Lines before the hit to include (stops at a blank line unless `beforeWhile` is set). */
  before?: number;
  /** Only include preceding lines that match this regex. */
  beforeWhile?: string;
  /** Maximum lines after the hit to include. */
  after?: number;
  /** Following lines are included while they match this regex (default: indented or stack-frame lines). */
  while?: string;
  /** Stop before the first following line that matches this regex. */
  until?: string;
  /** Regex sources applied to the block's lines to fill facts the hit line lacks (first match per group). */
  facts?: string[];
}

/** A rule ready to run: regexes compiled once. */
export interface CompiledRule {
  rule: Rule;
  index: number;
  priority: number;
  transient: boolean;
  patterns: RegExp[];
  exclude: RegExp[];
  before: number;
  beforeWhile?: RegExp;
  after: number;
  while: RegExp;
  until?: RegExp;
  contextFacts: RegExp[];
  /** Per pattern: lower-case literals one of which every match contains, or null when none could be derived. */
  literals: Array<string[] | null>;
}

export class RuleError extends Error {
  override name = 'RuleError';
}

const TRANSIENT_CATEGORIES: ReadonlySet<Category> = new Set(['network', 'rate-limit', 'infrastructure']);
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KNOWN_KEYS = new Set([
  'id',
  'category',
  'ecosystem',
  'patterns',
  'flags',
  'exclude',
  'facts',
  'priority',
  'transient',
  'summary',
  'context',
  'target',
  'causedBy',
]);
const CONTEXT_KEYS = new Set(['before', 'beforeWhile', 'after', 'while', 'until', 'facts']);
/** Indented continuation or a stack frame: what usually follows an error line. */
export const DEFAULT_CONTINUATION = '^(?:\\s+\\S|at |Caused by:|\\.\\.\\. \\d+ more)';
export const DEFAULT_PRIORITY = 50;

function where(index: number, id: unknown): string {
  return typeof id === 'string' && id ? `rule ${index + 1} (${id})` : `rule ${index + 1}`;
}

function compileRegex(source: string, flags: string, what: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new RuleError(`${what}: invalid regular expression /${source}/: ${(error as Error).message}`);
  }
}

function stringList(value: unknown, what: string, required: boolean): string[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value) || (required && value.length === 0)) {
    throw new RuleError(`${what} must be a${required ? ' non-empty' : 'n'} list of regular expressions`);
  }
  return value.map((v, i) => {
    if (typeof v !== 'string' || v === '') throw new RuleError(`${what}[${i}] must be a non-empty string`);
    return v;
  });
}

function nonNegativeInt(value: unknown, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 500) {
    throw new RuleError(`${what} must be an integer from 0 to 500`);
  }
  return value;
}

/**
 * Checks untrusted rule data (e.g. parsed from YAML) and returns typed rules.
 * Throws a RuleError naming the rule and the field that is wrong.
 */
export function loadRules(data: unknown): Rule[] {
  if (!Array.isArray(data)) throw new RuleError('rules must be a list');
  const seen = new Set<string>();
  const rules = data.map((raw, index): Rule => {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      throw new RuleError(`${where(index, undefined)} must be a mapping`);
    }
    const r = raw as Record<string, unknown>;
    const at = where(index, r.id);
    for (const key of Object.keys(r)) {
      if (!KNOWN_KEYS.has(key)) throw new RuleError(`${at}: unknown field '${key}'`);
    }
    if (typeof r.id !== 'string' || !ID_PATTERN.test(r.id)) {
      throw new RuleError(`${at}: id must be kebab-case (letters, digits, '-'), got ${JSON.stringify(r.id)}`);
    }
    if (seen.has(r.id)) throw new RuleError(`${at}: duplicate id '${r.id}'`);
    seen.add(r.id);
    if (typeof r.category !== 'string' || !(CATEGORIES as readonly string[]).includes(r.category)) {
      throw new RuleError(
        `${at}: unknown category ${JSON.stringify(r.category)}; expected one of ${CATEGORIES.join(', ')}`,
      );
    }
    const ecosystem = r.ecosystem ?? 'generic';
    if (typeof ecosystem !== 'string' || !ecosystem) throw new RuleError(`${at}: ecosystem must be a string`);
    const flags = r.flags ?? '';
    if (typeof flags !== 'string' || !/^i?$/.test(flags)) throw new RuleError(`${at}: flags may only be '' or 'i'`);
    const patterns = stringList(r.patterns, `${at}: patterns`, true);
    const exclude = stringList(r.exclude, `${at}: exclude`, false);
    for (const [i, p] of patterns.entries()) compileRegex(p, flags, `${at}: patterns[${i}]`);
    for (const [i, p] of exclude.entries()) compileRegex(p, flags, `${at}: exclude[${i}]`);
    if (r.priority !== undefined && (typeof r.priority !== 'number' || !Number.isFinite(r.priority))) {
      throw new RuleError(`${at}: priority must be a number`);
    }
    if (r.transient !== undefined && typeof r.transient !== 'boolean') {
      throw new RuleError(`${at}: transient must be true or false`);
    }
    if (r.summary !== undefined && typeof r.summary !== 'string')
      throw new RuleError(`${at}: summary must be a string`);
    if (r.target !== undefined && r.target !== 'line' && r.target !== 'command') {
      throw new RuleError(`${at}: target must be 'line' or 'command'`);
    }
    if (
      r.causedBy !== undefined &&
      (!Array.isArray(r.causedBy) || r.causedBy.some((c) => !(CATEGORIES as readonly unknown[]).includes(c)))
    ) {
      throw new RuleError(`${at}: causedBy must be a list of categories (${CATEGORIES.join(', ')})`);
    }
    let facts: Record<string, FactValue> | undefined;
    if (r.facts !== undefined) {
      if (r.facts === null || typeof r.facts !== 'object' || Array.isArray(r.facts)) {
        throw new RuleError(`${at}: facts must be a mapping of names to values`);
      }
      facts = {};
      for (const [k, v] of Object.entries(r.facts)) {
        const ok =
          typeof v === 'string' ||
          typeof v === 'number' ||
          typeof v === 'boolean' ||
          (Array.isArray(v) && v.every((x) => typeof x === 'string'));
        if (!ok) throw new RuleError(`${at}: facts.${k} must be a string, number, boolean or list of strings`);
        facts[k] = v as FactValue;
      }
    }
    let context: RuleContext | undefined;
    if (r.context !== undefined) {
      if (r.context === null || typeof r.context !== 'object' || Array.isArray(r.context)) {
        throw new RuleError(`${at}: context must be a mapping`);
      }
      const c = r.context as Record<string, unknown>;
      for (const key of Object.keys(c)) {
        if (!CONTEXT_KEYS.has(key)) throw new RuleError(`${at}: unknown field 'context.${key}'`);
      }
      context = {};
      const before = nonNegativeInt(c.before, `${at}: context.before`);
      const after = nonNegativeInt(c.after, `${at}: context.after`);
      if (before !== undefined) context.before = before;
      if (after !== undefined) context.after = after;
      for (const key of ['beforeWhile', 'while', 'until'] as const) {
        const v = c[key];
        if (v === undefined) continue;
        if (typeof v !== 'string' || !v) throw new RuleError(`${at}: context.${key} must be a regular expression`);
        compileRegex(v, flags, `${at}: context.${key}`);
        context[key] = v;
      }
      const cf = stringList(c.facts, `${at}: context.facts`, false);
      for (const [i, p] of cf.entries()) compileRegex(p, flags, `${at}: context.facts[${i}]`);
      if (cf.length) context.facts = cf;
    }
    const rule: Rule = { id: r.id, category: r.category as Category, ecosystem, patterns };
    if (flags) rule.flags = flags;
    if (exclude.length) rule.exclude = exclude;
    if (facts) rule.facts = facts;
    if (r.priority !== undefined) rule.priority = r.priority as number;
    if (r.transient !== undefined) rule.transient = r.transient as boolean;
    if (r.summary !== undefined) rule.summary = r.summary as string;
    if (context) rule.context = context;
    if (r.target !== undefined) rule.target = r.target as 'line' | 'command';
    if (r.causedBy !== undefined) rule.causedBy = r.causedBy as Category[];
    return rule;
  });
  return rules;
}

/** Compiles validated rules. Throws RuleError for a bad regular expression. */
export function compileRules(rules: readonly Rule[]): CompiledRule[] {
  return rules.map((rule, index) => {
    const at = where(index, rule.id);
    const flags = rule.flags ?? '';
    const ctx = rule.context ?? {};
    const compiled: CompiledRule = {
      rule,
      index,
      priority: rule.priority ?? DEFAULT_PRIORITY,
      transient: rule.transient ?? TRANSIENT_CATEGORIES.has(rule.category),
      patterns: rule.patterns.map((p, i) => compileRegex(p, flags, `${at}: patterns[${i}]`)),
      exclude: (rule.exclude ?? []).map((p, i) => compileRegex(p, flags, `${at}: exclude[${i}]`)),
      before: ctx.before ?? 0,
      after: ctx.after ?? 6,
      while: compileRegex(ctx.while ?? DEFAULT_CONTINUATION, flags, `${at}: context.while`),
      contextFacts: (ctx.facts ?? []).map((p, i) => compileRegex(p, flags, `${at}: context.facts[${i}]`)),
      literals: rule.patterns.map((p) => (rule.target === 'command' ? null : patternLiterals(p))),
    };
    if (ctx.beforeWhile) compiled.beforeWhile = compileRegex(ctx.beforeWhile, flags, `${at}: context.beforeWhile`);
    if (ctx.until) compiled.until = compileRegex(ctx.until, flags, `${at}: context.until`);
    return compiled;
  });
}
