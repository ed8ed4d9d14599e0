/**
 * A job (or step) cancelled by its time limit: raise `timeout-minutes` by a bounded factor.
 */
import { isScalar, type YAMLMap } from 'yaml';
import type { Diagnosis } from '../../../../packages/shared/src/types.js';
import type { Splice } from './text-splice.js';
import type { FixContext, Fixer, FixOutcome, FixPlanContext } from './types.js';
import { noFix } from './types.js';
import { insertPair, replaceScalar, spliceWorkflow } from './workflow-edit.js';
import { isLocateError } from './workflow-locate.js';
import { isNoFix, locateTarget, workflowPathOf } from './workflow-target.js';

const ID = 'timeout';
/** GitHub-hosted runners stop every job after 6 hours, whatever `timeout-minutes` says. */
export const HOSTED_JOB_LIMIT_MINUTES = 360;
/** Self-hosted runners allow up to 5 days per job. */
const SELF_HOSTED_JOB_LIMIT_MINUTES = 7200;

function options(ctx: FixContext): { multiplier: number; max: number } | string {
  const multiplier = ctx.options.timeoutMultiplier ?? 2;
  const max = ctx.options.maxTimeoutMinutes ?? HOSTED_JOB_LIMIT_MINUTES;
  if (!Number.isFinite(multiplier) || multiplier <= 1 || multiplier > 10) {
    return `timeoutMultiplier must be a number above 1 and at most 10, got ${multiplier}`;
  }
  if (!Number.isInteger(max) || max < 1 || max > SELF_HOSTED_JOB_LIMIT_MINUTES) {
    return `maxTimeoutMinutes must be a whole number from 1 to ${SELF_HOSTED_JOB_LIMIT_MINUTES}, got ${max}`;
  }
  return { multiplier, max };
}

/** The `timeout-minutes` of a job or step: a number, absent, or something else (an expression). */
function currentTimeout(map: YAMLMap): number | 'absent' | 'expression' {
  const node = map.get('timeout-minutes', true);
  if (node === undefined) return 'absent';
  return isScalar(node) && typeof node.value === 'number' ? node.value : 'expression';
}

export const timeoutFixer: Fixer = {
  id: ID,
  appliesTo: (d: Diagnosis) => d.category === 'timeout',
  needs: (ctx: FixPlanContext) => workflowPathOf(ctx),
  fix(ctx: FixContext): FixOutcome {
    const opts = options(ctx);
    if (typeof opts === 'string') return noFix(ID, opts);
    const target = locateTarget(ctx, ID, { step: false });
    if (isNoFix(target)) return target;
    const { wf, job, step } = target;

    // A step with its own limit timed out only if it has one; otherwise the job's limit was hit.
    const onStep = step !== undefined && currentTimeout(step.map) !== 'absent';
    const map = onStep && step ? step.map : job.map;
    const where = onStep && step ? `step "${ctx.step?.name}" of job \`${job.key}\`` : `job \`${job.key}\``;
    const current = currentTimeout(map);
    if (current === 'expression') {
      return noFix(ID, `the \`timeout-minutes\` of ${where} is an expression; change its input instead`);
    }
    const factMinutes = ctx.diagnosis.facts.minutes;
    const was =
      current === 'absent' ? (typeof factMinutes === 'number' ? factMinutes : HOSTED_JOB_LIMIT_MINUTES) : current;
    const raised = Math.min(opts.max, Math.ceil(was * opts.multiplier));
    if (raised <= was) {
      return noFix(
        ID,
        `${where} already runs up to ${was} minutes, the most allowed (${opts.max})`,
        'Split the job (e.g. shard the tests with a matrix) or cache its inputs.',
      );
    }

    const path =
      onStep && step ? ['jobs', job.key, 'steps', step.index, 'timeout-minutes'] : ['jobs', job.key, 'timeout-minutes'];
    const node = map.get('timeout-minutes', true);
    const splice: { error: string } | Splice =
      node !== undefined
        ? replaceScalar(node, String(raised))
        : insertPair(
            wf,
            map,
            'timeout-minutes',
            [String(raised)],
            onStep ? {} : { after: ['runs-on'], before: ['steps'] },
          );
    if (isLocateError(splice)) return noFix(ID, `cannot edit ${where}: ${splice.error}`);
    const edit = spliceWorkflow(wf, [splice], (doc) => doc.setIn(path, raised));
    if (isLocateError(edit)) return noFix(ID, edit.error);
    return {
      fixer: ID,
      edits: [edit],
      explanation:
        `${where} was stopped by its time limit of ${was} minutes` +
        `${current === 'absent' ? ' (the default)' : ''}. ` +
        `This sets \`timeout-minutes: ${raised}\` (×${opts.multiplier}, capped at ${opts.max}). ` +
        'If it keeps growing, split the job or cache its inputs rather than raising the limit again.',
    };
  },
};
