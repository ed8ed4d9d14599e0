/**
 * The repository path a mistyped or moved path most likely meant: the same path in another case, the same
 * file name in one other folder, or a path a couple of edits away. Only a single clear winner counts.
 */

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** Every file and folder of the tree. */
export function treePaths(tree: readonly string[]): Set<string> {
  const paths = new Set<string>();
  for (const file of tree) {
    paths.add(file);
    for (let i = file.indexOf('/'); i !== -1; i = file.indexOf('/', i + 1)) paths.add(file.slice(0, i));
  }
  return paths;
}

const IGNORED = /(^|\/)(node_modules|\.git|vendor|dist|build|\.venv|venv|target)\//;

export interface NearMatch {
  path: string;
  why: 'case' | 'moved' | 'typo';
}

/** The one path of the tree `missing` most likely meant, or the close candidates when there is no single one. */
export function nearestPath(missing: string, tree: readonly string[]): NearMatch | { candidates: string[] } {
  const all = [...treePaths(tree)].filter((p) => !IGNORED.test(`${p}/`));
  const lower = missing.toLowerCase();
  const byCase = all.filter((p) => p.toLowerCase() === lower);
  if (byCase.length === 1 && byCase[0]) return { path: byCase[0], why: 'case' };

  const base = missing.slice(missing.lastIndexOf('/') + 1);
  const moved = all.filter((p) => p !== missing && p.slice(p.lastIndexOf('/') + 1) === base);
  if (moved.length === 1 && moved[0]) return { path: moved[0], why: 'moved' };

  // Typos: at most 2 edits, and at most a fifth of the path, so short names do not match everything.
  const limit = Math.min(2, Math.floor(missing.length / 5));
  const scored = all
    .map((p) => ({ p, d: Math.abs(p.length - missing.length) > limit ? limit + 1 : editDistance(p, missing) }))
    .filter((s) => s.d > 0 && s.d <= limit)
    .sort((a, b) => a.d - b.d || a.p.localeCompare(b.p));
  const best = scored[0];
  if (best && (scored.length === 1 || (scored[1]?.d ?? Infinity) > best.d)) return { path: best.p, why: 'typo' };
  return { candidates: [...moved, ...scored.map((s) => s.p)].slice(0, 5) };
}
