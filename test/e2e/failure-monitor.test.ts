import { run } from '../../actions/failure-monitor/src/main.js';
import { readFailureRecord } from '../../packages/shared/src/failure-record.js';
import type { GitHubClient } from '../../packages/shared/src/github/client.js';
import type { GitHubEmulator } from '../../test-support/github-emulator/index.js';
import { jobLog } from '../../test-support/sample/job-log.js';
import {
  MISSING_MODULE_STEPS,
  SHOP,
  SHOP_FILES,
  seedFailedRun,
  seedShop,
} from '../../test-support/sample/shop-repo.js';
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

async function monitorRun(runId: number, inputs: Record<string, string> = {}, payload?: unknown) {
  return runAction(run, gh, {
    repository: SHOP,
    eventName: 'workflow_run',
    payload: payload ?? (await workflowRunPayload(client, SHOP, runId)),
    inputs,
  });
}

const openIssues = () => [...gh.repo(SHOP).issues.values()].filter((i) => i.state === 'open' && !i.pullRequest);

test('a failed run becomes one issue with the failure lines, labels and a marker', async () => {
  const runId = seedShop(gh);
  const payload = await workflowRunPayload(client, SHOP, runId);
  const before = gh.requests.length;
  const result = await monitorRun(runId, {}, payload);
  expect(result.failed).toBeUndefined();
  expect(result.outputs.action).toBe('created');
  expect(result.outputs.category).toBe('dependency');

  const [issue] = openIssues();
  expect(issue).toBeDefined();
  expect(result.outputs['issue-number']).toBe(String(issue?.number));
  expect(issue?.title).toMatch(/^CI failed: /);
  expect(issue?.body).toContain("ModuleNotFoundError: No module named 'requests'");
  expect(issue?.body).not.toContain('Process completed with exit code');
  expect([...(issue?.labels ?? [])].sort()).toEqual(['auto-heal', 'category:dependency', 'workflow-failure']);
  const record = readFailureRecord(issue?.body);
  expect(record?.diagnosis.facts).toMatchObject({ module: 'requests' });
  expect(record?.run.runId).toBe(runId);
  expect(record?.job.step?.name).toBe('Run tests');

  // Labels created on the fly get their colour and description.
  expect(gh.repo(SHOP).labels.get('workflow-failure')?.description).toMatch(/workflow run failed/);
  // ≤ 8 REST calls to file an issue for a one-job failure, not counting the log download redirect.
  const calls = gh.requests.slice(before).filter((r) => !r.path.startsWith('/_'));
  expect(calls.length).toBeLessThanOrEqual(8);
  expect(result.summary).toContain('failure-monitor: created');
});

test('the same failure in a later run comments on the open issue instead of filing another', async () => {
  const first = seedShop(gh);
  await monitorRun(first);
  const second = seedFailedRun(gh, jobLog(MISSING_MODULE_STEPS, new Date('2026-11-21T17:01:00Z'))).id;
  const result = await monitorRun(second);
  expect(result.outputs.action).toBe('commented');
  const issues = openIssues();
  expect(issues).toHaveLength(1);
  const comments = gh.repo(SHOP).comments.filter((c) => c.issueNumber === issues[0]?.number);
  expect(comments).toHaveLength(1);
  expect(comments[0]?.body).toContain(`run ${second}`);
  expect(readFailureRecord(issues[0]?.body)?.occurrences).toBe(2);
});

test('ten monitors racing on the same failure end with exactly one open issue', async () => {
  seedShop(gh);
  const runs = Array.from(
    { length: 10 },
    (_, i) => seedFailedRun(gh, jobLog(MISSING_MODULE_STEPS, new Date(Date.UTC(2026, 10, 21, 10, i)))).id,
  );
  const payloads = await Promise.all(runs.map((id) => workflowRunPayload(client, SHOP, id)));
  // runActionInProcess swaps process.env, so the monitors run concurrently through the
  // shared functions instead: same code path as main() below the input parsing.
  const { monitor } = await import('../../actions/failure-monitor/src/monitor.js');
  const { parseInputs } = await import('../../actions/failure-monitor/src/inputs.js');
  const { fromRecord } = await import('../../packages/shared/src/action/inputs.js');
  const inputs = parseInputs(fromRecord({ token: 't' }));
  const ctx = {
    eventName: 'workflow_run',
    owner: 'octo-org',
    repo: 'shop',
    serverUrl: '',
    apiUrl: gh.url,
    workflowRef: '',
  };
  const results = await Promise.all(payloads.map((payload) => monitor(client, { ...ctx, payload }, inputs)));
  expect(openIssues()).toHaveLength(1);
  expect(results.filter((r) => r.action === 'created').length).toBeLessThanOrEqual(10);
  const closed = [...gh.repo(SHOP).issues.values()].filter((i) => i.state === 'closed');
  for (const issue of closed) expect(issue.stateReason).toBe('duplicate');
});

test('a failure closed as fixed that comes back reopens its issue', async () => {
  const first = seedShop(gh);
  await monitorRun(first);
  const [issue] = openIssues();
  Object.assign(gh.repo(SHOP).issues.get(issue?.number as number) ?? {}, { state: 'closed', stateReason: 'completed' });
  const result = await monitorRun(seedFailedRun(gh).id);
  expect(result.outputs.action).toBe('commented');
  expect(result.outputs['issue-number']).toBe(String(issue?.number));
  expect(openIssues().map((i) => i.number)).toEqual([issue?.number]);
  expect(gh.repo(SHOP).comments.at(-1)?.body).toMatch(/This failure is back/);
});

test('two jobs failing differently in one run become two issues; a matrix failing alike becomes one', async () => {
  seedShop(gh);
  const lint = jobLog([
    {
      name: 'Run ruff check .',
      script: 'ruff check .',
      output: ['shop/prices.py:1:8: F401 [*] `os` imported but unused', 'Found 1 error.'],
      exitCode: 1,
    },
  ]);
  const missing = jobLog(MISSING_MODULE_STEPS);
  const failedStep = (name: string) => [
    { name: 'Set up job', conclusion: 'success' as const },
    { name, conclusion: 'failure' as const },
  ];
  const testSteps = [
    { name: 'Set up job', conclusion: 'success' as const },
    ...MISSING_MODULE_STEPS.map((s) => ({
      name: s.name,
      conclusion: s.exitCode ? ('failure' as const) : ('success' as const),
    })),
  ];
  const runId = gh.seed.run(SHOP, {
    workflow: 'ci.yml',
    jobs: [
      { name: 'lint', steps: failedStep('Run ruff check .'), log: lint },
      { name: 'test (3.11)', steps: testSteps, log: missing },
      { name: 'test (3.12)', steps: testSteps, log: missing },
    ],
  }).id;
  const result = await monitorRun(runId);
  expect(result.outputs.action).toBe('created');
  const issues = openIssues();
  expect(issues).toHaveLength(2);
  const dependency = issues.find((i) => i.labels.includes('category:dependency'));
  expect(dependency?.body).toContain('test (3.11)');
  expect(dependency?.body).toContain('test (3.12)');
  expect(issues.find((i) => i.labels.includes('category:lint'))?.labels).not.toContain('auto-heal');
});

test('expired logs are reported in the issue, not a crash', async () => {
  const runId = seedShop(gh);
  gh.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs', responses: [410] });
  const result = await monitorRun(runId);
  expect(result.failed).toBeUndefined();
  expect(result.outputs.action).toBe('created');
  expect(openIssues()[0]?.body).toMatch(/logs of this run have expired/);
});

test('a run with no failed job is skipped with the reason', async () => {
  seedShop(gh);
  const runId = gh.seed.run(SHOP, {
    workflow: 'ci.yml',
    conclusion: 'failure',
    jobs: [{ name: 'test', conclusion: 'success', steps: [{ name: 'Run tests', conclusion: 'success' }], log: 'ok\n' }],
  }).id;
  const result = await monitorRun(runId);
  expect(result.outputs.action).toBe('skipped');
  expect(result.log).toMatch(/no failed job found/);
  expect(openIssues()).toHaveLength(0);
});

test('successful runs, unwatched workflows and the monitor itself are skipped', async () => {
  seedShop(gh);
  const ok = gh.seed.run(SHOP, {
    workflow: 'ci.yml',
    jobs: [{ name: 'test', conclusion: 'success', log: 'fine\n' }],
  }).id;
  expect((await monitorRun(ok)).outputs.action).toBe('skipped');
  const failed = seedFailedRun(gh).id;
  const unwatched = await monitorRun(failed, { workflows: 'release.yml, Deploy' });
  expect(unwatched.outputs.action).toBe('skipped');
  expect(unwatched.log).toMatch(/not in the workflows input/);
  const watched = await monitorRun(failed, { workflows: 'ci.yml' });
  expect(watched.outputs.action).toBe('created');
});

test('secrets in the log never reach the issue', async () => {
  const secret = 'ghp_R2d2C3poL0ngEnoughT0BeAT0ken1234567890';
  const steps = structuredClone(MISSING_MODULE_STEPS);
  steps[3]?.output.splice(
    11,
    0,
    `E   requests.exceptions.HTTPError: 401 for url https://ci:${'hunter2pass'}@pypi.example/simple token=${secret}`,
  );
  const runId = seedShop(gh, jobLog(steps));
  await monitorRun(runId);
  const everything = JSON.stringify([...gh.repo(SHOP).issues.values(), gh.repo(SHOP).comments]);
  expect(everything).not.toContain(secret);
  expect(everything).not.toContain('hunter2pass');
  expect(Buffer.from(JSON.stringify(gh.requests.map((r) => r.body))).toString()).not.toContain(secret);
});

test("a log with thousands of failure lines still gives a body under GitHub's limit with an intact marker", async () => {
  const steps = structuredClone(MISSING_MODULE_STEPS);
  const failures = Array.from(
    { length: 3000 },
    (_, i) => `FAILED tests/test_prices.py::test_case_${i} - AssertionError: ${'x'.repeat(200)}`,
  );
  steps[3]?.output.push(...failures);
  const runId = seedShop(gh, jobLog(steps));
  await monitorRun(runId);
  const [issue] = openIssues();
  expect(issue?.body?.length).toBeLessThanOrEqual(65_536);
  expect(readFailureRecord(issue?.body)?.run.runId).toBe(runId);
});

test('transient failures are re-run within the budget, then filed', async () => {
  seedShop(gh);
  const network = jobLog([
    {
      name: 'Install dependencies',
      script: 'pip install -r requirements.txt',
      output: [
        "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/flask/",
        'ERROR: Could not find a version that satisfies the requirement flask==3.0.3 (from versions: none)',
        'ERROR: No matching distribution found for flask==3.0.3',
      ],
      exitCode: 1,
    },
  ]);
  const job = { name: 'test', steps: [{ name: 'Install dependencies', conclusion: 'failure' as const }], log: network };
  // Both attempts fail the same way; each monitor run sees the event of one completed attempt.
  const runRecord = gh.seed.run(SHOP, { workflow: 'ci.yml', attempts: [[job], [job]] });
  const attempt = async (n: number) => {
    const payload = await workflowRunPayload(client, SHOP, runRecord.id);
    Object.assign(payload.workflow_run, { run_attempt: n, status: 'completed', conclusion: 'failure' });
    return payload;
  };
  const first = await monitorRun(runRecord.id, { 'rerun-transient': 'true', 'max-reruns': '1' }, await attempt(1));
  expect(first.outputs.action).toBe('rerun');
  expect(gh.repo(SHOP).reruns).toHaveLength(1);
  expect(openIssues()).toHaveLength(0);

  // The re-run (attempt 2) fails the same way: the budget is spent, so the issue is filed.
  const second = await monitorRun(runRecord.id, { 'rerun-transient': 'true', 'max-reruns': '1' }, await attempt(2));
  expect(second.outputs.action).toBe('created');
  expect(second.outputs.category).toBe('network');
});

test('a run on a fix branch reports the verification on the pull request and the issue', async () => {
  const runId = seedShop(gh);
  await monitorRun(runId);
  const [issue] = openIssues();
  const branch = `self-heal/issue-${issue?.number}`;
  gh.seed.commit(SHOP, {
    branch,
    files: { 'requirements.txt': '# Runtime dependencies\nflask==3.0.3\npytest==8.3.3\nrequests\n' },
  });
  const { data: pr } = await client.rest.pulls.create({
    owner: 'octo-org',
    repo: 'shop',
    head: branch,
    base: 'main',
    title: 'fix',
  });
  const passed = gh.seed.run(SHOP, {
    workflow: 'ci.yml',
    headBranch: branch,
    event: 'workflow_dispatch',
    jobs: [{ name: 'test', conclusion: 'success', log: 'ok\n' }],
  }).id;
  const result = await monitorRun(passed);
  expect(result.outputs.action).toBe('commented');
  const labelsOf = (n: number) => gh.repo(SHOP).issues.get(n)?.labels ?? [];
  expect(labelsOf(pr.number)).toContain('fix-verified');
  expect(labelsOf(issue?.number as number)).toContain('fix-verified');
  expect(
    gh
      .repo(SHOP)
      .comments.filter((c) => /Fix verified/.test(c.body))
      .map((c) => c.issueNumber)
      .sort(),
  ).toEqual([issue?.number, pr.number].sort());

  const failed = seedFailedRun(gh, jobLog(MISSING_MODULE_STEPS), branch).id;
  await monitorRun(failed);
  expect(labelsOf(pr.number)).not.toContain('fix-verified');
  expect(gh.repo(SHOP).comments.at(-1)?.body).toMatch(/Fix not verified[\s\S]*ModuleNotFoundError/);
  expect(openIssues().filter((i) => !i.pullRequest)).toHaveLength(1);
});

test('a token without issues permission gets a message naming the permission', async () => {
  const runId = seedShop(gh);
  gh.setToken('ghs_e2eTestToken0000000000000000000000', { permissions: { actions: 'read', contents: 'read' } });
  const result = await monitorRun(runId);
  expect(result.failed).toMatch(/`issues: write`/);
});

test('a repository with issues disabled gets a message saying how to enable them', async () => {
  const runId = seedShop(gh);
  gh.repo(SHOP).hasIssues = false;
  const result = await monitorRun(runId);
  expect(result.failed).toMatch(/Issues are disabled/);
});

test('a 200 MB log is streamed: its tail is read with a Range request and the failure near the end found', async () => {
  const passing = Array.from(
    { length: 2000 },
    (_, i) => `tests/test_unit_${i}.py::test_case PASSED [ ${i % 100}%] ${'.'.repeat(60)}`,
  );
  const step = { name: 'Run tests', script: 'pytest -q', output: passing };
  const head = jobLog([step]);
  const repeats = Math.ceil((200 * 1024 * 1024) / head.length);
  const tail = jobLog(MISSING_MODULE_STEPS);
  const log = head.repeat(repeats) + tail;
  expect(log.length).toBeGreaterThan(200 * 1024 * 1024);
  const runId = seedShop(gh, log);
  const result = await monitorRun(runId, { 'max-log-mb': '20' });
  expect(result.failed).toBeUndefined();
  expect(result.outputs.category).toBe('dependency');
  const logRequests = gh.requests.filter((r) => r.path.startsWith('/_emulator/logs/'));
  expect(logRequests.length).toBeGreaterThanOrEqual(1);
  expect(openIssues()[0]?.body).toMatch(/Only the last \d+ bytes of the log were read/);
}, 120_000);

test('check-run annotations name the failure when the log cannot', async () => {
  seedShop(gh);
  const runId = gh.seed.run(SHOP, {
    workflow: 'ci.yml',
    jobs: [
      {
        name: 'build',
        steps: [
          { name: 'Set up job', conclusion: 'success' },
          { name: 'Run make', conclusion: 'failure' },
        ],
        log: 'make: *** [all] Error 1\n',
        annotations: [
          {
            path: 'src/main.c',
            startLine: 12,
            level: 'failure',
            message: "src/main.c:12:5: error: 'count' undeclared (first use in this function)",
          },
        ],
      },
    ],
  }).id;
  gh.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs', responses: [410] });
  const result = await monitorRun(runId);
  expect(result.outputs.category).toBe('compile-error');
  expect(openIssues()[0]?.body).toContain("'count' undeclared");
});

/** Files the shop's failure, then pushes a fix branch for its issue with a pull request. */
async function issueWithFixBranch() {
  await monitorRun(seedShop(gh));
  const [issue] = openIssues();
  const number = issue?.number as number;
  const branch = `self-heal/issue-${number}`;
  gh.seed.commit(SHOP, {
    branch,
    files: { 'requirements.txt': '# Runtime dependencies\nflask==3.0.3\npytest==8.3.3\nrequests\n' },
  });
  const { data: pr } = await client.rest.pulls.create({
    owner: 'octo-org',
    repo: 'shop',
    head: branch,
    base: 'main',
    title: 'fix',
  });
  gh.seed.workflow(SHOP, {
    path: '.github/workflows/lint.yml',
    content:
      'name: Lint\non: [push, workflow_dispatch]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ruff check .\n',
  });
  const runOn = (workflow: string, conclusion: 'success' | 'cancelled' | 'skipped' = 'success') =>
    gh.seed.run(SHOP, {
      workflow,
      headBranch: branch,
      event: 'push',
      ...(conclusion === 'success' ? {} : { conclusion }),
      jobs: [{ name: 'job', conclusion, steps: [{ name: 'Run it', conclusion }], log: 'ok\n' }],
    }).id;
  const labelsOf = (n: number) => gh.repo(SHOP).issues.get(n)?.labels ?? [];
  const verdicts = () => gh.repo(SHOP).comments.filter((c) => /Fix (not )?verified/.test(c.body));
  return { issue: number, pr: pr.number, branch, runOn, labelsOf, verdicts };
}

test('only a run of the workflow the issue tracks, and only when watched, verifies its fix', async () => {
  const { issue, pr, runOn, labelsOf, verdicts } = await issueWithFixBranch();

  // Lint is not the workflow whose failure the issue tracks (CI).
  const lint = await monitorRun(runOn('lint.yml'));
  expect(lint.outputs.action).toBe('skipped');
  expect(lint.log).toMatch(/tracks a failure of "CI"/);
  const unwatched = await monitorRun(runOn('lint.yml'), { workflows: 'ci.yml' });
  expect(unwatched.outputs.action).toBe('skipped');
  expect(unwatched.log).toMatch(/not in the workflows input/);
  // CI itself, but not watched.
  const ciUnwatched = await monitorRun(runOn('ci.yml'), { workflows: 'lint.yml' });
  expect(ciUnwatched.outputs.action).toBe('skipped');
  expect(verdicts()).toEqual([]);
  expect(labelsOf(issue)).not.toContain('fix-verified');
  expect(labelsOf(pr)).not.toContain('fix-verified');

  const ci = await monitorRun(runOn('ci.yml'), { workflows: 'ci.yml' });
  expect(ci.outputs.action).toBe('commented');
  expect(labelsOf(issue)).toContain('fix-verified');
  expect(verdicts().map((c) => c.body)).toEqual([expect.stringMatching(/Fix verified.*of CI/), expect.anything()]);
});

test('a cancelled or skipped run on a fix branch is no verdict on the fix', async () => {
  const { issue, pr, runOn, labelsOf, verdicts } = await issueWithFixBranch();
  for (const conclusion of ['cancelled', 'skipped'] as const) {
    for (const inputs of [{}, { 'include-cancelled': 'true' }] as Record<string, string>[]) {
      const result = await monitorRun(runOn('ci.yml', conclusion), inputs);
      expect(result.outputs.action).toBe('skipped');
      expect(result.log).toContain(`concluded ${conclusion}`);
      expect(result.summary).toContain(`concluded ${conclusion}`);
    }
  }
  expect(verdicts()).toEqual([]);
  expect(gh.repo(SHOP).comments.filter((c) => c.issueNumber === issue || c.issueNumber === pr)).toEqual([]);
  expect(labelsOf(issue)).not.toContain('fix-verified');
});

test('the same run attempt examined twice is counted and reported once', async () => {
  const runId = seedShop(gh);
  const payload = await workflowRunPayload(client, SHOP, runId);
  expect((await monitorRun(runId, {}, payload)).outputs.action).toBe('created');
  const again = await monitorRun(runId, {}, payload);
  expect(again.outputs.action).toBe('skipped');
  expect(again.log).toMatch(/already counts run \d+ \(attempt 1\)/);
  const [issue] = openIssues();
  expect(gh.repo(SHOP).comments).toEqual([]);
  expect(readFailureRecord(issue?.body)?.occurrences).toBe(1);

  // A later run is counted once too, however often it is delivered.
  const later = seedFailedRun(gh).id;
  expect((await monitorRun(later)).outputs.action).toBe('commented');
  expect((await monitorRun(later)).outputs.action).toBe('skipped');
  expect((await monitorRun(runId, {}, payload)).outputs.action).toBe('skipped');
  expect(gh.repo(SHOP).comments).toHaveLength(1);
  expect(readFailureRecord(gh.repo(SHOP).issues.get(issue?.number as number)?.body)?.occurrences).toBe(2);
});

test('a verification delivered twice is reported once', async () => {
  const { issue, pr, runOn, verdicts } = await issueWithFixBranch();
  const passed = runOn('ci.yml');
  expect((await monitorRun(passed)).outputs.action).toBe('commented');
  const again = await monitorRun(passed);
  expect(again.outputs.action).toBe('skipped');
  expect(again.log).toMatch(/already reported/);
  expect(
    verdicts()
      .map((c) => c.issueNumber)
      .sort(),
  ).toEqual([issue, pr].sort());
});

test('failures without failure lines in different workflows and jobs are different issues', async () => {
  gh.seed.repo({ fullName: SHOP, files: SHOP_FILES });
  gh.seed.workflow(SHOP, { path: '.github/workflows/ci.yml' });
  gh.seed.workflow(SHOP, {
    path: '.github/workflows/deploy.yml',
    content:
      'name: Deploy\non: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./release.sh\n',
  });
  const steps = (name: string) => [
    { name: 'Set up job', conclusion: 'success' as const },
    { name, conclusion: 'failure' as const },
  ];
  const ciRun = () =>
    gh.seed.run(SHOP, { workflow: 'ci.yml', jobs: [{ name: 'test', steps: steps('Run tests'), log: '' }] }).id;
  const deploy = gh.seed.run(SHOP, {
    workflow: 'deploy.yml',
    jobs: [
      {
        name: 'release',
        steps: steps('Run ./release.sh'),
        log: jobLog([{ name: 'Run ./release.sh', script: './release.sh', output: ['uploading artifacts', 'done?'] }]),
      },
    ],
  }).id;
  const ci = await monitorRun(ciRun());
  const other = await monitorRun(deploy);
  expect([ci.outputs.category, other.outputs.category]).toEqual(['unknown', 'unknown']);
  expect(other.outputs.action).toBe('created');
  expect(ci.outputs.fingerprint).not.toBe(other.outputs.fingerprint);
  expect(openIssues()).toHaveLength(2);
  // The same line-less failure of the same job and step is still one issue.
  const recurrence = await monitorRun(ciRun());
  expect(recurrence.outputs.action).toBe('commented');
  expect(recurrence.outputs.fingerprint).toBe(ci.outputs.fingerprint);
});

test('a recurrence on another branch keeps the branch and run the issue was filed for', async () => {
  const first = seedShop(gh);
  await monitorRun(first);
  gh.seed.branch(SHOP, 'feature/x', 'main');
  const second = seedFailedRun(gh, undefined, 'feature/x').id;
  const result = await monitorRun(second);
  expect(result.outputs.action).toBe('commented');
  const [issue] = openIssues();
  const record = readFailureRecord(issue?.body);
  expect(record?.run.headBranch).toBe('main');
  expect(record?.run.runId).toBe(first);
  expect(record?.occurrences).toBe(2);
  const comment = gh.repo(SHOP).comments.at(-1)?.body ?? '';
  expect(comment).toContain(`run ${second}`);
  expect(comment).toMatch(/on `feature\/x`[\s\S]*tracks the failure on `main`/);
});

test("existing labels keep the maintainer's colour and description; labels created on the fly get ours", async () => {
  const runId = seedShop(gh);
  gh.seed.label(SHOP, { name: 'workflow-failure', color: '5319e7' });
  gh.seed.label(SHOP, { name: 'auto-heal', color: '000000', description: 'Robots welcome' });
  await monitorRun(runId);
  const labels = gh.repo(SHOP).labels;
  expect(labels.get('workflow-failure')).toMatchObject({ color: '5319e7' });
  expect(labels.get('workflow-failure')?.description ?? null).toBeNull();
  expect(labels.get('auto-heal')).toMatchObject({ color: '000000', description: 'Robots welcome' });
  expect(labels.get('category:dependency')).toMatchObject({
    color: 'fbca04',
    description: expect.stringMatching(/dependency/),
  });
  expect(gh.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/labels/')).map((r) => r.path)).toEqual([
    expect.stringContaining('category'),
  ]);
});
