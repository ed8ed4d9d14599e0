/**
 * Population Stability Index, PSI = Σ (r_i − c_i)·ln(r_i / c_i) over bins of reference
 * proportions r and current proportions c, after Evidently's zero fill
 * (evidently/calculations/stattests/psi.py). Drift iff PSI ≥ 0.1.
 * Two binnings: Evidently's own (Sturges or distinct values) and reference deciles.
 */

import { type Bins, zeroFill } from './binning.js';
import { numpySum } from './numpy-sum.js';
import { quantileSorted } from './quantile.js';

export const PSI_THRESHOLD = 0.1;

export interface PsiEvidentlyResult {
  value: number;
  binning: Bins['binning'];
  n_bins: number;
  zero_fill_ref: number;
  zero_fill_cur: number;
  /** ⌈log2(n + m) + 1⌉, Sturges' bin count as usually written (Sturges binning only). */
  sturges_k_formula?: number;
  edges?: number[];
  categories?: (number | string)[];
  ref_percents: number[];
  cur_percents: number[];
  ref_percents_raw: number[];
  cur_percents_raw: number[];
}

export interface PsiDecilesResult {
  value: number;
  n_bins: number;
  zero_fill_ref: number;
  zero_fill_cur: number;
  /** The reference's type-7 deciles, duplicates collapsed; outer bins are open. */
  interior_edges: number[];
  ref_counts: number[];
  cur_counts: number[];
  ref_percents: number[];
  cur_percents: number[];
}

/** Σ (r − c)·ln(r/c), summed in numpy's order. */
export function psiValue(ref: Float64Array, cur: Float64Array): number {
  const terms = new Float64Array(ref.length);
  for (let i = 0; i < ref.length; i++) {
    const r = ref[i] as number;
    const c = cur[i] as number;
    terms[i] = (r - c) * Math.log(r / c);
  }
  return numpySum(terms);
}

/** Evidently's PSI on its bins (which must come from two non-empty sides). */
export function psiEvidently(bins: Bins): PsiEvidentlyResult {
  const ref = zeroFill(bins.refPercents);
  const cur = zeroFill(bins.curPercents);
  const result: PsiEvidentlyResult = {
    value: psiValue(ref.filled, cur.filled),
    binning: bins.binning,
    n_bins: bins.refPercents.length,
    zero_fill_ref: ref.epsilon,
    zero_fill_cur: cur.epsilon,
    ref_percents: Array.from(ref.filled),
    cur_percents: Array.from(cur.filled),
    ref_percents_raw: Array.from(bins.refPercents),
    cur_percents_raw: Array.from(bins.curPercents),
  };
  if (bins.edges) {
    const total = bins.refCounts.reduce((s, v) => s + v, 0) + bins.curCounts.reduce((s, v) => s + v, 0);
    result.sturges_k_formula = Math.ceil(Math.log2(total) + 1);
    result.edges = Array.from(bins.edges);
  }
  if (bins.categories) result.categories = bins.categories;
  return result;
}

/** Reference quantiles j/bins, j = 1…bins−1 (deciles by default), of an ascending sample, duplicates removed. */
export function referenceDeciles(x: Float64Array, bins = 10): Float64Array {
  const edges: number[] = [];
  for (let j = 1; j < bins; j++) {
    const q = quantileSorted(x, j / bins);
    if (edges.length === 0 || q !== edges[edges.length - 1]) edges.push(q);
  }
  return Float64Array.from(edges);
}

/** Counts of an ascending sample in (−∞, e_0), [e_0, e_1), …, [e_last, ∞). */
function countBetweenEdges(sorted: Float64Array, edges: Float64Array): Float64Array {
  const counts = new Float64Array(edges.length + 1);
  let previous = 0;
  let i = 0;
  for (let k = 0; k < edges.length; k++) {
    const edge = edges[k] as number;
    // values are ascending: walk forward (edges are few, samples long, but each element is visited once)
    let lo = i;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) < edge) lo = mid + 1;
      else hi = mid;
    }
    i = lo;
    counts[k] = i - previous;
    previous = i;
  }
  counts[edges.length] = sorted.length - previous;
  return counts;
}

/** PSI over the reference's deciles (or `bins` quantile bins), for two ascending, non-empty samples. */
export function psiDeciles(x: Float64Array, y: Float64Array, bins = 10): PsiDecilesResult {
  const edges = referenceDeciles(x, bins);
  const refCounts = countBetweenEdges(x, edges);
  const curCounts = countBetweenEdges(y, edges);
  const refPercents = refCounts.map((c) => c / x.length);
  const curPercents = curCounts.map((c) => c / y.length);
  const ref = zeroFill(refPercents);
  const cur = zeroFill(curPercents);
  return {
    value: psiValue(ref.filled, cur.filled),
    n_bins: refCounts.length,
    zero_fill_ref: ref.epsilon,
    zero_fill_cur: cur.epsilon,
    interior_edges: Array.from(edges),
    ref_counts: Array.from(refCounts),
    cur_counts: Array.from(curCounts),
    ref_percents: Array.from(ref.filled),
    cur_percents: Array.from(cur.filled),
  };
}
