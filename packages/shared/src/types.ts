/**
 * The core data types. Plain, serialisable data: the same in the actions, the CLI and the tests.
 */

export const CATEGORIES = [
  'dependency',
  'missing-command',
  'file-not-found',
  'timeout',
  'workflow-config',
  'test-failure',
  'compile-error',
  'lint',
  'out-of-memory',
  'disk-space',
  'network',
  'rate-limit',
  'permission',
  'infrastructure',
  'unknown',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** One line of the input log; `n` is its 1-based line number in the input. */
export interface LogLine {
  n: number;
  text: string;
}

export type FactValue = string | number | boolean | string[];

/** What failed in one log, and why. */
export interface Diagnosis {
  category: Category;
  /** Id of the catalog rule that matched, or `unknown`. */
  ruleId: string;
  /** One line a maintainer reads first. */
  summary: string;
  /** The lines that explain the failure, in input order. */
  lines: LogLine[];
  /** What a fixer needs: `{ module, manager }`, `{ command }`, `{ path }`, `{ minutes }`, `{ tests }`, `{ file, line }`. */
  facts: Record<string, FactValue>;
  /** `python`, `node`, `java`, `go`, `rust`, `docker`, `shell`, `actions`, … or `unknown`. */
  ecosystem: string;
  /** Stable across runs, commits and days for the same failure; differs between failures. */
  fingerprint: string;
  /** True when a re-run may cure it (network, rate limit, infrastructure). */
  transient: boolean;
  /** 0..1 */
  confidence: number;
}

/** A change to one file of the repository, as whole contents (null = the file does not exist). */
export interface FileEdit {
  /** Repository-relative POSIX path. */
  path: string;
  /** Contents before the edit; null when the edit creates the file. */
  before: string | null;
  /** Contents after the edit. */
  after: string;
}

/** What a fixer proposes. */
export interface Fix {
  /** The fixer's id (its file name under fixers/). */
  fixer: string;
  edits: FileEdit[];
  /** Why this change fixes the failure, in Markdown, for the PR body and commit message. */
  explanation: string;
}

/** The workflow run a failure was seen in. */
export interface RunRef {
  owner: string;
  repo: string;
  runId: number;
  attempt: number;
  workflowName: string;
  /** e.g. `.github/workflows/ci.yml` */
  workflowPath: string;
  headBranch: string;
  headSha: string;
  event: string;
  htmlUrl: string;
}

/** A failed job of a run and its failed step, as the jobs API names them. */
export interface FailedJob {
  id: number;
  name: string;
  htmlUrl: string;
  step?: { name: string; number: number };
}

/**
 * What failure-monitor records in an issue's hidden marker and auto-heal reads back,
 * so auto-heal never parses prose.
 */
export interface FailureRecord {
  fingerprint: string;
  diagnosis: Diagnosis;
  run: RunRef;
  job: FailedJob;
  occurrences: number;
  /** ISO timestamps */
  firstSeen: string;
  lastSeen: string;
}
