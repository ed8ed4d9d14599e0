/**
 * A path the failing step could not find: when the repository holds one clear match (another case, the same
 * file moved, a typo), correct the reference in the step — its script, its `with:` inputs, its
 * `working-directory`. Otherwise decline, naming the close candidates.
 */
import { posix } from 'node:path';
import { isMap, isScalar, type Scalar, type YAMLMap } from 'yaml';
import type { Diagnosis } from '../../../../packages/shared/src/types.js';
import { normaliseRepoPath } from '../validate/repo-path.js';
import { nearestPath, treePaths } from './near-match.js';
import type { Splice } from './text-splice.js';
import type { FixContext, Fixer, FixOutcome, FixPlanContext } from './types.js';
import { noFix } from './types.js';
import { spliceWorkflow } from './workflow-edit.js';
import { isLocateError, jobSteps, stringAt } from './workflow-locate.js';
import { isNoFix, locateTarget, workflowPathOf } from './workflow-target.js';

const ID = 'file-not-found';
const SHELL_SAFE_PATH = /^[A-Za-z0-9_+@][A-Za-z0-9._+@/-]*$/;

interface ScalarRef {
  path: (string | number)[];
  node: Scalar;
}

/** The string values of a step a path can appear in: `run`, `working-directory`, and each `with:` input. */
function stepScalars(step: YAMLMap, base: (string | number)[]): ScalarRef[] {
  const refs: ScalarRef[] = [];
  for (const key of ['run', 'working-directory']) {
    const node = step.get(key, true);
    if (isScalar(node) && typeof node.value === 'string') refs.push({ path: [...base, key], node });
  }
  const inputs = step.get('with', true);
  if (isMap(inputs)) {
    for (const pair of inputs.items) {
      if (isScalar(pair.key) && isScalar(pair.value) && typeof pair.value.value === 'string') {
        refs.push({ path: [...base, 'with', String(pair.key.value)], node: pair.value });
      }
    }
  }
  return refs;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Occurrences of `path` as a whole path token (not part of a longer path or word). */
function pathToken(path: string): RegExp {
  return new RegExp(`(?<=^|[^\\w./-])${escapeRegExp(path)}(?=$|[^\\w./-]|/(?=$|[^\\w.-]))`, 'g');
}

function workingDirectory(step: YAMLMap | undefined, job: YAMLMap): string | undefined {
  const own = step ? stringAt(step, 'working-directory') : undefined;
  const fromJob = job.getIn(['defaults', 'run', 'working-directory']);
  const dir = own ?? (typeof fromJob === 'string' ? fromJob : '.');
  return dir.includes('${{') ? undefined : normaliseRepoPath(dir, { allowRoot: true });
}

export const fileNotFoundFixer: Fixer = {
  id: ID,
  appliesTo: (d: Diagnosis) => d.category === 'file-not-found' && typeof d.facts.path === 'string',
  needs: (ctx: FixPlanContext) => workflowPathOf(ctx),
  fix(ctx: FixContext): FixOutcome {
    const raw = ctx.diagnosis.facts.path;
    if (typeof raw !== 'string' || raw.trim() === '' || raw.length > 1024)
      return noFix(ID, 'the diagnosis names no path');
    const target = locateTarget(ctx, ID, { step: false });
    if (isNoFix(target)) return target;
    const { wf, job, step } = target;
    const dir = workingDirectory(step?.map, job.map);
    if (dir === undefined) return noFix(ID, 'the step runs in a directory given by an expression');

    const absolute = raw.startsWith('/') || /^[A-Za-z]:\\/.test(raw);
    const missing = normaliseRepoPath(absolute ? raw : dir === '' ? raw : `${dir}/${raw}`);
    if (missing === undefined) return noFix(ID, `the path ${JSON.stringify(raw)} is outside the repository`);
    if (treePaths(ctx.tree).has(missing)) {
      return noFix(
        ID,
        `${missing} exists at the failing commit; it is missing at run time (generated, ignored, or not checked out)`,
      );
    }
    const near = nearestPath(missing, ctx.tree);
    if (!('path' in near)) {
      const list = near.candidates.length ? `; close candidates: ${near.candidates.join(', ')}` : '';
      return noFix(ID, `no single file of the repository matches ${missing}${list}`);
    }
    if (!SHELL_SAFE_PATH.test(near.path))
      return noFix(ID, `the matching path ${JSON.stringify(near.path)} needs shell quoting`);

    // The reference as the step writes it: relative to its working directory, with or without `./`.
    const relMissing = posix.relative(dir, missing) || '.';
    const relFound = posix.relative(dir, near.path) || '.';
    const forms: Array<[string, string]> = [
      [`./${relMissing}`, `./${relFound}`],
      [relMissing, relFound],
    ];
    if (dir !== '') forms.push([`\${{ github.workspace }}/${missing}`, `\${{ github.workspace }}/${near.path}`]);

    const steps = jobSteps(job)?.items ?? [];
    const scope = step
      ? [{ map: step.map, index: step.index }]
      : steps.flatMap((s, index) => (isMap(s) ? [{ map: s, index }] : []));
    const splices: Splice[] = [];
    const changed: Array<{ path: (string | number)[]; value: string }> = [];
    for (const { map, index } of scope) {
      for (const ref of stepScalars(map, ['jobs', job.key, 'steps', index])) {
        const range = ref.node.range;
        if (!range) continue;
        let value = String(ref.node.value);
        const source = wf.text.slice(range[0], range[1]);
        const local: Splice[] = [];
        for (const [from, to] of forms) {
          const token = pathToken(from);
          const inValue = value.match(token)?.length ?? 0;
          const inSource = [...source.matchAll(token)];
          if (inValue === 0) continue;
          if (inSource.length !== inValue)
            return noFix(ID, `the reference to ${from} is escaped in the workflow text; not editing it`);
          for (const m of inSource) {
            const start = range[0] + (m.index ?? 0);
            if (!local.some((s) => start < s.end && start + from.length > s.start)) {
              local.push({ start, end: start + from.length, text: to });
            }
          }
          value = value.replace(token, to);
        }
        if (local.length > 0) {
          splices.push(...local);
          changed.push({ path: ref.path, value });
        }
      }
    }
    const where = step ? `step "${ctx.step?.name}" of job \`${job.key}\`` : `job \`${job.key}\``;
    if (changed.length === 0) {
      return noFix(
        ID,
        `${missing} is not referenced in ${where} of ${wf.path}; it comes from a script or configuration file`,
        `Did you mean ${near.path}?`,
      );
    }
    const edit = spliceWorkflow(wf, splices, (doc) => {
      for (const c of changed) doc.setIn(c.path, c.value);
    });
    if (isLocateError(edit)) return noFix(ID, edit.error);
    const because = {
      case: 'differs only in letter case',
      moved: 'has the same file name',
      typo: 'is the closest name',
    }[near.why];
    return {
      fixer: ID,
      edits: [edit],
      explanation: `${where[0]?.toUpperCase()}${where.slice(1)} refers to \`${missing}\`, which does not exist. \`${near.path}\` ${because}, so the reference now points there.`,
    };
  },
};
