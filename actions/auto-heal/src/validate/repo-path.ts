/**
 * Repository paths from untrusted sources (log facts, model answers) must name a file inside the repository.
 */

/** Why `path` is not a safe repository-relative POSIX path, or undefined when it is. */
export function repoPathProblem(path: string): string | undefined {
  if (path.length === 0) return 'the path is empty';
  if (path.length > 4096) return 'the path is longer than 4096 characters';
  if ([...path].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
    return `the path ${JSON.stringify(path)} contains control characters`;
  if (path.includes('\\')) return `the path ${JSON.stringify(path)} contains a backslash`;
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return `the path ${JSON.stringify(path)} is absolute`;
  const segments = path.split('/');
  if (segments.some((s) => s === '..')) return `the path ${JSON.stringify(path)} leaves the repository (..)`;
  if (segments.some((s) => s === '' || s === '.')) return `the path ${JSON.stringify(path)} is not normalised`;
  if (segments[0] === '.git') return `the path ${JSON.stringify(path)} is inside .git`;
  return undefined;
}

/**
 * A path as a repository-relative POSIX path: `./` and duplicate slashes removed, `a/../b` resolved, a
 * GitHub-hosted runner's workspace prefix (`/home/runner/work/<repo>/<repo>/`) stripped. Undefined when it
 * leaves the repository or is absolute elsewhere; the root itself is '' with `allowRoot`, else undefined.
 */
export function normaliseRepoPath(raw: string, { allowRoot = false } = {}): string | undefined {
  let path = raw
    .trim()
    .replace(/^\/home\/runner\/work\/[^/]+\/[^/]+\//, '')
    .replace(/^[A-Za-z]:\\a\\[^\\]+\\[^\\]+\\/, '');
  if (path.startsWith('/')) return undefined;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(segment);
  }
  path = out.join('/');
  if (path === '' && allowRoot) return '';
  return repoPathProblem(path) === undefined ? path : undefined;
}
