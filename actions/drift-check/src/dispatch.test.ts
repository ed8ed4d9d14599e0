import { UserError } from '../../../packages/shared/src/errors.js';
import {
  columnList,
  dispatchInputs,
  explainDispatchError,
  isGitHubEnterpriseServer,
  MAX_INPUTS_GHES,
  MAX_INPUTS_GITHUB_COM,
} from './dispatch.js';

const summary = {
  share: 2 / 3,
  driftedColumns: ['age', 'income'],
  reportUrl: 'https://github.com/o/r/actions/runs/9',
  runId: '9',
};

test('the dispatch inputs summarise the drift as strings; the user’s inputs follow and win on a clash', () => {
  expect(dispatchInputs(summary, { dataset: 'prod' }, 25)).toEqual({
    drift_share: '0.6667',
    drifted_columns: 'age,income',
    drift_report_url: 'https://github.com/o/r/actions/runs/9',
    drift_run_id: '9',
    dataset: 'prod',
  });
  expect(dispatchInputs(summary, { drift_run_id: 'mine' }, 25).drift_run_id).toBe('mine');
});

test('more inputs than GitHub takes is an error naming the limit; github.com takes 25, GHES 10', () => {
  const extra = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`x${i}`, 'v']));
  expect(Object.keys(dispatchInputs(summary, extra, MAX_INPUTS_GITHUB_COM))).toHaveLength(11);
  expect(() => dispatchInputs(summary, extra, MAX_INPUTS_GHES)).toThrow(
    /would have 11 inputs \(4 from drift-check, 7 from `retrain-inputs`\), but GitHub accepts at most 10/,
  );
  expect(() => dispatchInputs(summary, { big: 'x'.repeat(70_000) }, 25)).toThrow(/over GitHub's 65535: shorten/);
  expect(isGitHubEnterpriseServer('https://github.com')).toBe(false);
  expect(isGitHubEnterpriseServer('https://acme.ghe.com')).toBe(false);
  expect(isGitHubEnterpriseServer('https://github.acme.internal')).toBe(true);
});

test('a long column list is cut at a column boundary, deterministically, within the limit', () => {
  const columns = Array.from({ length: 400 }, (_, i) => `feature_${i}`);
  const text = columnList(columns);
  expect(text.length).toBeLessThanOrEqual(1000);
  expect(text).toMatch(/^feature_0,feature_1,.*,feature_\d+,…\(\+\d+ more\)$/);
  const kept = text.split(',').length - 1;
  expect(text.endsWith(`…(+${400 - kept} more)`)).toBe(true);
  expect(columnList(columns)).toBe(text);
  expect(columnList(['a', 'b'])).toBe('a,b');
  expect(columnList(['x'.repeat(2000)])).toBe('…(+1 more)');
});

const where = {
  workflow: 'retrain.yml',
  ref: 'main',
  owner: 'o',
  repo: 'r',
  inputs: { drift_share: '1', epochs: '3' },
};
const httpError = (status: number, message: string) => Object.assign(new Error(message), { status });

test('GitHub’s 422s become errors that say what to add to the workflow', () => {
  const noTrigger = explainDispatchError(httpError(422, "Workflow does not have 'workflow_dispatch' trigger"), where);
  expect(noTrigger).toBeInstanceOf(UserError);
  expect((noTrigger as Error).message).toMatch(
    /\.github\/workflows\/retrain\.yml on main cannot be dispatched: it has no `workflow_dispatch` trigger/,
  );
  expect((noTrigger as Error).message).toContain(
    '  workflow_dispatch:\n    inputs:\n      drift_share:\n        type: string',
  );

  const undeclared = explainDispatchError(
    httpError(422, 'Unexpected inputs provided: ["drift_share","drift_run_id"]'),
    where,
  );
  expect((undeclared as Error).message).toMatch(
    /does not declare the inputs drift_share, drift_run_id that drift-check sends/,
  );
  expect((undeclared as Error).message).toContain('      drift_run_id:\n');

  const required = explainDispatchError(httpError(422, "Required input 'model' not provided"), where);
  expect((required as Error).message).toMatch(/requires the input model: give it a value in `retrain-inputs`/);
  expect(
    (explainDispatchError(httpError(422, 'No ref found for: nope'), { ...where, ref: 'nope' }) as Error).message,
  ).toMatch(/`retrain-ref` "nope" is not a branch or tag of o\/r/);
  expect((explainDispatchError(httpError(404, 'Not Found'), where) as Error).message).toMatch(
    /No workflow file retrain\.yml in o\/r \(404\)/,
  );
  const other = httpError(500, 'boom');
  expect(explainDispatchError(other, where)).toBe(other);
});
