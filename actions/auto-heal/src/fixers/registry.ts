/**
 * The rule-based fixers, in the order they are tried, and the step that turns a diagnosis into at most one
 * validated fix. A fixer's edit is proposed only when it stays inside the repository, changes only files the
 * fixer read, and still parses as what the file is (the workflow parser for workflows).
 */
import type { Diagnosis, Fix } from '../../../../packages/shared/src/types.js';
import { validateEdits } from '../validate/edit.js';
import { repoPathProblem } from '../validate/repo-path.js';
import { fileNotFoundFixer } from './file-not-found.js';
import { missingCommandFixer } from './missing-command.js';
import { missingDependencyFixer } from './missing-dependency.js';
import { networkRetryFixer } from './network-retry.js';
import { optionalJobFixer } from './optional-job.js';
import { timeoutFixer } from './timeout.js';
import { type FixContext, type Fixer, type FixPlanContext, isFix, type NoFix, noFix } from './types.js';
import { workflowSyntaxFixer } from './workflow-syntax.js';

/** Specific fixers first; marking a job optional is the fallback for any failure of such a job. */
export const FIXERS: readonly Fixer[] = [
  workflowSyntaxFixer,
  missingDependencyFixer,
  missingCommandFixer,
  fileNotFoundFixer,
  timeoutFixer,
  networkRetryFixer,
  optionalJobFixer,
];

export function fixersFor(diagnosis: Diagnosis, fixers: readonly Fixer[] = FIXERS): Fixer[] {
  return fixers.filter((f) => f.appliesTo(diagnosis));
}

/** Every path the chosen fixers want to read, without duplicates, safe repository paths only. */
export function filesToRead(ctx: FixPlanContext, fixers: readonly Fixer[] = fixersFor(ctx.diagnosis)): string[] {
  return [...new Set(fixers.flatMap((f) => f.needs(ctx)))].filter((p) => repoPathProblem(p) === undefined);
}

export interface FixProposal {
  /** The first fixer's validated fix, if any. */
  fix?: Fix;
  /** Why each fixer tried before it (or all of them) gave nothing. */
  declined: NoFix[];
}

/** Why a fix cannot be proposed as it is, or undefined when it can. */
async function fixProblem(fix: Fix, ctx: FixContext): Promise<string | undefined> {
  if (fix.edits.length === 0) return 'the fix has no edits';
  for (const edit of fix.edits) {
    const pathProblem = repoPathProblem(edit.path);
    if (pathProblem) return `the edit of ${JSON.stringify(edit.path)} is refused: ${pathProblem}`;
    if (edit.before !== (ctx.files.get(edit.path) ?? null))
      return `the edit of ${edit.path} does not start from the file that was read`;
    if (edit.after === edit.before) return `the edit of ${edit.path} changes nothing`;
  }
  const validation = await validateEdits(fix.edits);
  return validation.ok ? undefined : `the edited file does not validate: ${validation.errors.join('; ')}`;
}

/** Tries the fixers in order and returns the first fix that validates, with the reasons of those that did not. */
export async function proposeFix(
  ctx: FixContext,
  fixers: readonly Fixer[] = fixersFor(ctx.diagnosis),
): Promise<FixProposal> {
  const declined: NoFix[] = [];
  for (const fixer of fixers) {
    let outcome: ReturnType<Fixer['fix']>;
    try {
      outcome = fixer.fix(ctx);
    } catch (error) {
      declined.push(noFix(fixer.id, `the fixer failed: ${error instanceof Error ? error.message : String(error)}`));
      continue;
    }
    if (!isFix(outcome)) {
      declined.push(outcome);
      continue;
    }
    const problem = await fixProblem(outcome, ctx);
    if (problem === undefined) return { fix: outcome, declined };
    declined.push(noFix(fixer.id, problem));
  }
  return { declined };
}
