// drift-check end to end: the action's run() as the runner calls it, reading real files and talking to
// the GitHub emulator over HTTP (dispatches, issues), with the state file carried between runs.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../actions/drift-check/src/main.js';
import type { GitHubClient } from '../../packages/shared/src/github/client.js';
import { type ActionResult, runActionInProcess } from '../../test-support/action-runner.js';
import type { GitHubEmulator } from '../../test-support/github-emulator/index.js';
import { emulator, TOKEN } from './helpers.js';

const REPO = 'acme/models';
const RUN_ID = '4242';

// The example retraining workflow users copy: it must accept what drift-check sends.
const RETRAIN_YML = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '../../examples/workflows/retrain.yml'),
  'utf8',
);

let gh: GitHubEmulator;
let _client: GitHubClient;
let dir: string;
let data: { reference: string; same: string; drifted: string };

/** A deterministic pseudo-random stream (LCG), so the data and its verdicts are the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

function dataFile(name: string, seed: number, shift: number, newCategory: boolean): string {
  const next = random(seed);
  const lines = ['id,age,income,plan'];
  for (let i = 0; i < 400; i++) {
    const age = Math.round(30 + 10 * (next() + next() + next() - 1.5) + shift * 10);
    const income = (1000 * (1 + next() + shift)).toFixed(2);
    const plan = newCategory && i % 3 === 0 ? 'enterprise' : next() < 0.5 ? 'basic' : 'pro';
    lines.push(`${i},${age},${income},${plan}`);
  }
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

beforeEach(async () => {
  ({ gh, client: _client } = await emulator());
  gh.seed.repo({ fullName: REPO, defaultBranch: 'main', files: { 'README.md': '# models\n' } });
  gh.seed.workflow(REPO, { path: '.github/workflows/retrain.yml', content: RETRAIN_YML });
  dir = mkdtempSync(join(tmpdir(), 'drift-e2e-'));
  data = {
    reference: dataFile('reference.csv', 1, 0, false),
    same: dataFile('same.csv', 2, 0, false),
    drifted: dataFile('drifted.csv', 3, 1, true),
  };
});
afterEach(async () => {
  expect(gh.invalidRequests).toEqual([]);
  expect(gh.internalErrors).toEqual([]);
  await gh.stop();
  rmSync(dir, { recursive: true, force: true });
});

function driftCheck(inputs: Record<string, string>): Promise<ActionResult> {
  return runActionInProcess(run, {
    repository: REPO,
    eventName: 'schedule',
    payload: { schedule: '0 6 * * *' },
    apiUrl: gh.url,
    inputs: {
      token: TOKEN,
      'exclude-columns': 'id',
      'report-path': join(dir, 'out', 'drift-report.json'),
      'state-path': join(dir, 'state', 'drift-state.json'),
      'artifact-name': 'drift-report',
      ...inputs,
    },
    env: { SELF_HEAL_MS_PER_SECOND: '1', GITHUB_RUN_ID: RUN_ID },
  });
}

const dispatches = () => gh.repo(REPO).dispatches;
const state = () => JSON.parse(readFileSync(join(dir, 'state', 'drift-state.json'), 'utf8'));
const driftIssues = () =>
  [...gh.repo(REPO).issues.values()].filter((i) => !i.pullRequest && [...i.labels].includes('data-drift'));

test('no drift: a report and a summary, no dispatch, the artifact upload skipped off GitHub', async () => {
  const result = await driftCheck({ reference: data.reference, current: data.same, 'retrain-workflow': 'retrain.yml' });
  expect(result.failed).toBeUndefined();
  expect(result.outputs).toMatchObject({
    'drift-detected': 'false',
    'drift-confirmed': 'false',
    dispatched: 'false',
    'drifted-columns': '',
    'report-path': join(dir, 'out', 'drift-report.json'),
  });
  expect(Number(result.outputs['drift-share'])).toBeLessThan(0.5);
  expect(dispatches()).toEqual([]);
  const report = JSON.parse(readFileSync(join(dir, 'out', 'drift-report.json'), 'utf8'));
  expect(report.schema_version).toBe(1);
  expect(Object.keys(report.columns)).toEqual(['age', 'income', 'plan']);
  expect(report.schema.excluded).toEqual(['id']);
  expect(readdirSync(join(dir, 'out')).sort()).toEqual(['drift-report.html', 'drift-report.json']);
  expect(result.summary).toMatch(/^## Data drift: none/);
  expect(result.summary).toContain('| Column | Type | Test |');
  expect(result.summary).toContain('Policy: no data set drift in this run');
  expect(result.log).toMatch(/::notice::Report artifact not uploaded: not running on GitHub Actions/);
  expect(state()).toMatchObject({ version: 1, streak: 0, last_dispatch_at: null });
});

test('drift: dispatches the retraining workflow on the default branch with the drift summary as inputs', async () => {
  const result = await driftCheck({
    reference: data.reference,
    current: data.drifted,
    'retrain-workflow': 'retrain.yml',
    'retrain-inputs': '{"dataset": "prod"}',
  });
  expect(result.failed).toBeUndefined();
  expect(result.outputs).toMatchObject({ 'drift-detected': 'true', 'drift-confirmed': 'true', dispatched: 'true' });
  const drifted = result.outputs['drifted-columns']?.split(',');
  expect(drifted).toEqual(expect.arrayContaining(['age', 'plan']));
  expect(dispatches()).toHaveLength(1);
  expect(dispatches()[0]).toMatchObject({
    workflowPath: '.github/workflows/retrain.yml',
    ref: 'main',
    inputs: {
      drift_share: result.outputs['drift-share'],
      drifted_columns: result.outputs['drifted-columns'],
      drift_report_url: `https://github.com/${REPO}/actions/runs/${RUN_ID}`,
      drift_run_id: RUN_ID,
      dataset: 'prod',
    },
  });
  expect(result.summary).toMatch(/^## Data drift: detected/);
  expect(result.summary).toContain('```mermaid\nxychart-beta');
  expect(result.summary).toMatch(
    /Retraining: dispatched `retrain\.yml` on `main` \(\[run\]\(https:\/\/github\.com\/acme\/models\/actions\/runs\/\d+\)\)/,
  );
  expect(state().last_dispatch_at).not.toBeNull();
});

test('retrain-ref picks the branch; a workflow id works as well as a file name', async () => {
  gh.seed.branch(REPO, 'release', 'main');
  const workflowId = gh.repo(REPO).workflows[0]?.id as number;
  const result = await driftCheck({
    reference: data.reference,
    current: data.drifted,
    'retrain-workflow': String(workflowId),
    'retrain-ref': 'release',
  });
  expect(result.failed).toBeUndefined();
  expect(dispatches().map((d) => [d.workflowPath, d.ref])).toEqual([['.github/workflows/retrain.yml', 'release']]);
});

test('consecutive 2: drift in the first run does not dispatch, drift in the second does', async () => {
  const inputs = {
    reference: data.reference,
    current: data.drifted,
    'retrain-workflow': 'retrain.yml',
    consecutive: '2',
  };
  const first = await driftCheck(inputs);
  expect(first.outputs).toMatchObject({ 'drift-detected': 'true', 'drift-confirmed': 'false', dispatched: 'false' });
  expect(first.summary).toContain('drift in 1 consecutive run, 2 needed');
  // the first run ever has no state yet: with consecutive > 1 that is worth a warning
  expect(first.log).toMatch(/::warning::No drift state at .*: starting fresh/);
  expect(dispatches()).toEqual([]);
  expect(state().streak).toBe(1);

  const second = await driftCheck(inputs);
  expect(second.outputs).toMatchObject({ 'drift-confirmed': 'true', dispatched: 'true' });
  expect(dispatches()).toHaveLength(1);

  // a clean run resets the streak
  await driftCheck({ ...inputs, current: data.same });
  expect(state().streak).toBe(0);
});

test('cooldown: a second drift within the period does not dispatch; after it, it does', async () => {
  const inputs = {
    reference: data.reference,
    current: data.drifted,
    'retrain-workflow': 'retrain.yml',
    cooldown: '24h',
  };
  await driftCheck(inputs);
  expect(dispatches()).toHaveLength(1);
  const second = await driftCheck(inputs);
  expect(second.outputs).toMatchObject({ 'drift-confirmed': 'true', dispatched: 'false' });
  expect(second.summary).toMatch(/cooling down until \d{4}-/);
  expect(dispatches()).toHaveLength(1);

  // the last dispatch a day and a minute ago: the cooldown is over
  const saved = state();
  saved.last_dispatch_at = new Date(Date.now() - 24 * 3_600_000 - 60_000).toISOString();
  writeFileSync(join(dir, 'state', 'drift-state.json'), JSON.stringify(saved));
  const third = await driftCheck(inputs);
  expect(third.outputs.dispatched).toBe('true');
  expect(dispatches()).toHaveLength(2);
});

test('a corrupt state file starts fresh with a warning', async () => {
  const path = join(dir, 'state', 'drift-state.json');
  await driftCheck({ reference: data.reference, current: data.same });
  writeFileSync(path, '{"version": 1, "streak": ');
  const result = await driftCheck({ reference: data.reference, current: data.drifted, consecutive: '2' });
  expect(result.log).toMatch(/::warning::The drift state at .*drift-state\.json is unusable \(not JSON/);
  expect(state().streak).toBe(1);
});

test('a retraining workflow without workflow_dispatch is a clear error; report and state are still written', async () => {
  gh.seed.workflow(REPO, {
    path: '.github/workflows/nightly.yml',
    content: 'name: Nightly\non:\n  push:\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
  });
  const result = await driftCheck({
    reference: data.reference,
    current: data.drifted,
    'retrain-workflow': 'nightly.yml',
  });
  expect(result.failed).toMatch(
    /^\.github\/workflows\/nightly\.yml on main cannot be dispatched: it has no `workflow_dispatch` trigger\. Add to it:\non:\n {2}workflow_dispatch:\n {4}inputs:\n {6}drift_share:/,
  );
  expect(result.outputs).toMatchObject({ 'drift-detected': 'true', dispatched: 'false' });
  expect(existsSync(join(dir, 'out', 'drift-report.json'))).toBe(true);
  expect(state()).toMatchObject({ streak: 1, last_dispatch_at: null });
  expect(result.summary).toContain('**Stopped:**');
});

test('inputs the retraining workflow does not declare: the error names them and shows the YAML', async () => {
  gh.seed.workflow(REPO, {
    path: '.github/workflows/bare.yml',
    content:
      'name: Bare\non: workflow_dispatch\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
  });
  const result = await driftCheck({ reference: data.reference, current: data.drifted, 'retrain-workflow': 'bare.yml' });
  expect(result.failed).toMatch(
    /does not declare the inputs drift_share, drifted_columns, drift_report_url, drift_run_id that drift-check sends/,
  );
  const missing = await driftCheck({
    reference: data.reference,
    current: data.drifted,
    'retrain-workflow': 'absent.yml',
  });
  expect(missing.failed).toMatch(/No workflow file absent\.yml in acme\/models \(404\)/);
});

test('a token without actions: write gets told which permission to add', async () => {
  gh.setToken(TOKEN, { permissions: { contents: 'read', issues: 'write' } });
  const result = await driftCheck({
    reference: data.reference,
    current: data.drifted,
    'retrain-workflow': 'retrain.yml',
  });
  expect(result.failed).toMatch(/403 .*`actions: write` \(to dispatch the retraining workflow\)/);
  expect(dispatches()).toEqual([]);
});

test('create-issue: confirmed drift opens one data-drift issue, and comments on it when drift recurs', async () => {
  const inputs = { reference: data.reference, current: data.drifted, 'create-issue': 'true' };
  const first = await driftCheck(inputs);
  expect(first.failed).toBeUndefined();
  expect(driftIssues()).toHaveLength(1);
  const issue = driftIssues()[0];
  expect(issue?.title).toMatch(/^Data drift: \d+ of 3 columns drifted$/);
  expect(issue?.body).toContain('| Column | Test | Score | Effect |');
  expect(issue?.body).toContain(`https://github.com/${REPO}/actions/runs/${RUN_ID}`);
  expect(first.outputs['issue-number']).toBe(String(issue?.number));

  const second = await driftCheck(inputs);
  expect(second.outputs['issue-number']).toBe(String(issue?.number));
  expect(driftIssues()).toHaveLength(1);
  const comments = gh.repo(REPO).comments.filter((c) => c.issueNumber === issue?.number);
  expect(comments).toHaveLength(1);
  expect(comments[0]?.body).toMatch(/^Drift seen again/);

  // no drift: no comment
  await driftCheck({ ...inputs, current: data.same });
  expect(gh.repo(REPO).comments.filter((c) => c.issueNumber === issue?.number)).toHaveLength(1);
});

test('fail-on-drift fails the step after writing the report, the state and the outputs', async () => {
  const result = await driftCheck({ reference: data.reference, current: data.drifted, 'fail-on-drift': 'true' });
  expect(result.failed).toMatch(/^Data drift detected: \d+ of 3 columns drifted \(.*age.*\); fail-on-drift is set\.$/);
  expect(result.outputs['drift-detected']).toBe('true');
  expect(existsSync(join(dir, 'out', 'drift-report.json'))).toBe(true);
  expect(state().streak).toBe(1);
  const calm = await driftCheck({ reference: data.reference, current: data.same, 'fail-on-drift': 'true' });
  expect(calm.failed).toBeUndefined();
});

test('schema changes are warnings and part of the report; with no shared column the check fails', async () => {
  const renamed = join(dir, 'renamed.csv');
  writeFileSync(renamed, readFileSync(data.same, 'utf8').replace('id,age,income,plan', 'id,age,salary,plan'));
  const result = await driftCheck({ reference: data.reference, current: renamed });
  expect(result.log).toContain('::warning::Columns missing from the current data: income');
  expect(result.log).toContain('::warning::New columns in the current data (not compared): salary');
  expect(result.summary).toContain('- Only in the reference (not compared): `income`');

  const disjoint = join(dir, 'disjoint.csv');
  writeFileSync(disjoint, 'x,y\n1,2\n');
  // "0 of 0 columns drifted" would pass every run while comparing nothing.
  const nothing = await driftCheck({ reference: data.reference, current: disjoint });
  expect(nothing.failed).toMatch(/no column can be compared between .*reference.* and .*disjoint\.csv/);
  expect(nothing.failed).toContain("the current data has 'x', 'y'");
  expect(nothing.outputs['drift-detected']).toBeUndefined();
});

describe('bad input fails with a message naming the file, row, column or input, and writes nothing', () => {
  const badFile = (name: string, text: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  test.each<[string, () => Record<string, string>, RegExp]>([
    ['a missing file', () => ({ current: join(dir, 'nope.csv') }), /nope\.csv: no such file/],
    [
      'a glob matching nothing',
      () => {
        mkdirSync(join(dir, 'prod'));
        return { current: join(dir, 'prod', '*.parquet') };
      },
      /prod\/\*\.parquet: no files match this pattern/,
    ],
    ['an empty file', () => ({ current: badFile('empty.csv', '') }), /empty\.csv/],
    [
      'a header without rows',
      () => ({ current: badFile('header.csv', 'id,age,income,plan\n') }),
      /header\.csv: has a header but no data rows/,
    ],
    [
      'a ragged row',
      () => ({ current: badFile('ragged.csv', 'id,age,income,plan\n1,30,1000,basic\n2,31\n') }),
      /ragged\.csv, line 3, row 2: has 2 fields, but the header has 4/,
    ],
    [
      'a column absent on one side',
      () => ({ current: badFile('narrow.csv', 'id,age\n1,30\n'), columns: 'age,plan' }),
      /narrow\.csv, column 'plan': no such column/,
    ],
    [
      'unparsable Parquet',
      () => ({ current: badFile('bad.parquet', 'PAR1 not really PAR1') }),
      /bad\.parquet: is not a readable Parquet file/,
    ],
    [
      'a malformed tests input',
      () => ({ tests: 'numeric: chi2' }),
      /Input `tests`: "chi2" cannot test numeric columns/,
    ],
    ['a malformed threshold', () => ({ thresholds: 'ks: 0' }), /Input `thresholds`: the ks threshold is a p-value/],
    [
      'malformed retrain-inputs',
      () => ({ 'retrain-inputs': 'dataset=prod' }),
      /Input `retrain-inputs` must be a JSON object/,
    ],
    [
      'a numeric override on text',
      () => ({ 'column-types': 'plan: numeric' }),
      /column 'plan' is set to numeric, but .*reference\.csv row 1 has "(basic|pro)"/,
    ],
  ])('%s', async (_what, inputs, message) => {
    const result = await driftCheck({ reference: data.reference, current: data.same, ...inputs() });
    expect(result.failed).toMatch(message);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(existsSync(join(dir, 'state'))).toBe(false);
    expect(gh.requests.filter((r) => !r.path.startsWith('/_'))).toEqual([]);
  });
});
