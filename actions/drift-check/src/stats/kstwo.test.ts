import { kolmogorovCdf, kolmogorovSf } from './kolmogorov.js';
import { kolmogornDurbinCdf, kolmogornPelzGoodCdf, kolmogornPomeranzCdf, kstwoCdf, kstwoSf } from './kstwo.js';
import { smirnovSf } from './smirnov.js';

function expectRel(actual: number, expected: number, rel: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

/** P(D+_n ≥ p/q) by the Birnbaum–Tingey sum in exact rational arithmetic. */
function smirnovExact(n: number, p: number, q: number): number {
  const N = BigInt(n);
  const P = BigInt(p);
  const Q = BigInt(q);
  let num = 0n;
  const den = (Q * N) ** N; // common denominator of every term
  let binom = 1n;
  for (let v = 0; v <= Math.floor((n * (q - p)) / q); v++) {
    const V = BigInt(v);
    // x + v/n = (pn + vq)/(qn); 1 − x − v/n = (qn − pn − vq)/(qn)
    const a = P * N + V * Q;
    const b = Q * N - P * N - V * Q;
    // C(n,v)·a^{v−1}·b^{n−v} / (qn)^{n−1}; times x = p/q gives /(qn)^n · pn
    if (v === 0) num += (binom * b ** N * P * N * (Q * N) ** 0n) / a;
    else num += binom * a ** (V - 1n) * b ** (N - V) * P * N;
    binom = (binom * (N - V)) / (V + 1n);
  }
  // scale to a double without overflow
  const shift = BigInt(Math.max(0, den.toString(2).length - 1000));
  return Number(num >> shift) / Number(den >> shift);
}

describe('kolmogorov limit (scipy.special.kolmogorov)', () => {
  test('known values of Kolmogorov’s distribution', () => {
    expectRel(kolmogorovSf(1.0), 0.26999967167735456, 1e-15);
    expectRel(kolmogorovSf(0.5), 0.9639452436648751, 1e-15);
    expectRel(kolmogorovSf(2.0), 0.0006709252557796953, 1e-14);
    // the classic 5% critical value of √n·D
    expectRel(kolmogorovSf(1.3580986393225507), 0.05, 1e-14);
  });
  test('sf and cdf are complementary on both series and at the edges', () => {
    for (const x of [0.05, 0.3, 0.81, 0.83, 1.2, 3]) expect(kolmogorovSf(x) + kolmogorovCdf(x)).toBeCloseTo(1, 15);
    expect(kolmogorovSf(0)).toBe(1);
    expect(kolmogorovCdf(-1)).toBe(0);
    expect(kolmogorovSf(40)).toBe(0);
    expect(kolmogorovSf(Number.NaN)).toBeNaN();
  });
});

describe('one-sided Smirnov survival function', () => {
  test.each([
    [10, 3, 5],
    [10, 1, 5],
    [7, 2, 7],
    [25, 1, 5],
    [40, 3, 20],
    [60, 1, 10],
    [300, 1, 20],
    [150, 1, 1000],
  ])('n=%i x=%i/%i equals the exact rational Birnbaum–Tingey sum', (n, p, q) => {
    expectRel(smirnovSf(n, p / q), smirnovExact(n, p, q), 1e-13);
  });
  test('closed forms at the ends: x ≤ 1/n and x ≥ 1 − 1/n, n = 1', () => {
    // P(D+ < x) = x(1+x)^{n−1} for x ≤ 1/n
    expectRel(smirnovSf(10, 0.05), 1 - 0.05 * 1.05 ** 9, 1e-15);
    // P(D+ ≥ x) = (1−x)^n for x ≥ 1 − 1/n
    expectRel(smirnovSf(10, 0.95), 0.05 ** 10, 1e-13);
    expect(smirnovSf(1, 0.3)).toBeCloseTo(0.7, 15);
    expect(smirnovSf(5, 0)).toBe(1);
    expect(smirnovSf(5, 1)).toBe(0);
    expect(smirnovSf(0, 0.5)).toBeNaN();
  });
  test('tiny tails keep their relative precision (no 1 − p cancellation)', () => {
    const p = smirnovSf(200, 0.4);
    expect(p).toBeLessThan(1e-25);
    expectRel(p, smirnovExact(200, 2, 5), 1e-13);
    expectRel(smirnovSf(60, 0.5), smirnovExact(60, 1, 2), 1e-13);
    // below exp(−2n·x²) < 2^-1075 scipy returns 0 outright
    expect(smirnovSf(2000, 0.5)).toBe(0);
  });
});

describe('kstwo: the exact two-sided one-sample KS distribution', () => {
  test('Ruben–Gambino closed forms', () => {
    // 1/(2n) < x ≤ 1/n: P(D_n ≤ x) = n!/n^n (2nx − 1)^n
    const n = 3;
    const x = 0.3;
    expectRel(kstwoCdf(x, n), (6 / 27) * (2 * n * x - 1) ** n, 1e-15);
    // x ≥ 1 − 1/n: P(D_n ≥ x) = 2(1 − x)^n
    expectRel(kstwoSf(0.9, 5), 2 * 0.1 ** 5, 1e-13);
    // n = 1: D_1 = max(U, 1 − U), P(D_1 ≥ x) = 2(1 − x)
    expectRel(kstwoSf(0.7, 1), 0.6, 1e-15);
    expect(kstwoSf(0.5 / 7, 7)).toBe(1);
    expect(kstwoSf(1, 7)).toBe(0);
  });
  test('x ≥ 0.5 is exactly twice the one-sided tail', () => {
    // 2·smirnov(10, 0.6) as an exact rational
    expectRel(kstwoSf(0.6, 10), 2 * smirnovExact(10, 3, 5), 1e-13);
  });
  test('the Durbin matrix and Pomeranz recursions agree (two exact algorithms)', () => {
    for (const [n, x] of [
      [20, 0.12],
      [50, 0.11],
      [100, 0.07],
      [140, 0.09],
      [30, 0.31],
    ] as const) {
      expectRel(kolmogornDurbinCdf(n, x), kolmogornPomeranzCdf(n, x), 1e-12);
    }
  });
  test('Pelz–Good approximates the Durbin matrix closely for large n', () => {
    for (const [n, x] of [
      [5000, 0.012],
      [20000, 0.006],
    ] as const) {
      expectRel(kolmogornPelzGoodCdf(n, x), kolmogornDurbinCdf(n, x), 1e-7);
    }
  });
  // scipy.stats.kstwo.sf(d, n), scipy 1.17.1 (same algorithms as 1.10), one or more per region
  test.each([
    [0.05, 100, 0.9532159710635725], // Durbin (n ≤ 140)
    [0.1, 100, 0.2526927570063874], // Pomeranz
    [0.15, 50, 0.19026366518248072], // Pomeranz
    [0.3, 20, 0.04306706665851623], // 2·Smirnov (n·x² > 4)
    [0.6, 10, 0.0005681672000000003], // x ≥ 0.5
    [0.02, 2000, 0.3953133626892045], // Durbin (n > 140)
    [0.04, 2000, 0.0032305680961256145], // 2·Smirnov tail
    [0.01, 20000, 0.03638603905248727], // 2·Smirnov tail
    [0.03, 20000, 4.516330038670992e-16], // 2·Smirnov, deep tail
    [0.005, 200000, 9.049367287273853e-5], // 2·Smirnov, n > 100000
    [0.002, 1000000, 0.0006700277103670718], // 2·Smirnov at n = 1e6
    [0.15, 1000, 4.16424802243078e-20],
  ])('kstwo.sf(%f, %i) = %g', (d, n, expected) => {
    expectRel(kstwoSf(d, n), expected, 1e-10);
  });
  test('sf + cdf = 1 and the limit is approached from the right side', () => {
    for (const [d, n] of [
      [0.05, 100],
      [0.012, 5000],
      [0.3, 20],
    ] as const) {
      expect(kstwoSf(d, n) + kstwoCdf(d, n)).toBeCloseTo(1, 14);
    }
    // at n = 500,000 the Kolmogorov limit is still off by ~1e-4 relative
    const n = 500000;
    const z = 1.2;
    const exact = kstwoSf(z / Math.sqrt(n), n);
    const limit = kolmogorovSf(z);
    expect(Math.abs(exact / limit - 1)).toBeGreaterThan(1e-5);
    expect(Math.abs(exact / limit - 1)).toBeLessThan(1e-2);
  });
  test('invalid sample sizes give NaN, as scipy', () => {
    expect(kstwoSf(0.3, 0)).toBeNaN();
    expect(kstwoSf(0.3, 2.5)).toBeNaN();
    expect(kstwoSf(Number.NaN, 10)).toBeNaN();
  });
});
