import { chi2Sf, gammaP, gammaQ, logGamma } from './incomplete-gamma.js';

function expectRel(actual: number, expected: number, rel: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

/** Q(a, x) for integer a: P(Poisson(x) ≤ a − 1) = e^{−x} Σ_{k<a} x^k/k!, summed in logs. */
function poissonTail(a: number, x: number): number {
  let logTerm = -x; // k = 0
  let max = logTerm;
  const logs = [logTerm];
  for (let k = 1; k < a; k++) {
    logTerm += Math.log(x / k);
    logs.push(logTerm);
    if (logTerm > max) max = logTerm;
  }
  return Math.exp(max) * logs.reduce((s, l) => s + Math.exp(l - max), 0);
}

describe('log Γ', () => {
  test('known values (absolute error ~1e-15, which is what the p-value prefactor needs)', () => {
    expectRel(logGamma(0.5), Math.log(Math.sqrt(Math.PI)), 4e-15);
    expect(Math.abs(logGamma(1))).toBeLessThan(4e-15);
    expectRel(logGamma(10), Math.log(362880), 1e-15);
    expectRel(logGamma(100), 359.1342053695754, 1e-15);
    expect(logGamma(0)).toBeNaN();
  });
});

describe('regularised incomplete gamma', () => {
  test('Q(1, x) = e^{−x}, far into the tail', () => {
    // the exponent's rounding (~x·2^-53) bounds the relative error of any e^{−x}-sized result
    for (const x of [0.01, 0.5, 1, 3, 30, 300, 700]) expectRel(gammaQ(1, x), Math.exp(-x), 1e-14 + x * 3e-16);
  });
  test('integer a: Q is a Poisson tail, on both sides of a and for large a', () => {
    for (const [a, x] of [
      [2, 0.3],
      [3, 2.5],
      [5, 12],
      [20, 15],
      [20, 30],
      [100, 140],
      [500, 550],
      [500, 450],
    ] as const) {
      expectRel(gammaQ(a, x), poissonTail(a, x), 1e-12);
    }
  });
  test('P + Q = 1 and the limits', () => {
    for (const [a, x] of [
      [0.5, 0.2],
      [2.5, 3],
      [40, 38],
    ] as const) {
      expect(gammaP(a, x) + gammaQ(a, x)).toBeCloseTo(1, 15);
    }
    expect(gammaQ(3, 0)).toBe(1);
    expect(gammaQ(3, Number.POSITIVE_INFINITY)).toBe(0);
    expect(gammaP(3, 0)).toBe(0);
    expect(gammaQ(-1, 2)).toBeNaN();
    expect(gammaQ(2, -1)).toBeNaN();
  });
  test('Q(1/2, x) = erfc(√x)', () => {
    expectRel(gammaQ(0.5, 1), 0.15729920705028513, 1e-14); // erfc(1)
    expectRel(gammaQ(0.5, 4), 0.004677734981047266, 1e-14); // erfc(2)
  });
});

describe('χ² survival function', () => {
  test('the tabulated critical values', () => {
    // 95% and 99% quantiles of χ²_1, χ²_2 and χ²_10 (scipy.stats.chi2.isf)
    expectRel(chi2Sf(3.8414588206941285, 1), 0.05, 1e-13);
    expectRel(chi2Sf(6.634896601021217, 1), 0.01, 1e-13);
    expectRel(chi2Sf(-2 * Math.log(0.05), 2), 0.05, 1e-14); // χ²_2 is exponential
    expectRel(chi2Sf(18.30703805327515, 10), 0.05, 1e-13);
  });
  test('huge statistics give tiny p-values with full precision, ∞ gives 0', () => {
    // χ²_2: p = e^{−x/2} exactly
    expectRel(chi2Sf(1200, 2), Math.exp(-600), 1e-13);
    expect(chi2Sf(Number.POSITIVE_INFINITY, 5)).toBe(0);
    expect(chi2Sf(0, 3)).toBe(1);
    expect(chi2Sf(4, 0)).toBeNaN();
  });
});
