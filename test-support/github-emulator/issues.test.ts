import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createGitHubClient, type GitHubClient } from '../../packages/shared/src/github/client.js';
import { type GitHubEmulator, startGitHubEmulator } from './index.js';

const owner = 'acme';
const repo = 'app';
const fullName = `${owner}/${repo}`;

let gh: GitHubEmulator;
let octokit: GitHubClient;
let clock: number;

beforeEach(async () => {
  // A clock that ticks a second per reading, so creation order is visible in timestamps.
  clock = Date.parse('2025-01-01T00:00:00Z');
  gh = await startGitHubEmulator({
    now: () => {
      clock += 1000;
      return new Date(clock);
    },
  });
  gh.seed.repo({ fullName, files: { 'README.md': 'hi\n' } });
  octokit = createGitHubClient({ token: 't', baseUrl: gh.url, msPerSecond: 1 });
});

afterEach(async () => {
  expect(gh.invalidRequests).toEqual([]);
  expect(gh.internalErrors).toEqual([]);
  expect(gh.invalidResponses).toEqual([]);
  await gh.stop();
});

describe('issues', () => {
  it('creates, reads and updates an issue with GitHub-shaped bodies', async () => {
    const created = await octokit.rest.issues.create({
      owner,
      repo,
      title: 'Build fails',
      body: 'details',
      labels: ['ci'],
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      number: 1,
      title: 'Build fails',
      body: 'details',
      state: 'open',
      state_reason: null,
      comments: 0,
      url: `${gh.url}/repos/acme/app/issues/1`,
      html_url: 'https://github.com/acme/app/issues/1',
      labels: [expect.objectContaining({ name: 'ci', color: 'ededed' })],
      user: expect.objectContaining({ login: 'github-actions[bot]' }),
    });
    expect(created.data.pull_request).toBeUndefined();
    expect(created.headers.location).toBe(created.data.url);

    const closed = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: 1,
      state: 'closed',
      state_reason: 'not_planned',
    });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(closed.data.closed_at).not.toBeNull();
    const reopened = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: 1,
      state: 'open',
      title: 'Renamed',
    });
    expect(reopened.data).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null, title: 'Renamed' });
    const relabelled = await octokit.rest.issues.update({ owner, repo, issue_number: 1, labels: ['a', 'b'] });
    expect(relabelled.data.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['a', 'b']);
    await expect(octokit.rest.issues.get({ owner, repo, issue_number: 99 })).rejects.toMatchObject({ status: 404 });
  });

  it('filters by state and by labels (all must match, any case)', async () => {
    gh.seed.issue(fullName, { title: 'one', labels: ['self-heal', 'ci'] });
    gh.seed.issue(fullName, { title: 'two', labels: ['self-heal'] });
    gh.seed.issue(fullName, { title: 'three', labels: ['self-heal', 'CI'], state: 'closed' });
    gh.seed.issue(fullName, { title: 'four' });
    const titles = async (params: { state?: 'open' | 'closed' | 'all'; labels?: string }) =>
      (await octokit.rest.issues.listForRepo({ owner, repo, ...params })).data.map((i) => i.title);
    expect(await titles({})).toEqual(['four', 'two', 'one']);
    expect(await titles({ state: 'closed' })).toEqual(['three']);
    expect(await titles({ state: 'all', labels: 'self-heal,ci' })).toEqual(['three', 'one']);
    expect(await titles({ labels: 'SELF-HEAL' })).toEqual(['two', 'one']);
    expect(await titles({ labels: 'self-heal,missing' })).toEqual([]);
  });

  it('sorts by created, updated or comments in either direction', async () => {
    gh.seed.issue(fullName, { title: 'old', createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-06-01T00:00:00Z' });
    gh.seed.issue(fullName, { title: 'new', createdAt: '2024-02-01T00:00:00Z', updatedAt: '2024-03-01T00:00:00Z' });
    gh.seed.comment(fullName, 2, { body: 'a' });
    const list = async (sort: 'created' | 'updated' | 'comments', direction: 'asc' | 'desc') =>
      (await octokit.rest.issues.listForRepo({ owner, repo, sort, direction })).data.map((i) => i.title);
    expect(await list('created', 'asc')).toEqual(['old', 'new']);
    expect(await list('updated', 'desc')).toEqual(['old', 'new']);
    expect(await list('comments', 'desc')).toEqual(['new', 'old']);
  });

  it('keeps comments, paginates them, and updates them', async () => {
    gh.seed.issue(fullName, { title: 'x' });
    for (let i = 1; i <= 35; i++) gh.seed.comment(fullName, 1, { body: `comment ${i}` });
    const firstPage = await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 });
    expect(firstPage.data).toHaveLength(30);
    expect(firstPage.headers.link).toContain('rel="next"');
    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: 1 });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 35 }, (_, i) => `comment ${i + 1}`));

    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'new' });
    expect(created.data).toMatchObject({
      body: 'new',
      issue_url: `${gh.url}/repos/acme/app/issues/1`,
      html_url: `https://github.com/acme/app/issues/1#issuecomment-${created.data.id}`,
    });
    const updated = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: created.data.id,
      body: 'edited',
    });
    expect(updated.data.body).toBe('edited');
    expect(gh.repo(fullName).comments.at(-1)?.body).toBe('edited');
    expect((await octokit.rest.issues.get({ owner, repo, issue_number: 1 })).data.comments).toBe(36);
  });
});

describe('labels', () => {
  it('creates labels once, reads them, and lists them', async () => {
    const created = await octokit.rest.issues.createLabel({
      owner,
      repo,
      name: 'self-heal',
      color: 'B60205',
      description: 'Auto',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ name: 'self-heal', color: 'b60205', description: 'Auto', default: false });
    await expect(octokit.rest.issues.createLabel({ owner, repo, name: 'Self-Heal' })).rejects.toMatchObject({
      status: 422,
      response: {
        data: { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] },
      },
    });
    expect((await octokit.rest.issues.getLabel({ owner, repo, name: 'SELF-HEAL' })).data.name).toBe('self-heal');
    await expect(octokit.rest.issues.getLabel({ owner, repo, name: 'nope' })).rejects.toMatchObject({ status: 404 });
    expect((await octokit.rest.issues.listLabelsForRepo({ owner, repo })).data.map((l) => l.name)).toEqual([
      'self-heal',
    ]);
  });

  it('adds, removes and sets labels on an issue', async () => {
    gh.seed.issue(fullName, { title: 'x', labels: ['a'] });
    const added = await octokit.rest.issues.addLabels({ owner, repo, issue_number: 1, labels: ['b', 'A'] });
    expect(added.data.map((l) => l.name)).toEqual(['a', 'b']);
    const removed = await octokit.rest.issues.removeLabel({ owner, repo, issue_number: 1, name: 'a' });
    expect(removed.data.map((l) => l.name)).toEqual(['b']);
    await expect(octokit.rest.issues.removeLabel({ owner, repo, issue_number: 1, name: 'a' })).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'Label does not exist' } },
    });
    const set = await octokit.rest.issues.setLabels({ owner, repo, issue_number: 1, labels: ['c', 'd'] });
    expect(set.data.map((l) => l.name)).toEqual(['c', 'd']);
    expect(gh.repo(fullName).issues.get(1)?.labels).toEqual(['c', 'd']);
    // Labels named on an issue are created in the repository, as GitHub does for writers.
    expect([...gh.repo(fullName).labels.values()].map((l) => l.name).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('pull requests', () => {
  beforeEach(() => {
    gh.seed.commit(fullName, { branch: 'self-heal/issue-1', files: { 'fix.txt': 'fixed\n' }, message: 'Fix' });
  });

  it('creates a pull request that shares the issue number sequence and shows in the issues list', async () => {
    gh.seed.issue(fullName, { title: 'the issue' });
    const pr = await octokit.rest.pulls.create({
      owner,
      repo,
      title: 'Fix CI',
      head: 'self-heal/issue-1',
      base: 'main',
      body: 'Fixes #1',
    });
    expect(pr.status).toBe(201);
    expect(pr.data).toMatchObject({
      number: 2,
      state: 'open',
      title: 'Fix CI',
      body: 'Fixes #1',
      html_url: 'https://github.com/acme/app/pull/2',
      head: {
        ref: 'self-heal/issue-1',
        label: 'acme:self-heal/issue-1',
        sha: gh.repo(fullName).refs.get('refs/heads/self-heal/issue-1'),
      },
      base: { ref: 'main', repo: expect.objectContaining({ full_name: 'acme/app' }) },
      merged: false,
    });
    const issues = await octokit.rest.issues.listForRepo({ owner, repo });
    expect(issues.data.map((i) => [i.number, i.pull_request !== undefined])).toEqual([
      [2, true],
      [1, false],
    ]);
    const asIssue = await octokit.rest.issues.get({ owner, repo, issue_number: 2 });
    expect(asIssue.data.pull_request?.url).toBe(`${gh.url}/repos/acme/app/pulls/2`);
  });

  it('refuses a second open pull request for the same head and base, and a missing head', async () => {
    await octokit.rest.pulls.create({ owner, repo, title: 'Fix', head: 'self-heal/issue-1', base: 'main' });
    await expect(
      octokit.rest.pulls.create({ owner, repo, title: 'Again', head: 'acme:self-heal/issue-1', base: 'main' }),
    ).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: 'A pull request already exists for acme:self-heal/issue-1.',
            },
          ],
        },
      },
    });
    await expect(
      octokit.rest.pulls.create({ owner, repo, title: 'x', head: 'ghost', base: 'main' }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] } },
    });
    gh.seed.branch(fullName, 'same-as-main');
    await expect(
      octokit.rest.pulls.create({ owner, repo, title: 'x', head: 'same-as-main', base: 'main' }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ message: 'No commits between main and same-as-main' }] } },
    });
  });

  it('lists by head (owner:branch only, as GitHub), base and state; updates and closes', async () => {
    const pr = await octokit.rest.pulls.create({ owner, repo, title: 'Fix', head: 'self-heal/issue-1', base: 'main' });
    gh.seed.commit(fullName, { branch: 'other', files: { 'o.txt': 'o' } });
    await octokit.rest.pulls.create({ owner, repo, title: 'Other', head: 'other', base: 'main' });
    const byHead = await octokit.rest.pulls.list({ owner, repo, head: 'acme:self-heal/issue-1' });
    expect(byHead.data.map((p) => p.title)).toEqual(['Fix']);
    // A bare branch name is ignored by GitHub's filter: every open pull request comes back.
    expect((await octokit.rest.pulls.list({ owner, repo, head: 'self-heal/issue-1' })).data).toHaveLength(2);
    expect((await octokit.rest.pulls.list({ owner, repo, base: 'develop' })).data).toEqual([]);

    const updated = await octokit.rest.pulls.update({
      owner,
      repo,
      pull_number: pr.data.number,
      body: 'new body',
      state: 'closed',
    });
    expect(updated.data).toMatchObject({ body: 'new body', state: 'closed' });
    expect((await octokit.rest.pulls.list({ owner, repo, head: 'acme:self-heal/issue-1' })).data).toEqual([]);
    expect(
      (await octokit.rest.pulls.list({ owner, repo, head: 'acme:self-heal/issue-1', state: 'closed' })).data,
    ).toHaveLength(1);
    // With the first one closed, a new pull request for the same branch is allowed.
    await expect(
      octokit.rest.pulls.create({ owner, repo, title: 'Fix 2', head: 'self-heal/issue-1', base: 'main' }),
    ).resolves.toMatchObject({
      status: 201,
    });
    expect((await octokit.rest.pulls.get({ owner, repo, pull_number: pr.data.number })).data.state).toBe('closed');
  });
});
