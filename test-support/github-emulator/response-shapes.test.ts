import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createGitHubClient, type GitHubClient } from '../../packages/shared/src/github/client.js';
import { type GitHubEmulator, IMPLEMENTED_OPERATIONS, startGitHubEmulator } from './index.js';
import { routeByOperationId } from './openapi-spec.js';
import { validateResponseBody } from './openapi-validator.js';

const owner = 'acme';
const repo = 'app';
const fullName = `${owner}/${repo}`;

let gh: GitHubEmulator;
let octokit: GitHubClient;

beforeAll(async () => {
  gh = await startGitHubEmulator({ validateResponses: true });
  gh.seed.repo({
    fullName,
    files: {
      'README.md': '# app\n',
      '.github/workflows/ci.yml': 'name: CI\non: [push, workflow_dispatch]\njobs: {}\n',
    },
  });
  gh.seed.workflow(fullName, { path: '.github/workflows/ci.yml' });
  gh.seed.run(fullName, {
    workflow: 'ci.yml',
    jobs: [
      {
        name: 'build',
        steps: [{ name: 'Run make', conclusion: 'failure', log: 'make: *** [all] Error 2\n' }],
        annotations: [{ path: 'Makefile', startLine: 3, message: 'failed', title: 'make' }],
      },
    ],
  });
  octokit = createGitHubClient({ token: 't', baseUrl: gh.url, msPerSecond: 1 });
});

afterAll(async () => {
  await gh.stop();
});

describe('response shapes', () => {
  it("every implemented route answers in the shape of GitHub's description", async () => {
    const r = octokit.rest;
    const main = (await r.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha;
    await r.repos.get({ owner, repo });
    await r.repos.getBranch({ owner, repo, branch: 'main' });
    await r.repos.listBranches({ owner, repo });
    await r.repos.getContent({ owner, repo, path: 'README.md' });
    await r.repos.getContent({ owner, repo, path: '' });
    const put = await r.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: 'notes.md',
      message: 'notes',
      content: Buffer.from('n\n').toString('base64'),
    });
    await r.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'acme' });

    const blob = await r.git.createBlob({ owner, repo, content: 'x\n' });
    await r.git.getBlob({ owner, repo, file_sha: blob.data.sha });
    const tree = await r.git.createTree({
      owner,
      repo,
      base_tree: put.data.commit.tree?.sha ?? '',
      tree: [{ path: 'x.txt', mode: '100644', type: 'blob', sha: blob.data.sha }],
    });
    await r.git.getTree({ owner, repo, tree_sha: tree.data.sha, recursive: '1' });
    const commit = await r.git.createCommit({
      owner,
      repo,
      message: 'x',
      tree: tree.data.sha,
      parents: [put.data.commit.sha ?? main],
    });
    await r.git.getCommit({ owner, repo, commit_sha: commit.data.sha });
    await r.git.createRef({ owner, repo, ref: 'refs/heads/fix', sha: commit.data.sha });
    await r.git.updateRef({ owner, repo, ref: 'heads/fix', sha: commit.data.sha });
    await r.git.listMatchingRefs({ owner, repo, ref: 'heads/' });
    await r.git.deleteRef({ owner, repo, ref: 'heads/fix' });
    await r.git.createRef({ owner, repo, ref: 'refs/heads/fix', sha: commit.data.sha });

    await r.issues.createLabel({ owner, repo, name: 'bug', color: 'd73a4a' });
    await r.issues.getLabel({ owner, repo, name: 'bug' });
    await r.issues.updateLabel({ owner, repo, name: 'bug', description: 'Broken' });
    await r.issues.listLabelsForRepo({ owner, repo });
    const issue = await r.issues.create({
      owner,
      repo,
      title: 'Broken',
      body: 'b',
      labels: ['bug'],
      assignees: ['octocat'],
    });
    const n = issue.data.number;
    await r.issues.get({ owner, repo, issue_number: n });
    await r.issues.update({ owner, repo, issue_number: n, state: 'closed', state_reason: 'completed' });
    await r.issues.listForRepo({ owner, repo, state: 'all' });
    const comment = await r.issues.createComment({ owner, repo, issue_number: n, body: 'c' });
    await r.issues.getComment({ owner, repo, comment_id: comment.data.id });
    await r.issues.updateComment({ owner, repo, comment_id: comment.data.id, body: 'd' });
    await r.issues.listComments({ owner, repo, issue_number: n });
    await r.issues.addLabels({ owner, repo, issue_number: n, labels: ['ci'] });
    await r.issues.listLabelsOnIssue({ owner, repo, issue_number: n });
    await r.issues.removeLabel({ owner, repo, issue_number: n, name: 'ci' });
    await r.issues.setLabels({ owner, repo, issue_number: n, labels: ['bug'] });
    await r.issues.removeAllLabels({ owner, repo, issue_number: n });
    await r.issues.deleteComment({ owner, repo, comment_id: comment.data.id });
    await r.issues.deleteLabel({ owner, repo, name: 'bug' });

    const pr = await r.pulls.create({ owner, repo, title: 'Fix', head: 'fix', base: 'main', body: 'Fixes' });
    await r.pulls.get({ owner, repo, pull_number: pr.data.number });
    await r.pulls.update({ owner, repo, pull_number: pr.data.number, title: 'Fix it' });
    await r.pulls.list({ owner, repo, head: 'acme:fix' });

    const runId = gh.repo(fullName).runs[0]?.id ?? 0;
    const jobId = gh.repo(fullName).runs[0]?.attempts[0]?.jobs[0]?.id ?? 0;
    await r.actions.listRepoWorkflows({ owner, repo });
    await r.actions.getWorkflow({ owner, repo, workflow_id: 'ci.yml' });
    await r.actions.listWorkflowRunsForRepo({ owner, repo });
    await r.actions.listWorkflowRuns({ owner, repo, workflow_id: 'ci.yml' });
    await r.actions.getWorkflowRun({ owner, repo, run_id: runId });
    await r.actions.getWorkflowRunAttempt({ owner, repo, run_id: runId, attempt_number: 1 });
    await r.actions.listJobsForWorkflowRun({ owner, repo, run_id: runId });
    await r.actions.listJobsForWorkflowRunAttempt({ owner, repo, run_id: runId, attempt_number: 1 });
    await r.actions.getJobForWorkflowRun({ owner, repo, job_id: jobId });
    await r.actions.downloadJobLogsForWorkflowRun({ owner, repo, job_id: jobId });
    await r.actions.downloadWorkflowRunLogs({ owner, repo, run_id: runId });
    await r.actions.downloadWorkflowRunAttemptLogs({ owner, repo, run_id: runId, attempt_number: 1 });
    await r.checks.listAnnotations({ owner, repo, check_run_id: jobId });
    await r.actions.reRunWorkflowFailedJobs({ owner, repo, run_id: runId });
    gh.seed.run(fullName, { workflow: 'ci.yml', jobs: [{ name: 'again', steps: [{ name: 's' }] }] });
    await r.actions.reRunWorkflow({ owner, repo, run_id: gh.repo(fullName).runs.at(-1)?.id ?? 0 });
    await r.actions.createWorkflowDispatch({ owner, repo, workflow_id: 'ci.yml', ref: 'main' });
    await r.actions.createWorkflowDispatch({
      owner,
      repo,
      workflow_id: 'ci.yml',
      ref: 'main',
      return_run_details: true,
    });
    await r.actions.getGithubActionsDefaultWorkflowPermissionsRepository({ owner, repo });
    await r.actions.setGithubActionsDefaultWorkflowPermissionsRepository({
      owner,
      repo,
      default_workflow_permissions: 'read',
      can_approve_pull_request_reviews: true,
    });
    await r.rateLimit.get();

    expect(gh.invalidRequests).toEqual([]);
    expect(gh.internalErrors).toEqual([]);
    expect(gh.invalidResponses).toEqual([]);
    // Every operation the emulator implements was exercised above, and answered 2xx.
    const answered = new Set(gh.requests.filter((q) => q.status >= 200 && q.status < 300).map((q) => q.operationId));
    const redirected = new Set(gh.requests.filter((q) => q.status === 302).map((q) => q.operationId));
    expect(IMPLEMENTED_OPERATIONS.filter((id) => !answered.has(id) && !redirected.has(id))).toEqual([]);
    // Compiling ~50 response schemas (pull-request, full-repository...) takes seconds on a loaded machine.
  }, 60_000);

  it('the shape check itself catches drift', () => {
    const route = routeByOperationId('issues/get');
    if (!route) throw new Error('issues/get missing from the description');
    expect(validateResponseBody(route, 200, { number: '1' })).toEqual(
      expect.arrayContaining([
        expect.stringContaining("must have required property 'html_url'"),
        '/number must be integer',
      ]),
    );
    expect(validateResponseBody(route, 299, {})).toEqual([expect.stringContaining('status 299 is not documented')]);
  });
});
