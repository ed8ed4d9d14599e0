import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createGitHubClient, type GitHubClient } from '../../packages/shared/src/github/client.js';
import { type GitHubEmulator, startGitHubEmulator } from './index.js';

const owner = 'acme';
const repo = 'app';

let gh: GitHubEmulator;
let octokit: GitHubClient;

beforeEach(async () => {
  gh = await startGitHubEmulator();
  gh.seed.repo({ fullName: `${owner}/${repo}`, files: { 'README.md': 'hi\n' } });
  octokit = createGitHubClient({ token: 't', baseUrl: gh.url, msPerSecond: 1, retries: 0 });
});

afterEach(async () => {
  await gh.stop();
});

/** A request without Octokit in the way: status, headers and parsed body. */
async function send(method: string, path: string, init: { body?: string; token?: string | null } = {}) {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
  if (init.token !== null) headers.authorization = `token ${init.token ?? 't'}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${gh.url}${path}`, { method, headers, body: init.body });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  };
}

describe('request validation against the OpenAPI description', () => {
  it('answers a body without a required field 422 Validation Failed and records it', async () => {
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/issues', { owner, repo, body: 'no title' } as never),
    ).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [{ resource: 'Issue', field: 'title', code: 'missing_field', message: 'title is missing' }],
          documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
        },
      },
    });
    expect(gh.invalidRequests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/repos/acme/app/issues',
        reason: 'invalid-body',
        status: 422,
        operationId: 'issues/create',
        body: { body: 'no title' },
      }),
    ]);
    expect(gh.repo(`${owner}/${repo}`).issues.size).toBe(0);
  });

  it('rejects wrong types inside the body, and accepts what the description allows', async () => {
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/issues', {
        owner,
        repo,
        title: { text: 'x' },
        labels: 'bug',
      } as never),
    ).rejects.toMatchObject({ status: 422 });
    const [invalid] = gh.invalidRequests;
    expect(invalid?.errors.map((e) => e.field).sort()).toEqual(['labels', 'title']);
    // The description types `title` as string or integer: GitHub takes 42 and so does the emulator.
    const created = await octokit.request('POST /repos/{owner}/{repo}/issues', { owner, repo, title: 42 } as never);
    expect(created.status).toBe(201);
    expect(gh.invalidRequests).toHaveLength(1);
  });

  it('checks nested schemas reached through $ref (tree entries, enum modes)', async () => {
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/git/trees', {
        owner,
        repo,
        tree: [{ path: 'a.txt', mode: '644', type: 'blob', content: 'x' }],
      } as never),
    ).rejects.toMatchObject({ status: 422 });
    expect(gh.invalidRequests[0]?.errors).toEqual([expect.objectContaining({ field: 'tree.0.mode', code: 'invalid' })]);
  });

  it('answers an unknown route 404 Not Found and records it', async () => {
    await expect(octokit.request('GET /repos/{owner}/{repo}/no-such-thing', { owner, repo })).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } },
    });
    expect(gh.invalidRequests).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/repos/acme/app/no-such-thing',
        reason: 'unknown-route',
        status: 404,
      }),
    ]);
  });

  it('records a real GitHub route the emulator does not serve, so a test cannot pass by accident', async () => {
    await expect(octokit.rest.repos.listReleases({ owner, repo })).rejects.toMatchObject({ status: 404 });
    expect(gh.invalidRequests).toEqual([
      expect.objectContaining({ reason: 'not-implemented', operationId: 'repos/list-releases' }),
    ]);
  });

  it('validates query parameters with enums and types', async () => {
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/issues', { owner, repo, state: 'opened' } as never),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/issues', { owner, repo, per_page: 'many' } as never),
    ).rejects.toMatchObject({ status: 422 });
    expect(gh.invalidRequests.map((r) => [r.reason, r.errors[0]?.field])).toEqual([
      ['invalid-parameters', 'state'],
      ['invalid-parameters', 'per_page'],
    ]);
  });

  it('answers a non-numeric issue number 404, like GitHub, and records it', async () => {
    const response = await send('GET', '/repos/acme/app/issues/abc');
    expect(response.status).toBe(404);
    expect(gh.invalidRequests[0]).toMatchObject({ reason: 'invalid-parameters', status: 404 });
  });

  it('answers malformed JSON 400 Problems parsing JSON', async () => {
    const response = await send('POST', '/repos/acme/app/issues', { body: '{"title": ' });
    expect(response).toMatchObject({ status: 400, body: { message: 'Problems parsing JSON' } });
    expect(gh.invalidRequests[0]?.reason).toBe('invalid-json');
  });

  it('accepts valid requests without recording anything', async () => {
    await octokit.rest.issues.create({ owner, repo, title: 'ok', labels: ['bug', { name: 'ci' }] });
    await octokit.rest.issues.listForRepo({
      owner,
      repo,
      state: 'all',
      labels: 'bug,ci',
      sort: 'updated',
      direction: 'asc',
    });
    await octokit.rest.issues.setLabels({ owner, repo, issue_number: 1, labels: [] });
    expect(gh.invalidRequests).toEqual([]);
  });
});

describe('authentication and permissions', () => {
  it('answers 401 without a token, and 401 Bad credentials for a revoked one', async () => {
    expect(await send('GET', '/repos/acme/app', { token: null })).toMatchObject({
      status: 401,
      body: { message: 'Requires authentication' },
    });
    gh.setToken('old', { revoked: true });
    expect(await send('GET', '/repos/acme/app', { token: 'old' })).toMatchObject({
      status: 401,
      body: { message: 'Bad credentials' },
    });
  });

  it('answers 403 Resource not accessible by integration for a scope the token lacks', async () => {
    gh.setToken('read-only', { permissions: { contents: 'read', issues: 'read' } });
    const limited = createGitHubClient({ token: 'read-only', baseUrl: gh.url, msPerSecond: 1 });
    await expect(limited.rest.issues.listForRepo({ owner, repo })).resolves.toMatchObject({ status: 200 });
    await expect(limited.rest.repos.get({ owner, repo })).resolves.toMatchObject({ status: 200 });
    const refused = limited.rest.git.createRef({ owner, repo, ref: 'refs/heads/x', sha: 'a'.repeat(40) });
    await expect(refused).rejects.toMatchObject({
      status: 403,
      response: {
        data: { message: 'Resource not accessible by integration' },
        headers: expect.objectContaining({ 'x-accepted-github-permissions': 'contents=write' }),
      },
    });
    await expect(limited.rest.actions.listRepoWorkflows({ owner, repo })).rejects.toMatchObject({ status: 403 });
  });

  it('acts as the configured login', async () => {
    gh.setToken('pat', { login: 'octocat' });
    const asUser = createGitHubClient({ token: 'pat', baseUrl: gh.url, msPerSecond: 1 });
    const { data } = await asUser.rest.issues.create({ owner, repo, title: 'mine' });
    expect(data.user?.login).toBe('octocat');
    const { data: bot } = await octokit.rest.issues.create({ owner, repo, title: 'bot' });
    expect(bot.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot', id: 41898282 });
  });

  it('answers 410 Issues are disabled for this repo when issues are off', async () => {
    gh.seed.repo({ fullName: 'acme/no-issues', files: { 'a.txt': 'a' }, hasIssues: false });
    await expect(octokit.rest.issues.create({ owner, repo: 'no-issues', title: 'x' })).rejects.toMatchObject({
      status: 410,
      response: { data: { message: 'Issues are disabled for this repo' } },
    });
    await expect(octokit.rest.issues.listForRepo({ owner, repo: 'no-issues' })).rejects.toMatchObject({ status: 410 });
  });

  it('answers 404 for a repository that does not exist', async () => {
    await expect(octokit.rest.repos.get({ owner, repo: 'ghost' })).rejects.toMatchObject({ status: 404 });
  });
});

describe('fault injection', () => {
  it('plays scripted answers in order, one per matching request, then handles normally', async () => {
    gh.faults.add({
      method: 'GET',
      path: '/repos/{owner}/{repo}',
      responses: [404, { status: 503, body: { message: 'down' } }, { delayMs: 50 }],
    });
    await expect(octokit.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 404 });
    await expect(octokit.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 503, message: 'down' });
    const started = Date.now();
    await expect(octokit.rest.repos.get({ owner, repo })).resolves.toMatchObject({ status: 200 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(gh.faults.pending).toBe(0);
    await expect(octokit.rest.repos.get({ owner, repo })).resolves.toMatchObject({ status: 200 });
    // Other routes were never affected.
    expect(gh.requests.map((r) => r.status)).toEqual([404, 503, 200, 200]);
  });

  it('matches literal paths and regular expressions, and only the given method', async () => {
    gh.faults.add({ method: 'POST', path: /\/issues$/, responses: [500] });
    gh.faults.add({ path: '/repos/acme/app/labels', responses: [502] });
    await expect(octokit.rest.issues.listForRepo({ owner, repo })).resolves.toMatchObject({ status: 200 });
    await expect(octokit.rest.issues.create({ owner, repo, title: 'x' })).rejects.toMatchObject({ status: 500 });
    await expect(octokit.rest.issues.listLabelsForRepo({ owner, repo })).rejects.toMatchObject({ status: 502 });
  });
});
