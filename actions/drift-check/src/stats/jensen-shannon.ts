/**
 * Jensen–Shannon distance as scipy.spatial.distance.jensenshannon computes it:
 * p and q are normalised to sum 1, M = (p + q)/2, JS = √((KL(p‖M) + KL(q‖M))/2) with
 * natural logarithms unless a base is given. Evidently applies it to its PSI bins without
 * the zero fill (evidently/calculations/stattests/jensenshannon.py); drift iff JS ≥ 0.1.
 */

import type { Bins } from './binning.js';
import { numpySum } from './numpy-sum.js';

export const JENSEN_SHANNON_THRESHOLD = 0.1;

export interface JensenShannonResult {
  distance: number;
  distance_base2: number;
}

/** scipy.special.rel_entr: x·ln(x/y), 0 for x = 0, ∞ when y = 0 < x. */
function relativeEntropy(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Number.POSITIVE_INFINITY;
}

/** JS divergence (before the square root and the division by 2), natural log. */
function jensenShannonSum(p: Float64Array, q: Float64Array): number {
  const pSum = numpySum(p);
  const qSum = numpySum(q);
  const left = new Float64Array(p.length);
  const right = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const pi = (p[i] as number) / pSum;
    const qi = (q[i] as number) / qSum;
    const mi = (pi + qi) / 2.0;
    left[i] = relativeEntropy(pi, mi);
    right[i] = relativeEntropy(qi, mi);
  }
  return numpySum(left) + numpySum(right);
}

/** scipy.spatial.distance.jensenshannon(p, q, base). */
export function jensenShannonDistance(p: Float64Array, q: Float64Array, base?: number): number {
  let js = jensenShannonSum(p, q);
  if (base !== undefined) js /= Math.log(base);
  return Math.sqrt(js / 2.0);
}

/** Evidently's Jensen–Shannon distance on its bins (raw proportions). */
export function jensenShannonEvidently(bins: Bins): JensenShannonResult {
  const js = jensenShannonSum(bins.refPercents, bins.curPercents);
  return { distance: Math.sqrt(js / 2.0), distance_base2: Math.sqrt(js / Math.log(2) / 2.0) };
}
