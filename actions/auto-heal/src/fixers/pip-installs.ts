/**
 * The `pip install` commands of a job's run steps: which requirement files, projects (`.[test]`) and
 * packages they install, and from which directory.
 */
import { isMap, type YAMLMap } from 'yaml';
import { normaliseRepoPath } from '../validate/repo-path.js';
import { jobSteps, type LocatedJob, stringAt } from './workflow-locate.js';

export interface PipInstall {
  /** 0-based index of the step in the job. */
  stepIndex: number;
  /** Repository-relative directory the command runs in ('' for the root). */
  directory: string;
  /** Requirement files (`-r`), repository-relative. */
  requirementFiles: string[];
  /** Local projects installed (`.`, `-e .[test]`), repository-relative, with their extras. */
  projects: Array<{ path: string; extras: string[] }>;
  /** Package arguments as written (`ruff`, `black==24.1`). */
  packages: string[];
  /** The physical line of the run script holding the command, and where the command ends on it. */
  line: string;
  commandEnd: number;
}

const OPTIONS_WITH_VALUE = new Set([
  '-c',
  '--constraint',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '--platform',
  '--python-version',
  '--implementation',
  '--abi',
  '--upgrade-strategy',
  '--trusted-host',
  '--src',
  '--progress-bar',
  '--cache-dir',
  '--log',
  '--proxy',
  '--timeout',
  '--retries',
]);

/** Shell words of one command, with the offset where the command ends (`&&`, `;`, `|`, `#`, or the line end). */
function words(line: string, from: number): { words: string[]; end: number } {
  const out: string[] = [];
  let i = from;
  let current: string | undefined;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === ' ' || c === '\t') {
      if (current !== undefined) out.push(current);
      current = undefined;
      i++;
    } else if ((c === '&' && line[i + 1] === '&') || c === ';' || c === '|' || (c === '#' && current === undefined)) {
      break;
    } else if (c === '"' || c === "'") {
      const close = line.indexOf(c, i + 1);
      if (close === -1) return { words: out, end: -1 };
      current = (current ?? '') + line.slice(i + 1, close);
      i = close + 1;
    } else {
      current = (current ?? '') + c;
      i++;
    }
  }
  if (current !== undefined) out.push(current);
  let end = i;
  while (end > from && /\s/.test(line[end - 1] as string)) end--;
  return { words: out, end };
}

const PIP_INSTALL = /(^|[;&|(]\s*|\s)((python3?(\.\d+)?|py)\s+-m\s+pip|pip3?(\.\d+)?|uv\s+pip)\s+install\b/g;

function stepDirectory(step: YAMLMap, job: LocatedJob): string | undefined {
  const own = stringAt(step, 'working-directory');
  const fromJob = job.map.getIn(['defaults', 'run', 'working-directory']);
  const dir = own ?? (typeof fromJob === 'string' ? fromJob : '.');
  if (dir.includes('${{')) return undefined;
  return normaliseRepoPath(dir, { allowRoot: true });
}

function resolve(directory: string, path: string): string | undefined {
  if (path.includes('$')) return undefined;
  return normaliseRepoPath(directory === '' ? path : `${directory}/${path}`, { allowRoot: true });
}

/** Every `pip install` in the job's run steps up to and including `lastStep`. */
export function pipInstalls(job: LocatedJob, lastStep: number): PipInstall[] {
  const found: PipInstall[] = [];
  const steps = jobSteps(job)?.items ?? [];
  steps.slice(0, lastStep + 1).forEach((step, stepIndex) => {
    if (!isMap(step)) return;
    const run = stringAt(step, 'run');
    const directory = stepDirectory(step, job);
    if (run === undefined || directory === undefined) return;
    for (const line of run.split('\n')) {
      for (const match of line.matchAll(PIP_INSTALL)) {
        const { words: args, end } = words(line, (match.index ?? 0) + match[0].length);
        if (end < 0) continue;
        const install: PipInstall = {
          stepIndex,
          directory,
          requirementFiles: [],
          projects: [],
          packages: [],
          line,
          commandEnd: end,
        };
        for (let i = 0; i < args.length; i++) {
          const arg = args[i] as string;
          const next = args[i + 1];
          const requirement =
            arg === '-r' || arg === '--requirement' ? next : /^(-r|--requirement=)(.+)$/.exec(arg)?.[2];
          if (requirement !== undefined) {
            const path = resolve(directory, requirement);
            if (path) install.requirementFiles.push(path);
            if (arg === '-r' || arg === '--requirement') i++;
          } else if (arg === '-e' || arg === '--editable') {
          } else if (OPTIONS_WITH_VALUE.has(arg)) {
            i++;
          } else if (arg.startsWith('-')) {
          } else if (/^(\.{1,2}(\/[^[]*)?|[^[]*\/)(\[[^\]]*\])?$/.test(arg)) {
            const [, path = '.', extras = ''] = /^([^[]*)(?:\[([^\]]*)\])?$/.exec(arg) ?? [];
            const resolved = resolve(directory, path);
            if (resolved !== undefined) {
              install.projects.push({
                path: resolved,
                extras: extras
                  .split(',')
                  .map((e) => e.trim())
                  .filter(Boolean),
              });
            }
          } else install.packages.push(arg);
        }
        found.push(install);
      }
    }
  });
  return found;
}
