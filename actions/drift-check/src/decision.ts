/**
 * The verdict per column and for the data set under the user's settings: which test decides (Evidently's
 * automatic choice, or the test set for the column's type), its threshold (Evidently's default unless set),
 * the multiple-testing correction of p-values across columns, and the share of drifted columns.
 *
 * Comparisons follow Evidently: KS drifts when p ≤ threshold, chi-square and z when p < threshold, the
 * distances (PSI, normed Wasserstein, Jensen–Shannon) when the distance ≥ threshold.
 */
import type { ColumnDecision, DatasetDecision, PsiQuantileReport } from './drift-report.js';
import { type DriftSettings, type DriftTestName, PVALUE_TESTS } from './settings.js';
import type { ColumnDriftResult, EvidentlyDefaultResult } from './stats/index.js';

const FROM_EVIDENTLY: Record<EvidentlyDefaultResult['test'], DriftTestName> = {
  ks: 'ks',
  chisquare: 'chi2',
  z: 'z',
  wasserstein: 'wasserstein',
  jensenshannon: 'js',
};

export interface DecisionInput {
  name: string;
  result: ColumnDriftResult;
  psiQuantile?: PsiQuantileReport;
}

/** The test that decides a column, and its uncorrected score. */
function chooseTest(
  { name, result, psiQuantile }: DecisionInput,
  settings: DriftSettings,
): { test: DriftTestName; chosenBy: 'auto' | 'settings'; score: number } {
  const chosen = result.type === 'numeric' ? settings.tests.numeric : settings.tests.categorical;
  const auto = result.evidently_default;
  if (!auto) throw new Error(`column ${name} has no test result (${result.skipped ?? 'no values'})`);
  const test = chosen === 'auto' ? FROM_EVIDENTLY[auto.test] : chosen;
  const chosenBy = chosen === 'auto' ? 'auto' : 'settings';
  return { test, chosenBy, score: scoreOf(name, result, test, psiQuantile) };
}

function scoreOf(
  name: string,
  result: ColumnDriftResult,
  test: DriftTestName,
  psiQuantile?: PsiQuantileReport,
): number {
  const missing = (): never => {
    throw new Error(`column ${name}: the ${test} result is missing for a ${result.type} column`);
  };
  switch (test) {
    case 'ks':
      return result.type === 'numeric' && result.ks ? result.ks.pvalue_auto : missing();
    case 'chi2':
      return result.chi2 ? result.chi2.evidently_gof.pvalue : missing();
    case 'z':
      return result.z_test ? result.z_test.pvalue : missing();
    case 'psi':
      // Quantile bins are for numbers; categories keep one bin per category.
      if (psiQuantile) return psiQuantile.value;
      return result.psi_evidently ? result.psi_evidently.value : missing();
    case 'wasserstein':
      return result.type === 'numeric' && result.wasserstein ? result.wasserstein.normed_evidently : missing();
    case 'js':
      return result.jensenshannon_evidently ? result.jensenshannon_evidently.distance : missing();
  }
}

function drifted(test: DriftTestName, score: number, threshold: number): boolean {
  if (Number.isNaN(score)) return false;
  if (test === 'ks') return score <= threshold;
  if (PVALUE_TESTS.has(test)) return score < threshold;
  return score >= threshold;
}

/**
 * Adjusted p-values, in the input order: Bonferroni min(1, m·p); Benjamini–Hochberg
 * min over j ≥ i of min(1, m·p_(j)/j) with p sorted ascending (statsmodels' `fdr_bh`).
 */
export function adjustPvalues(pvalues: readonly number[], method: 'bonferroni' | 'fdr'): number[] {
  const m = pvalues.length;
  if (method === 'bonferroni') return pvalues.map((p) => Math.min(1, p * m));
  const order = pvalues.map((_, i) => i).sort((a, b) => (pvalues[a] as number) - (pvalues[b] as number));
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1] as number;
    running = Math.min(running, ((pvalues[index] as number) * m) / rank);
    adjusted[index] = Math.min(1, running);
  }
  return adjusted;
}

/** Verdicts for every column (same order as given) and for the data set. */
export function decideDrift(
  columns: readonly DecisionInput[],
  settings: DriftSettings,
): { columns: ColumnDecision[]; dataset: DatasetDecision } {
  const chosen = columns.map((column) => chooseTest(column, settings));
  const corrected = new Map<number, number>();
  if (settings.correction !== 'none') {
    const tested = chosen.map((c, i) => [c, i] as const).filter(([c]) => PVALUE_TESTS.has(c.test));
    const adjusted = adjustPvalues(
      tested.map(([c]) => c.score),
      settings.correction,
    );
    tested.forEach(([, i], k) => {
      corrected.set(i, adjusted[k] as number);
    });
  }
  const decisions = chosen.map(({ test, chosenBy, score }, i): ColumnDecision => {
    const threshold = settings.thresholds[test];
    const correctedPvalue = corrected.get(i);
    const decision: ColumnDecision = {
      test,
      chosen_by: chosenBy,
      kind: PVALUE_TESTS.has(test) ? 'p_value' : 'distance',
      score,
      threshold,
      drift: drifted(test, correctedPvalue ?? score, threshold),
    };
    if (correctedPvalue !== undefined) {
      // keep `drift` last, after the figure it was decided on
      const { drift, ...rest } = decision;
      return { ...rest, corrected_pvalue: correctedPvalue, drift };
    }
    return decision;
  });
  const driftedColumns = columns.filter((_, i) => decisions[i]?.drift).map((c) => c.name);
  const share = columns.length === 0 ? 0 : driftedColumns.length / columns.length;
  return {
    columns: decisions,
    dataset: {
      n_columns: columns.length,
      n_drifted: driftedColumns.length,
      drifted_columns: driftedColumns,
      share,
      drift_share: settings.driftShare,
      dataset_drift: columns.length > 0 && share >= settings.driftShare,
      correction: settings.correction,
    },
  };
}
