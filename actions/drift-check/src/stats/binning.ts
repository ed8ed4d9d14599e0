/**
 * The bins Evidently's PSI and Jensen–Shannon tests share (evidently/calculations/stattests/
 * utils.py `get_binned_data`): a numeric column whose reference holds more than 20 distinct
 * values gets numpy's Sturges bins over the pooled data (`np.histogram_bin_edges(..., 'sturges')`);
 * anything else gets one bin per distinct value of either side. Proportions are count / size.
 */

import { type CountTable, numericCountTable } from './count-table.js';

/** Reference columns with more distinct values than this are binned by Sturges' rule. */
export const STURGES_MIN_DISTINCT_REF = 21;

export interface Bins {
  binning: 'sturges_combined' | 'distinct_values';
  /** Bin edges (Sturges), k + 1 of them. */
  edges?: Float64Array;
  /** The value of each bin (distinct values). */
  categories?: (number | string)[];
  refCounts: Float64Array;
  curCounts: Float64Array;
  refPercents: Float64Array;
  curPercents: Float64Array;
}

/**
 * numpy's Sturges edges for pooled data spanning [lo, hi] with `total` values:
 * width = (hi − lo)/(log2(total) + 1), k = ⌈(hi − lo)/width⌉, edges = linspace(lo, hi, k + 1).
 */
export function sturgesEdges(lo: number, hi: number, total: number): Float64Array {
  const width = (hi - lo) / (Math.log2(total) + 1.0);
  let first = lo;
  let last = hi;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const k = width ? Math.ceil((last - first) / width) : 1;
  // np.linspace: i·step + start, the last edge set to stop exactly
  const edges = new Float64Array(k + 1);
  const step = (last - first) / k;
  for (let i = 0; i <= k; i++) edges[i] = step === 0 ? (i / k) * (last - first) + first : i * step + first;
  edges[k] = last;
  return edges;
}

/** Index of the first element ≥ value (side 'left') or > value (side 'right') in an ascending array. */
export function searchSorted(sorted: Float64Array, value: number, side: 'left' | 'right'): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as number;
    if (side === 'left' ? v < value : v <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** np.histogram counts of an ascending sample: bins [e_i, e_{i+1}), the last one closed. */
export function histogramSorted(sorted: Float64Array, edges: Float64Array): Float64Array {
  const k = edges.length - 1;
  const counts = new Float64Array(k);
  let previous = searchSorted(sorted, edges[0] as number, 'left');
  for (let i = 1; i <= k; i++) {
    const next = searchSorted(sorted, edges[i] as number, i === k ? 'right' : 'left');
    counts[i - 1] = next - previous;
    previous = next;
  }
  return counts;
}

function proportions(counts: Float64Array, size: number): Float64Array {
  const out = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) out[i] = (counts[i] as number) / size;
  return out;
}

/** Bins of a count table: one per distinct value. */
export function distinctValueBins(table: CountTable): Bins {
  return {
    binning: 'distinct_values',
    categories: table.keys,
    refCounts: table.ref,
    curCounts: table.cur,
    refPercents: proportions(table.ref, table.nRef),
    curPercents: proportions(table.cur, table.nCur),
  };
}

/**
 * Evidently's bins for two ascending, non-empty numeric samples; `distinctRef` is the number
 * of distinct reference values, `table` the pooled count table if already built.
 */
export function evidentlyNumericBins(
  x: Float64Array,
  y: Float64Array,
  distinctRef: number,
  table?: CountTable<number>,
): Bins {
  if (distinctRef < STURGES_MIN_DISTINCT_REF) return distinctValueBins(table ?? numericCountTable(x, y));
  const lo = Math.min(x[0] as number, y[0] as number);
  const hi = Math.max(x[x.length - 1] as number, y[y.length - 1] as number);
  const edges = sturgesEdges(lo, hi, x.length + y.length);
  const refCounts = histogramSorted(x, edges);
  const curCounts = histogramSorted(y, edges);
  return {
    binning: 'sturges_combined',
    edges,
    refCounts,
    curCounts,
    refPercents: proportions(refCounts, x.length),
    curPercents: proportions(curCounts, y.length),
  };
}

/**
 * Evidently's zero fill: empty bins get ε = μ/10^6 when the smallest non-zero proportion μ is
 * at most 1e-4, else ε = 1e-4; nothing is renormalised.
 */
export function zeroFill(percents: Float64Array): { filled: Float64Array; epsilon: number } {
  let smallest = Number.POSITIVE_INFINITY;
  for (const p of percents) if (p !== 0 && p < smallest) smallest = p;
  const epsilon = smallest <= 0.0001 ? smallest / 10 ** 6 : 0.0001;
  const filled = percents.map((p) => (p === 0 ? epsilon : p));
  return { filled, epsilon };
}
