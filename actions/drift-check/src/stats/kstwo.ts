/**
 * The exact distribution of the two-sided one-sample KS statistic D_n (scipy.stats.kstwo),
 * ported from scipy/stats/_ksstats.py (`_kolmogn` and helpers) with the same region choices,
 * which follow Simard & L'Ecuyer, "Computing the Two-Sided Kolmogorov-Smirnov Distribution",
 * J. Stat. Softw. 39(11), 2011:
 *   - Ruben–Gambino closed forms for n·x ≤ 1 and n·x ≥ n − 1;
 *   - 2 × one-sided Smirnov (Birnbaum–Tingey) for x ≥ 0.5, and for the upper tail (n·x² ≥ 2.2);
 *   - n ≤ 140: Durbin's matrix (Marsaglia–Tsang–Wang 2003) for n·x² ≤ 0.754693,
 *     Pomeranz (1974) for n·x² ≤ 4;
 *   - n > 140: Durbin's matrix when n ≤ 100000 and n·x^1.5 ≤ 1.4, else Pelz–Good (1976).
 * scipy.stats.ks_2samp's asymptotic p-value is kstwo.sf(D, round(nm/(n+m))).
 */

import { clip01 } from './clip-probability.js';
import { ldexp } from './float-bits.js';
import { numpySum } from './numpy-sum.js';
import { smirnovSf } from './smirnov.js';

const E128 = 128;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
const SQRT2PI = Math.sqrt(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);
const MIN_LOG = -708;
const SQRT3 = Math.sqrt(3);
const PI_SQUARED = Math.PI ** 2;
const PI_FOUR = Math.PI ** 4;
const PI_SIX = Math.PI ** 6;
/** B_{2j}/(2j)/(2j−1) for j = 8 … 1: Stirling series coefficients (scipy's _STIRLING_COEFFS). */
const STIRLING_COEFFS = [
  -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417, -0.0005952380952380953,
  0.0007936507936507937, -0.002777777777777778, 0.08333333333333333,
];

/** log(n!/n^n) by Stirling's series, with n·log(n) removed up front. */
function logNFactorialOverNPowN(n: number): number {
  const rn = 1.0 / n;
  let poly = 0;
  for (const c of STIRLING_COEFFS) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}

/** C = A·B for m×m row-major matrices. */
function matmul(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const c = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    const row = i * m;
    for (let k = 0; k < m; k++) {
      const aik = a[row + k] as number;
      if (aik === 0) continue;
      const bRow = k * m;
      for (let j = 0; j < m; j++) c[row + j] = (c[row + j] as number) + aik * (b[bRow + j] as number);
    }
  }
  return c;
}

/**
 * P(D_n ≤ d) by Durbin's matrix algorithm as Marsaglia, Tsang & Wang (2003) compute it:
 * write d = (k − h)/n; the answer is n!/n^n times the (k,k) entry of H^n, H of order 2k − 1.
 */
export function kolmogornDurbinCdf(n: number, d: number): number {
  if (d >= 1.0) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;

  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1.0;
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1.0 - h ** j;
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (v[j - 1] as number) * fac;
  }
  const tt = Math.max(2 * h - 1.0, 0) ** m - 2 * h ** m;
  v[m - 1] = (1.0 + tt) * fac;

  let H: Float64Array = new Float64Array(m * m);
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - (i - 1)] as number;
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r] as number;
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c] as number;

  let Hpwr: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) Hpwr[i * m + i] = 1;
  let nn = n;
  let expnt = 0;
  let Hexpnt = 0;
  const kk = (k - 1) * m + (k - 1);
  while (nn > 0) {
    if (nn % 2) {
      Hpwr = matmul(Hpwr, H, m);
      expnt += Hexpnt;
    }
    H = matmul(H, H, m);
    Hexpnt *= 2;
    if (Math.abs(H[kk] as number) > EP128) {
      for (let i = 0; i < H.length; i++) H[i] = (H[i] as number) / EP128;
      Hexpnt += E128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = Hpwr[kk] as number;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= EP128;
      expnt -= E128;
    }
  }
  if (expnt !== 0) p = ldexp(p, expnt);
  return clip01(p);
}

/** Endpoints of the non-zero stretch of row i in Pomeranz's recursion. */
function pomeranzRange(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const ip1div2 = Math.floor((i + 1) / 2);
    const ip1mod2 = (i + 1) % 2;
    if (ip1mod2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1;
        j2 = ip1div2 + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1;
      j2 = ip1div2 + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/**
 * P(D_n ≤ x) by Pomeranz's recursion (Pomeranz 1974, ACM Algorithm 487): each row is the
 * previous one convolved with (almost) Poisson weights; the answer is n! times the last entry.
 */
export function kolmogornPomeranzCdf(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = 1.0 * (t - ll);
  const g = Math.min(f, 1.0 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = 1.0;
  twogpower[0] = 1.0;
  onem2gpower[0] = 1.0;
  let expnt = 0;
  const gOverN = g / n;
  const twoGOverN = (2 * g) / n;
  const oneMinusTwoGOverN = (1 - 2 * g) / n;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = ((gpower[m - 1] as number) * gOverN) / m;
    twogpower[m] = ((twogpower[m - 1] as number) * twoGOverN) / m;
    onem2gpower[m] = ((onem2gpower[m - 1] as number) * oneMinusTwoGOverN) / m;
  }

  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let [j1, j2] = pomeranzRange(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0.0);
    [j1, j2] = pomeranzRange(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      // conv = convolve(V0[k1−V0s : k1−V0s+ln2], pwrs[:ln2]); keep conv[j1−k1 : j2−k1+1]
      const aStart = k1 - V0s;
      const aLen = Math.min(ln2, npwrs - aStart);
      const bLen = Math.min(ln2, npwrs);
      const convStart = j1 - k1;
      const convLen = j2 - j1 + 1;
      let maxV1 = Number.NEGATIVE_INFINITY;
      for (let idx = 0; idx < convLen; idx++) {
        const kk = convStart + idx;
        let s = 0;
        const lo = Math.max(0, kk - bLen + 1);
        const hi = Math.min(aLen - 1, kk);
        for (let a = lo; a <= hi; a++) s += (V0[aStart + a] as number) * (pwrs[kk - a] as number);
        V1[idx] = s;
        if (s > maxV1) maxV1 = s;
      }
      if (convLen < npwrs && maxV1 < 0) maxV1 = 0; // the rest of the row is zero
      if (maxV1 > 0 && maxV1 < EM128) {
        for (let idx = 0; idx < npwrs; idx++) V1[idx] = (V1[idx] as number) * EP128;
        expnt -= E128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s] as number;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > EP128) {
      ans *= EM128;
      expnt += E128;
    }
    ans *= m;
  }
  if (expnt !== 0) ans = ldexp(ans, expnt);
  return clip01(ans);
}

/**
 * P(D_n ≤ x) by the Pelz–Good (1976) approximation: the Li-Chien/Korolyuk expansion
 * K0 + K1/√n + K2/n + K3/n^1.5 rewritten with Jacobi theta identities for small √n·x.
 */
export function kolmogornPelzGoodCdf(n: number, x: number): number {
  if (x <= 0.0) return 0;
  if (x >= 1.0) return 1;
  const z = Math.sqrt(n) * x;
  const zsquared = z ** 2;
  const zthree = z ** 3;
  const zfour = z ** 4;
  const zsix = z ** 6;
  const qlog = -PI_SQUARED / 8 / zsquared;
  if (qlog < MIN_LOG) return 0;
  let q = Math.exp(qlog);

  const k1a = -zsquared;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * zsix + 2 * zfour;
  const k2b = ((2 * zfour - 5 * zsquared) * PI_SQUARED) / 4;
  const k2c = (PI_FOUR * (1 - 2 * zsquared)) / 16;
  const k3d = (PI_SIX * (5 - 30 * zsquared)) / 64;
  const k3c = (PI_FOUR * (-60 * zsquared + 212 * zfour)) / 16;
  const k3b = (PI_SQUARED * (135 * zfour - 96 * zsix)) / 4;
  const k3a = -30 * zsix - 90 * z ** 8;

  // Horner scheme over odd m = 2k − 1 of c_m q^{m²}
  let K0 = 0;
  let K1 = 0;
  let K2 = 0;
  let K3 = 0;
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const msquared = m ** 2;
    const mfour = m ** 4;
    const msix = m ** 6;
    const qpower = q ** (8 * k);
    K0 = K0 * qpower + 1.0;
    K1 = K1 * qpower + (k1a + k1b * msquared);
    K2 = K2 * qpower + (k2a + k2b * msquared + k2c * mfour);
    K3 = K3 * qpower + (k3a + k3b * msquared + k3c * mfour + k3d * msix);
  }
  K0 = (K0 * q * SQRT2PI) / z;
  K1 = (K1 * q * SQRT2PI) / (6 * zfour);
  K2 = (K2 * q * SQRT2PI) / (72 * z ** 7);
  K3 = (K3 * q * SQRT2PI) / (6480 * z ** 10);

  // The sums over all integers k of the K2 and K3 extra terms
  q = Math.exp(-PI_SQUARED / 2 / zsquared);
  const sqrt3z = SQRT3 * z;
  const k2terms = new Float64Array(maxk);
  const k3terms = new Float64Array(maxk);
  for (let idx = 0; idx < maxk; idx++) {
    const k = maxk - idx;
    const ksquared = k ** 2;
    const kspi = Math.PI * k;
    const qpwer = q ** ksquared;
    k2terms[idx] = ksquared * qpwer;
    k3terms[idx] = (sqrt3z + kspi) * (sqrt3z - kspi) * ksquared * qpwer;
  }
  K2 += numpySum(k2terms) * ((PI_SQUARED * SQRT2PI) / (-36 * zthree));
  K3 += numpySum(k3terms) * ((PI_SQUARED * SQRT2PI) / (216 * zsix));
  K1 /= n ** 0.5;
  K2 /= n ** 1.0;
  K3 /= n ** 1.5;
  return K0 + K1 + K2 + K3;
}

/** CDF or survival function of D_n at x, by scipy's `_kolmogn` region choices. */
function kolmogorovN(n: number, x: number, cdf: boolean): number {
  const pick = (cdfProb: number, sfProb: number): number => clip01(cdf ? cdfProb : sfProb);
  if (Number.isNaN(n) || Number.isNaN(x)) return Number.NaN;
  if (!Number.isInteger(n) || n <= 0) return Number.NaN;
  if (x >= 1.0) return pick(1.0, 0.0);
  if (x <= 0.0) return pick(0.0, 1.0);
  const t = n * x;
  if (t <= 1.0) {
    // Ruben–Gambino: P(D_n ≤ x) = n!/n^n (2t − 1)^n for 1/(2n) ≤ x ≤ 1/n
    if (t <= 0.5) return pick(0.0, 1.0);
    let prob: number;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1.0 / n) * (2 * t - 1);
    } else {
      prob = Math.exp(logNFactorialOverNPowN(n) + n * Math.log(2 * t - 1));
    }
    return pick(prob, 1.0 - prob);
  }
  if (t >= n - 1) {
    // Ruben–Gambino: P(D_n ≥ x) = 2(1 − x)^n for x ≥ 1 − 1/n
    const prob = 2 * (1.0 - x) ** n;
    return pick(1 - prob, prob);
  }
  if (x >= 0.5) {
    // D+ ≥ x and D− ≥ x cannot both happen: exactly twice the one-sided tail
    const prob = 2 * smirnovSf(n, x);
    return pick(1.0 - prob, prob);
  }
  const nxsquared = t * x;
  if (n <= 140) {
    if (nxsquared <= 0.754693) {
      const prob = kolmogornDurbinCdf(n, x);
      return pick(prob, 1.0 - prob);
    }
    if (nxsquared <= 4) {
      const prob = kolmogornPomeranzCdf(n, x);
      return pick(prob, 1.0 - prob);
    }
    const prob = 2 * smirnovSf(n, x);
    return pick(1.0 - prob, prob);
  }
  if (!cdf) {
    if (nxsquared >= 370.0) return 0.0;
    if (nxsquared >= 2.2) return clip01(2 * smirnovSf(n, x));
  }
  let cdfProb: number;
  if (nxsquared >= 18.0) cdfProb = 1.0;
  else if (n <= 100000 && n * x ** 1.5 <= 1.4) cdfProb = kolmogornDurbinCdf(n, x);
  else cdfProb = kolmogornPelzGoodCdf(n, x);
  return pick(cdfProb, 1.0 - cdfProb);
}

/** P(D_n ≥ x): scipy.stats.kstwo.sf(x, n). */
export function kstwoSf(x: number, n: number): number {
  if (Number.isNaN(x) || !(Number.isInteger(n) && n >= 1)) return Number.NaN;
  // rv_continuous: at or below the support's lower end 1/(2n) the survival function is 1.
  if (x <= 0.5 / n) return 1;
  if (x >= 1) return 0;
  return kolmogorovN(n, x, false);
}

/** P(D_n ≤ x): scipy.stats.kstwo.cdf(x, n). */
export function kstwoCdf(x: number, n: number): number {
  if (Number.isNaN(x) || !(Number.isInteger(n) && n >= 1)) return Number.NaN;
  if (x <= 0.5 / n) return 0;
  if (x >= 1) return 1;
  return kolmogorovN(n, x, true);
}
