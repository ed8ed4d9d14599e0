import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { type GitHubEmulator, startGitHubEmulator } from '../../../../test-support/github-emulator/index.js';
import { UserError } from '../errors.js';
import { createGitHubClient } from './client.js';

const owner = 'acme';
const repo = 'app';
const ISSUE_ROUTE = '/repos/{owner}/{repo}/issues/{issue_number}';

let gh: GitHubEmulator;
let warnings: string[];

beforeEach(async () => {
  gh = await startGitHubEmulator();
  gh.seed.repo({ fullName: `${owner}/${repo}`, files: { 'README.md': 'hi\n' } });
  gh.seed.issue(`${owner}/${repo}`, { title: 'CI fails' });
  warnings = [];
});

afterEach(async () => {
  await gh.stop();
});

function client(retries?: number) {
  return createGitHubClient({
    token: 't',
    baseUrl: gh.url,
    msPerSecond: 1,
    log: { warn: (message) => warnings.push(message) },
    ...(retries === undefined ? {} : { retries }),
  });
}

describe('createGitHubClient', () => {
  it('needs a token and says where to put one', () => {
    expect(() => createGitHubClient({ env: {} })).toThrow(UserError);
    expect(() => createGitHubClient({ env: {} })).toThrow(/`token` input.*GITHUB_TOKEN/);
  });

  it('reads GITHUB_TOKEN and GITHUB_API_URL from the environment', async () => {
    const octokit = createGitHubClient({
      env: { GITHUB_TOKEN: 'env-token', GITHUB_API_URL: `${gh.url}/` },
      msPerSecond: 1,
    });
    const { data } = await octokit.rest.issues.get({ owner, repo, issue_number: 1 });
    expect(data.title).toBe('CI fails');
  });

  it('retries 502 twice, then succeeds', async () => {
    gh.faults.add({ method: 'GET', path: ISSUE_ROUTE, responses: [502, 502] });
    const { data } = await client().rest.issues.get({ owner, repo, issue_number: 1 });
    expect(data.number).toBe(1);
    expect(gh.count('GET', ISSUE_ROUTE)).toBe(3);
    expect(gh.requests.map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it('retries a dropped connection', async () => {
    gh.faults.add({ path: ISSUE_ROUTE, responses: ['reset'] });
    const { data } = await client().rest.issues.get({ owner, repo, issue_number: 1 });
    expect(data.number).toBe(1);
    expect(gh.count('GET', ISSUE_ROUTE)).toBe(2);
  });

  it('gives up after `retries` retries and surfaces the last status', async () => {
    gh.faults.add({ path: ISSUE_ROUTE, responses: [500, 500, 500] });
    await expect(client(2).rest.issues.get({ owner, repo, issue_number: 1 })).rejects.toMatchObject({ status: 500 });
    expect(gh.count('GET', ISSUE_ROUTE)).toBe(3);
  });

  it('waits out a secondary rate limit (403 with retry-after) and retries', async () => {
    gh.faults.add({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      responses: [
        {
          status: 403,
          headers: { 'retry-after': '2' },
          body: {
            message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          },
        },
      ],
    });
    const { status } = await client().rest.issues.createComment({ owner, repo, issue_number: 1, body: 'seen again' });
    expect(status).toBe(201);
    expect(gh.count('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments')).toBe(2);
    expect(gh.repo(`${owner}/${repo}`).comments.map((c) => c.body)).toEqual(['seen again']);
    expect(warnings).toEqual([expect.stringMatching(/^Secondary rate limit hit for POST .*retrying after 2 s$/)]);
  });

  it('waits for the reset of an exhausted primary rate limit and retries', async () => {
    const reset = String(Math.floor(Date.now() / 1000));
    gh.faults.add({
      path: ISSUE_ROUTE,
      responses: [
        {
          status: 403,
          headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
          body: { message: 'API rate limit exceeded for installation ID 1.' },
        },
      ],
    });
    const { data } = await client().rest.issues.get({ owner, repo, issue_number: 1 });
    expect(data.number).toBe(1);
    expect(gh.count('GET', ISSUE_ROUTE)).toBe(2);
    expect(warnings).toEqual([expect.stringMatching(/^Primary rate limit hit/)]);
  });

  it('does not retry answers that will not change: 404, 410, 422, and 403 without rate limiting', async () => {
    const octokit = client();
    gh.faults.add({ path: ISSUE_ROUTE, responses: [404, 410] });
    await expect(octokit.rest.issues.get({ owner, repo, issue_number: 1 })).rejects.toMatchObject({ status: 404 });
    await expect(octokit.rest.issues.get({ owner, repo, issue_number: 1 })).rejects.toMatchObject({ status: 410 });
    expect(gh.count('GET', ISSUE_ROUTE)).toBe(2);
    gh.setToken('limited', { permissions: { issues: 'read' } });
    const limited = createGitHubClient({ token: 'limited', baseUrl: gh.url, msPerSecond: 1 });
    await expect(limited.rest.issues.create({ owner, repo, title: 'x' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
      response: { headers: expect.objectContaining({ 'x-accepted-github-permissions': 'issues=write' }) },
    });
    expect(gh.count('POST', '/repos/{owner}/{repo}/issues')).toBe(1);
  });

  it('paginates: 250 issues at 100 a page come back whole, following the Link header', async () => {
    for (let i = 2; i <= 250; i++) gh.seed.issue(`${owner}/${repo}`, { title: `Issue ${i}` });
    const octokit = client();
    const first = await octokit.rest.issues.listForRepo({ owner, repo, per_page: 100 });
    expect(first.headers.link).toBe(
      `<${gh.url}/repos/acme/app/issues?per_page=100&page=2>; rel="next", <${gh.url}/repos/acme/app/issues?per_page=100&page=3>; rel="last"`,
    );
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, per_page: 100, state: 'all' });
    expect(all).toHaveLength(250);
    expect(new Set(all.map((i) => i.number)).size).toBe(250);
    // Newest first by default, as on GitHub.
    expect(all[0]?.number).toBe(250);
    const pages = gh.requests.filter((r) => r.operationId === 'issues/list-for-repo').slice(1);
    expect(pages.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    const last = await octokit.rest.issues.listForRepo({ owner, repo, per_page: 100, page: 3 });
    expect(last.data).toHaveLength(50);
    expect(last.headers.link).toContain('rel="prev"');
    expect(last.headers.link).toContain('rel="first"');
    expect(last.headers.link).not.toContain('rel="next"');
  });

  it('paces notifying writes by msPerSecond, not by real seconds', async () => {
    const octokit = client();
    const started = Date.now();
    for (let i = 0; i < 5; i++)
      await octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: `c${i}` });
    // Unscaled, the plugin spaces these 3 s apart: 12 s for five.
    expect(Date.now() - started).toBeLessThan(2000);
    expect(gh.repo(`${owner}/${repo}`).comments).toHaveLength(5);
    expect(gh.invalidRequests).toEqual([]);
  });
});
