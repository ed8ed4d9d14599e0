/**
 * The per-column and per-dataset drift results. Field names and nesting follow the oracle
 * files (shared/oracle/expected_*.json) so a report can be compared with scipy/Evidently key by
 * key. Numbers may be ±Infinity (a χ² with a new category) or NaN: serialise with
 * `driftJsonReplacer` to get the oracle's "Infinity" / null.
 */

import type { ColumnType, EvidentlyTestName } from './auto-test.js';
import type { Chi2Result } from './chi2.js';
import type { JensenShannonResult } from './jensen-shannon.js';
import type { KsResult } from './ks.js';
import type { MultipleTestingResult } from './multiple-testing.js';
import type { PsiDecilesResult, PsiEvidentlyResult } from './psi.js';
import type { WassersteinResult } from './wasserstein.js';
import type { ZTestResult } from './z-test.js';

export interface EvidentlyDefaultResult {
  test: EvidentlyTestName;
  /** Reference values after dropping missing ones (Evidently's "reference rows"). */
  n_ref: number;
  n_unique_combined: number;
  /** p-value (ks, chisquare, z) or distance (wasserstein, jensenshannon). */
  score: number;
  threshold: number;
  drift: boolean;
}

interface ColumnResultBase {
  type: ColumnType;
  n_ref: number;
  n_cur: number;
  missing_ref: number;
  missing_cur: number;
  nunique_ref: number;
  nunique_cur: number;
  nunique_combined: number;
  psi_evidently?: PsiEvidentlyResult;
  chi2?: Chi2Result;
  z_test?: ZTestResult;
  jensenshannon_evidently?: JensenShannonResult;
  /** null when one side has no values: no test can run, and the column counts as not tested. */
  evidently_default: EvidentlyDefaultResult | null;
  /** Why the tests were skipped, e.g. "current has no values". */
  skipped?: string;
}

export interface NumericColumnResult extends ColumnResultBase {
  type: 'numeric';
  nonfinite_ref: number;
  nonfinite_cur: number;
  ks?: KsResult;
  psi_quantile10?: PsiDecilesResult;
  wasserstein?: WassersteinResult;
}

export interface CategoricalColumnResult extends ColumnResultBase {
  type: 'categorical';
}

export type ColumnDriftResult = NumericColumnResult | CategoricalColumnResult;

export interface DatasetDriftResult {
  evidently_default: {
    /** Columns with a verdict (columns empty on one side are not counted). */
    n_columns: number;
    n_drifted: number;
    drifted_columns: string[];
    share: number;
    drift_share_threshold: number;
    dataset_drift: boolean;
  };
  /** Corrections over the numeric columns' KS p-values (method auto, and asymptotic). */
  ks_multiple_testing_pvalue_auto: MultipleTestingResult;
  ks_multiple_testing_pvalue_asymp: MultipleTestingResult;
}

/** JSON.stringify replacer: NaN → null, ±Infinity → "Infinity" / "-Infinity" (the oracle's encoding). */
export function driftJsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    if (Number.isNaN(value)) return null;
    return value > 0 ? 'Infinity' : '-Infinity';
  }
  return value;
}
