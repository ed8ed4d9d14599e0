/**
 * Family-wise corrections for the per-column KS p-values, as statsmodels' `multipletests`
 * applies them: Bonferroni rejects p ≤ α/m; Benjamini–Hochberg (1995) rejects the k smallest
 * p-values, k the largest rank with p_(k) ≤ (k/m)·α. Testing many columns at α = 0.05 each
 * flags some column by chance; these say whether the evidence survives that.
 */

export interface MultipleTestingResult {
  alpha: number;
  n_tests: number;
  bonferroni_threshold: number;
  bonferroni_rejected: string[];
  bonferroni_drift: boolean;
  bh_rejected: string[];
  bh_drift: boolean;
  uncorrected_rejected: string[];
}

/** Corrections over named p-values, in the given order (rejected names keep that order). */
export function multipleTesting(tests: ReadonlyArray<readonly [string, number]>, alpha = 0.05): MultipleTestingResult {
  const m = tests.length;
  const bonferroniThreshold = m > 0 ? alpha / m : alpha;
  const bonferroni = tests.filter(([, p]) => p <= bonferroniThreshold).map(([name]) => name);
  const uncorrected = tests.filter(([, p]) => p <= alpha).map(([name]) => name);

  const order = tests.map((_, index) => index).sort((a, b) => (tests[a]?.[1] ?? 0) - (tests[b]?.[1] ?? 0));
  let cutoff = -1;
  order.forEach((index, rank) => {
    if ((tests[index]?.[1] ?? Number.NaN) <= ((rank + 1) / m) * alpha) cutoff = rank;
  });
  const bhSet = new Set(order.slice(0, cutoff + 1));
  const bh = tests.filter((_, index) => bhSet.has(index)).map(([name]) => name);

  return {
    alpha,
    n_tests: m,
    bonferroni_threshold: bonferroniThreshold,
    bonferroni_rejected: bonferroni,
    bonferroni_drift: bonferroni.length > 0,
    bh_rejected: bh,
    bh_drift: bh.length > 0,
    uncorrected_rejected: uncorrected,
  };
}
