/**
 * The failing job (and step) of a fix context, located in the workflow file the fixer read.
 */
import { repoPathProblem } from '../validate/repo-path.js';
import { type FixContext, type NoFix, noFix } from './types.js';
import {
  findJob,
  findStep,
  isLocateError,
  type LocatedJob,
  type LocatedStep,
  type ParsedWorkflow,
  parseWorkflowText,
} from './workflow-locate.js';

export interface WorkflowTarget {
  wf: ParsedWorkflow;
  job: LocatedJob;
  step?: LocatedStep;
}

/** The workflow path, when it is a safe repository path (it comes from the run, but check anyway). */
export function workflowPathOf(ctx: Pick<FixContext, 'workflowPath'>): string[] {
  return repoPathProblem(ctx.workflowPath) === undefined ? [ctx.workflowPath] : [];
}

export function locateTarget(
  ctx: FixContext,
  fixer: string,
  { step: needStep }: { step: boolean },
): WorkflowTarget | NoFix {
  const pathProblem = repoPathProblem(ctx.workflowPath);
  if (pathProblem) return noFix(fixer, `the workflow path is unusable: ${pathProblem}`);
  const text = ctx.files.get(ctx.workflowPath);
  if (text === undefined) return noFix(fixer, `${ctx.workflowPath} could not be read at the failing commit`);
  const wf = parseWorkflowText(ctx.workflowPath, text);
  if (isLocateError(wf)) return noFix(fixer, wf.error);
  const job = findJob(wf, ctx.job);
  if (isLocateError(job)) return noFix(fixer, job.error);
  if (!ctx.step) return needStep ? noFix(fixer, 'the run does not say which step failed') : { wf, job };
  const step = findStep(job, ctx.step);
  if (isLocateError(step)) return needStep ? noFix(fixer, step.error) : { wf, job };
  return { wf, job, step };
}

export function isNoFix(value: object): value is NoFix {
  return 'reason' in value;
}
