/**
 * Two-sample Kolmogorov–Smirnov test, two-sided, as scipy.stats.ks_2samp (scipy 1.10,
 * scipy/stats/_stats_py.py) computes it, plus two classical approximations for comparison.
 *
 * The statistic comes from one merge walk over the two sorted samples (pooled-walk.ts). Its size
 * is decided on integers — |F_x(t) − F_y(t)| = |i·m − j·n| / (n·m) — so the lattice value h is
 * exact; scipy's float view of the same walk (which side wins, where, the raw float value) is
 * reproduced alongside, because the asymptotic p-value is computed from that raw float.
 */

import { clip01 } from './clip-probability.js';
import { kolmogorovSf } from './kolmogorov.js';
import { gcd, ksExactPvalue } from './ks-exact.js';
import { kstwoSf } from './kstwo.js';
import { type KsStatistic, walkPooled } from './pooled-walk.js';
import { roundHalfEven } from './round-half-even.js';

export type { KsStatistic } from './pooled-walk.js';

/** scipy's `method='auto'` is exact up to this many values in the larger sample. */
export const KS_EXACT_MAX_N = 10000;

export interface KsResult {
  /** The statistic scipy reports with method 'auto': h/L when exact, the raw value when asymptotic. */
  statistic: number;
  statistic_raw: number;
  statistic_location: number;
  statistic_sign: 1 | -1;
  pvalue_auto: number;
  method_auto: 'exact' | 'asymp';
  /** kstwo.sf(D_raw, N), N = round-half-even(nm/(n+m)): scipy's method 'asymp'. */
  pvalue_asymp: number;
  asymp_en: number;
  asymp_N: number;
  /** The plain Kolmogorov limit K(√en·D), scipy's pre-1.5 asymptotic. */
  pvalue_kolmogorov_limit: number;
  /** Stephens' (1970) small-sample correction K((√en + 0.12 + 0.11/√en)·D). */
  pvalue_stephens: number;
}

/** The KS statistic of two ascending, non-empty samples. */
export function ksStatistic(x: Float64Array, y: Float64Array): KsStatistic {
  return walkPooled(x, y).ks;
}

/**
 * Two-sided two-sample KS test of two ascending, non-empty samples; pass `known` when a
 * pooled walk has already found it.
 */
export function ksTwoSample(x: Float64Array, y: Float64Array, known?: KsStatistic): KsResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('ksTwoSample: both samples must be non-empty');
  const stat = known ?? ksStatistic(x, y);

  // scipy sorts the sizes (larger first) before forming en = m·n/(m + n).
  const big = Math.max(n1, n2);
  const small = Math.min(n1, n2);
  const en = (big * small) / (big + small);
  const N = roundHalfEven(en);
  const pvalueAsymp = kstwoSf(stat.raw, N);
  const sqrtEn = Math.sqrt(en);
  const pvalueLimit = kolmogorovSf(sqrtEn * stat.raw);
  const pvalueStephens = kolmogorovSf((sqrtEn + 0.12 + 0.11 / sqrtEn) * stat.raw);

  let statistic = stat.raw;
  let pvalueAuto = pvalueAsymp;
  let methodAuto: 'exact' | 'asymp' = 'asymp';
  if (big <= KS_EXACT_MAX_N) {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = stat.numerator / g; // = D·lcm exactly
    const dLattice = (h * 1.0) / lcm;
    const exact = ksExactPvalue(n1, n2, h);
    if (exact === null) {
      // scipy warns and falls back to the asymptotic distribution, keeping d = h/L.
      statistic = dLattice;
      pvalueAuto = kstwoSf(dLattice, N);
    } else {
      statistic = dLattice;
      pvalueAuto = exact;
      methodAuto = 'exact';
    }
  }
  return {
    statistic,
    statistic_raw: stat.raw,
    statistic_location: stat.location,
    statistic_sign: stat.sign,
    pvalue_auto: clip01(pvalueAuto),
    method_auto: methodAuto,
    pvalue_asymp: clip01(pvalueAsymp),
    asymp_en: en,
    asymp_N: N,
    pvalue_kolmogorov_limit: pvalueLimit,
    pvalue_stephens: pvalueStephens,
  };
}
