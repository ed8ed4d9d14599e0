/**
 * Kolmogorov's limiting distribution of √n·D_n (scipy.special.kolmogorov / kolmogc,
 * scipy.stats.kstwobign), ported from scipy/special/cephes/kolmogorov.c (P. van Mulbregt, 2018):
 *   K(x) = P(√n·D_n ≤ x) = 1 − 2 Σ_{k≥1} (−1)^{k−1} e^{−2k²x²}
 *        = (√(2π)/x) Σ_{k≥1} e^{−(2k−1)²π²/(8x²)},
 * the second (Jacobi theta) series below x = 0.82, the first above; each needs at most four terms.
 * Ref: van Mulbregt, "Computing the CDF and quantiles of the limit of the two-sided KS statistic",
 * arXiv:1803.00426.
 */

import { clip01 } from './clip-probability.js';

const KOLMOG_CUTOVER = 0.82;
// exp() of anything below -708-38 is 0 in double precision; below this x the CDF is 0.
const X_ZERO_CDF = Math.PI / Math.sqrt((708 + 38) * 8);

interface KolmogorovProbabilities {
  sf: number;
  cdf: number;
}

function kolmogorovBoth(x: number): KolmogorovProbabilities {
  if (Number.isNaN(x)) return { sf: Number.NaN, cdf: Number.NaN };
  if (x <= 0 || x <= X_ZERO_CDF) return { sf: 1, cdf: 0 };
  if (x <= KOLMOG_CUTOVER) {
    // u = e^{−π²/(8x²)}, w = √(2π)/x: P = w·u·(1 + u^8 + u^24 + …)
    const w = Math.sqrt(2 * Math.PI) / x;
    const logu8 = (-Math.PI * Math.PI) / (x * x);
    const u = Math.exp(logu8 / 8);
    let cdf: number;
    if (u === 0) {
      cdf = Math.exp(logu8 / 8 + Math.log(w));
    } else {
      const u8 = Math.exp(logu8);
      const u8cub = u8 ** 3;
      let p = 1.0;
      p = 1 + u8cub * p;
      p = 1 + u8 * u8 * p;
      p = 1 + u8 * p;
      cdf = w * u * p;
    }
    return { sf: clip01(1 - cdf), cdf: clip01(cdf) };
  }
  // v = e^{−2x²}: P = 2v(1 − v³(1 − v⁵(1 − v⁷(…))))
  const v = Math.exp(-2 * x * x);
  const vsq = v * v;
  const v3 = v ** 3;
  let p = 1.0;
  p = 1 - v3 * v3 * v * p;
  p = 1 - v3 * vsq * p;
  p = 1 - v3 * p;
  const sf = 2 * v * p;
  return { sf: clip01(sf), cdf: clip01(1 - sf) };
}

/** P(√n·D_n > x) in the limit n → ∞ (scipy.special.kolmogorov). */
export function kolmogorovSf(x: number): number {
  return kolmogorovBoth(x).sf;
}

/** P(√n·D_n ≤ x) in the limit n → ∞ (scipy.special.kolmogc). */
export function kolmogorovCdf(x: number): number {
  return kolmogorovBoth(x).cdf;
}
