import { Buffer } from 'node:buffer';
import type { Diagnosis } from '../types.js';
import { CATALOG } from './catalog/index.js';
import { type ClassifyOptions, classify } from './classify.js';
import type { CleanLine } from './clean-line.js';
import type { ContextFor, ScanLimits } from './log-scanner.js';
import { LogScanner } from './log-scanner.js';
import type { CompiledRule, Rule } from './rule.js';
import type { RuleSet } from './rule-index.js';
import { matchLine, ruleSet } from './rule-index.js';
import type { RunLogFile } from './run-logs-zip.js';
import { isZip, pickRunLogFile, readZipEntry } from './run-logs-zip.js';

export interface AnalyzeOptions {
  /**
   * The failed step's name from the jobs API (`Run npm test`), to look only at that step.
   * A custom `name:` is not in the job log; when no step matches, stepNumber is tried, then
   * the whole log is analysed.
   */
  step?: string;
  /** The failed step's number from the jobs API (1 is `Set up job`). Skipped steps are not in the log, so prefer `step`. */
  stepNumber?: number;
  /** For a run-logs zip: the job's name (its folder in the zip). */
  job?: string;
  /** Rules to use instead of the catalog (e.g. a repository's rules followed by CATALOG). */
  rules?: readonly Rule[];
  /** Scanner limits, for tests and benchmarks. */
  limits?: Partial<ScanLimits>;
  /** Told which step sections the analysis looked at (none: the whole log). */
  onSections?: ClassifyOptions['onSections'];
}

/** Lines kept after a rule's hit beyond what its context shows: room for stack traces and for a runner-up's block. */
const RETAIN_AFTER_EXTRA = 80;
const RETAIN_BEFORE_EXTRA = 4;
/** After a specific hit, generic error lines are kept too for this many lines: a failure's report goes on. */
const WATCH_LINES = 300;
/** Context of a generic hit. */
const GENERIC_CONTEXT = { before: 2, after: 4 };

const isSpecific = (rule: CompiledRule) => rule.rule.category !== 'unknown';

/** Keeps enough lines around a hit for the blocks of the rules it matches. */
function contextFor(set: RuleSet): ContextFor {
  return (line: CleanLine) => {
    if (line.level !== undefined && line.level !== 'error') return undefined;
    let want: { before: number; after: number; watch: number } | undefined;
    for (const { rule } of matchLine(set, line.body, undefined, true)) {
      // Generic rules (category unknown) only matter near a failure: small context, no watch.
      const specific = isSpecific(rule);
      want ??= { before: 0, after: 0, watch: 0 };
      want.before = Math.max(want.before, specific ? rule.before + RETAIN_BEFORE_EXTRA : GENERIC_CONTEXT.before);
      want.after = Math.max(want.after, specific ? rule.after + RETAIN_AFTER_EXTRA : GENERIC_CONTEXT.after);
      if (specific) want.watch = WATCH_LINES;
    }
    // `##[error]` lines no rule explains are still shown (see classify); keep them.
    if (line.level === 'error') want ??= { before: 0, after: 0, watch: 0 };
    return want;
  };
}

function newScanner(set: RuleSet, options: AnalyzeOptions): LogScanner {
  return new LogScanner(set.automaton, options.limits, contextFor(set));
}

function toBytes(source: string | Uint8Array): Buffer {
  if (typeof source === 'string') return Buffer.from(source, 'utf8');
  return Buffer.isBuffer(source) ? source : Buffer.from(source.buffer, source.byteOffset, source.byteLength);
}

/**
 * Finds and classifies what failed in a CI log: a GitHub Actions job log (timestamps,
 * groups, `##[error]`), a plain log (Travis, Jenkins, local), or — given as bytes — a
 * run-logs zip. Streams an async source in bounded memory.
 */
export async function analyzeLog(
  source: AsyncIterable<Uint8Array | string> | string | Uint8Array,
  options: AnalyzeOptions = {},
): Promise<Diagnosis> {
  const set = ruleSet(options.rules ?? CATALOG);
  if (typeof source === 'string' || source instanceof Uint8Array) {
    const bytes = toBytes(source);
    if (isZip(bytes)) return analyzeRunLogsZip(bytes, options).diagnosis;
    const scanner = newScanner(set, options);
    scanner.push(bytes);
    return classify(scanner.end(), set, options);
  }
  const scanner = newScanner(set, options);
  for await (const chunk of source) {
    scanner.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  }
  return classify(scanner.end(), set, options);
}

/** Synchronous analysis of lines already in memory (tests, small inputs). Line i of the input is number i + 1. */
export function analyzeLines(lines: Iterable<string>, options: AnalyzeOptions = {}): Diagnosis {
  const set = ruleSet(options.rules ?? CATALOG);
  const scanner = newScanner(set, options);
  const parts: string[] = [];
  let size = 0;
  for (const line of lines) {
    parts.push(line.replace(/\r?\n/g, ' '), '\n');
    size += line.length + 1;
    if (size > 1 << 20) {
      scanner.push(Buffer.from(parts.join(''), 'utf8'));
      parts.length = 0;
      size = 0;
    }
  }
  if (parts.length) scanner.push(Buffer.from(parts.join(''), 'utf8'));
  return classify(scanner.end(), set, options);
}

/**
 * Analyses the failed step of a run-logs zip (see pickRunLogFile for which file that is).
 * Line numbers in the diagnosis are those of `file`.
 */
export function analyzeRunLogsZip(
  zip: Uint8Array,
  options: AnalyzeOptions = {},
): { diagnosis: Diagnosis; file: RunLogFile } {
  const set = ruleSet(options.rules ?? CATALOG);
  const file = pickRunLogFile(zip, options);
  const scanner = newScanner(set, options);
  readZipEntry(zip, file.name, (chunk) => scanner.push(chunk));
  // A step file is that step's own log: the step was chosen by picking the file.
  const narrow = file.kind === 'step' ? {} : options;
  return { diagnosis: classify(scanner.end(), set, narrow), file };
}
