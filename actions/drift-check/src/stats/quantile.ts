/**
 * Quantiles of an ascending sample by numpy's default (`method='linear'`, Hyndman & Fan
 * type 7): virtual index (n − 1)·q, linear interpolation written as numpy's `_lerp`
 * (numpy/lib/function_base.py, numpy 1.24), which interpolates from the nearer end.
 */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const virtualIndex = (n - 1) * q;
  if (virtualIndex >= n - 1) return sorted[n - 1] as number;
  if (virtualIndex <= 0) return sorted[0] as number;
  const previous = Math.floor(virtualIndex);
  const a = sorted[previous] as number;
  const b = sorted[previous + 1] as number;
  const gamma = virtualIndex - previous;
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}
