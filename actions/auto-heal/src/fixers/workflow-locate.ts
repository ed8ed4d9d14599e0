/**
 * Find a job and a step of a workflow file from the names the jobs API reports for a run.
 */
import { type Document, isMap, isScalar, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import type { JobRef, StepRef } from './types.js';

export interface ParsedWorkflow {
  path: string;
  text: string;
  doc: Document.Parsed;
}

export interface LocatedJob {
  /** The job's YAML key. */
  key: string;
  map: YAMLMap;
}

export interface LocatedStep {
  /** 0-based index in the job's `steps:`. */
  index: number;
  map: YAMLMap;
  /** How it was found: by its displayed name, or by the step number alone. */
  by: 'name' | 'number';
}

export type Located<T> = T | { error: string };

export function isLocateError<T>(value: Located<T>): value is { error: string } {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** Parses a workflow; a file with YAML errors or without a `jobs:` mapping is an error naming the file. */
export function parseWorkflowText(path: string, text: string): Located<ParsedWorkflow> {
  const doc = parseDocument(text);
  const first = doc.errors[0];
  if (first) return { error: `${path} is not valid YAML: ${firstLine(first.message)}` };
  if (!isMap(doc.contents) || !isMap(doc.get('jobs', true))) return { error: `${path} has no \`jobs:\` mapping` };
  return { path, text, doc };
}

/** The value of a scalar node or pair value, as a string when it is a string. */
export function stringAt(map: YAMLMap, key: string): string | undefined {
  const node = map.get(key, true);
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

export function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}

function jobsMap(wf: ParsedWorkflow): YAMLMap {
  return wf.doc.get('jobs', true) as YAMLMap;
}

/** A `${{ … }}` template as an anchored regular expression, each expression matching any text. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\$\{\{.*?\}\}/s).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+?')}$`, 's');
}

function nameMatches(template: string, displayed: string): boolean {
  return template.includes('${{') ? templatePattern(template).test(displayed) : template === displayed;
}

/**
 * The job the jobs API calls `ref.name`: by YAML key (`ref.id`), by `name:`, by key, or as a matrix expansion
 * (`build (ubuntu-latest, 3.11)` of a job keyed or named `build`, or a `name:` with `${{ matrix.* }}`).
 */
export function findJob(wf: ParsedWorkflow, ref: JobRef): Located<LocatedJob> {
  const jobs: LocatedJob[] = [];
  for (const pair of jobsMap(wf).items) {
    if (isScalar(pair.key) && isMap(pair.value)) jobs.push({ key: String(pair.key.value), map: pair.value });
  }
  if (ref.id !== undefined) {
    const byId = jobs.find((j) => j.key === ref.id);
    if (byId) return byId;
  }
  const matrixBase = /^(.*) \((.*)\)$/s.exec(ref.name)?.[1];
  const tiers: Array<(j: LocatedJob) => boolean> = [
    (j) => stringAt(j.map, 'name') === ref.name,
    (j) => j.map.get('name') === undefined && j.key === ref.name,
    (j) => {
      const name = stringAt(j.map, 'name');
      return name?.includes('${{') === true && nameMatches(name, ref.name);
    },
    (j) => matrixBase !== undefined && j.map.has('strategy') && (stringAt(j.map, 'name') ?? j.key) === matrixBase,
  ];
  for (const matches of tiers) {
    const found = jobs.filter(matches);
    if (found.length === 1 && found[0]) return found[0];
    if (found.length > 1) {
      return { error: `job "${ref.name}" matches several jobs of ${wf.path}: ${found.map((j) => j.key).join(', ')}` };
    }
  }
  return { error: `no job of ${wf.path} is named "${ref.name}"${ref.id ? ` or keyed "${ref.id}"` : ''}` };
}

export function jobSteps(job: LocatedJob): YAMLSeq | undefined {
  const steps = job.map.get('steps', true);
  return isSeq(steps) ? steps : undefined;
}

/** The name GitHub shows for a step: its `name:`, else `Run <first line of run>` or `Run <uses>`. */
export function stepDisplayName(step: YAMLMap): string {
  const name = step.get('name');
  if (name !== undefined && name !== null) return String(name);
  const run = stringAt(step, 'run');
  if (run !== undefined) return `Run ${run.trimStart().split(/\r?\n/, 1)[0] ?? ''}`;
  const uses = stringAt(step, 'uses');
  return uses !== undefined ? `Run ${uses}` : '';
}

/** Steps the runner adds before the job's own: "Set up job", and "Initialize containers" for container jobs. */
export function implicitStepsBefore(job: LocatedJob): number {
  return job.map.has('container') || job.map.has('services') ? 2 : 1;
}

/**
 * The step the jobs API reports as `ref`: by displayed name (the number breaks ties), else by number.
 * GitHub's number 1 is the implicit "Set up job"; container jobs also have "Initialize containers" as 2.
 */
export function findStep(job: LocatedJob, ref: StepRef): Located<LocatedStep> {
  const steps = jobSteps(job);
  if (!steps) return { error: `job "${job.key}" has no block sequence of steps` };
  const maps = steps.items.map((item) => (isMap(item) ? item : undefined));
  const index = ref.number - 1 - implicitStepsBefore(job);
  const named = maps.flatMap((m, i) => {
    if (!m) return [];
    const explicit = m.get('name');
    const matches = typeof explicit === 'string' ? nameMatches(explicit, ref.name) : stepDisplayName(m) === ref.name;
    return matches ? [i] : [];
  });
  const chosen = named.length === 1 ? named[0] : named.find((i) => i === index);
  if (chosen !== undefined) return { index: chosen, map: maps[chosen] as YAMLMap, by: 'name' };
  if (named.length > 1) return { error: `step "${ref.name}" matches several steps of job "${job.key}"` };
  if (/^(Set up job|Complete job|Initialize containers|Stop containers)$|^Post /.test(ref.name)) {
    return { error: `step "${ref.name}" is added by the runner, not written in the workflow` };
  }
  const byNumber = maps[index];
  if (byNumber) return { index, map: byNumber, by: 'number' };
  return { error: `job "${job.key}" has no step named "${ref.name}" or numbered ${ref.number}` };
}

export type MatrixCombo = Record<string, unknown>;

/**
 * The combinations of a job's `strategy.matrix` (cross product, minus `exclude`, plus `include`), or
 * undefined when the matrix is an expression and cannot be known before the run.
 */
export function matrixCombos(job: LocatedJob): MatrixCombo[] | undefined {
  const strategy = job.map.get('strategy', true);
  if (!isMap(strategy)) return undefined;
  const matrixNode = strategy.get('matrix', true);
  if (!isMap(matrixNode)) return undefined;
  const matrix = matrixNode.toJSON() as Record<string, unknown>;
  let combos: MatrixCombo[] = [{}];
  for (const [key, values] of Object.entries(matrix)) {
    if (key === 'include' || key === 'exclude') continue;
    if (!Array.isArray(values)) return undefined;
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  }
  const isPartOf = (part: unknown, combo: MatrixCombo) =>
    typeof part === 'object' &&
    part !== null &&
    Object.entries(part).every(([k, v]) => JSON.stringify(combo[k]) === JSON.stringify(v));
  const exclude = matrix.exclude;
  if (Array.isArray(exclude)) combos = combos.filter((c) => !exclude.some((e) => isPartOf(e, c)));
  if (Object.keys(combos[0] ?? {}).length === 0) combos = [];
  const original = new Set(Object.keys(matrix).filter((k) => k !== 'include' && k !== 'exclude'));
  const include = matrix.include;
  if (Array.isArray(include)) {
    for (const entry of include) {
      if (typeof entry !== 'object' || entry === null) continue;
      // An include entry extends every combination whose original values it does not overwrite.
      const originalPart = Object.fromEntries(Object.entries(entry).filter(([k]) => original.has(k)));
      const targets = combos.filter((c) => isPartOf(originalPart, c));
      if (targets.length > 0 && original.size > 0) for (const t of targets) Object.assign(t, entry);
      else combos.push({ ...entry });
    }
  }
  return combos;
}

/**
 * The matrix combinations a display name like `test (3.11, ubuntu-latest)` can stand for: those whose values,
 * as GitHub prints them, are exactly the listed ones. All combinations when the name lists no values.
 */
export function combosForDisplayName(combos: readonly MatrixCombo[], displayName: string): MatrixCombo[] {
  const inner = /\(([^()]*)\)$/.exec(displayName)?.[1];
  if (inner === undefined) return [...combos];
  const shown = inner.split(', ').sort();
  return combos.filter((c) => {
    const values = Object.values(c)
      .map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)))
      .sort();
    return values.length === shown.length && values.every((v, i) => v === shown[i]);
  });
}
