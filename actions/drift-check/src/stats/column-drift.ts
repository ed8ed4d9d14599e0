/**
 * Every drift statistic for one column pair, in the oracle's result shape: the entry point
 * the report and the action build on. Numeric samples are sorted once; every statistic then
 * works on the sorted copies in linear passes (plus a few binary searches).
 */

import { chooseEvidentlyTest } from './auto-test.js';
import { distinctValueBins, evidentlyNumericBins, STURGES_MIN_DISTINCT_REF } from './binning.js';
import { chi2Tests } from './chi2.js';
import {
  type CountTable,
  categoricalCountTable,
  countCategories,
  countDistinctPooled,
  countDistinctSorted,
  numericCountTable,
} from './count-table.js';
import type {
  CategoricalColumnResult,
  ColumnDriftResult,
  EvidentlyDefaultResult,
  NumericColumnResult,
} from './drift-result.js';
import { jensenShannonEvidently } from './jensen-shannon.js';
import { ksTwoSample } from './ks.js';
import { walkPooled } from './pooled-walk.js';
import { psiDeciles, psiEvidently } from './psi.js';
import { sortedCopy } from './sort-float64.js';
import { wassersteinEvidently } from './wasserstein.js';
import { zTestEvidently } from './z-test.js';

/**
 * A numeric column: finite values only. Readers drop missing cells (`missingRef`/`missingCur`:
 * cells holding a missing token) and non-finite ones (`nonfiniteRef`/`nonfiniteCur`: ±inf) and
 * count them separately; the result's `missing_*` is their sum (every dropped cell, as the
 * oracle reports it) and `nonfinite_*` the ±inf part.
 */
export interface NumericColumnInput {
  type: 'numeric';
  reference: Float64Array;
  current: Float64Array;
  missingRef?: number;
  missingCur?: number;
  nonfiniteRef?: number;
  nonfiniteCur?: number;
}

/** A categorical column: its values, or how often each value occurs; missing cells dropped. */
export interface CategoricalColumnInput {
  type: 'categorical';
  reference: readonly string[] | ReadonlyMap<string, number>;
  current: readonly string[] | ReadonlyMap<string, number>;
  missingRef?: number;
  missingCur?: number;
}

export type ColumnInput = NumericColumnInput | CategoricalColumnInput;

function checkFinite(column: string, side: string, values: Float64Array): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) {
      throw new RangeError(
        `column "${column}": ${side} value #${i} is ${v}; drop missing and non-finite values (and count them) before the statistics`,
      );
    }
  }
}

function checkCount(column: string, side: string, key: string, count: number): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(
      `column "${column}": ${side} count of category "${key}" is ${count}; counts must be whole numbers ≥ 0`,
    );
  }
}

function checkCounts(column: string, side: string, counts: ReadonlyMap<string, number>): void {
  for (const [key, count] of counts) checkCount(column, side, key, count);
}

function checkMissing(column: string, name: string, value: number | undefined): number {
  const count = value ?? 0;
  checkCount(column, 'the', name, count);
  return count;
}

function emptySide(nRef: number, nCur: number): string | undefined {
  if (nRef === 0 && nCur === 0) return 'reference and current have no values';
  if (nRef === 0) return 'reference has no values';
  if (nCur === 0) return 'current has no values';
  return undefined;
}

function evidentlyDefault(
  type: 'numeric' | 'categorical',
  nRef: number,
  nUniqueCombined: number,
  score: (test: EvidentlyDefaultResult['test']) => number,
): EvidentlyDefaultResult {
  const choice = chooseEvidentlyTest(type, nRef, nUniqueCombined);
  const value = score(choice.test);
  return {
    test: choice.test,
    n_ref: nRef,
    n_unique_combined: nUniqueCombined,
    score: value,
    threshold: choice.threshold,
    drift: choice.drifted(value),
  };
}

function analyzeNumeric(name: string, input: NumericColumnInput): NumericColumnResult {
  checkFinite(name, 'reference', input.reference);
  checkFinite(name, 'current', input.current);
  const x = sortedCopy(input.reference);
  const y = sortedCopy(input.current);
  const walk = x.length > 0 && y.length > 0 ? walkPooled(x, y) : undefined;
  const nuniqueRef = walk ? walk.distinctRef : countDistinctSorted(x);
  const nuniqueCombined = walk ? walk.distinctPooled : countDistinctPooled(x, y);
  const nonfiniteRef = checkMissing(name, 'nonfiniteRef', input.nonfiniteRef);
  const nonfiniteCur = checkMissing(name, 'nonfiniteCur', input.nonfiniteCur);
  const result: NumericColumnResult = {
    type: 'numeric',
    n_ref: x.length,
    n_cur: y.length,
    missing_ref: checkMissing(name, 'missingRef', input.missingRef) + nonfiniteRef,
    missing_cur: checkMissing(name, 'missingCur', input.missingCur) + nonfiniteCur,
    nonfinite_ref: nonfiniteRef,
    nonfinite_cur: nonfiniteCur,
    nunique_ref: nuniqueRef,
    nunique_cur: walk ? walk.distinctCur : countDistinctSorted(y),
    nunique_combined: nuniqueCombined,
    evidently_default: null,
  };
  if (!walk) {
    result.skipped = emptySide(x.length, y.length);
    return result;
  }

  const needsTable = nuniqueRef < STURGES_MIN_DISTINCT_REF || nuniqueCombined <= 5;
  const table = needsTable ? numericCountTable(x, y) : undefined;
  const bins = evidentlyNumericBins(x, y, nuniqueRef, table);
  result.ks = ksTwoSample(x, y, walk.ks);
  result.psi_evidently = psiEvidently(bins);
  result.psi_quantile10 = psiDeciles(x, y);
  result.wasserstein = wassersteinEvidently(walk.wasserstein, input.reference);
  result.jensenshannon_evidently = jensenShannonEvidently(bins);
  const ks = result.ks;
  const wasserstein = result.wasserstein;
  const js = result.jensenshannon_evidently;
  result.evidently_default = evidentlyDefault('numeric', x.length, nuniqueCombined, (test) => {
    switch (test) {
      case 'ks':
        return ks.pvalue_auto;
      case 'wasserstein':
        return wasserstein.normed_evidently;
      case 'jensenshannon':
        return js.distance;
      default:
        return smallTableScore(result, table as CountTable, test);
    }
  });
  return reorder(result);
}

/** Runs the chi-square or z-test a small column needs, records it on the result, returns its p-value. */
function smallTableScore(result: ColumnDriftResult, table: CountTable, test: 'chisquare' | 'z'): number {
  if (test === 'z') {
    result.z_test = zTestEvidently(table);
    return result.z_test.pvalue;
  }
  result.chi2 ??= chi2Tests(table);
  return result.chi2.evidently_gof.pvalue;
}

function toCounts(values: readonly string[] | ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  return values instanceof Map ? values : countCategories(values as readonly string[]);
}

function analyzeCategorical(name: string, input: CategoricalColumnInput): CategoricalColumnResult {
  const refCounts = toCounts(input.reference);
  const curCounts = toCounts(input.current);
  checkCounts(name, 'reference', refCounts);
  checkCounts(name, 'current', curCounts);
  const table = categoricalCountTable(refCounts, curCounts);
  const result: CategoricalColumnResult = {
    type: 'categorical',
    n_ref: table.nRef,
    n_cur: table.nCur,
    missing_ref: checkMissing(name, 'missingRef', input.missingRef),
    missing_cur: checkMissing(name, 'missingCur', input.missingCur),
    nunique_ref: table.ref.filter((c) => c > 0).length,
    nunique_cur: table.cur.filter((c) => c > 0).length,
    nunique_combined: table.keys.length,
    evidently_default: null,
  };
  const skipped = emptySide(table.nRef, table.nCur);
  if (skipped) {
    result.skipped = skipped;
    return result;
  }
  const bins = distinctValueBins(table);
  result.psi_evidently = psiEvidently(bins);
  result.chi2 = chi2Tests(table);
  result.jensenshannon_evidently = jensenShannonEvidently(bins);
  const js = result.jensenshannon_evidently;
  result.evidently_default = evidentlyDefault('categorical', table.nRef, table.keys.length, (test) =>
    test === 'jensenshannon' ? js.distance : smallTableScore(result, table, test as 'chisquare' | 'z'),
  );
  return reorder(result);
}

const KEY_ORDER = [
  'type',
  'n_ref',
  'n_cur',
  'missing_ref',
  'missing_cur',
  'nonfinite_ref',
  'nonfinite_cur',
  'nunique_ref',
  'nunique_cur',
  'nunique_combined',
  'ks',
  'psi_evidently',
  'psi_quantile10',
  'chi2',
  'z_test',
  'wasserstein',
  'jensenshannon_evidently',
  'evidently_default',
  'skipped',
];

/** The oracle's key order, so serialised reports diff cleanly against it. */
function reorder<T extends ColumnDriftResult>(result: T): T {
  const source = result as unknown as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (source[key] !== undefined) ordered[key] = source[key];
  return ordered as unknown as T;
}

/**
 * Every drift statistic for one column: KS (exact/asymptotic), PSI (Evidently bins and deciles),
 * Wasserstein, Jensen–Shannon, chi-square / z-test where they apply, and Evidently's default
 * test with its verdict. `name` is used in error messages only.
 */
export function analyzeColumn(name: string, input: ColumnInput): ColumnDriftResult {
  return input.type === 'numeric' ? analyzeNumeric(name, input) : analyzeCategorical(name, input);
}
