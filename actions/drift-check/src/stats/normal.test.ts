import { erf, erfc, normalCdf } from './normal.js';

function expectRel(actual: number, expected: number, rel: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

describe('normal distribution (Cephes ndtr)', () => {
  test('known values', () => {
    expect(normalCdf(0)).toBe(0.5);
    expectRel(normalCdf(1.959963984540054), 0.975, 1e-15);
    expectRel(normalCdf(-1.959963984540054), 0.025, 1e-14);
    expectRel(erfc(1), 0.15729920705028513, 1e-15);
    expectRel(erf(0.5), 0.5204998778130465, 1e-15);
    // far tails: erfc(10) = 2.088487583762545e-45
    expectRel(erfc(10), 2.088487583762545e-45, 1e-13);
    expectRel(normalCdf(-10), 7.61985302416047e-24, 1e-13);
  });
  test('symmetry and limits', () => {
    for (const x of [0.1, 0.7, 1.5, 4]) {
      expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 15);
      expect(erf(-x)).toBe(-erf(x));
    }
    expect(erfc(-30)).toBe(2);
    expect(erfc(30)).toBe(0);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });
});
