import { ksStatistic, ksTwoSample } from './ks.js';
import { gcd, ksExactPvalue, probOutsideBand, probOutsideSquare } from './ks-exact.js';
import { kstwoSf } from './kstwo.js';

/**
 * P(D_{n,m} ≥ h/lcm) by enumerating every way to interleave n x's and m y's (all C(n+m, n)
 * orders are equally likely under H0): an independent check of the lattice recursions.
 */
function bruteForcePvalue(n: number, m: number, h: number): number {
  const L = (n / gcd(n, m)) * m;
  let hits = 0;
  let total = 0;
  const walk = (i: number, j: number, reached: boolean) => {
    const now = reached || Math.abs(i * (L / n) - j * (L / m)) >= h;
    if (i === n && j === m) {
      total++;
      if (now) hits++;
      return;
    }
    if (i < n) walk(i + 1, j, now);
    if (j < m) walk(i, j + 1, now);
  };
  walk(0, 0, false);
  return hits / total;
}

function expectRel(actual: number, expected: number, rel: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

describe('exact two-sample KS p-values', () => {
  test.each([
    [5, 7],
    [6, 6],
    [4, 10],
    [8, 6],
    [3, 9],
    [7, 7],
  ])('n=%i m=%i: every attainable D matches the enumeration of all orderings', (n, m) => {
    const g = gcd(n, m);
    const L = (n / g) * m;
    for (let h = 1; h <= L; h++) {
      const expected = bruteForcePvalue(n, m, h);
      const actual = n === m ? probOutsideSquare(n, h) : probOutsideBand(n, m, g, h);
      if (expected === 0) expect(actual).toBeLessThan(1e-15);
      else expectRel(actual, expected, 1e-12);
    }
  });
  test('h = 0 gives p = 1; a result above 1 is refused, as scipy does (it then goes asymptotic)', () => {
    expect(ksExactPvalue(10, 15, 0)).toBe(1);
    // the Horner series gives 1.0000000000000002 here
    expect(probOutsideSquare(7, 1)).toBeGreaterThan(1);
    expect(ksExactPvalue(7, 7, 1)).toBeNull();
  });
  test('the band recursion is symmetric in the sample sizes', () => {
    expectRel(probOutsideBand(10, 15, 5, 12), probOutsideBand(15, 10, 5, 12), 1e-15);
  });
  test('tiny p-values come out directly (no 1 − q cancellation)', () => {
    // n = m = 200, D = 0.5: p ≈ 2e-21 by the Gnedenko–Korolyuk series
    const p = probOutsideSquare(200, 100);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-18);
    // leading term 2·C(400, 100)/C(400, 200), by logs
    let logRatio = 0;
    for (let j = 0; j < 100; j++) logRatio += Math.log((200 - j) / (200 + j + 1));
    expectRel(p, 2 * Math.exp(logRatio), 1e-6);
  });
});

describe('KS statistic', () => {
  const f = (values: number[]) => Float64Array.from(values);
  test('ties across the samples are counted with ≤ (searchsorted right)', () => {
    // F_x − F_y at 1: 2/3 − 1/3; at 2: 1 − 1
    const s = ksStatistic(f([1, 1, 2]), f([1, 2, 2]));
    expect(s.numerator).toBe(3); // |i·m − j·n| = |2·3 − 1·3|
    expect(s.raw).toBeCloseTo(1 / 3, 15);
    expect(s.sign).toBe(1);
    expect(s.location).toBe(1);
  });
  test('sign and location follow scipy’s float arithmetic (values checked against scipy)', () => {
    // F_y above F_x: sign −1; 0 − 2/3 and 1/3 − 1 tie exactly but not in floats: scipy picks 3.5
    const s = ksStatistic(f([3, 4, 5]), f([1, 2, 3.5]));
    expect(s.sign).toBe(-1);
    expect(s.raw).toBe(0.6666666666666667);
    expect(s.location).toBe(3.5);
    // the reported statistic is h/L = 2/3; scipy: statistic 0.6666666666666666, p = 0.6
    const r = ksTwoSample(f([3, 4, 5]), f([1, 2, 3.5]));
    expect(r.statistic).toBe(0.6666666666666666);
    expectRel(r.pvalue_auto, 0.6, 1e-14);
    // every step of 1/7 ties exactly; 5/7 − 4/7 is the largest float
    expect(ksStatistic(f([1, 2, 3, 4, 5, 6, 7]), f([1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5])).location).toBe(5);
  });
  test('disjoint samples give D = 1, identical ones D = 0', () => {
    expect(ksStatistic(f([0, 1]), f([2, 3, 4])).raw).toBe(1);
    const same = ksTwoSample(f([1, 2, 3]), f([1, 2, 3]));
    expect(same.statistic).toBe(0);
    expect(same.pvalue_auto).toBe(1);
    expect(same.pvalue_asymp).toBe(1);
  });
  test('-0 and +0 are the same value', () => {
    expect(ksStatistic(f([-0, 1]), f([0, 1])).raw).toBe(0);
  });
});

describe('ksTwoSample', () => {
  const f = (values: number[]) => Float64Array.from(values);
  test('small samples: exact p-value, statistic on the lattice', () => {
    const r = ksTwoSample(f([1, 2, 3, 4, 5]), f([3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5]));
    expect(r.method_auto).toBe('exact');
    expectRel(r.pvalue_auto, bruteForcePvalue(5, 7, Math.round(r.statistic * 35)), 1e-12);
    expect(r.asymp_en).toBeCloseTo(35 / 12, 14);
    expect(r.asymp_N).toBe(3);
  });
  test('n = m = 1', () => {
    const r = ksTwoSample(f([0]), f([1]));
    expect(r.statistic).toBe(1);
    expect(r.pvalue_auto).toBe(1); // both orders are equally likely: D = 1 always
    // en = 0.5 rounds (half to even) to N = 0: scipy's kstwo is undefined there
    expect(r.asymp_N).toBe(0);
    expect(r.pvalue_asymp).toBeNaN();
  });
  test('N is rounded half to even, not half up', () => {
    // n = 3, m = 9: en = 27/12 = 2.25 → 2; n = m = 5: en = 2.5 → 2; n = m = 7: 3.5 → 4
    expect(ksTwoSample(f([1, 2, 3, 4, 5]), f([1.5, 2.5, 3.5, 4.5, 5.5])).asymp_N).toBe(2);
    expect(ksTwoSample(f([1, 2, 3, 4, 5, 6, 7]), f([1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5])).asymp_N).toBe(4);
  });
  test('when the exact series overshoots 1, the result is scipy’s asymptotic fallback', () => {
    // scipy 1.10–1.17: ks_2samp(range 1..7, 1.5..7.5) warns and returns p = 0.9999609537692629
    const r = ksTwoSample(f([1, 2, 3, 4, 5, 6, 7]), f([1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5]));
    expect(r.method_auto).toBe('asymp');
    expect(r.statistic).toBe(1 / 7);
    expectRel(r.pvalue_auto, 0.9999609537692629, 1e-12);
  });
  test('above 10000 values the auto method is asymptotic and reports the raw statistic', () => {
    const x = new Float64Array(12000).map((_, i) => i / 12000);
    const y = new Float64Array(9000).map((_, i) => 0.05 + i / 9000);
    const r = ksTwoSample(x, y);
    expect(r.method_auto).toBe('asymp');
    expect(r.statistic).toBe(r.statistic_raw);
    expect(r.pvalue_auto).toBe(r.pvalue_asymp);
    expect(r.pvalue_asymp).toBe(kstwoSf(r.statistic_raw, Math.round((12000 * 9000) / 21000)));
  });
  test('empty samples are refused', () => {
    expect(() => ksTwoSample(f([]), f([1]))).toThrow(/non-empty/);
  });
});
