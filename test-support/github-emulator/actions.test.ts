import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { strFromU8, unzipSync } from 'fflate';
import { createGitHubClient, type GitHubClient } from '../../packages/shared/src/github/client.js';
import { type GitHubEmulator, startGitHubEmulator, type WorkflowRunRecord } from './index.js';

const owner = 'acme';
const repo = 'app';
const fullName = `${owner}/${repo}`;

const CI_YAML = `name: CI
on:
  push:
  workflow_dispatch:
    inputs:
      reason:
        required: true
      level:
        type: choice
        options: [low, high]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
`;
const NIGHTLY_YAML = 'name: Nightly\non:\n  schedule:\n    - cron: "0 3 * * *"\njobs: {}\n';

const BUILD_LOG = [
  '2025-01-01T00:00:01.0000000Z ##[group]Run npm ci',
  '2025-01-01T00:00:02.0000000Z npm ERR! code ERESOLVE',
  '2025-01-01T00:00:03.0000000Z ##[error]Process completed with exit code 1.',
  '',
].join('\n');

let gh: GitHubEmulator;
let octokit: GitHubClient;
let failedRun: WorkflowRunRecord;

beforeEach(async () => {
  gh = await startGitHubEmulator();
  gh.seed.repo({ fullName, files: { 'package.json': '{}\n' } });
  gh.seed.workflow(fullName, { path: '.github/workflows/ci.yml', content: CI_YAML });
  gh.seed.workflow(fullName, { path: '.github/workflows/nightly.yml', content: NIGHTLY_YAML });
  failedRun = gh.seed.run(fullName, {
    workflow: 'ci.yml',
    event: 'push',
    jobs: [
      {
        name: 'build',
        steps: [
          { name: 'Set up job', log: '2025-01-01T00:00:00.0000000Z Current runner version: 2.321.0\n' },
          { name: 'Run npm ci', conclusion: 'failure', log: BUILD_LOG },
          { name: 'Post Run actions/checkout@v4', conclusion: 'skipped' },
        ],
        annotations: [{ path: '.github', startLine: 1, message: 'Process completed with exit code 1.' }],
      },
      { name: 'lint', steps: [{ name: 'Run biome', log: 'ok\n' }] },
    ],
  });
  gh.seed.run(fullName, { workflow: 'nightly.yml', event: 'schedule', jobs: [{ name: 'n', steps: [{ name: 's' }] }] });
  octokit = createGitHubClient({ token: 't', baseUrl: gh.url, msPerSecond: 1 });
});

afterEach(async () => {
  expect(gh.invalidRequests).toEqual([]);
  expect(gh.internalErrors).toEqual([]);
  expect(gh.invalidResponses).toEqual([]);
  await gh.stop();
});

describe('workflows and runs', () => {
  it('lists workflows and gets one by id or file name', async () => {
    const { data } = await octokit.rest.actions.listRepoWorkflows({ owner, repo });
    expect(data.total_count).toBe(2);
    expect(data.workflows.map((w) => [w.name, w.path, w.state])).toEqual([
      ['CI', '.github/workflows/ci.yml', 'active'],
      ['Nightly', '.github/workflows/nightly.yml', 'active'],
    ]);
    const byFile = await octokit.rest.actions.getWorkflow({ owner, repo, workflow_id: 'ci.yml' });
    const byId = await octokit.rest.actions.getWorkflow({ owner, repo, workflow_id: byFile.data.id });
    expect(byId.data).toEqual(byFile.data);
    await expect(octokit.rest.actions.getWorkflow({ owner, repo, workflow_id: 'nope.yml' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('lists runs with filters and derives the run conclusion from its jobs', async () => {
    const all = await octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo });
    expect(all.data.total_count).toBe(2);
    const failed = await octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, status: 'failure' });
    expect(failed.data.workflow_runs.map((r) => r.id)).toEqual([failedRun.id]);
    expect(failed.data.workflow_runs[0]).toMatchObject({
      name: 'CI',
      status: 'completed',
      conclusion: 'failure',
      event: 'push',
      head_branch: 'main',
      head_sha: failedRun.headSha,
      run_attempt: 1,
      path: '.github/workflows/ci.yml',
      html_url: `https://github.com/acme/app/actions/runs/${failedRun.id}`,
    });
    const perWorkflow = await octokit.rest.actions.listWorkflowRuns({ owner, repo, workflow_id: 'nightly.yml' });
    expect(perWorkflow.data.workflow_runs.map((r) => r.event)).toEqual(['schedule']);
    expect((await octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, branch: 'dev' })).data.total_count).toBe(
      0,
    );
    expect(
      (await octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, event: 'schedule' })).data.total_count,
    ).toBe(1);
    expect(
      (await octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, head_sha: failedRun.headSha })).data
        .total_count,
    ).toBe(2);
    const run = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: failedRun.id });
    expect(run.data.head_commit?.message).toBe('Add .github/workflows/nightly.yml');
  });

  it('lists jobs with their steps and check-run URLs, and their annotations', async () => {
    const { data } = await octokit.rest.actions.listJobsForWorkflowRunAttempt({
      owner,
      repo,
      run_id: failedRun.id,
      attempt_number: 1,
    });
    expect(data.total_count).toBe(2);
    const [build] = data.jobs;
    expect(build).toMatchObject({
      name: 'build',
      status: 'completed',
      conclusion: 'failure',
      run_id: failedRun.id,
      run_attempt: 1,
      workflow_name: 'CI',
      check_run_url: `${gh.url}/repos/acme/app/check-runs/${build?.id}`,
    });
    expect(build?.steps?.map((s) => [s.number, s.name, s.status, s.conclusion])).toEqual([
      [1, 'Set up job', 'completed', 'success'],
      [2, 'Run npm ci', 'completed', 'failure'],
      [3, 'Post Run actions/checkout@v4', 'completed', 'skipped'],
    ]);
    expect(build?.steps?.every((s) => s.started_at && s.completed_at)).toBe(true);
    const annotations = await octokit.rest.checks.listAnnotations({ owner, repo, check_run_id: build?.id ?? 0 });
    expect(annotations.data).toEqual([
      expect.objectContaining({
        path: '.github',
        start_line: 1,
        end_line: 1,
        annotation_level: 'failure',
        message: 'Process completed with exit code 1.',
      }),
    ]);
  });
});

describe('logs', () => {
  it('redirects a job log download to a plain-text URL that Octokit follows', async () => {
    const build = gh.repo(fullName).runs[0]?.attempts[0]?.jobs[0];
    const response = await octokit.rest.actions.downloadJobLogsForWorkflowRun({ owner, repo, job_id: build?.id ?? 0 });
    expect(response.status).toBe(200);
    expect(response.data).toBe(`2025-01-01T00:00:00.0000000Z Current runner version: 2.321.0\n${BUILD_LOG}`);
    const redirect = await fetch(`${gh.url}/repos/acme/app/actions/jobs/${build?.id}/logs`, {
      headers: { authorization: 'token t' },
      redirect: 'manual',
    });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toMatch(new RegExp(`^${gh.url}/`));
  });

  it('serves run logs as a zip: one file per job, one folder per job with a file per step', async () => {
    const response = await octokit.rest.actions.downloadWorkflowRunLogs({ owner, repo, run_id: failedRun.id });
    const files = unzipSync(new Uint8Array(response.data as ArrayBuffer));
    expect(Object.keys(files).sort()).toEqual([
      '0_build.txt',
      '1_lint.txt',
      'build/1_Set up job.txt',
      'build/2_Run npm ci.txt',
      'build/3_Post Run actionscheckout@v4.txt',
      'lint/1_Run biome.txt',
    ]);
    expect(strFromU8(files['build/2_Run npm ci.txt'] as Uint8Array)).toBe(BUILD_LOG);
    expect(strFromU8(files['1_lint.txt'] as Uint8Array)).toBe('ok\n');
  });
});

describe('re-runs and dispatches', () => {
  it('re-runs failed jobs as a new attempt, and records it', async () => {
    const response = await octokit.rest.actions.reRunWorkflowFailedJobs({ owner, repo, run_id: failedRun.id });
    expect(response.status).toBe(201);
    expect(gh.repo(fullName).reruns).toEqual([
      expect.objectContaining({ runId: failedRun.id, kind: 'failed-jobs', newAttempt: 2, enableDebugLogging: false }),
    ]);
    const run = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: failedRun.id });
    expect(run.data).toMatchObject({ run_attempt: 2, status: 'queued', conclusion: null });
    const first = await octokit.rest.actions.getWorkflowRunAttempt({
      owner,
      repo,
      run_id: failedRun.id,
      attempt_number: 1,
    });
    expect(first.data).toMatchObject({ run_attempt: 1, conclusion: 'failure' });
    const latest = await octokit.rest.actions.listJobsForWorkflowRun({ owner, repo, run_id: failedRun.id });
    expect(latest.data.jobs.map((j) => [j.name, j.status, j.conclusion])).toEqual([
      ['build', 'queued', null],
      ['lint', 'completed', 'success'],
    ]);
    const all = await octokit.rest.actions.listJobsForWorkflowRun({ owner, repo, run_id: failedRun.id, filter: 'all' });
    expect(all.data.total_count).toBe(4);
    await expect(octokit.rest.actions.reRunWorkflow({ owner, repo, run_id: failedRun.id })).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'This workflow is already running' } },
    });
  });

  it('dispatches a workflow with a workflow_dispatch trigger (204) and records ref and inputs', async () => {
    const response = await octokit.rest.actions.createWorkflowDispatch({
      owner,
      repo,
      workflow_id: 'ci.yml',
      ref: 'main',
      inputs: { reason: 'verify fix', level: 'high' },
    });
    expect(response.status).toBe(204);
    expect(gh.repo(fullName).dispatches).toEqual([
      expect.objectContaining({
        workflowPath: '.github/workflows/ci.yml',
        ref: 'main',
        inputs: { reason: 'verify fix', level: 'high' },
      }),
    ]);
    const runs = await octokit.rest.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: 'ci.yml',
      event: 'workflow_dispatch',
    });
    expect(runs.data.workflow_runs.map((r) => [r.status, r.head_branch])).toEqual([['queued', 'main']]);
  });

  it('refuses a dispatch without the trigger, with unknown or missing inputs, or to a missing ref (422)', async () => {
    const dispatch = (workflow_id: string, ref: string, inputs?: Record<string, string>) =>
      octokit.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id, ref, ...(inputs ? { inputs } : {}) });
    const message = (text: string) => ({ status: 422, response: { data: expect.objectContaining({ message: text }) } });
    await expect(dispatch('nightly.yml', 'main')).rejects.toMatchObject(
      message("Workflow does not have 'workflow_dispatch' trigger"),
    );
    await expect(dispatch('ci.yml', 'main', { reason: 'x', extra: 'y' })).rejects.toMatchObject(
      message('Unexpected inputs provided: ["extra"]'),
    );
    await expect(dispatch('ci.yml', 'main', {})).rejects.toMatchObject(message("Required input 'reason' not provided"));
    await expect(dispatch('ci.yml', 'main', { reason: 'x', level: 'max' })).rejects.toMatchObject(
      message("Provided value 'max' for input 'level' not in the list of allowed values"),
    );
    await expect(dispatch('ci.yml', 'no-such-branch', { reason: 'x' })).rejects.toMatchObject(
      message('No ref found for: no-such-branch'),
    );
    expect(gh.repo(fullName).dispatches).toEqual([]);
  });

  it('reads the trigger from the workflow file at the dispatched ref', async () => {
    gh.seed.commit(fullName, {
      branch: 'self-heal/issue-3',
      files: { '.github/workflows/nightly.yml': NIGHTLY_YAML.replace('on:\n', 'on:\n  workflow_dispatch:\n') },
    });
    const response = await octokit.rest.actions.createWorkflowDispatch({
      owner,
      repo,
      workflow_id: 'nightly.yml',
      ref: 'self-heal/issue-3',
    });
    expect(response.status).toBe(204);
    expect(gh.repo(fullName).dispatches.map((d) => d.ref)).toEqual(['self-heal/issue-3']);
  });
});
