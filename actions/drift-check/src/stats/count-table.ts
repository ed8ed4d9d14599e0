/**
 * Counts of each distinct value on the reference and current side, over the union of the
 * values seen on either side, in ascending order (numbers numerically, strings by code unit).
 * This is the table Evidently's chi-square, z-test, and distinct-value PSI/JS bins are built on.
 */

export interface CountTable<K extends number | string = number | string> {
  keys: K[];
  ref: Float64Array;
  cur: Float64Array;
  nRef: number;
  nCur: number;
}

/** Number of distinct values in an ascending sample. */
export function countDistinctSorted(sorted: Float64Array): number {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  }
  return distinct;
}

/** Number of distinct values in the union of two ascending samples. */
export function countDistinctPooled(x: Float64Array, y: Float64Array): number {
  let distinct = 0;
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    const xi = i < x.length ? (x[i] as number) : Number.POSITIVE_INFINITY;
    const yj = j < y.length ? (y[j] as number) : Number.POSITIVE_INFINITY;
    const t = Math.min(xi, yj);
    while (i < x.length && x[i] === t) i++;
    while (j < y.length && y[j] === t) j++;
    distinct++;
  }
  return distinct;
}

/** The count table of two ascending numeric samples. */
export function numericCountTable(x: Float64Array, y: Float64Array): CountTable<number> {
  const size = countDistinctPooled(x, y);
  const keys: number[] = new Array(size);
  const ref = new Float64Array(size);
  const cur = new Float64Array(size);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < x.length || j < y.length) {
    const xi = i < x.length ? (x[i] as number) : Number.POSITIVE_INFINITY;
    const yj = j < y.length ? (y[j] as number) : Number.POSITIVE_INFINITY;
    const t = Math.min(xi, yj);
    const i0 = i;
    const j0 = j;
    while (i < x.length && x[i] === t) i++;
    while (j < y.length && y[j] === t) j++;
    keys[k] = t === 0 ? 0 : t; // one key for -0 and +0
    ref[k] = i - i0;
    cur[k] = j - j0;
    k++;
  }
  return { keys, ref, cur, nRef: x.length, nCur: y.length };
}

/** How often each string occurs. */
export function countCategories(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function total(counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}

/** The count table of two categorical columns given as per-category counts. */
export function categoricalCountTable(
  refCounts: ReadonlyMap<string, number>,
  curCounts: ReadonlyMap<string, number>,
): CountTable<string> {
  const keys = [...new Set([...refCounts.keys(), ...curCounts.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ref = new Float64Array(keys.length);
  const cur = new Float64Array(keys.length);
  keys.forEach((key, k) => {
    ref[k] = refCounts.get(key) ?? 0;
    cur[k] = curCounts.get(key) ?? 0;
  });
  return { keys, ref, cur, nRef: total(refCounts), nCur: total(curCounts) };
}
