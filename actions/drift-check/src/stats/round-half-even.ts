/**
 * Round to the nearest integer, ties to even: numpy's `np.round` / `rint`, which scipy uses
 * for the asymptotic KS sample size (4846.5 → 4846) and for the exact KS lattice distance.
 * `Math.round` rounds ties up and would disagree there.
 */
export function roundHalfEven(x: number): number {
  if (!Number.isFinite(x)) return x;
  const floor = Math.floor(x);
  const fraction = x - floor; // exact for |x| < 2^52
  if (fraction < 0.5) return floor;
  if (fraction > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}
