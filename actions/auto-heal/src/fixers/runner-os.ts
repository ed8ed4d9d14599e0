/**
 * Which operating systems a job runs on, read from `runs-on` (labels, `{ labels }`, or `${{ matrix.* }}`
 * resolved over the matrix combinations).
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { type LocatedJob, matrixCombos } from './workflow-locate.js';

export type RunnerOs = 'Linux' | 'macOS' | 'Windows' | 'unknown';

function labelOs(label: string): RunnerOs | undefined {
  const l = label.toLowerCase();
  if (/ubuntu|linux/.test(l)) return 'Linux';
  if (/windows/.test(l)) return 'Windows';
  if (/macos|osx/.test(l)) return 'macOS';
  return undefined;
}

function labelsOs(labels: readonly string[]): RunnerOs {
  for (const label of labels) {
    const os = labelOs(label);
    if (os) return os;
  }
  return 'unknown';
}

function runsOnLabels(node: unknown): string[] | undefined {
  if (isScalar(node)) return typeof node.value === 'string' ? [node.value] : undefined;
  if (isSeq(node)) return node.items.map((i) => (isScalar(i) ? String(i.value) : ''));
  if (isMap(node)) {
    const labels = node.get('labels', true);
    const group = node.get('group');
    const fromLabels = labels === undefined ? [] : runsOnLabels(labels);
    return fromLabels && [...fromLabels, ...(typeof group === 'string' ? [group] : [])];
  }
  return undefined;
}

/** The set of OSes the job's runners have, over every matrix combination; `unknown` when it cannot be told. */
export function jobRunnerOses(job: LocatedJob): Set<RunnerOs> {
  const labels = runsOnLabels(job.map.get('runs-on', true));
  if (!labels) return new Set(['unknown']);
  if (!labels.some((l) => l.includes('${{'))) return new Set([labelsOs(labels)]);
  const combos = matrixCombos(job);
  if (!combos || combos.length === 0) return new Set(['unknown']);
  const oses = new Set<RunnerOs>();
  for (const combo of combos) {
    const resolved = labels.map((l) =>
      l.replace(/\$\{\{\s*matrix\.([A-Za-z0-9_-]+)\s*\}\}/g, (_, k: string) =>
        k in combo ? String(combo[k]) : '${{ unknown }}',
      ),
    );
    oses.add(resolved.some((l) => l.includes('${{')) ? 'unknown' : labelsOs(resolved));
  }
  return oses;
}
