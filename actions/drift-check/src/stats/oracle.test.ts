/**
 * Our whole output against the oracle (scipy 1.10 + Evidently), key by key: every number,
 * string and flag the expected JSON holds for every column and for the dataset, within the
 * oracle README's tolerances.
 */

import { analyzeColumn } from './column-drift.js';
import { summarizeDataset } from './dataset-drift.js';
import { type ColumnDriftResult, driftJsonReplacer } from './drift-result.js';
import { loadOracleExpected, loadOraclePair } from './test-helpers/oracle-csv.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Relative tolerance for a number at `path` (the README's), or 0 for exact equality. */
function toleranceFor(path: string[], parent: Record<string, Json>): number {
  const key = path[path.length - 1] ?? '';
  const section = path[path.length - 2] ?? '';
  if (section === 'ks') {
    if (['statistic', 'statistic_raw', 'statistic_location', 'statistic_sign', 'asymp_N'].includes(key)) return 0;
    if (key === 'pvalue_asymp') return 1e-9;
    if (key === 'pvalue_auto') return parent.method_auto === 'exact' ? 1e-12 : 1e-9;
  }
  if (path.includes('chi2') && key === 'pvalue') return 1e-10;
  if (section === 'evidently_default' && key === 'score') {
    if (parent.test === 'chisquare' || parent.test === 'z') return 1e-10;
  }
  if (/^(n_|nunique_|missing_|nonfinite_)|^(dof|n_bins|sturges_k_formula|n_columns|n_drifted|n_tests)$/.test(key))
    return 0;
  if (path.includes('ref_counts') || path.includes('cur_counts')) return 0;
  return 1e-12;
}

function compare(
  expected: Json,
  actual: Json | undefined,
  path: string[],
  parent: Record<string, Json>,
  errors: string[],
) {
  const where = path.join('.');
  if (actual === undefined) {
    errors.push(`${where}: missing (expected ${JSON.stringify(expected)})`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      errors.push(`${where}: expected an array of ${expected.length}, got ${JSON.stringify(actual)?.slice(0, 200)}`);
      return;
    }
    expected.forEach((item, i) => {
      compare(item, actual[i], [...path, String(i)], parent, errors);
    });
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      errors.push(`${where}: expected an object, got ${JSON.stringify(actual)}`);
      return;
    }
    for (const [key, value] of Object.entries(expected)) compare(value, actual[key], [...path, key], expected, errors);
    return;
  }
  if (typeof expected === 'number' && typeof actual === 'number') {
    const rel = toleranceFor(path, parent);
    const diff = Math.abs(actual - expected);
    const ok = rel === 0 ? actual === expected : diff <= rel * Math.abs(expected) || diff <= 1e-15;
    if (!ok)
      errors.push(`${where}: expected ${expected}, got ${actual} (rel ${diff / Math.abs(expected)}, tol ${rel})`);
    return;
  }
  if (expected !== actual) errors.push(`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

describe.each(['small', 'medium'])('oracle data set %s', (name) => {
  const expected = loadOracleExpected(name) as { [key: string]: Json };
  const pair = loadOraclePair(name);
  const results = new Map<string, ColumnDriftResult>(
    pair.columns.map(([column, input]) => [column, analyzeColumn(column, input)]),
  );
  const actual = JSON.parse(
    JSON.stringify(
      {
        inputs: { rows_reference: pair.rowsReference, rows_current: pair.rowsCurrent },
        schema: { only_in_reference: pair.onlyInReference, only_in_current: pair.onlyInCurrent },
        columns: Object.fromEntries(results),
        dataset: summarizeDataset(results),
      },
      driftJsonReplacer,
    ),
  ) as { [key: string]: Json };

  test('holds every column the oracle has, and no other', () => {
    expect(Object.keys(actual.columns as object)).toEqual(Object.keys(expected.columns as object));
  });

  test.each(Object.keys(expected.columns as object))('column %s matches every oracle number', (column) => {
    const errors: string[] = [];
    const exp = (expected.columns as Record<string, Json>)[column] as Json;
    compare(exp, (actual.columns as Record<string, Json>)[column], ['columns', column], {}, errors);
    expect(errors).toEqual([]);
  });

  test('dataset verdict, multiple testing, schema and row counts match', () => {
    const errors: string[] = [];
    compare(expected.dataset as Json, actual.dataset, ['dataset'], {}, errors);
    compare(expected.schema as Json, actual.schema, ['schema'], {}, errors);
    const inputs = expected.inputs as Record<string, Json>;
    compare(
      inputs.rows_reference as Json,
      (actual.inputs as Record<string, Json>).rows_reference,
      ['inputs', 'rows_reference'],
      {},
      errors,
    );
    compare(
      inputs.rows_current as Json,
      (actual.inputs as Record<string, Json>).rows_current,
      ['inputs', 'rows_current'],
      {},
      errors,
    );
    expect(errors).toEqual([]);
  });
});
