import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createGitHubClient, type GitHubClient } from '../../packages/shared/src/github/client.js';
import { type GitHubEmulator, startGitHubEmulator } from './index.js';

const owner = 'acme';
const repo = 'app';
const fullName = `${owner}/${repo}`;
const NOT_PERMITTED = 'GitHub Actions is not permitted to create or approve pull requests.';

let gh: GitHubEmulator;

function client(token: string): GitHubClient {
  return createGitHubClient({ token, baseUrl: gh.url, msPerSecond: 1 });
}

/** A repository with a `fix` branch one commit ahead of main, ready for a pull request. */
function seedRepo(settings: { actionsCanCreatePullRequests?: boolean; defaultWorkflowPermissions?: 'read' | 'write' }) {
  gh.seed.repo({ fullName, files: { 'README.md': '# app\n' }, ...settings });
  gh.seed.commit(fullName, { branch: 'fix', files: { 'README.md': '# app, fixed\n' } });
}

const openPull = (octokit: GitHubClient) =>
  octokit.rest.pulls.create({ owner, repo, title: 'Fix the build', head: 'fix', base: 'main', body: 'Auto-heal' });

beforeEach(async () => {
  gh = await startGitHubEmulator();
  gh.setToken('ghs_actions', { kind: 'github-token' });
  gh.setToken('ghs_app', { kind: 'app', permissions: { contents: 'write', pull_requests: 'write' } });
  gh.setToken('ghs_admin', { kind: 'app', permissions: { administration: 'write' } });
});

afterEach(async () => {
  expect(gh.invalidRequests).toEqual([]);
  expect(gh.internalErrors).toEqual([]);
  await gh.stop();
});

describe('"Allow GitHub Actions to create and approve pull requests"', () => {
  it('refuses GITHUB_TOKEN pull-request creation with 403 while the setting is off; nothing is created', async () => {
    seedRepo({ actionsCanCreatePullRequests: false });
    await expect(openPull(client('ghs_actions'))).rejects.toMatchObject({
      status: 403,
      response: {
        data: {
          message: NOT_PERMITTED,
          documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
          status: '403',
        },
      },
    });
    expect([...gh.repo(fullName).issues.values()]).toEqual([]);
  });

  it('lets other kinds of token open the pull request while the setting is off', async () => {
    seedRepo({ actionsCanCreatePullRequests: false });
    await expect(openPull(client('ghs_app'))).resolves.toMatchObject({ status: 201, data: { number: 1 } });
    gh.setToken('ghp_classic', { scopes: ['repo'], login: 'octocat' });
    gh.seed.commit(fullName, { branch: 'other', files: { 'b.txt': 'b\n' } });
    await expect(
      client('ghp_classic').rest.pulls.create({ owner, repo, title: 'Other', head: 'other', base: 'main' }),
    ).resolves.toMatchObject({ status: 201, data: { user: { login: 'octocat' } } });
  });

  it('lets GITHUB_TOKEN open the pull request when the setting is on', async () => {
    seedRepo({ actionsCanCreatePullRequests: true });
    await expect(openPull(client('ghs_actions'))).resolves.toMatchObject({
      status: 201,
      data: { user: { login: 'github-actions[bot]' } },
    });
  });
});

describe('GET/PUT /repos/{owner}/{repo}/actions/permissions/workflow', () => {
  it('reports the setting, and turning it on through the API lets GITHUB_TOKEN open pull requests', async () => {
    seedRepo({ actionsCanCreatePullRequests: false, defaultWorkflowPermissions: 'read' });
    const admin = client('ghs_admin');
    const before = await admin.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository({ owner, repo });
    expect(before.data).toEqual({ default_workflow_permissions: 'read', can_approve_pull_request_reviews: false });

    await expect(
      admin.rest.actions.setGithubActionsDefaultWorkflowPermissionsRepository({
        owner,
        repo,
        can_approve_pull_request_reviews: true,
      }),
    ).resolves.toMatchObject({ status: 204 });
    const after = await admin.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository({ owner, repo });
    expect(after.data).toEqual({ default_workflow_permissions: 'read', can_approve_pull_request_reviews: true });
    await expect(openPull(client('ghs_actions'))).resolves.toMatchObject({ status: 201 });
  });

  it('needs the administration permission, which GITHUB_TOKEN never has', async () => {
    seedRepo({});
    for (const token of ['ghs_actions', 'ghs_app']) {
      await expect(
        client(token).rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository({ owner, repo }),
      ).rejects.toMatchObject({
        status: 403,
        response: {
          data: { message: 'Resource not accessible by integration' },
          headers: expect.objectContaining({ 'x-accepted-github-permissions': 'administration=read' }),
        },
      });
    }
    // A token that is not configured has every permission, administration included.
    const { data } = await client('t').rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository({
      owner,
      repo,
    });
    expect(data).toEqual({ default_workflow_permissions: 'write', can_approve_pull_request_reviews: true });
  });
});
