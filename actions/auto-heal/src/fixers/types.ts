import type { Diagnosis, Fix } from '../../../../packages/shared/src/types.js';

/** Options from the action's inputs that shape what the fixers may do. */
export interface FixOptions {
  /** Job names or keys whose failure must not fail the run (`*` globs, or plain words matched as substrings). */
  optionalJobPatterns?: string[];
  /** How much to raise a timeout that was hit; default 2. */
  timeoutMultiplier?: number;
  /** Upper bound for `timeout-minutes`; default 360, the limit of GitHub-hosted runners. */
  maxTimeoutMinutes?: number;
}

/** The failing job as the jobs API names it. */
export interface JobRef {
  /** Display name, e.g. `test (3.11, ubuntu-latest)` for a matrix expansion, or the `name:` of the job. */
  name: string;
  /** The job's YAML key when known. */
  id?: string;
}

/** The failing step as the jobs API names and numbers it (number 1 is the implicit "Set up job"). */
export interface StepRef {
  name: string;
  number: number;
}

/** Everything a fixer may look at. All of it comes from the failing run; facts and names are untrusted. */
export interface FixContext {
  diagnosis: Diagnosis;
  /** Repository-relative path of the workflow file of the run, e.g. `.github/workflows/ci.yml`. */
  workflowPath: string;
  job: JobRef;
  step?: StepRef;
  /** Contents at the failing commit of the files the fixer asked for (missing files are absent). */
  files: ReadonlyMap<string, string>;
  /** Repository file paths at the failing commit. */
  tree: readonly string[];
  options: FixOptions;
}

/** What `needs` sees: the context before any file is read. */
export type FixPlanContext = Omit<FixContext, 'files'>;

/** A fixer that declined, and why; `hint` is what a maintainer could do instead (a command, a setting). */
export interface NoFix {
  fixer: string;
  reason: string;
  hint?: string;
}

export type FixOutcome = Fix | NoFix;

export interface Fixer {
  /** Equal to its file name under fixers/. */
  id: string;
  appliesTo(diagnosis: Diagnosis): boolean;
  /** Repository paths to read before `fix`; always includes what `fix` edits. */
  needs(ctx: FixPlanContext): string[];
  fix(ctx: FixContext): FixOutcome;
}

export function isFix(outcome: FixOutcome): outcome is Fix {
  return 'edits' in outcome;
}

export function noFix(fixer: string, reason: string, hint?: string): NoFix {
  return hint === undefined ? { fixer, reason } : { fixer, reason, hint };
}
