/**
 * `command not found`: add a step that installs the command before the failing step — a setup action for a
 * toolchain (node → actions/setup-node, …), `corepack enable` for yarn/pnpm, or apt-get on Linux runners.
 */
import { isMap, isScalar } from 'yaml';
import type { Diagnosis } from '../../../../packages/shared/src/types.js';
import { APT_PACKAGES, COREPACK_COMMANDS, SETUP_ACTIONS, type SetupAction } from './command-installers.js';
import { insertNewStep, type NewStep, usesRefs } from './new-step.js';
import { jobRunnerOses } from './runner-os.js';
import type { FixContext, Fixer, FixOutcome, FixPlanContext } from './types.js';
import { noFix } from './types.js';
import { isSafeCommandName } from './untrusted.js';
import { isLocateError, jobSteps } from './workflow-locate.js';
import { isNoFix, locateTarget, workflowPathOf } from './workflow-target.js';

const ID = 'missing-command';

function actionName(uses: string): string {
  return uses.split('@', 1)[0]?.toLowerCase() ?? '';
}

/** The ref the workflow already pins the action to (most used), else the action's default major tag. */
function actionRef(setup: SetupAction, refs: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const uses of refs) {
    const [name, ref] = uses.split('@');
    if (name?.toLowerCase() === setup.action && ref && /^[A-Za-z0-9._/-]+$/.test(ref)) {
      counts.set(ref, (counts.get(ref) ?? 0) + 1);
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : setup.defaultRef;
}

function setupStep(setup: SetupAction, ref: string, tree: readonly string[]): NewStep {
  const versionFile = setup.versionFile?.files.find((f) => tree.includes(f));
  const input =
    versionFile && setup.versionFile
      ? { [setup.versionFile.input]: versionFile }
      : { [setup.version.input]: setup.version.value };
  return { name: `Set up ${setup.title}`, uses: `${setup.action}@${ref}`, with: { ...setup.extra, ...input } };
}

export const missingCommandFixer: Fixer = {
  id: ID,
  appliesTo: (d: Diagnosis) => d.category === 'missing-command' && typeof d.facts.command === 'string',
  needs: (ctx: FixPlanContext) => workflowPathOf(ctx),
  fix(ctx: FixContext): FixOutcome {
    const command = ctx.diagnosis.facts.command;
    if (typeof command !== 'string' || !isSafeCommandName(command)) {
      return noFix(ID, `the missing command ${JSON.stringify(command)} is not a plain command name`);
    }
    const target = locateTarget(ctx, ID, { step: true });
    if (isNoFix(target)) return target;
    const { wf, job, step } = target;
    if (!step) return noFix(ID, 'the failing step was not found');
    const stepName = ctx.step?.name ?? `step ${step.index + 1}`;
    const earlier = (jobSteps(job)?.items ?? []).slice(0, step.index);

    const setup = SETUP_ACTIONS[command];
    let newStep: NewStep;
    let how: string;
    if (setup) {
      const already = earlier.find((s) => {
        const uses = isMap(s) ? s.get('uses', true) : undefined;
        return isScalar(uses) && typeof uses.value === 'string' && actionName(uses.value) === setup.action;
      });
      if (already) {
        return noFix(
          ID,
          `job \`${job.key}\` already runs ${setup.action} before "${stepName}"; \`${command}\` is missing for another reason`,
          'Check the version it installs and whether the step runs in a container or another shell.',
        );
      }
      newStep = setupStep(setup, actionRef(setup, usesRefs(wf)), ctx.tree);
      how = `runs \`${newStep.uses}\` to install ${setup.title}, which provides \`${command}\``;
    } else if (COREPACK_COMMANDS.has(command)) {
      newStep = { name: `Enable ${command} (corepack)`, run: 'corepack enable' };
      how = `enables corepack, which ships \`${command}\` with Node.js`;
    } else {
      const pkg = APT_PACKAGES[command];
      if (!pkg) {
        return noFix(
          ID,
          `no known package provides \`${command}\``,
          `Add a step before "${stepName}" that installs \`${command}\`.`,
        );
      }
      if (job.map.has('container')) {
        return noFix(ID, `job \`${job.key}\` runs in a container`, `Install \`${pkg}\` in the container image.`);
      }
      const oses = jobRunnerOses(job);
      if (!oses.has('Linux') && !oses.has('unknown')) {
        return noFix(ID, `job \`${job.key}\` does not run on Linux, and apt-get is only for Linux runners`);
      }
      newStep = { name: `Install ${command}` };
      if (oses.size > 1 || oses.has('unknown')) newStep.if = "runner.os == 'Linux'";
      newStep.run = `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${pkg}`;
      how = `installs the Ubuntu package \`${pkg}\`, which provides \`${command}\`${newStep.if ? ' (on Linux runners only)' : ''}`;
    }

    const edit = insertNewStep(wf, job, step.index, newStep);
    if (isLocateError(edit)) return noFix(ID, edit.error);
    return {
      fixer: ID,
      edits: [edit],
      explanation: `Step "${stepName}" of job \`${job.key}\` failed because \`${command}\` was not found. A new step before it ${how}.`,
    };
  },
};
