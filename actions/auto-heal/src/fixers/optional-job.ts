/**
 * A failing job that is allowed to fail — a matrix entry flagged `experimental`, or a job whose name matches
 * one of the configured optional-job patterns (arm64, nightly, …) — gets `continue-on-error`.
 */
import picomatch from 'picomatch';
import { isScalar } from 'yaml';
import type { Diagnosis } from '../../../../packages/shared/src/types.js';
import type { FixContext, Fixer, FixOutcome, FixPlanContext } from './types.js';
import { noFix } from './types.js';
import { insertPair, spliceWorkflow } from './workflow-edit.js';
import { combosForDisplayName, isLocateError, type LocatedJob, matrixCombos } from './workflow-locate.js';
import { isNoFix, locateTarget, workflowPathOf } from './workflow-target.js';

const ID = 'optional-job';
/** Matrix keys projects use to mark entries that may fail. */
const FLAG_KEYS = ['experimental', 'allow-failure', 'allow_failure', 'optional'] as const;

/** A pattern with glob characters is a glob over the whole name; a plain word matches anywhere in it. */
export function matchesJobPattern(pattern: string, names: readonly string[]): boolean {
  const trimmed = pattern.trim();
  if (trimmed === '' || trimmed.length > 200) return false;
  if (!/[*?[\]{}()!]/.test(trimmed)) return names.some((n) => n.toLowerCase().includes(trimmed.toLowerCase()));
  const isMatch = picomatch(trimmed, { nocase: true, dot: true });
  return names.some((n) => isMatch(n));
}

/** The matrix flag marking the failing combination optional, and whether every combination defines it. */
function matrixFlag(job: LocatedJob, displayName: string): { key: string; everywhere: boolean } | undefined {
  const combos = matrixCombos(job);
  if (!combos || combos.length === 0) return undefined;
  const failing = combosForDisplayName(combos, displayName);
  for (const key of FLAG_KEYS) {
    if (!combos.some((c) => key in c)) continue;
    // Only when the name pins the failing combinations down, and all of them are flagged.
    if (failing.length > 0 && failing.length < combos.length && failing.every((c) => c[key] === true)) {
      return { key, everywhere: combos.every((c) => typeof c[key] === 'boolean') };
    }
  }
  return undefined;
}

export const optionalJobFixer: Fixer = {
  id: ID,
  // Any failure of an optional job; a workflow that does not parse never ran a job.
  appliesTo: (d: Diagnosis) => d.category !== 'workflow-config',
  needs: (ctx: FixPlanContext) => workflowPathOf(ctx),
  fix(ctx: FixContext): FixOutcome {
    const target = locateTarget(ctx, ID, { step: false });
    if (isNoFix(target)) return target;
    const { wf, job } = target;
    const existing = job.map.get('continue-on-error', true);
    if (existing !== undefined) {
      const value = isScalar(existing) ? String(existing.value) : 'a non-scalar value';
      return noFix(ID, `job \`${job.key}\` already has \`continue-on-error: ${value}\``);
    }

    let value: string;
    let why: string;
    const flag = matrixFlag(job, ctx.job.name);
    const pattern = (ctx.options.optionalJobPatterns ?? []).find((p) => matchesJobPattern(p, [ctx.job.name, job.key]));
    if (flag) {
      const ref = /^[A-Za-z_][A-Za-z0-9_]*$/.test(flag.key) ? `matrix.${flag.key}` : `matrix['${flag.key}']`;
      value = flag.everywhere ? `\${{ ${ref} }}` : `\${{ ${ref} == true }}`;
      why = `its matrix entry is marked \`${flag.key}: true\``;
    } else if (pattern !== undefined) {
      value = 'true';
      why = `its name matches the optional-job pattern \`${pattern}\``;
    } else {
      return noFix(
        ID,
        `job "${ctx.job.name}" is not marked optional (no matrix \`experimental\` flag on the failing entry, no optional-job pattern matches)`,
      );
    }

    const splice = insertPair(wf, job.map, 'continue-on-error', [value], {
      after: ['timeout-minutes', 'runs-on'],
      before: ['steps'],
    });
    if (isLocateError(splice)) return noFix(ID, `cannot edit job \`${job.key}\`: ${splice.error}`);
    const edit = spliceWorkflow(wf, [splice], (doc) =>
      doc.setIn(['jobs', job.key, 'continue-on-error'], value === 'true' ? true : value),
    );
    if (isLocateError(edit)) return noFix(ID, edit.error);
    return {
      fixer: ID,
      edits: [edit],
      explanation:
        `Job "${ctx.job.name}" failed, but ${why}, so its failure should not fail the workflow. ` +
        `This sets \`continue-on-error: ${value}\` on job \`${job.key}\`; the failure stays visible in the run.`,
    };
  },
};
