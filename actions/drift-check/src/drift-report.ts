/**
 * The drift report: plain, serialisable data, the same in the action, the CLI and the tests, and the
 * JSON written to `report-path` (documented in docs/drift-report.md). Every figure the oracle holds keeps
 * the oracle's name and nesting (`columns.<name>.ks.pvalue_auto`, `dataset.evidently_default.share`, …);
 * beside them: the verdict under the user's settings (`decision`), effect sizes, schema changes, category
 * changes, missing shares and run metadata. Numbers may be NaN or ±∞: serialise with `reportJson`.
 */
import type { ColumnKind, DataFormat } from './read/index.js';
import type { Correction, DriftTestName } from './settings.js';
import type { ColumnDriftResult, DatasetDriftResult } from './stats/index.js';

/** Bumped when a field changes meaning or is removed; adding fields keeps the version. */
export const DRIFT_REPORT_SCHEMA_VERSION = 1;

export interface DriftReport {
  schema_version: typeof DRIFT_REPORT_SCHEMA_VERSION;
  generator: { name: string; version: string };
  /** ISO 8601; when the comparison ran. */
  generated_at: string;
  inputs: ReportInputs;
  settings: ReportSettings;
  schema: SchemaChanges;
  /** Compared columns, in the reference's column order. */
  columns: Record<string, ColumnReport>;
  dataset: DatasetReport;
}

export interface TableSummary {
  /** The path or glob given. */
  source: string;
  files: string[];
  format: DataFormat;
  /** Rows compared (after sampling). */
  rows: number;
  /** Data rows in the files. */
  rows_read: number;
  sampled: boolean;
}

export interface ReportInputs {
  reference: TableSummary;
  current: TableSummary;
  /** The oracle's names for the rows compared. */
  rows_reference: number;
  rows_current: number;
}

export interface ReportSettings {
  columns: string[] | null;
  exclude_columns: string[];
  column_types: Record<string, ColumnKind>;
  tests: { numeric: string; categorical: string };
  thresholds: Record<DriftTestName, number>;
  drift_share: number;
  psi_bins: string;
  correction: Correction;
  sample: { rows: number; seed: number } | null;
}

export interface SchemaChanges {
  only_in_reference: string[];
  only_in_current: string[];
  /** Numeric on one side, text on the other: compared as categories. */
  type_changes: { column: string; reference: ColumnKind; current: ColumnKind; example: string | null }[];
  /** Set aside by exclude-columns. */
  excluded: string[];
  /** Columns with no value on a side (every cell missing): not compared. */
  empty_columns: { column: string; side: 'reference' | 'current' | 'both' }[];
}

/** The verdict for one column under the user's settings. */
export interface ColumnDecision {
  test: DriftTestName;
  /** `auto`: Evidently's choice for the column; `settings`: the test set for its type. */
  chosen_by: 'auto' | 'settings';
  /** p_value: drift when the (corrected) p-value is below the threshold; distance: when at or above it. */
  kind: 'p_value' | 'distance';
  score: number;
  threshold: number;
  /** The p-value after the multiple-testing correction (p-value tests, correction not none). */
  corrected_pvalue?: number;
  drift: boolean;
}

export interface NumericEffectSize {
  mean_ref: number;
  mean_cur: number;
  std_ref: number;
  std_cur: number;
  /** (mean_cur − mean_ref) / pooled standard deviation (Cohen's d); NaN when both sides are constant. */
  standardized_mean_difference: number;
  /** The KS statistic: the largest gap between the two empirical CDFs. */
  ks_statistic: number;
  /** Wasserstein distance in reference standard deviations (Evidently's normed value). */
  wasserstein_normed: number;
}

export interface CategoricalEffectSize {
  /** ½ Σ |share_ref − share_cur| over categories: the share of rows that would have to change category. */
  total_variation: number;
  /** The category whose share moved most. */
  largest_shift: { category: string; ref_share: number; cur_share: number } | null;
  jensenshannon_distance: number;
}

export interface CategoryChanges {
  /** Categories only in the current data (up to 50, most frequent first), and how many there are. */
  new: { category: string; count: number }[];
  n_new: number;
  /** Categories only in the reference (up to 50, most frequent first). */
  vanished: { category: string; count: number }[];
  n_vanished: number;
}

/** PSI over N reference quantile bins (psi-bins: quantile:N), drift iff ≥ the psi threshold. */
export interface PsiQuantileReport {
  value: number;
  n_bins: number;
  interior_edges: number[];
  ref_counts: number[];
  cur_counts: number[];
}

export type ColumnReport = ColumnDriftResult & {
  missing_share_ref: number;
  missing_share_cur: number;
  psi_quantile?: PsiQuantileReport;
  effect_size: NumericEffectSize | CategoricalEffectSize;
  categories?: CategoryChanges;
  decision: ColumnDecision;
};

export interface DatasetDecision {
  /** Columns with a verdict. */
  n_columns: number;
  n_drifted: number;
  drifted_columns: string[];
  share: number;
  drift_share: number;
  dataset_drift: boolean;
  correction: Correction;
}

export type DatasetReport = DatasetDriftResult & { decision: DatasetDecision };
