import { normaliseRepoPath, repoPathProblem } from './repo-path.js';

describe('repository paths', () => {
  it('accepts normal relative paths', () => {
    expect(repoPathProblem('.github/workflows/ci.yml')).toBeUndefined();
    expect(repoPathProblem('src/a b.ts')).toBeUndefined();
  });

  it('names what is wrong with unsafe paths', () => {
    expect(repoPathProblem('')).toBe('the path is empty');
    expect(repoPathProblem('a/\u0000b')).toBe('the path "a/\\u0000b" contains control characters');
    expect(repoPathProblem('C:/x')).toBe('the path "C:/x" is absolute');
    expect(repoPathProblem('a//b')).toBe('the path "a//b" is not normalised');
  });

  it('normalises runner paths and refuses paths that leave the repository', () => {
    expect(normaliseRepoPath('/home/runner/work/repo/repo/src/./a.py')).toBe('src/a.py');
    expect(normaliseRepoPath('./docs/../README.md')).toBe('README.md');
    expect(normaliseRepoPath('../../etc/passwd')).toBeUndefined();
    expect(normaliseRepoPath('/etc/passwd')).toBeUndefined();
    expect(normaliseRepoPath('docs/..')).toBeUndefined();
    expect(normaliseRepoPath('docs/..', { allowRoot: true })).toBe('');
  });
});
