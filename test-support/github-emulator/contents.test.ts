import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createGitHubClient, type GitHubClient } from '../../packages/shared/src/github/client.js';
import { type GitHubEmulator, startGitHubEmulator } from './index.js';

const owner = 'acme';
const repo = 'app';
const fullName = `${owner}/${repo}`;
const WORKFLOW = 'name: CI\non: push\njobs: {}\n';

let gh: GitHubEmulator;
let octokit: GitHubClient;

beforeEach(async () => {
  gh = await startGitHubEmulator();
  gh.seed.repo({
    fullName,
    defaultBranch: 'trunk',
    files: { 'README.md': '# app\n', '.github/workflows/ci.yml': WORKFLOW, 'src/a.ts': 'a\n', 'src/b.ts': 'b\n' },
  });
  octokit = createGitHubClient({ token: 't', baseUrl: gh.url, msPerSecond: 1 });
});

afterEach(async () => {
  expect(gh.invalidRequests).toEqual([]);
  expect(gh.internalErrors).toEqual([]);
  expect(gh.invalidResponses).toEqual([]);
  await gh.stop();
});

function decode(data: unknown): string {
  const file = data as { content: string; encoding: string };
  expect(file.encoding).toBe('base64');
  return Buffer.from(file.content, 'base64').toString('utf8');
}

describe('repository, branch and contents', () => {
  it('describes the repository and its default branch', async () => {
    const { data } = await octokit.rest.repos.get({ owner, repo });
    expect(data).toMatchObject({ full_name: 'acme/app', default_branch: 'trunk', private: false, has_issues: true });
    const branch = await octokit.rest.repos.getBranch({ owner, repo, branch: 'trunk' });
    expect(branch.data.commit.sha).toBe(gh.repo(fullName).refs.get('refs/heads/trunk'));
    expect(branch.data.commit.commit.message).toBe('Initial commit');
    await expect(octokit.rest.repos.getBranch({ owner, repo, branch: 'nope' })).rejects.toMatchObject({ status: 404 });
  });

  it('reads a file as base64 with its blob sha, at the default branch or a given ref', async () => {
    const { data } = await octokit.rest.repos.getContent({ owner, repo, path: '.github/workflows/ci.yml' });
    expect(decode(data)).toBe(WORKFLOW);
    expect(data).toMatchObject({
      type: 'file',
      name: 'ci.yml',
      path: '.github/workflows/ci.yml',
      size: WORKFLOW.length,
    });
    // Base64 wrapped at 60 characters per line, as GitHub sends it.
    expect((data as { content: string }).content.split('\n').every((line) => line.length <= 60)).toBe(true);

    const before = gh.repo(fullName).refs.get('refs/heads/trunk') as string;
    gh.seed.commit(fullName, { branch: 'fix', files: { 'src/a.ts': 'A\n' } });
    expect(decode((await octokit.rest.repos.getContent({ owner, repo, path: 'src/a.ts', ref: 'fix' })).data)).toBe(
      'A\n',
    );
    expect(decode((await octokit.rest.repos.getContent({ owner, repo, path: 'src/a.ts', ref: before })).data)).toBe(
      'a\n',
    );
    await expect(octokit.rest.repos.getContent({ owner, repo, path: 'missing.txt' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('lists a directory and the root', async () => {
    const dir = await octokit.rest.repos.getContent({ owner, repo, path: 'src' });
    expect((dir.data as Array<{ name: string; type: string }>).map((e) => [e.name, e.type])).toEqual([
      ['a.ts', 'file'],
      ['b.ts', 'file'],
    ]);
    const root = await octokit.rest.repos.getContent({ owner, repo, path: '' });
    expect((root.data as Array<{ path: string; type: string }>).map((e) => `${e.type}:${e.path}`)).toEqual([
      'dir:.github',
      'file:README.md',
      'dir:src',
    ]);
  });

  it('serves the raw media type', async () => {
    const { data } = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'README.md',
      mediaType: { format: 'raw' },
    });
    expect(data).toBe('# app\n');
  });

  it('creates and updates files with PUT, requiring the current sha to update', async () => {
    const created = await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: 'docs/new.md',
      message: 'Add docs',
      content: Buffer.from('new\n').toString('base64'),
      branch: 'trunk',
    });
    expect(created.status).toBe(201);
    expect(created.data.commit.message).toBe('Add docs');
    expect(gh.readFile(fullName, 'docs/new.md')).toBe('new\n');

    const update = {
      owner,
      repo,
      path: 'docs/new.md',
      message: 'Edit',
      content: Buffer.from('v2\n').toString('base64'),
    };
    await expect(octokit.rest.repos.createOrUpdateFileContents(update)).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Invalid request.\n\n"sha" wasn\'t supplied.' } },
    });
    await expect(
      octokit.rest.repos.createOrUpdateFileContents({ ...update, sha: 'b'.repeat(40) }),
    ).rejects.toMatchObject({
      status: 409,
    });
    const updated = await octokit.rest.repos.createOrUpdateFileContents({
      ...update,
      sha: created.data.content?.sha ?? '',
    });
    expect(updated.status).toBe(200);
    expect(updated.data.commit.parents?.map((p) => p.sha)).toEqual([created.data.commit.sha]);
    expect(gh.readFile(fullName, 'docs/new.md')).toBe('v2\n');
    await expect(
      octokit.rest.repos.createOrUpdateFileContents({ ...update, path: 'x.md', branch: 'missing' }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('reports collaborator permission levels', async () => {
    gh.seed.collaborator(fullName, 'maintainer', 'write');
    const writer = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'maintainer' });
    expect(writer.data).toMatchObject({ permission: 'write', role_name: 'write', user: { login: 'maintainer' } });
    const owner_ = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'acme' });
    expect(owner_.data.permission).toBe('admin');
    const stranger = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'someone' });
    expect(stranger.data.permission).toBe('read');
  });
});
