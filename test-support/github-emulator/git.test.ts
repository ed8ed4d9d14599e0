import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createGitHubClient, type GitHubClient } from '../../packages/shared/src/github/client.js';
import { GitStore } from './git-store.js';
import { type GitHubEmulator, startGitHubEmulator } from './index.js';

const owner = 'acme';
const repo = 'app';

let gh: GitHubEmulator;
let octokit: GitHubClient;

beforeEach(async () => {
  gh = await startGitHubEmulator();
  gh.seed.repo({ fullName: `${owner}/${repo}`, files: { 'README.md': '# app\n', 'src/index.ts': 'export {};\n' } });
  octokit = createGitHubClient({ token: 't', baseUrl: gh.url, msPerSecond: 1 });
});

afterEach(async () => {
  await gh.stop();
});

type Git = (args: string[], input?: string | Buffer, env?: Record<string, string>) => string;

/** Runs git in a throwaway repository, so the emulator's SHAs can be compared with git's own. */
function withGit<T>(fn: (git: Git) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'gh-emulator-git-'));
  try {
    const git: Git = (args, input, env = {}) =>
      execFileSync('git', args, {
        cwd: dir,
        input,
        env: { ...process.env, GIT_DIR: join(dir, '.git'), GIT_WORK_TREE: dir, ...env },
        encoding: 'utf8',
      }).trim();
    git(['init', '-q']);
    return fn(git);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Writes an emulator object and everything it references into real git (hash-object, mktree,
 * commit-tree) and returns the SHA git computed; the caller compares it with the emulator's.
 */
function replayInto(git: Git, sha: string): string {
  const object = gh.repo(`${owner}/${repo}`).git.get(sha);
  if (!object) throw new Error(`emulator has no object ${sha}`);
  if (object.type === 'blob') return git(['hash-object', '-w', '--stdin'], object.content);
  if (object.type === 'tree') {
    const lines = object.entries.map((e) => `${e.mode} ${e.type} ${replayInto(git, e.sha)}\t${e.name}`);
    return git(['mktree'], `${lines.join('\n')}\n`);
  }
  const c = object.commit;
  const tree = replayInto(git, c.tree);
  const parents = c.parents.flatMap((p) => ['-p', replayInto(git, p)]);
  return git(['commit-tree', tree, ...parents], c.message, {
    GIT_AUTHOR_NAME: c.author.name,
    GIT_AUTHOR_EMAIL: c.author.email,
    GIT_AUTHOR_DATE: c.author.date,
    GIT_COMMITTER_NAME: c.committer.name,
    GIT_COMMITTER_EMAIL: c.committer.email,
    GIT_COMMITTER_DATE: c.committer.date,
  });
}

describe('git objects', () => {
  it('hashes blobs exactly like git', () => {
    const store = new GitStore();
    expect(store.writeBlob('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    expect(store.writeBlob('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
    withGit((git) => {
      const bytes = 'ünïcode\r\nline two';
      expect(store.writeBlob(bytes)).toBe(git(['hash-object', '--stdin'], bytes));
    });
  });

  it('creates blobs, a nested tree and a commit whose SHAs match real git, then moves the branch', async () => {
    const base = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' });
    const parentSha = base.data.object.sha;
    const parent = await octokit.rest.git.getCommit({ owner, repo, commit_sha: parentSha });

    const utf8 = await octokit.rest.git.createBlob({ owner, repo, content: 'hello\n' });
    expect(utf8.status).toBe(201);
    expect(utf8.data.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    const binary = Buffer.from([0, 1, 2, 255]);
    const b64 = await octokit.rest.git.createBlob({
      owner,
      repo,
      content: binary.toString('base64'),
      encoding: 'base64',
    });
    const fetched = await octokit.rest.git.getBlob({ owner, repo, file_sha: b64.data.sha });
    expect(Buffer.from(fetched.data.content, 'base64')).toEqual(binary);
    expect(fetched.data.size).toBe(4);

    const tree = await octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: parent.data.tree.sha,
      tree: [
        { path: 'docs/hello.txt', mode: '100644', type: 'blob', sha: utf8.data.sha },
        { path: 'bin/data.bin', mode: '100755', type: 'blob', sha: b64.data.sha },
        { path: 'src/extra.ts', mode: '100644', type: 'blob', content: 'export const x = 1;\n' },
        { path: 'README.md', mode: '100644', type: 'blob', sha: null },
      ],
    });
    expect(tree.status).toBe(201);
    const commit = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: 'Add docs\n',
      tree: tree.data.sha,
      parents: [parentSha],
      author: { name: 'Ada', email: 'ada@example.com', date: '2024-01-02T03:04:05Z' },
    });
    expect(commit.data.parents.map((p) => p.sha)).toEqual([parentSha]);
    expect(commit.data.committer).toEqual(commit.data.author);

    await octokit.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: commit.data.sha });
    const head = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' });
    expect(head.data.object.sha).toBe(commit.data.sha);

    const listed = await octokit.rest.git.getTree({ owner, repo, tree_sha: commit.data.sha, recursive: 'true' });
    expect(listed.data.tree.map((e) => `${e.mode} ${e.type} ${e.path}`)).toEqual([
      '040000 tree bin',
      '100755 blob bin/data.bin',
      '040000 tree docs',
      '100644 blob docs/hello.txt',
      '040000 tree src',
      '100644 blob src/extra.ts',
      '100644 blob src/index.ts',
    ]);
    const top = await octokit.rest.git.getTree({ owner, repo, tree_sha: tree.data.sha });
    expect(top.data.tree.map((e) => e.path)).toEqual(['bin', 'docs', 'src']);

    // Real git, fed the same objects, computes the same SHAs for every blob, tree and commit.
    withGit((git) => expect(replayInto(git, commit.data.sha)).toBe(commit.data.sha));
    // A dozen git processes: generous on a loaded machine.
  }, 30_000);

  it('refuses a non-fast-forward ref update unless forced', async () => {
    const main = (await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha;
    const parent = await octokit.rest.git.getCommit({ owner, repo, commit_sha: main });
    const sideTree = await octokit.rest.git.createTree({
      owner,
      repo,
      tree: [{ path: 'side.txt', mode: '100644', type: 'blob', content: 'side\n' }],
    });
    const side = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: 'unrelated',
      tree: sideTree.data.sha,
      parents: [],
    });

    await expect(
      octokit.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: side.data.sha }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Update is not a fast forward'),
    });
    expect((await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha).toBe(main);

    const forced = await octokit.rest.git.updateRef({
      owner,
      repo,
      ref: 'heads/main',
      sha: side.data.sha,
      force: true,
    });
    expect(forced.data.object.sha).toBe(side.data.sha);

    const child = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: 'child',
      tree: parent.data.tree.sha,
      parents: [side.data.sha],
    });
    const fastForward = await octokit.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: child.data.sha });
    expect(fastForward.data.object.sha).toBe(child.data.sha);
    expect(gh.invalidRequests).toEqual([]);
  });

  it('creates, lists, and refuses duplicate refs; unknown refs are 404', async () => {
    const main = (await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha;
    const created = await octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/self-heal/issue-1', sha: main });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      ref: 'refs/heads/self-heal/issue-1',
      object: { sha: main, type: 'commit' },
      url: `${gh.url}/repos/acme/app/git/refs/heads/self-heal/issue-1`,
    });
    await expect(
      octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/self-heal/issue-1', sha: main }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('Reference already exists') });
    await expect(
      octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/x', sha: 'f'.repeat(40) }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('Object does not exist') });

    const matching = await octokit.rest.git.listMatchingRefs({ owner, repo, ref: 'heads/self-heal/' });
    expect(matching.data.map((r) => r.ref)).toEqual(['refs/heads/self-heal/issue-1']);
    const none = await octokit.rest.git.listMatchingRefs({ owner, repo, ref: 'heads/nothing' });
    expect(none.data).toEqual([]);

    await expect(octokit.rest.git.getRef({ owner, repo, ref: 'heads/missing' })).rejects.toMatchObject({ status: 404 });
    // The path parameter is `heads/<branch>`: a full ref name is not found, as on GitHub.
    await expect(octokit.rest.git.getRef({ owner, repo, ref: 'refs/heads/main' })).rejects.toMatchObject({
      status: 404,
    });
    await expect(octokit.rest.git.updateRef({ owner, repo, ref: 'heads/missing', sha: main })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Reference does not exist'),
    });
    await octokit.rest.git.deleteRef({ owner, repo, ref: 'heads/self-heal/issue-1' });
    expect(gh.repo('acme/app').refs.has('refs/heads/self-heal/issue-1')).toBe(false);
    expect(gh.invalidRequests).toEqual([]);
  });

  it('answers unencoded slashes in refs as GitHub does', async () => {
    gh.seed.branch('acme/app', 'feature/deep/name');
    const raw = await octokit.request('GET /repos/acme/app/git/ref/heads/feature/deep/name');
    expect(raw.data.ref).toBe('refs/heads/feature/deep/name');
  });
});
