/**
 * Insert a new step before the failing one, written in the file's style and checked against the Document API.
 */
import { type Document, isMap, isScalar, isSeq, type YAMLSeq } from 'yaml';
import type { FileEdit } from '../../../../packages/shared/src/types.js';
import { insertStepBefore, spliceWorkflow } from './workflow-edit.js';
import { isLocateError, type Located, type LocatedJob, type ParsedWorkflow } from './workflow-locate.js';

/** A step as plain data: string values only, `with`/`env` one level deep. */
export type NewStep = Record<string, string | Record<string, string>>;

/** A YAML scalar for a generated value: plain when unambiguous, else single-quoted. */
export function yamlScalar(value: string): string {
  const plainSafe =
    /^[A-Za-z_/][A-Za-z0-9_./@+-]*( [A-Za-z0-9_./@+=&|$()'"-]+)*$/.test(value) &&
    !/^(true|false|null|yes|no|on|off|~)$/i.test(value) &&
    !/: |\s#/.test(value);
  return plainSafe ? value : `'${value.replace(/'/g, "''")}'`;
}

function stepLines(step: NewStep): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(step)) {
    if (typeof value === 'string') lines.push(`${key}: ${yamlScalar(value)}`);
    else {
      lines.push(`${key}:`);
      for (const [k, v] of Object.entries(value)) lines.push(`  ${k}: ${yamlScalar(v)}`);
    }
  }
  return lines;
}

export function insertNewStep(wf: ParsedWorkflow, job: LocatedJob, index: number, step: NewStep): Located<FileEdit> {
  const steps = job.map.get('steps', true);
  if (!isSeq(steps)) return { error: `job \`${job.key}\` has no list of steps` };
  const splice = insertStepBefore(wf, steps, index, stepLines(step));
  if (isLocateError(splice)) return splice;
  return spliceWorkflow(wf, [splice], (doc: Document) => {
    const seq = doc.getIn(['jobs', job.key, 'steps'], true) as YAMLSeq;
    seq.items.splice(index, 0, doc.createNode(step));
  });
}

/** The `uses:` references of every step of the workflow, e.g. `actions/setup-node@v4`. */
export function usesRefs(wf: ParsedWorkflow): string[] {
  const refs: string[] = [];
  const jobs = wf.doc.get('jobs', true);
  if (!isMap(jobs)) return refs;
  for (const pair of jobs.items) {
    const steps = isMap(pair.value) ? pair.value.get('steps', true) : undefined;
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      const uses = isMap(step) ? step.get('uses', true) : undefined;
      if (isScalar(uses) && typeof uses.value === 'string') refs.push(uses.value);
    }
  }
  return refs;
}
