import {
  DEFAULT_THRESHOLDS,
  parseColumnTypes,
  parseCorrection,
  parseDriftShare,
  parseFormat,
  parsePsiBins,
  parseSample,
  parseTests,
  parseThresholds,
} from './settings.js';

const L = 'Input `x`';

test('tests: auto, per type, a type left out stays auto, psi/js alone set both types', () => {
  expect(parseTests('auto', L)).toEqual({ numeric: 'auto', categorical: 'auto' });
  expect(parseTests('', L)).toEqual({ numeric: 'auto', categorical: 'auto' });
  expect(parseTests('numeric: ks, categorical: chi2', L)).toEqual({ numeric: 'ks', categorical: 'chi2' });
  expect(parseTests('numeric: wasserstein\ncategorical: jensenshannon', L)).toEqual({
    numeric: 'wasserstein',
    categorical: 'js',
  });
  expect(parseTests('categorical: psi', L)).toEqual({ numeric: 'auto', categorical: 'psi' });
  expect(parseTests('psi', L)).toEqual({ numeric: 'psi', categorical: 'psi' });
});

test('tests: a test that cannot apply to a type, an unknown type or test, names the input and the choices', () => {
  expect(() => parseTests('numeric: chi2', L)).toThrow(
    /Input `x`: "chi2" cannot test numeric columns; use auto, ks, psi, wasserstein, js \(or set column-types/,
  );
  expect(() => parseTests('categorical: ks', L)).toThrow(
    /"ks" cannot test categorical columns; use auto, chi2, psi, js/,
  );
  expect(() => parseTests('text: ks', L)).toThrow(/"text" is not a column type/);
  expect(() => parseTests('numeric: t-test', L)).toThrow(/"t-test" cannot test numeric/);
  expect(() => parseTests('ks', L)).toThrow(/Input `x` must be auto or tests per column type/);
  expect(() => parseTests('numeric ks', L)).toThrow(/must be auto or tests per column type/);
  expect(() => parseTests('numeric:', L)).toThrow(/"numeric:" is not a "name: value" pair/);
});

test('thresholds: defaults are Evidently, overrides per test, p-values within (0, 1), distances above 0', () => {
  expect(parseThresholds('', L)).toEqual(DEFAULT_THRESHOLDS);
  expect(DEFAULT_THRESHOLDS).toEqual({ ks: 0.05, chi2: 0.05, z: 0.05, psi: 0.1, wasserstein: 0.1, js: 0.1 });
  expect(parseThresholds('ks: 0.01, psi: 0.25, chisquare: 0.001', L)).toEqual({
    ...DEFAULT_THRESHOLDS,
    ks: 0.01,
    psi: 0.25,
    chi2: 0.001,
  });
  expect(parseThresholds('psi: 2', L).psi).toBe(2);
  expect(() => parseThresholds('ks: 1.5', L)).toThrow(
    /the ks threshold is a p-value, a number between 0 and 1, not "1.5"/,
  );
  expect(() => parseThresholds('js: 0', L)).toThrow(/the js threshold is a distance, a number above 0/);
  expect(() => parseThresholds('kl: 0.1', L)).toThrow(/"kl" is not a test; use ks, chi2, z, psi, wasserstein, js/);
  expect(() => parseThresholds('ks: abc', L)).toThrow(/not "abc"/);
});

test('column types, format, drift share, psi bins, correction and sample', () => {
  expect(parseColumnTypes('zip: categorical, age: Numeric', L)).toEqual({ zip: 'categorical', age: 'numeric' });
  expect(parseColumnTypes('a:b: numeric', L)).toEqual({ 'a:b': 'numeric' });
  expect(() => parseColumnTypes('zip: text', L)).toThrow(
    /the type of column "zip" must be numeric or categorical, not "text"/,
  );
  expect(parseFormat('', L)).toBeUndefined();
  expect(parseFormat('Parquet', L)).toBe('parquet');
  expect(() => parseFormat('xlsx', L)).toThrow(/Input `x` must be one of csv, tsv, jsonl, parquet/);
  expect(parseDriftShare('', L)).toBe(0.5);
  expect(parseDriftShare('1', L)).toBe(1);
  expect(() => parseDriftShare('0', L)).toThrow(/above 0 and at most 1/);
  expect(() => parseDriftShare('50%', L)).toThrow(/not "50%"/);
  expect(parsePsiBins('', L)).toEqual({ method: 'sturges-pooled' });
  expect(parsePsiBins('quantile:20', L)).toEqual({ method: 'quantile', bins: 20 });
  expect(parsePsiBins('quantile: 5', L)).toEqual({ method: 'quantile', bins: 5 });
  expect(() => parsePsiBins('quantile:1', L)).toThrow(/quantile:N with N from 2 to 1000/);
  expect(() => parsePsiBins('deciles', L)).toThrow(/not "deciles"/);
  expect(parseCorrection('FDR', L)).toBe('fdr');
  expect(() => parseCorrection('holm', L)).toThrow(/one of none, bonferroni, fdr, not "holm"/);
  const labels = { rows: 'Input `sample`', seed: 'Input `seed`' };
  expect(parseSample('0', '1', labels)).toBeNull();
  expect(parseSample('500', '', labels)).toEqual({ rows: 500, seed: 1 });
  expect(() => parseSample('-3', '1', labels)).toThrow(/Input `sample` must be a whole number of rows/);
  expect(() => parseSample('10', '1.5', labels)).toThrow(/Input `seed` must be a whole number/);
});
