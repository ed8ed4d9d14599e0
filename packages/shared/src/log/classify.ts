import type { Category, Diagnosis, FactValue, LogLine } from '../types.js';
import type { CleanLine } from './clean-line.js';
import type { Hit } from './failure-lines.js';
import { selectLines } from './failure-lines.js';
import { fingerprint } from './fingerprint.js';
import type { ScanResult } from './log-scanner.js';
import type { CompiledRule } from './rule.js';
import { compileRules } from './rule.js';
import type { RuleSet } from './rule-index.js';
import { matchLine } from './rule-index.js';
import type { Section } from './steps.js';
import { selectSections } from './steps.js';

/**
 * Turns what the scanner kept into a Diagnosis: runs the rules over the kept lines,
 * scores each hit (rule priority, whether its step failed), picks the best, and
 * gathers the lines around the winning hits.
 */

export interface ClassifyOptions {
  step?: string;
  stepNumber?: number;
  /** Told which step sections were looked at: none when no step was asked for or none matched (the whole log). */
  onSections?: (chosen: readonly Section[], all: readonly Section[]) => void;
}

/** Generic rules below this priority only show lines when they win. */
const GENERIC_PRIORITY = 45;
/** Hits of other rules of the winning category join when they score at least this close. */
const JOIN_MARGIN = 20;
const FAILED_SECTION_BONUS = 15;
const OTHER_SECTION_PENALTY = 25;
const SUCCEEDED_SECTION_PENALTY = 45;
const NUMERIC_FACTS = new Set(['line', 'column', 'minutes', 'exitCode', 'count']);
const MAX_TESTS = 50;
/** How far (in lines) before a hit a `causedBy` hit may be. */
const CAUSE_LINES = 50;
const MAX_SUMMARY = 300;

/** `##[error]` lines no rule explains still say what failed, better than a generic error line. */
const ERROR_ANNOTATION = compileRules([
  {
    id: 'actions-error-annotation',
    category: 'unknown',
    ecosystem: 'actions',
    patterns: ['\\S'],
    priority: 22,
    context: { after: 0 },
  },
])[0] as CompiledRule;
const ANNOTATION_BONUS = 8;
/** The further a hit is before the point of failure, the less likely it is the cause: up to this many points… */
const DISTANCE_MAX_PENALTY = 10;
/** …one point per this many lines. */
const DISTANCE_LINES_PER_POINT = 100;
const EXIT_CODE_LINE = /^Process completed with exit code \d+/;

function sectionOf(sections: readonly Section[], n: number): Section | undefined {
  let lo = 0;
  let hi = sections.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sections[mid] as Section;
    if (n < s.start) hi = mid - 1;
    else if (n > s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

function toFactValue(name: string, value: string): FactValue {
  if (NUMERIC_FACTS.has(name) && /^\d+$/.test(value)) return Number(value);
  return value.trim();
}

/** Fills `{fact}` placeholders; undefined when a fact is missing, so the caller falls back. */
function fillTemplate(template: string, facts: Record<string, FactValue>): string | undefined {
  let missing = false;
  const out = template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = facts[k];
    if (v === undefined) {
      missing = true;
      return '';
    }
    return Array.isArray(v) ? v.join(', ') : String(v);
  });
  return missing ? undefined : out;
}

const CATEGORY_LABEL: Record<Category, string> = {
  dependency: 'Dependency problem',
  'missing-command': 'Command not found',
  'file-not-found': 'File not found',
  timeout: 'Timed out',
  'workflow-config': 'Workflow configuration error',
  'test-failure': 'Test failure',
  'compile-error': 'Compile error',
  lint: 'Lint or format check failed',
  'out-of-memory': 'Out of memory',
  'disk-space': 'Out of disk space',
  network: 'Network error',
  'rate-limit': 'Rate limited',
  permission: 'Permission or authentication error',
  infrastructure: 'CI infrastructure problem',
  unknown: 'Unclassified failure',
};

function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Runs the rules over the kept lines in scope and scores each hit by where it is. */
function scoreHits(scan: ScanResult, set: RuleSet, chosen: readonly Section[]): Hit[] {
  const { lines, sections } = scan;
  const failed = sections.filter((s) => s.failed);
  const inScope = (n: number): boolean => chosen.length === 0 || chosen.some((s) => n >= s.start && n <= s.end);
  // Where the log says it failed: the last failure marker in scope, else the end of the log.
  const markers = (chosen.length ? chosen : failed).map((s) => s.failedAt ?? s.end);
  const failurePoint = markers.length ? Math.max(...markers) : scan.totalLines;

  const hits: Hit[] = [];
  for (const [n, line] of lines) {
    if (line.level !== undefined && line.level !== 'error') continue;
    if (!inScope(n)) continue;
    const text = line.body;
    if (text.length === 0) continue;
    const section = sectionOf(sections, n);
    let adjust = 0;
    if (chosen.length === 0 && failed.length > 0) {
      if (section?.failed) adjust += FAILED_SECTION_BONUS;
      else if (section?.succeeded) adjust -= SUCCEEDED_SECTION_PENALTY;
      else adjust -= OTHER_SECTION_PENALTY;
    }
    if (n <= failurePoint) adjust -= Math.min(DISTANCE_MAX_PENALTY, (failurePoint - n) / DISTANCE_LINES_PER_POINT);
    const annotation = line.level === 'error' && !EXIT_CODE_LINE.test(text);
    if (annotation) adjust += ANNOTATION_BONUS;
    let matched = false;
    for (const { rule, groups } of matchLine(set, text)) {
      matched = true;
      hits.push({ rule, n, groups, score: rule.priority + adjust, section });
    }
    if (annotation && !matched) {
      hits.push({ rule: ERROR_ANNOTATION, n, groups: {}, score: ERROR_ANNOTATION.priority + adjust, section });
    }
  }
  return hits;
}

interface CommandHint {
  rule: CompiledRule;
  groups: Record<string, string>;
}

/** What the failed step ran (`npm run lint`, `pytest`): a weak signal for the category. */
function commandHint(set: RuleSet, focus: readonly Section[]): CommandHint | undefined {
  let hint: CommandHint | undefined;
  for (const s of focus) {
    const command = s.command ?? s.title;
    if (!command) continue;
    for (const rule of set.commandRules) {
      const m = rule.patterns.map((re) => re.exec(command)).find((x) => x);
      if (m && (!hint || rule.priority > hint.rule.priority)) hint = { rule, groups: { ...m.groups } };
    }
  }
  return hint;
}

/** The winning rule's hits in every failed step (a retried command fails the same way each time) and close runners-up of its category in its step. */
function pickHits(best: Hit, hits: readonly Hit[]): Hit[] {
  const category = best.rule.rule.category;
  const bestFailed = best.section?.failed === true;
  return hits.filter((h) => {
    if (h.rule === best.rule) return h.section === best.section || (bestFailed && h.section?.failed === true);
    if (h.section !== best.section || category === 'unknown' || h.rule.rule.category !== category) return false;
    if (h.rule.priority < GENERIC_PRIORITY && h.rule.rule.ecosystem === 'generic') return false;
    return h.score >= best.score - JOIN_MARGIN;
  });
}

/** Facts: the deciding hit's groups, then the other picked hits', then its rule's context facts, then its constant facts. */
function collectFacts(
  reason: Hit,
  picked: readonly Hit[],
  category: Category,
  shown: readonly number[],
  lines: Map<number, CleanLine>,
): Record<string, FactValue> {
  const facts: Record<string, FactValue> = {};
  const tests: string[] = [];
  for (const h of [reason, ...picked.filter((p) => p !== reason)]) {
    for (const [k, v] of Object.entries(h.groups)) {
      if (k === 'test' || k === 'tests') {
        const t = v.trim();
        if (t && !tests.includes(t) && tests.length < MAX_TESTS) tests.push(t);
      } else if (facts[k] === undefined && h.rule.rule.category === category) facts[k] = toFactValue(k, v);
    }
  }
  for (const re of reason.rule.contextFacts) {
    for (const n of shown) {
      const m = re.exec((lines.get(n) as CleanLine).body);
      if (!m?.groups) continue;
      let added = false;
      for (const [k, v] of Object.entries(m.groups)) {
        if (v !== undefined && v !== '' && facts[k] === undefined) {
          facts[k] = toFactValue(k, v);
          added = true;
        }
      }
      if (added) break;
    }
  }
  if (tests.length) facts.tests = tests;
  return { ...reason.rule.rule.facts, ...facts };
}

/**
 * The step sections to look at: the named step; else the numbered one, if it failed or
 * nothing did (skipped steps are not in the log, so numbers can point at the wrong step);
 * else none, meaning the whole log.
 */
function chooseSections(sections: readonly Section[], options: ClassifyOptions): Section[] {
  const named = selectSections(sections, options.step);
  if (named.length) return named;
  const numbered = selectSections(sections, undefined, options.stepNumber);
  if (numbered.some((s) => s.failed) || !sections.some((s) => s.failed)) return numbered;
  return [];
}

export function classify(scan: ScanResult, set: RuleSet, options: ClassifyOptions = {}): Diagnosis {
  const { lines, sections } = scan;
  const chosen = chooseSections(sections, options);
  options.onSections?.(chosen, sections);
  const focus = chosen.length ? chosen : sections.filter((s) => s.failed);
  const hits = scoreHits(scan, set, chosen);
  const hint = commandHint(set, focus);
  const best = hits.reduce<Hit | undefined>(
    (a, h) => (!a || h.score > a.score || (h.score === a.score && h.n > a.n) ? h : a),
    undefined,
  );

  let winner: CompiledRule | undefined = best?.rule;
  let category: Category = best?.rule.rule.category ?? 'unknown';
  const picked = best ? pickHits(best, hits) : [];
  let shown = best ? selectLines(best, picked, hits, lines) : [];
  // Nothing specific matched: the failed step's command may still say what kind of step it was.
  if (category === 'unknown' && hint) {
    winner = hint.rule;
    category = hint.rule.rule.category;
  }
  // A test that failed because a remote host did not answer is a network failure: a network
  // hit within the failing test's report decides. A rule may also name the categories that,
  // shortly before its hit, are its cause (`causedBy`).
  let reason: Hit | undefined = best;
  if (best && winner === best.rule) {
    const visible = new Set(shown);
    const causes = best.rule.rule.causedBy ?? [];
    const explains = (h: Hit) =>
      h.section === best.section &&
      ((category === 'test-failure' &&
        (h.rule.rule.category === 'network' || h.rule.rule.category === 'rate-limit') &&
        visible.has(h.n)) ||
        (causes.includes(h.rule.rule.category) && h.n < best.n && best.n - h.n <= CAUSE_LINES));
    const cause = hits.find(explains);
    if (cause) {
      reason = cause;
      winner = cause.rule;
      category = cause.rule.rule.category;
      if (!visible.has(cause.n))
        shown = [...new Set([...selectLines(cause, [cause], [], lines), ...shown])].sort((a, b) => a - b);
    }
  }

  // The first of the winning rule's hits in its step speaks for it: a compiler's first error is the one to fix.
  if (reason === best && best) {
    reason = picked.find((h) => h.rule === best.rule && h.section === best.section && h.n <= best.n) ?? best;
  }
  let facts: Record<string, FactValue> = {};
  if (reason && winner === reason.rule) facts = collectFacts(reason, picked, category, shown, lines);
  else if (winner && hint) {
    for (const [k, v] of Object.entries(hint.groups)) facts[k] = toFactValue(k, v);
    facts = { ...winner.rule.facts, ...facts };
  }

  const outLines: LogLine[] = shown.map((n) => ({ n, text: (lines.get(n) as CleanLine).text }));
  const ruleId = category === 'unknown' || !winner ? 'unknown' : winner.rule.id;
  const firstText = outLines[0]?.text.trim() ?? '';
  const template = category !== 'unknown' ? winner?.rule.summary : undefined;
  const filled = template ? fillTemplate(template, facts) : undefined;
  const summary = truncate(
    filled ?? (firstText ? `${CATEGORY_LABEL[category]}: ${firstText}` : CATEGORY_LABEL[category]),
    MAX_SUMMARY,
  );
  return {
    category,
    ruleId,
    summary,
    lines: outLines,
    facts,
    ecosystem: pickEcosystem(winner, picked, hits, hint?.rule),
    fingerprint: fingerprint(
      ruleId,
      facts,
      outLines.map((l) => l.text),
    ),
    transient: category !== 'unknown' && winner ? winner.transient : false,
    confidence: confidenceOf(category, reason, winner, focus.length > 0),
  };
}

function pickEcosystem(
  winner: CompiledRule | undefined,
  picked: readonly Hit[],
  hits: readonly Hit[],
  command: CompiledRule | undefined,
): string {
  const own = (r: CompiledRule | undefined) => (r && r.rule.ecosystem !== 'generic' ? r.rule.ecosystem : undefined);
  const fromWinner = own(winner);
  if (fromWinner) return fromWinner;
  for (const list of [picked, hits]) {
    const counts = new Map<string, number>();
    for (const h of list) {
      const e = own(h.rule);
      if (e) counts.set(e, (counts.get(e) ?? 0) + 1);
    }
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (top) return top[0];
  }
  return own(command) ?? 'unknown';
}

function confidenceOf(
  category: Category,
  best: Hit | undefined,
  winner: CompiledRule | undefined,
  hasFailedStep: boolean,
): number {
  if (category === 'unknown' || !winner) return best ? 0.15 : 0.05;
  if (!best || winner !== best.rule) return 0.35;
  let c = 0.3 + Math.min(winner.priority, 100) / 160;
  if (hasFailedStep && best.section?.failed) c += 0.05;
  return Math.round(Math.min(c, 0.95) * 100) / 100;
}
