/**
 * First Wasserstein distance between two empirical distributions, as
 * scipy.stats.wasserstein_distance (scipy/stats/_stats_py.py `_cdf_distance`, p = 1; computed
 * in the pooled walk):
 *   W1 = Σ_k |F_x(z_k) − F_y(z_k)|·(z_{k+1} − z_k) over the sorted pooled values z,
 * and Evidently's normed version W1 / max(σ_ref, 0.001) with the population standard
 * deviation of the reference (evidently/calculations/stattests/wasserstein_distance_norm.py).
 * Drift iff the normed value ≥ 0.1.
 */

import { numpySum } from './numpy-sum.js';
import { overflowScale, scaled } from './overflow-scale.js';
import { walkPooled } from './pooled-walk.js';

export const WASSERSTEIN_THRESHOLD = 0.1;

export interface WassersteinResult {
  distance: number;
  ref_std_ddof0: number;
  normed_evidently: number;
}

/** W1 of two ascending, non-empty samples. */
export function wassersteinDistance(x: Float64Array, y: Float64Array): number {
  return walkPooled(x, y).wasserstein;
}

/**
 * Population standard deviation (ddof = 0) as numpy computes it: the mean by np.sum, then the
 * mean squared deviation. The squares are summed with Neumaier's compensated sum rather than
 * numpy's pairwise one (no n-sized buffer); the two agree to numpy's rounding error.
 */
export function populationStd(values: Float64Array): number {
  const scale = overflowScale(values);
  return unscaledPopulationStd(scaled(values, scale)) / scale;
}

function unscaledPopulationStd(values: Float64Array): number {
  const n = values.length;
  const mean = numpySum(values) / n;
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - mean;
    const term = d * d;
    const s = sum + term;
    compensation += sum >= term ? sum - s + term : term - s + sum;
    sum = s;
  }
  return Math.sqrt((sum + compensation) / n);
}

/**
 * W1 and Evidently's normed W1 from the distance and the reference in its original order
 * (numpy sums the mean in array order).
 */
export function wassersteinEvidently(distance: number, reference: Float64Array): WassersteinResult {
  const std = populationStd(reference);
  return { distance, ref_std_ddof0: std, normed_evidently: distance / Math.max(std, 0.001) };
}
