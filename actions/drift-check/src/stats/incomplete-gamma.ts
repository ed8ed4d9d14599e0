/**
 * Regularised incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x) and the χ²
 * survival function Q(k/2, x/2) (scipy.stats.chi2.sf = cephes chdtrc = igamc).
 *
 * Method (Numerical Recipes §6.2; Cephes igam.c): the power series for P when x < a + 1,
 * Legendre's continued fraction for Q (modified Lentz) otherwise, so the quantity summed is
 * never a small difference of large ones and small upper tails keep full relative precision.
 * The common factor x^a e^{−x} / Γ(a) is formed as
 *   a·(log1p(t) − t) + ½·log(a/2π) − S(a),  t = (x − a)/a, S = Stirling correction,
 * for a ≥ 10 and x ≥ a/2, which avoids the cancellation between a·log x and log Γ(a) for large a.
 * Relative accuracy is about 1e-14 for the p-values chi-square tests produce.
 */

const EPS = 2 ** -52;
const FPMIN = Number.MIN_VALUE / EPS;
const MAX_ITERATIONS = 100000;
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** Stirling's correction S(a) = log Γ(a) − [(a − ½) log a − a + ½ log 2π], for a ≥ 10. */
function stirlingCorrection(a: number): number {
  const r = 1 / a;
  const r2 = r * r;
  // B_{2k}/(2k(2k−1)) a^{1−2k}, k = 1…6; the next term is below 1e-16 for a ≥ 10
  return r * (1 / 12 + r2 * (-1 / 360 + r2 * (1 / 1260 + r2 * (-1 / 1680 + r2 * (1 / 1188 + r2 * (-691 / 360360))))));
}

/** log Γ(a) for a > 0. */
export function logGamma(a: number): number {
  if (!(a > 0)) return Number.NaN;
  let shift = 0;
  let z = a;
  // Γ(z) = Γ(z + k) / (z (z+1) … (z+k−1)), shifted until Stirling's series is accurate
  let product = 1;
  while (z < 10) {
    product *= z;
    z += 1;
    shift++;
  }
  const logShifted = (z - 0.5) * Math.log(z) - z + LOG_SQRT_2PI + stirlingCorrection(z);
  return shift === 0 ? logShifted : logShifted - Math.log(product);
}

/** log(x^a e^{−x} / Γ(a)), the common factor of P and Q. */
function logPrefactor(a: number, x: number): number {
  const t = (x - a) / a;
  // for x < a/2 log1p(t) would magnify the rounding of t; the direct form is accurate there
  if (a >= 10 && t >= -0.5) {
    return a * (Math.log1p(t) - t) + 0.5 * Math.log(a / (2 * Math.PI)) - stirlingCorrection(a);
  }
  return a * Math.log(x) - x - logGamma(a);
}

/** Σ x^k / ((a+1)…(a+k)), the series part of P(a, x) = prefactor/a · series. */
function lowerSeries(a: number, x: number): number {
  let ap = a;
  let term = 1 / a;
  let sum = term;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    ap += 1;
    term *= x / ap;
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPS) return sum;
  }
  throw new Error(`incomplete gamma series did not converge for a=${a}, x=${x}`);
}

/** Legendre's continued fraction for Q(a, x) / prefactor, by the modified Lentz method. */
function upperContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / FPMIN;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = b + an / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) return h;
  }
  throw new Error(`incomplete gamma continued fraction did not converge for a=${a}, x=${x}`);
}

/** Regularised upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a) (Cephes igamc). */
export function gammaQ(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0) return Number.NaN;
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  if (x < a + 1) return 1 - Math.exp(logPrefactor(a, x)) * lowerSeries(a, x);
  return Math.exp(logPrefactor(a, x)) * upperContinuedFraction(a, x);
}

/** Regularised lower incomplete gamma P(a, x) = γ(a, x)/Γ(a) (Cephes igam). */
export function gammaP(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0) return Number.NaN;
  if (x === 0) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  if (x < a + 1) return Math.exp(logPrefactor(a, x)) * lowerSeries(a, x);
  return 1 - Math.exp(logPrefactor(a, x)) * upperContinuedFraction(a, x);
}

/** P(χ²_dof ≥ x): scipy.stats.chi2.sf(x, dof). NaN for dof ≤ 0, as scipy. */
export function chi2Sf(x: number, dof: number): number {
  if (Number.isNaN(x) || !(dof > 0)) return Number.NaN;
  if (x <= 0) return 1;
  return gammaQ(dof / 2, x / 2);
}
