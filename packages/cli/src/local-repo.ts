import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { FileSource } from '../../../actions/auto-heal/src/produce-fix.js';
import { repoPathProblem } from '../../../actions/auto-heal/src/validate/repo-path.js';
import { UserError } from '../../shared/src/errors.js';
import type { FileEdit } from '../../shared/src/types.js';

const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.venv', 'venv', '__pycache__', 'target', 'dist', 'build']);

function walk(root: string, dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(root, join(dir, entry.name), out);
    } else if (entry.isFile()) {
      out.push(relative(root, join(dir, entry.name)).split(sep).join('/'));
    }
  }
}

/**
 * Where `path` of the checkout really is, symlinks resolved, or undefined when that is outside the checkout:
 * a tracked symlink (or a symlinked folder) must not let a fix read or write a file elsewhere. A path that
 * does not exist yet is resolved through its nearest existing folder.
 */
function resolveInside(realRoot: string, path: string): string | undefined {
  let existing = join(realRoot, path);
  const missing: string[] = [];
  while (!lstatSync(existing, { throwIfNoEntry: false })) {
    missing.unshift(basename(existing));
    existing = dirname(existing);
  }
  let real: string;
  try {
    real = join(realpathSync(existing), ...missing);
  } catch {
    return undefined; // a dangling symlink
  }
  const inside = relative(realRoot, real);
  return inside && !inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside) ? real : undefined;
}

/** The files of a local checkout: what git tracks when it is a git work tree, else every file but build and dependency folders. */
export function localRepo(root: string): FileSource {
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`${root} is not a directory.`);
  const realRoot = realpathSync(root);
  let tree: string[];
  try {
    tree = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\0')
      .filter(Boolean);
  } catch {
    tree = [];
    walk(root, root, tree);
  }
  return {
    tree: tree.sort(),
    async read(path) {
      if (repoPathProblem(path)) return null;
      const real = resolveInside(realRoot, path);
      if (!real) return null;
      try {
        return readFileSync(real, 'utf8');
      } catch {
        return null;
      }
    },
  };
}

/** Writes the edits into the checkout (paths were checked by the fixer pipeline; checked again here). */
export function applyEdits(root: string, edits: readonly FileEdit[]): void {
  const realRoot = realpathSync(root);
  for (const edit of edits) {
    const problem = repoPathProblem(edit.path);
    if (problem) throw new UserError(`Refusing to write ${edit.path}: ${problem}`);
    const target = resolveInside(realRoot, edit.path);
    if (!target) throw new UserError(`Refusing to write ${edit.path}: it is a symlink to a place outside ${root}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, edit.after);
  }
}
