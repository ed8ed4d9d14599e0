import { run as autoHeal } from '../../actions/auto-heal/src/main.js';
import { run as failureMonitor } from '../../actions/failure-monitor/src/main.js';
import type { GitHubClient } from '../../packages/shared/src/github/client.js';
import type { GitHubEmulator } from '../../test-support/github-emulator/index.js';
import { jobLog } from '../../test-support/sample/job-log.js';
import { CI_WORKFLOW, SHOP, seedShop } from '../../test-support/sample/shop-repo.js';
import { emulator, runAction, workflowRunPayload } from './helpers.js';

let gh: GitHubEmulator;
let client: GitHubClient;

beforeEach(async () => {
  ({ gh, client } = await emulator());
});
afterEach(async () => {
  expect(gh.invalidRequests).toEqual([]);
  expect(gh.internalErrors).toEqual([]);
  await gh.stop();
});

/** failure-monitor on a failed run; returns the issue it filed. */
async function fileIssue(runId: number): Promise<number> {
  const monitored = await runAction(failureMonitor, gh, {
    repository: SHOP,
    eventName: 'workflow_run',
    payload: await workflowRunPayload(client, SHOP, runId),
  });
  expect(monitored.failed).toBeUndefined();
  return Number(monitored.outputs['issue-number']);
}

async function healIssue(issue: number, inputs: Record<string, string> = {}) {
  const { data } = await client.rest.issues.get({ owner: 'octo-org', repo: 'shop', issue_number: issue });
  return runAction(autoHeal, gh, {
    repository: SHOP,
    eventName: 'issues',
    payload: { action: 'labeled', label: { name: 'auto-heal' }, issue: data },
    inputs,
  });
}

test('a labelled failure issue becomes one pull request that fixes the manifest, verified by dispatch', async () => {
  const issue = await fileIssue(seedShop(gh));
  const result = await healIssue(issue);
  expect(result.failed).toBeUndefined();
  expect(result.outputs).toMatchObject({
    result: 'opened',
    branch: `self-heal/issue-${issue}`,
    fixer: 'missing-dependency',
  });

  const requirements = gh.readFile(SHOP, 'requirements.txt', `self-heal/issue-${issue}`);
  expect(requirements).toMatch(/^requests\b/m);
  expect(requirements).toContain('# Runtime dependencies\nflask==3.0.3\npytest==8.3.3\n'.split('\n')[0]);
  expect(gh.readFile(SHOP, 'requirements.txt')).not.toMatch(/requests/); // main untouched

  const pr = gh.repo(SHOP).issues.get(Number(result.outputs['pr-number']));
  expect(pr?.pullRequest).toBeDefined();
  expect(pr?.body).toContain(`Fixes #${issue}`);
  expect(pr?.body).toMatch(/dispatched/);
  expect(gh.repo(SHOP).dispatches).toEqual([
    expect.objectContaining({ workflowPath: '.github/workflows/ci.yml', ref: `self-heal/issue-${issue}` }),
  ]);
  expect(gh.repo(SHOP).comments.some((c) => c.issueNumber === issue && c.body.includes(`#${pr?.number}`))).toBe(true);
  expect(result.summary).toContain('+requests');
});

test('re-running auto-heal updates the same branch and pull request, never a second one', async () => {
  const issue = await fileIssue(seedShop(gh));
  const first = await healIssue(issue);
  const headBefore = gh.repo(SHOP).refs.get(`refs/heads/self-heal/issue-${issue}`);
  const second = await healIssue(issue);
  expect(second.outputs.result).toBe('updated');
  expect(second.outputs['pr-number']).toBe(first.outputs['pr-number']);
  expect(gh.repo(SHOP).refs.get(`refs/heads/self-heal/issue-${issue}`)).toBe(headBefore);
  expect([...gh.repo(SHOP).issues.values()].filter((i) => i.pullRequest)).toHaveLength(1);
  expect(gh.repo(SHOP).dispatches).toHaveLength(1);
});

test('a failure no rule can fix gets an explanation and needs-manual-fix', async () => {
  const runId = seedShop(
    gh,
    jobLog([
      {
        name: 'Run tests',
        script: 'pytest -q',
        output: ['FAILED tests/test_prices.py::test_rate_is_positive - assert -1 > 0', '1 failed in 0.12s'],
        exitCode: 1,
      },
    ]),
  );
  const issue = await fileIssue(runId);
  // A person asks for a fix on a failure kind failure-monitor did not label for auto-heal.
  await client.rest.issues.addLabels({ owner: 'octo-org', repo: 'shop', issue_number: issue, labels: ['auto-heal'] });
  const result = await healIssue(issue);
  expect(result.outputs.result).toBe('no-fix');
  expect(gh.repo(SHOP).issues.get(issue)?.labels).toContain('needs-manual-fix');
  expect(gh.repo(SHOP).comments.at(-1)?.body).toMatch(/could not fix this automatically[\s\S]*LLM mode is off/);
  // Once labelled needs-manual-fix, further runs skip it.
  expect((await healIssue(issue)).outputs.result).toBe('skipped');
});

test('an issue without a failure record is skipped with one how-to comment', async () => {
  seedShop(gh);
  const issue = gh.seed.issue(SHOP, { title: 'CI is broken', body: 'please fix', labels: ['auto-heal'] }).number;
  expect((await healIssue(issue)).outputs.result).toBe('skipped');
  expect((await healIssue(issue)).outputs.result).toBe('skipped');
  expect(gh.repo(SHOP).comments.filter((c) => c.issueNumber === issue)).toHaveLength(1);
});

test('a forged record naming another repository or paths outside it never writes anything', async () => {
  const issue = await fileIssue(seedShop(gh));
  const body = gh.repo(SHOP).issues.get(issue)?.body ?? '';
  const { readFailureRecord, replaceFailureMarker } = await import('../../packages/shared/src/failure-record.js');
  const record = readFailureRecord(body);
  if (!record) throw new Error('no record');
  const elsewhere = structuredClone(record);
  elsewhere.run.repo = 'other';
  Object.assign(gh.repo(SHOP).issues.get(issue) ?? {}, { body: replaceFailureMarker(body, elsewhere) });
  const skipped = await healIssue(issue);
  expect(skipped.outputs.result).toBe('skipped');
  expect(skipped.log).toMatch(/names another repository/);
  const traversal = structuredClone(record);
  traversal.diagnosis.facts = { module: '../../../etc/passwd', manager: 'pip' };
  traversal.run.workflowPath = '../../outside.yml';
  Object.assign(gh.repo(SHOP).issues.get(issue) ?? {}, { body: replaceFailureMarker(body, traversal) });
  const refsBefore = [...gh.repo(SHOP).refs.keys()];
  const result = await healIssue(issue);
  expect(['no-fix', 'skipped']).toContain(result.outputs.result);
  expect([...gh.repo(SHOP).refs.keys()]).toEqual(refsBefore);
});

test('mode suggest comments the diff on the issue and pushes nothing', async () => {
  const issue = await fileIssue(seedShop(gh));
  const result = await healIssue(issue, { mode: 'suggest' });
  expect(result.outputs.result).toBe('suggested');
  expect(gh.repo(SHOP).refs.has(`refs/heads/self-heal/issue-${issue}`)).toBe(false);
  expect(gh.repo(SHOP).comments.at(-1)?.body).toMatch(/```diff[\s\S]*\+requests/);
});

test('a timeout fix edits the workflow keeping its comments', async () => {
  const runId = seedShop(
    gh,
    jobLog([
      {
        name: 'Run tests',
        script: 'pytest -q',
        output: [
          'tests/test_prices.py ....',
          '##[error]The job running on runner GitHub Actions 12 has exceeded the maximum execution time of 10 minutes.',
        ],
      },
    ]),
  );
  const issue = await fileIssue(runId);
  const result = await healIssue(issue);
  expect(result.outputs.fixer).toBe('timeout');
  const workflow = gh.readFile(SHOP, '.github/workflows/ci.yml', `self-heal/issue-${issue}`) ?? '';
  expect(workflow).toContain('timeout-minutes: 20');
  expect(workflow.replace('timeout-minutes: 20', 'timeout-minutes: 10')).toBe(CI_WORKFLOW);
});

const TIMEOUT_LOG = jobLog([
  {
    name: 'Run tests',
    script: 'pytest -q',
    output: [
      'tests/test_prices.py ....',
      '##[error]The job running on runner GitHub Actions 12 has exceeded the maximum execution time of 10 minutes.',
    ],
  },
]);

test('GITHUB_TOKEN cannot push workflow changes: the fix is suggested on the issue with the way out', async () => {
  const issue = await fileIssue(seedShop(gh, TIMEOUT_LOG));
  gh.setToken('ghs_e2eTestToken0000000000000000000000', { kind: 'github-token' });
  const result = await healIssue(issue);
  expect(result.failed).toBeUndefined();
  expect(result.outputs.result).toBe('suggested');
  expect(gh.repo(SHOP).refs.has(`refs/heads/self-heal/issue-${issue}`)).toBe(false);
  const comment = gh.repo(SHOP).comments.at(-1)?.body ?? '';
  expect(comment).toMatch(/`workflows` permission/);
  expect(comment).toMatch(/timeout-minutes: 20/);
});

test('a classic PAT without the workflow scope is caught before pushing', async () => {
  const issue = await fileIssue(seedShop(gh, TIMEOUT_LOG));
  gh.setToken('ghs_e2eTestToken0000000000000000000000', { kind: 'pat', scopes: ['repo'] });
  const before = gh.count('POST', '/repos/{owner}/{repo}/git/trees');
  const result = await healIssue(issue);
  expect(result.outputs.result).toBe('suggested');
  expect(gh.count('POST', '/repos/{owner}/{repo}/git/trees')).toBe(before);
});

test('with "Allow GitHub Actions to create pull requests" off, the branch is pushed and the setting named', async () => {
  const issue = await fileIssue(seedShop(gh));
  gh.repo(SHOP).actionsCanCreatePullRequests = false;
  gh.setToken('ghs_e2eTestToken0000000000000000000000', { kind: 'github-token' });
  const result = await healIssue(issue);
  expect(result.outputs.result).toBe('suggested');
  expect(gh.repo(SHOP).refs.has(`refs/heads/self-heal/issue-${issue}`)).toBe(true);
  expect(gh.repo(SHOP).comments.at(-1)?.body).toMatch(/Allow GitHub Actions to create and approve pull requests/);
});

test('a fix that fails its verification run is not proposed again: needs-manual-fix without a model', async () => {
  const issue = await fileIssue(seedShop(gh));
  const first = await healIssue(issue);
  const branch = first.outputs.branch as string;
  // The dispatched verification run on the fix branch fails; failure-monitor reports it.
  const verifyRun = gh.seed.run(SHOP, {
    workflow: 'ci.yml',
    event: 'workflow_dispatch',
    headBranch: branch,
    jobs: [
      {
        name: 'test',
        steps: [
          { name: 'Set up job', conclusion: 'success' },
          { name: 'Run tests', conclusion: 'failure' },
        ],
        log: jobLog([
          {
            name: 'Run tests',
            script: 'pytest -q',
            output: ["E   ModuleNotFoundError: No module named 'idna'"],
            exitCode: 1,
          },
        ]),
      },
    ],
  }).id;
  const reported = await runAction(failureMonitor, gh, {
    repository: SHOP,
    eventName: 'workflow_run',
    payload: await workflowRunPayload(client, SHOP, verifyRun),
  });
  expect(reported.outputs['issue-number']).toBe(String(issue));
  const again = await healIssue(issue);
  expect(again.outputs.result).toBe('no-fix');
  expect(gh.repo(SHOP).issues.get(issue)?.labels).toContain('needs-manual-fix');
  expect(gh.repo(SHOP).comments.at(-1)?.body).toMatch(/did not pass verification[\s\S]*idna/);
});
