/**
 * Exact two-sided p-value of the two-sample KS statistic, as scipy.stats.ks_2samp computes it
 * (scipy/stats/_stats_py.py `_attempt_exact_2kssamp`, `_compute_prob_outside_square`;
 * scipy/stats/_stats_pythran.py `_compute_outer_prob_inside_method`).
 *
 * With g = gcd(n, m), L = lcm(n, m) and h = D·L (an integer), p = P(D_{n,m} ≥ h/L) is the
 * share of monotone lattice paths from (0,0) to (n,m) that touch |x/n − y/m| ≥ h/L.
 */

/** Greatest common divisor of two non-negative integers. */
export function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

/**
 * n = m: the Gnedenko–Korolyuk alternating series
 *   p = 2 Σ_{k≥1} (−1)^{k−1} C(2n, n−kh)/C(2n, n),
 * evaluated in nested (Horner) form to avoid cancellation:
 *   p = 2·A_0(1 − A_1(1 − A_2(…))), A_k = Π_{j<h} (n − kh − j)/(n + kh + j + 1).
 */
export function probOutsideSquare(n: number, h: number): number {
  let P = 0.0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1.0;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1.0 - P);
    k -= 1;
  }
  return 2 * P;
}

/**
 * n ≠ m: Hodges' (1958) "inside method" on the lattice, in Viehmann's (arXiv:2102.08037) form
 * that carries the share of paths that have already left the band |n_g·i − m_g·j| < h
 * (g = gcd; here m ≥ n after swapping):
 *   q(i, j) = (i·q(i−1, j) + j·q(i, j−1)) / (i + j), q = 1 outside the band,
 * so tiny p-values come out directly instead of as 1 − (something close to 1).
 * One column of the band is kept, in a sliding window.
 */
export function probOutsideBand(n1: number, n2: number, g: number, h: number): number {
  let m = n1;
  let n = n2;
  if (m < n) [m, n] = [n, m];
  const mg = m / g;
  const ng = n / g;

  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
    minj = Math.min(minj, n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1.0;
    let val = minj === 0 ? 0.0 : 1.0;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = ((A[jj + minj - lastminj] as number) * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1] as number;
}

/**
 * P(D_{n1,n2} ≥ h/L) for the two-sided test; null when the computation is not a probability
 * (scipy then falls back to the asymptotic distribution).
 */
export function ksExactPvalue(n1: number, n2: number, h: number): number | null {
  if (h === 0) return 1.0;
  const g = gcd(n1, n2);
  const prob = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h);
  if (!(prob >= 0 && prob <= 1)) return null;
  return prob;
}
