import { run as autoHeal } from '../../actions/auto-heal/src/main.js';
import { run as failureMonitor } from '../../actions/failure-monitor/src/main.js';
import { createGitHubClient, type GitHubClient } from '../../packages/shared/src/github/client.js';
import type { GitHubEmulator } from '../../test-support/github-emulator/index.js';
import { jobLog } from '../../test-support/sample/job-log.js';
import { CI_WORKFLOW, SHOP, seedFailedRun, seedShop } from '../../test-support/sample/shop-repo.js';
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

/** The requests that could change the repository (every method but GET), from request `from` on. */
function writesSince(from: number): string[] {
  return gh.requests
    .slice(from)
    .filter((r) => r.method !== 'GET' && !r.path.startsWith('/_'))
    .map((r) => `${r.method} ${r.path}`);
}

function healFailedVerification(branch: string): number {
  return gh.seed.run(SHOP, {
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
}

test("someone else's commits on the fix branch are never overwritten: skipped with one comment", async () => {
  // (a) The branch exists with a person's commit and no pull request.
  const issue = await fileIssue(seedShop(gh));
  const branch = `self-heal/issue-${issue}`;
  const alice = gh.seed.commit(SHOP, {
    branch,
    files: { 'NOTES.md': 'my investigation notes\n' },
    message: 'WIP: investigating',
    author: { name: 'Alice', email: 'alice@example.com' },
  });
  for (let i = 0; i < 2; i++) {
    const result = await healIssue(issue);
    expect(result.failed).toBeUndefined();
    expect(result.outputs.result).toBe('skipped');
  }
  expect(gh.repo(SHOP).refs.get(`refs/heads/${branch}`)).toBe(alice);
  expect([...gh.repo(SHOP).issues.values()].filter((i) => i.pullRequest)).toHaveLength(0);
  const said = gh.repo(SHOP).comments.filter((c) => c.issueNumber === issue);
  expect(said).toHaveLength(1);
  expect(said[0]?.body).toMatch(/did not make[\s\S]*Alice[\s\S]*delete the branch/);
});

test("a maintainer's commit on the open fix pull request survives a re-run of auto-heal", async () => {
  const issue = await fileIssue(seedShop(gh));
  const first = await healIssue(issue);
  const branch = first.outputs.branch as string;
  const pr = Number(first.outputs['pr-number']);
  const bob = gh.seed.commit(SHOP, {
    branch,
    files: { 'requirements.txt': '# Runtime dependencies\nflask==3.0.3\npytest==8.3.3\nrequests==2.32.3\n' },
    message: 'Pin requests',
    author: { name: 'Bob', email: 'bob@example.com' },
  });
  const writesBefore = gh.requests.length;
  expect((await healIssue(issue)).outputs.result).toBe('skipped');
  expect((await healIssue(issue)).outputs.result).toBe('skipped');
  expect(gh.repo(SHOP).refs.get(`refs/heads/${branch}`)).toBe(bob);
  expect(gh.readFile(SHOP, 'requirements.txt', branch)).toMatch(/requests==2\.32\.3/);
  expect(writesSince(writesBefore)).toEqual([`POST /repos/octo-org/shop/issues/${pr}/comments`]);
  expect(gh.repo(SHOP).comments.at(-1)?.body).toMatch(/Pin requests[\s\S]*never overwrites/);
  expect(gh.repo(SHOP).dispatches).toHaveLength(1);
});

test("auto-heal's own commits carry a trailer and it keeps updating them", async () => {
  const issue = await fileIssue(seedShop(gh));
  const first = await healIssue(issue);
  const head = gh.repo(SHOP).refs.get(`refs/heads/${first.outputs.branch}`) as string;
  expect(gh.repo(SHOP).git.commit(head)?.message).toMatch(new RegExp(`\\n\\nSelf-heal-issue: ${issue}$`));
  expect((await healIssue(issue)).outputs.result).toBe('updated');
});

test('a fix pull request a person closed is not opened again, and no verification is claimed', async () => {
  const issue = await fileIssue(seedShop(gh));
  const first = await healIssue(issue);
  const pr = Number(first.outputs['pr-number']);
  gh.setToken('ghp_humanToken000000000000000000000000', { login: 'octo-org' });
  const human = createGitHubClient({
    token: 'ghp_humanToken000000000000000000000000',
    baseUrl: gh.url,
    msPerSecond: 1,
  });
  await human.rest.pulls.update({ owner: 'octo-org', repo: 'shop', pull_number: pr, state: 'closed' });
  const commentsBefore = gh.repo(SHOP).comments.length;
  for (let i = 0; i < 2; i++) {
    const again = await healIssue(issue);
    expect(again.failed).toBeUndefined();
    expect(again.outputs.result).toBe('skipped');
    expect(again.log).toMatch(new RegExp(`#${pr} was closed without merging`));
  }
  expect([...gh.repo(SHOP).issues.values()].filter((i) => i.pullRequest)).toHaveLength(1);
  expect(gh.repo(SHOP).dispatches).toHaveLength(1);
  const said = gh.repo(SHOP).comments.slice(commentsBefore);
  expect(said).toHaveLength(1);
  expect(said[0]?.body).toMatch(new RegExp(`#${pr}, was closed without being merged[\\s\\S]*reopen #${pr}`));
  expect(said[0]?.body).not.toMatch(/Verification is running/);
});

test('verification is claimed only when this run dispatched it', async () => {
  const issue = await fileIssue(seedShop(gh));
  // First run: the branch is pushed but GitHub Actions may not open the pull request.
  gh.repo(SHOP).actionsCanCreatePullRequests = false;
  gh.setToken('ghs_e2eTestToken0000000000000000000000', { kind: 'github-token' });
  expect((await healIssue(issue)).outputs.result).toBe('suggested');
  expect(gh.repo(SHOP).dispatches).toHaveLength(0);
  // The setting is turned on: the unchanged branch gets its pull request, and is verified now.
  gh.repo(SHOP).actionsCanCreatePullRequests = true;
  const opened = await healIssue(issue);
  expect(opened.outputs.result).toBe('opened');
  expect(gh.repo(SHOP).dispatches).toHaveLength(1);
  const pr = Number(opened.outputs['pr-number']);
  expect(gh.repo(SHOP).issues.get(pr)?.body).toMatch(/auto-heal dispatched/);
  expect(gh.repo(SHOP).comments.at(-1)?.body).toMatch(/Verification is running/);
  // A re-run that changes nothing dispatches nothing and says so.
  expect((await healIssue(issue)).outputs.result).toBe('updated');
  expect(gh.repo(SHOP).dispatches).toHaveLength(1);
  expect(gh.repo(SHOP).issues.get(pr)?.body).not.toMatch(/auto-heal dispatched/);
  expect(gh.repo(SHOP).issues.get(pr)?.body).toMatch(/dispatched nothing/);
});

test('mode dry-run writes nothing to GitHub and puts what it would do in the job summary', async () => {
  // An issue without a failure record.
  seedShop(gh);
  const bare = gh.seed.issue(SHOP, { title: 'CI is broken', body: 'please fix', labels: ['auto-heal'] }).number;
  let from = gh.requests.length;
  const skipped = await healIssue(bare, { mode: 'dry-run' });
  expect(skipped.outputs.result).toBe('skipped');
  expect(writesSince(from)).toEqual([]);
  expect(skipped.summary).toMatch(/would have:[\s\S]*how to use auto-heal/);

  // A healable issue.
  const issue = await fileIssue(seedFailedRun(gh).id);
  from = gh.requests.length;
  const dry = await healIssue(issue, { mode: 'dry-run' });
  expect(dry.outputs.result).toBe('suggested');
  expect(writesSince(from)).toEqual([]);
  expect(dry.summary).toMatch(/open a pull request[\s\S]*dispatch[\s\S]*\+requests/);

  // A published fix whose verification failed.
  const first = await healIssue(issue);
  await runAction(failureMonitor, gh, {
    repository: SHOP,
    eventName: 'workflow_run',
    payload: await workflowRunPayload(client, SHOP, healFailedVerification(first.outputs.branch as string)),
  });
  from = gh.requests.length;
  const unverified = await healIssue(issue, { mode: 'dry-run' });
  expect(unverified.outputs.result).toBe('no-fix');
  expect(writesSince(from)).toEqual([]);
  expect(gh.repo(SHOP).issues.get(issue)?.labels).not.toContain('needs-manual-fix');
  expect(unverified.summary).toMatch(/would have:[\s\S]*did not pass verification[\s\S]*needs-manual-fix/);
});
