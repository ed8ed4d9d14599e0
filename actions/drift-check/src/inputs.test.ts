import { readFileSync } from 'node:fs';
import * as yaml from 'yaml';
import { fromRecord } from '../../../packages/shared/src/action/inputs.js';
import { parseInputs } from './inputs.js';

const base = { reference: 'ref.csv', current: 'cur/*.parquet' };

test('defaults as action.yml documents them', () => {
  const inputs = parseInputs(fromRecord(base));
  expect(inputs).toMatchObject({
    reference: 'ref.csv',
    current: 'cur/*.parquet',
    reportPath: 'drift-report.json',
    retrainWorkflow: null,
    retrainRef: null,
    retrainInputs: {},
    consecutive: 1,
    cooldownMs: 0,
    statePath: '.drift-state.json',
    failOnDrift: false,
    createIssue: false,
  });
  expect(inputs.settings).toEqual({
    columns: [],
    excludeColumns: [],
    columnTypes: {},
    tests: { numeric: 'auto', categorical: 'auto' },
    thresholds: { ks: 0.05, chi2: 0.05, z: 0.05, psi: 0.1, wasserstein: 0.1, js: 0.1 },
    driftShare: 0.5,
    psiBins: { method: 'sturges-pooled' },
    correction: 'none',
    sample: null,
  });
});

test('every input is read into the typed object', () => {
  const inputs = parseInputs(
    fromRecord({
      ...base,
      format: 'csv',
      columns: 'a, b\nc',
      'exclude-columns': 'id',
      'column-types': 'zip: categorical',
      tests: 'numeric: psi',
      thresholds: 'psi: 0.2',
      'drift-share': '0.3',
      'psi-bins': 'quantile:20',
      correction: 'bonferroni',
      sample: '10000',
      seed: '42',
      'report-path': 'out/drift.json',
      'artifact-name': 'drift',
      'retrain-workflow': '.github/workflows/retrain.yml',
      'retrain-ref': 'release',
      'retrain-inputs': '{"dataset": "prod", "epochs": 3, "full": true}',
      consecutive: '3',
      cooldown: '7d',
      'state-path': '.cache/drift.json',
      'fail-on-drift': 'true',
      'create-issue': 'true',
    }),
  );
  expect(inputs.settings).toMatchObject({
    format: 'csv',
    columns: ['a', 'b', 'c'],
    excludeColumns: ['id'],
    columnTypes: { zip: 'categorical' },
    tests: { numeric: 'psi', categorical: 'auto' },
    driftShare: 0.3,
    psiBins: { method: 'quantile', bins: 20 },
    correction: 'bonferroni',
    sample: { rows: 10000, seed: 42 },
  });
  expect(inputs.settings.thresholds.psi).toBe(0.2);
  expect(inputs).toMatchObject({
    reportPath: 'out/drift.json',
    artifactName: 'drift',
    retrainWorkflow: 'retrain.yml',
    retrainRef: 'release',
    retrainInputs: { dataset: 'prod', epochs: '3', full: 'true' },
    consecutive: 3,
    cooldownMs: 7 * 24 * 3_600_000,
    statePath: '.cache/drift.json',
    failOnDrift: true,
    createIssue: true,
  });
  expect(parseInputs(fromRecord({ ...base, 'retrain-workflow': '1234' })).retrainWorkflow).toBe(1234);
});

test.each([
  [{ reference: '' }, /Input `reference` is required/],
  [{ current: '' }, /Input `current` is required/],
  [{ tests: 'numeric: chi2' }, /Input `tests`: "chi2" cannot test numeric columns/],
  [{ thresholds: 'ks: 5' }, /Input `thresholds`: the ks threshold is a p-value/],
  [{ 'drift-share': '2' }, /Input `drift-share` must be a share above 0 and at most 1/],
  [{ 'psi-bins': 'quantile' }, /Input `psi-bins` must be sturges-pooled or quantile:N/],
  [{ correction: 'holm' }, /Input `correction` must be one of none, bonferroni, fdr/],
  [{ sample: 'many' }, /Input `sample` must be a whole number of rows/],
  [{ format: 'excel' }, /Input `format` must be one of csv, tsv, jsonl, parquet/],
  [{ 'column-types': 'zip' }, /Input `column-types`: "zip" is not a "name: value" pair/],
  [{ columns: 'a,b', 'exclude-columns': 'b' }, /Input `columns` and Input `exclude-columns` both name "b"/],
  [{ 'retrain-workflow': 'retrain' }, /Input `retrain-workflow` must be a workflow file name such as retrain\.yml/],
  [{ 'retrain-inputs': '{dataset: prod}' }, /Input `retrain-inputs` must be a JSON object, e\.g\./],
  [{ 'retrain-inputs': '["a"]' }, /Input `retrain-inputs` must be a JSON object/],
  [{ 'retrain-inputs': '{"a": {"b": 1}}' }, /Input `retrain-inputs`: "a" must be a string, number or boolean/],
  [{ consecutive: '0' }, /Input `consecutive` must be a whole number from 1 to 1000/],
  [{ cooldown: 'a week' }, /Input `cooldown` must be a duration such as 30m, 12h or 7d/],
  [{ 'fail-on-drift': 'maybe' }, /Input `fail-on-drift` must be true or false/],
  [{ 'artifact-name': 'drift/report' }, /Input `artifact-name` may not contain/],
])('bad input %j is an error naming the input', (inputs, message) => {
  expect(() => parseInputs(fromRecord({ ...base, ...inputs }))).toThrow(message);
});

test('reads exactly the inputs action.yml declares, and the defaults there are the ones used here', () => {
  const { parse } = yaml;
  const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const read = new Set<string>();
  parseInputs((name) => {
    read.add(name);
    return ({ reference: 'r.csv', current: 'c.csv' } as Record<string, string>)[name] ?? '';
  });
  expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
  const declaredDefaults = Object.fromEntries(
    Object.entries(action.inputs)
      .filter(([name, spec]) => spec.default !== undefined && name !== 'token' && name !== 'artifact-name')
      .map(([name, spec]) => [name, String(spec.default)]),
  );
  expect(parseInputs(fromRecord({ ...base, ...declaredDefaults }))).toEqual(parseInputs(fromRecord(base)));
  // The runner always passes the declared default; an empty artifact-name is the user turning the upload off.
  expect(action.inputs['artifact-name']?.default).toBe('drift-report');
  expect(parseInputs(fromRecord({ ...base, 'artifact-name': '' })).artifactName).toBe('');
});
