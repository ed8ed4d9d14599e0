/**
 * A missing npm package: declare it in the package.json of the directory the failing step runs in —
 * devDependencies for test and build tools, dependencies otherwise. With a lock file, the lock must change
 * too, which needs the package manager: the fixer then declines with the command to run.
 */
import { normaliseRepoPath } from '../validate/repo-path.js';
import { classifyNodeSpecifier, isDevTool } from './node-packages.js';
import { addPackageJsonDependency } from './package-json-edit.js';
import { neededByTestsOnly } from './test-evidence.js';
import type { FixContext, FixOutcome } from './types.js';
import { noFix } from './types.js';
import { isPlainVersion } from './untrusted.js';
import { isLocateError, stringAt } from './workflow-locate.js';
import { isNoFix, locateTarget, type WorkflowTarget } from './workflow-target.js';

const ID = 'missing-dependency';

/** package.json files the Node path may edit, shallowest first. */
export function packageJsonCandidates(tree: readonly string[]): string[] {
  return tree
    .filter((p) => /(^|\/)package\.json$/.test(p) && !/(^|\/)node_modules\//.test(p))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))
    .slice(0, 30);
}

const LOCK_FILES: ReadonlyArray<[string, (dev: boolean, name: string) => string]> = [
  ['package-lock.json', (dev, name) => `npm install ${dev ? '--save-dev ' : ''}${name}`],
  ['npm-shrinkwrap.json', (dev, name) => `npm install ${dev ? '--save-dev ' : ''}${name}`],
  ['yarn.lock', (dev, name) => `yarn add ${dev ? '--dev ' : ''}${name}`],
  ['pnpm-lock.yaml', (dev, name) => `pnpm add ${dev ? '--save-dev ' : ''}${name}`],
  ['bun.lock', (dev, name) => `bun add ${dev ? '--dev ' : ''}${name}`],
  ['bun.lockb', (dev, name) => `bun add ${dev ? '--dev ' : ''}${name}`],
];

function ancestors(dir: string): string[] {
  const out = [dir];
  while (dir !== '') {
    dir = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '';
    out.push(dir);
  }
  return out;
}

const join = (dir: string, name: string) => (dir === '' ? name : `${dir}/${name}`);

/** The directory the failing step runs in, repository-relative ('' for the root). */
function stepDirectory(target: WorkflowTarget | undefined): string {
  if (!target) return '';
  const own = target.step ? stringAt(target.step.map, 'working-directory') : undefined;
  const fromJob = target.job.map.getIn(['defaults', 'run', 'working-directory']);
  const dir = own ?? (typeof fromJob === 'string' ? fromJob : '');
  return dir.includes('${{') ? '' : (normaliseRepoPath(dir, { allowRoot: true }) ?? '');
}

export function fixNodeDependency(ctx: FixContext, module: string): FixOutcome {
  const kind = classifyNodeSpecifier(module);
  if ('builtin' in kind)
    return noFix(ID, `\`${kind.builtin}\` is a Node.js built-in module`, 'Check the Node.js version the job uses.');
  if ('relative' in kind)
    return noFix(
      ID,
      `\`${module}\` is a file of the project, not a package`,
      'Check the path and the build output it expects.',
    );
  if ('alias' in kind)
    return noFix(ID, `\`${module}\` is a path alias of the project's build configuration, not a package`);
  if ('invalid' in kind)
    return noFix(ID, `the missing module ${JSON.stringify(module)} is not a valid npm package name`);
  const name = kind.package;

  // A package of this repository's own workspaces is built or linked, not installed from the registry.
  for (const [path, text] of ctx.files) {
    if (!path.endsWith('package.json')) continue;
    try {
      if ((JSON.parse(text) as { name?: unknown }).name === name) {
        return noFix(
          ID,
          `\`${name}\` is this repository's own package (${path})`,
          'Build it or link the workspace before this step.',
        );
      }
    } catch {
      // An unreadable package.json is reported when it is edited, not here.
    }
  }

  const located = locateTarget(ctx, ID, { step: false });
  const target = isNoFix(located) ? undefined : located;
  const dev = isDevTool(name) || neededByTestsOnly(ctx, target, /([\w./@-]+\.[cm]?[jt]sx?)\b/g, 'first');
  const dir = ancestors(stepDirectory(target)).find((d) => ctx.files.has(join(d, 'package.json')));
  if (dir === undefined) return noFix(ID, 'no package.json was found for the failing step', `npm install ${name}`);
  const file = join(dir, 'package.json');

  for (const d of ancestors(dir)) {
    const lock = LOCK_FILES.find(([lockName]) => ctx.tree.includes(join(d, lockName)));
    if (lock) {
      const cd = dir === '' ? '' : `cd ${dir} && `;
      return noFix(
        ID,
        `${join(d, lock[0])} locks the dependencies; it must be regenerated together with ${file}`,
        `${cd}${lock[1](dev, name)}`,
      );
    }
  }

  const version = ctx.diagnosis.facts.version;
  const spec = typeof version === 'string' && isPlainVersion(version) ? `^${version.replace(/^v/, '')}` : '*';
  const section = dev ? 'devDependencies' : 'dependencies';
  const text = ctx.files.get(file) as string;
  const after = addPackageJsonDependency(file, text, section, name, spec);
  if (isLocateError(after)) return noFix(ID, after.error);
  return {
    fixer: ID,
    edits: [{ path: file, before: text, after }],
    explanation:
      `\`${module}\` could not be resolved. \`${name}\` is added to the ${section} of \`${file}\`` +
      `${spec === '*' ? ' with the range `*`; narrow it to the version you test against' : ` as \`${spec}\``}.`,
  };
}
