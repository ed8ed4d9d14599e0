import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createGitHubClient, type GitHubClient } from '../../packages/shared/src/github/client.js';
import { type GitHubEmulator, startGitHubEmulator } from './index.js';

const owner = 'acme';
const repo = 'app';
const fullName = `${owner}/${repo}`;
const CI = '.github/workflows/ci.yml';
const CI_YAML = 'name: CI\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n';
const appRefusal = (path: string) =>
  `refusing to allow a GitHub App to create or update workflow \`${path}\` without \`workflows\` permission`;

let gh: GitHubEmulator;

beforeEach(async () => {
  gh = await startGitHubEmulator();
  gh.seed.repo({ fullName, files: { 'README.md': '# app\n', 'src/index.ts': 'export {};\n' } });
  // The workflow arrives in the last commit of main, as in most tests and real repositories.
  gh.seed.workflow(fullName, { path: CI, content: CI_YAML });
});

afterEach(async () => {
  expect(gh.invalidRequests).toEqual([]);
  expect(gh.internalErrors).toEqual([]);
  await gh.stop();
});

function client(token: string): GitHubClient {
  return createGitHubClient({ token, baseUrl: gh.url, msPerSecond: 1 });
}

function head(branch = 'main'): string {
  const sha = gh.repo(fullName).refs.get(`refs/heads/${branch}`);
  if (!sha) throw new Error(`no branch ${branch}`);
  return sha;
}

/** A commit on top of `parent` through the git data API: blobs, tree, commit (never refused). */
async function commitThroughApi(
  octokit: GitHubClient,
  parent: string,
  files: Record<string, string | null>,
): Promise<string> {
  const base = await octokit.rest.git.getCommit({ owner, repo, commit_sha: parent });
  const tree = await octokit.rest.git.createTree({
    owner,
    repo,
    base_tree: base.data.tree.sha,
    tree: Object.entries(files).map(([path, content]) =>
      content === null
        ? { path, mode: '100644' as const, type: 'blob' as const, sha: null }
        : { path, mode: '100644' as const, type: 'blob' as const, content },
    ),
  });
  const commit = await octokit.rest.git.createCommit({
    owner,
    repo,
    message: 'auto-heal: fix',
    tree: tree.data.sha,
    parents: [parent],
  });
  return commit.data.sha;
}

describe('pushes that touch .github/workflows/', () => {
  it('refuses to move a branch onto a workflow change without the workflows permission; the ref stays', async () => {
    gh.setToken('ghs_app', { kind: 'app' });
    const app = client('ghs_app');
    const before = head();
    const sha = await commitThroughApi(app, before, { [CI]: `${CI_YAML}      - run: make test\n` });

    const refused = app.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha });
    await expect(refused).rejects.toMatchObject({
      status: 403,
      response: {
        data: {
          message: appRefusal(CI),
          documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference',
        },
      },
    });
    expect(head()).toBe(before);
    // The blob, tree and commit were created: GitHub refuses only the ref update.
    expect(gh.repo(fullName).git.commit(sha)).toBeDefined();
  });

  it('moves the branch when the token has the workflows permission', async () => {
    gh.setToken('ghs_app', { kind: 'app', workflows: true });
    const app = client('ghs_app');
    const sha = await commitThroughApi(app, head(), { [CI]: `${CI_YAML}      - run: make test\n` });
    await expect(app.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha })).resolves.toMatchObject({
      status: 200,
    });
    expect(head()).toBe(sha);
    expect(gh.readFile(fullName, CI)).toContain('make test');
  });

  it('lets a token without the permission push changes outside .github/workflows/', async () => {
    gh.setToken('ghs_actions', { kind: 'github-token' });
    const actions = client('ghs_actions');
    const sha = await commitThroughApi(actions, head(), {
      'src/index.ts': 'export const fixed = true;\n',
      '.github/dependabot.yml': 'version: 2\n',
    });
    await actions.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha });
    expect(head()).toBe(sha);
  });

  it('refuses adding and deleting workflow files too, naming the first path', async () => {
    gh.setToken('ghs_actions', { kind: 'github-token' });
    const actions = client('ghs_actions');
    const before = head();
    const added = await commitThroughApi(actions, before, { '.github/workflows/a-new.yml': CI_YAML });
    await expect(actions.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: added })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining(appRefusal('.github/workflows/a-new.yml')),
    });
    const deleted = await commitThroughApi(actions, before, { [CI]: null, 'src/index.ts': 'x\n' });
    await expect(actions.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: deleted })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining(appRefusal(CI)),
    });
    expect(head()).toBe(before);
  });

  it('refuses a new branch whose commit changes a workflow relative to its parent; no branch is created', async () => {
    gh.setToken('ghs_actions', { kind: 'github-token' });
    const actions = client('ghs_actions');
    const sha = await commitThroughApi(actions, head(), { [CI]: 'name: CI\non: [pull_request]\njobs: {}\n' });
    const refused = actions.rest.git.createRef({ owner, repo, ref: 'refs/heads/self-heal/run-1', sha });
    await expect(refused).rejects.toMatchObject({
      status: 403,
      response: {
        data: {
          message: appRefusal(CI),
          documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference',
        },
      },
    });
    expect(gh.repo(fullName).refs.has('refs/heads/self-heal/run-1')).toBe(false);
  });

  it('compares a new branch with the default branch: branching at main is fine, branching from a stale base is not', async () => {
    gh.setToken('ghs_actions', { kind: 'github-token' });
    const actions = client('ghs_actions');
    // main's head commit added ci.yml, yet a branch at main changes nothing relative to main.
    await expect(
      actions.rest.git.createRef({ owner, repo, ref: 'refs/heads/fix', sha: head() }),
    ).resolves.toMatchObject({ status: 201 });
    // The commit before the workflow existed: relative to main, the branch deletes ci.yml.
    const parentOfHead = gh.repo(fullName).git.commit(head())?.parents[0] ?? '';
    await expect(
      actions.rest.git.createRef({ owner, repo, ref: 'refs/heads/old', sha: parentOfHead }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining(appRefusal(CI)) });
  });

  it('refuses force-moving a stale branch onto a base whose workflows differ from the branch', async () => {
    gh.seed.branch(fullName, 'self-heal/stale');
    gh.seed.commit(fullName, { files: { [CI]: `${CI_YAML}      - run: make lint\n` }, message: 'CI: lint' });
    gh.setToken('ghs_actions', { kind: 'github-token' });
    const actions = client('ghs_actions');
    const sha = await commitThroughApi(actions, head(), { 'src/index.ts': 'export const fixed = true;\n' });
    await expect(
      actions.rest.git.updateRef({ owner, repo, ref: 'heads/self-heal/stale', sha, force: true }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining(appRefusal(CI)) });
  });

  it('answers 404 to the contents API writing a workflow file without the permission', async () => {
    gh.setToken('ghs_actions', { kind: 'github-token' });
    const actions = client('ghs_actions');
    const current = await actions.rest.repos.getContent({ owner, repo, path: CI });
    const fileSha = Array.isArray(current.data) ? '' : current.data.sha;
    const before = head();
    await expect(
      actions.rest.repos.createOrUpdateFileContents({
        owner,
        repo,
        path: CI,
        message: 'edit CI',
        content: Buffer.from('name: CI\n').toString('base64'),
        sha: fileSha,
      }),
    ).rejects.toMatchObject({ status: 404, message: expect.stringContaining('Not Found') });
    expect(head()).toBe(before);
    await expect(
      actions.rest.repos.createOrUpdateFileContents({
        owner,
        repo,
        path: 'docs/notes.md',
        message: 'notes',
        content: Buffer.from('n\n').toString('base64'),
      }),
    ).resolves.toMatchObject({ status: 201 });
  });

  it('lets tokens that are not configured push workflow changes, as before', async () => {
    const anyToken = client('t');
    const sha = await commitThroughApi(anyToken, head(), { [CI]: 'name: CI\non: [push]\njobs: {}\n' });
    await anyToken.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha });
    expect(head()).toBe(sha);
  });

  it('applies defaultToken to every token not configured', async () => {
    await gh.stop();
    gh = await startGitHubEmulator({ defaultToken: { kind: 'github-token' } });
    gh.seed.repo({ fullName, files: { [CI]: CI_YAML } });
    const anyToken = client('whatever');
    const sha = await commitThroughApi(anyToken, head(), { [CI]: 'name: CI\non: [push]\njobs: {}\n' });
    await expect(anyToken.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha })).rejects.toMatchObject({
      status: 403,
    });
  });
});

describe('classic personal access tokens', () => {
  it('names the scopes in x-oauth-scopes on every response, errors included', async () => {
    gh.setToken('ghp_repo', { scopes: ['repo'] });
    gh.setToken('ghp_full', { scopes: ['repo', 'workflow'] });
    const repoOnly = client('ghp_repo');
    const ok = await repoOnly.rest.repos.get({ owner, repo });
    expect(ok.headers['x-oauth-scopes']).toBe('repo');
    await expect(repoOnly.rest.repos.get({ owner, repo: 'ghost' })).rejects.toMatchObject({
      status: 404,
      response: { headers: expect.objectContaining({ 'x-oauth-scopes': 'repo' }) },
    });
    const full = await client('ghp_full').rest.repos.get({ owner, repo });
    expect(full.headers['x-oauth-scopes']).toBe('repo, workflow');
    // App installation tokens and GITHUB_TOKEN carry no scopes, and no header.
    gh.setToken('ghs_actions', { kind: 'github-token' });
    const app = await client('ghs_actions').rest.repos.get({ owner, repo });
    expect(app.headers['x-oauth-scopes']).toBeUndefined();
  });

  it('needs the workflow scope to push a workflow change, with the PAT wording', async () => {
    gh.setToken('ghp_repo', { scopes: ['repo'] });
    gh.setToken('ghp_full', { scopes: ['repo', 'workflow'] });
    const repoOnly = client('ghp_repo');
    const sha = await commitThroughApi(repoOnly, head(), { [CI]: 'name: CI\non: [push]\njobs: {}\n' });
    await expect(repoOnly.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining(
        `refusing to allow a Personal Access Token to create or update workflow \`${CI}\` without \`workflow\` scope`,
      ),
    });
    await client('ghp_full').rest.git.updateRef({ owner, repo, ref: 'heads/main', sha });
    expect(head()).toBe(sha);
  });

  it('may commit a workflow file without the scope when another branch has the same file', async () => {
    const released = 'name: CI\non: [push, pull_request]\njobs: {}\n';
    gh.seed.commit(fullName, { branch: 'ci-update', files: { [CI]: released } });
    gh.setToken('ghp_repo', { scopes: ['repo'] });
    const repoOnly = client('ghp_repo');
    const same = await commitThroughApi(repoOnly, head(), { [CI]: released });
    await repoOnly.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: same });
    expect(head()).toBe(same);
    // The exception is a classic-token rule: a GitHub App is still refused the same change.
    gh.setToken('ghs_app', { kind: 'app' });
    const app = client('ghs_app');
    const other = await commitThroughApi(app, head(), { [CI]: CI_YAML });
    gh.seed.commit(fullName, { branch: 'ci-old', from: 'ci-update', files: { [CI]: CI_YAML } });
    await expect(app.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: other })).rejects.toMatchObject({
      status: 403,
    });
  });
});

describe('token configuration', () => {
  it('rejects configurations GitHub cannot issue, naming the token', () => {
    expect(() => gh.setToken('ghs_x', { kind: 'github-token', workflows: true })).toThrow(
      'emulator: token "ghs_x": GITHUB_TOKEN can never be granted the workflows permission',
    );
    expect(() => gh.setToken('ghs_x', { kind: 'github-token', permissions: { administration: 'read' } })).toThrow(
      /GITHUB_TOKEN can never be granted the administration permission/,
    );
    expect(() => gh.setToken('ghs_x', { kind: 'app', scopes: ['repo'] })).toThrow(
      /scopes belong to classic personal access tokens, not to kind "app"/,
    );
    expect(() => gh.setToken('ghp_x', { scopes: ['repo'], workflows: true })).toThrow(/either scopes .* or workflows/);
  });
});
