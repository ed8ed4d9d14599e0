/**
 * Evidently's automatic choice of drift test per column and its dataset verdict
 * (evidently/calculations/stattests/registry.py `_get_default_stattest`; DataDriftPreset):
 * - reference with ≤ 1000 values: KS (drift iff p ≤ 0.05) for numeric columns with more than
 *   5 distinct pooled values; otherwise chi-square (p < 0.05), or the z-test (p < 0.05) when
 *   at most 2 distinct values;
 * - larger references: normed Wasserstein (≥ 0.1) for numeric columns with more than 5 distinct
 *   pooled values, Jensen–Shannon (≥ 0.1) for everything else;
 * - the dataset drifts when the share of drifted columns is at least 0.5.
 * "Reference rows" are the reference's values after dropping missing ones, as Evidently counts them.
 */

export type ColumnType = 'numeric' | 'categorical';
export type EvidentlyTestName = 'ks' | 'chisquare' | 'z' | 'wasserstein' | 'jensenshannon';

export const SMALL_REFERENCE_MAX_ROWS = 1000;
export const NUMERIC_MIN_DISTINCT = 6;
export const DATASET_DRIFT_SHARE = 0.5;

export interface EvidentlyTestChoice {
  test: EvidentlyTestName;
  threshold: number;
  /** Whether a score at exactly the threshold counts as drift, and which side drifts. */
  drifted: (score: number) => boolean;
}

const CHOICES: Record<EvidentlyTestName, EvidentlyTestChoice> = {
  ks: { test: 'ks', threshold: 0.05, drifted: (p) => p <= 0.05 },
  chisquare: { test: 'chisquare', threshold: 0.05, drifted: (p) => p < 0.05 },
  z: { test: 'z', threshold: 0.05, drifted: (p) => p < 0.05 },
  wasserstein: { test: 'wasserstein', threshold: 0.1, drifted: (d) => d >= 0.1 },
  jensenshannon: { test: 'jensenshannon', threshold: 0.1, drifted: (d) => d >= 0.1 },
};

/** The test Evidently runs on a column with `nRef` reference values and `nUniqueCombined` pooled distinct values. */
export function chooseEvidentlyTest(type: ColumnType, nRef: number, nUniqueCombined: number): EvidentlyTestChoice {
  const manyValues = type === 'numeric' && nUniqueCombined >= NUMERIC_MIN_DISTINCT;
  if (nRef <= SMALL_REFERENCE_MAX_ROWS) {
    if (manyValues) return CHOICES.ks;
    return nUniqueCombined > 2 ? CHOICES.chisquare : CHOICES.z;
  }
  return manyValues ? CHOICES.wasserstein : CHOICES.jensenshannon;
}

/** Evidently's dataset verdict from the number of drifted and tested columns. */
export function datasetDrift(nDrifted: number, nColumns: number): { share: number; dataset_drift: boolean } {
  const share = nColumns === 0 ? 0 : nDrifted / nColumns;
  return { share, dataset_drift: nColumns > 0 && share >= DATASET_DRIFT_SHARE };
}
