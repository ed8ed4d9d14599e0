/**
 * The dataset-level verdict over per-column results: Evidently's share of drifted columns
 * (drift iff ≥ 0.5), plus Bonferroni / Benjamini–Hochberg over the numeric columns' KS p-values.
 */

import { DATASET_DRIFT_SHARE, datasetDrift } from './auto-test.js';
import type { ColumnDriftResult, DatasetDriftResult } from './drift-result.js';
import { multipleTesting } from './multiple-testing.js';

/** Columns in report order (a Map, or Object.entries of a record). */
export function summarizeDataset(
  columns: Iterable<readonly [string, ColumnDriftResult]>,
  alpha = 0.05,
): DatasetDriftResult {
  let nColumns = 0;
  const drifted: string[] = [];
  const pAuto: [string, number][] = [];
  const pAsymp: [string, number][] = [];
  for (const [name, result] of columns) {
    if (result.evidently_default) {
      nColumns++;
      if (result.evidently_default.drift) drifted.push(name);
    }
    if (result.type === 'numeric' && result.ks) {
      pAuto.push([name, result.ks.pvalue_auto]);
      pAsymp.push([name, result.ks.pvalue_asymp]);
    }
  }
  return {
    evidently_default: {
      n_columns: nColumns,
      n_drifted: drifted.length,
      drifted_columns: drifted,
      ...shareOf(drifted.length, nColumns),
    },
    ks_multiple_testing_pvalue_auto: multipleTesting(pAuto, alpha),
    ks_multiple_testing_pvalue_asymp: multipleTesting(pAsymp, alpha),
  };
}

function shareOf(nDrifted: number, nColumns: number) {
  const { share, dataset_drift } = datasetDrift(nDrifted, nColumns);
  return { share, drift_share_threshold: DATASET_DRIFT_SHARE, dataset_drift };
}
