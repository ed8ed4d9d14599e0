/**
 * PSI over N quantile bins of the reference (psi-bins: quantile:N): the statistics module's
 * reference-quantile PSI with N bins; with N = 10 this is the oracle's `psi_quantile10`.
 */
import type { PsiQuantileReport } from './drift-report.js';
import { psiDeciles, sortedCopy } from './stats/index.js';

/** Both samples finite and non-empty; `bins` ≥ 2. */
export function psiQuantile(reference: Float64Array, current: Float64Array, bins: number): PsiQuantileReport {
  const result = psiDeciles(sortedCopy(reference), sortedCopy(current), bins);
  return {
    value: result.value,
    n_bins: result.n_bins,
    interior_edges: result.interior_edges,
    ref_counts: result.ref_counts,
    cur_counts: result.cur_counts,
  };
}
