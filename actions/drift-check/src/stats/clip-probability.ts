/** Clip to [0, 1] (NaN stays NaN), as scipy clips every probability it returns. */
export function clip01(p: number): number {
  return p < 0 ? 0 : Math.min(p, 1);
}
