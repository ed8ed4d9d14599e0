import { frexpExponent, ldexp } from './float-bits.js';
import { numpySum } from './numpy-sum.js';
import { roundHalfEven } from './round-half-even.js';

describe('numpySum', () => {
  test('numpy’s pairwise order: 8 accumulators, then the pairwise tree (values from numpy 1.24)', () => {
    // np.sum([1e16] + [1.0]*15) == 1.0000000000000014e16; a plain loop gives 1e16
    expect(numpySum(Float64Array.from([1e16, ...new Array(15).fill(1)]))).toBe(1.0000000000000014e16);
    // np.sum([1e16] + [1.0]*200) == 1.0000000000000188e16
    expect(numpySum(Float64Array.from([1e16, ...new Array(200).fill(1)]))).toBe(1.0000000000000188e16);
  });
  test('short, empty and ranged sums', () => {
    expect(numpySum([])).toBe(0);
    expect(numpySum([1, 2, 3])).toBe(6);
    expect(numpySum([1, 2, 3, 4, 5], 1, 4)).toBe(9);
    const ones = new Float64Array(100001).fill(0.5);
    expect(numpySum(ones)).toBe(50000.5);
  });
});

describe('float bits', () => {
  test('frexp exponent and ldexp invert each other, subnormals included', () => {
    for (const x of [1, 0.5, 3, 1e300, 1e-300, 5e-324, -7.25, 2.2250738585072014e-308]) {
      const e = frexpExponent(x);
      const m = ldexp(x, -e);
      expect(Math.abs(m)).toBeGreaterThanOrEqual(0.5);
      expect(Math.abs(m)).toBeLessThan(1);
      expect(ldexp(m, e)).toBe(x);
    }
    expect(frexpExponent(0)).toBe(0);
    expect(ldexp(1, 1024)).toBe(Number.POSITIVE_INFINITY);
    expect(ldexp(1, -1074)).toBe(5e-324);
    expect(ldexp(1, -1080)).toBe(0);
    expect(ldexp(0.75, -1073)).toBe(5e-324 * 2); // rounded once, to even
  });
});

describe('roundHalfEven', () => {
  test('ties go to the even neighbour, as np.round', () => {
    expect(roundHalfEven(4846.5)).toBe(4846);
    expect(roundHalfEven(4847.5)).toBe(4848);
    expect(roundHalfEven(0.5)).toBe(0);
    expect(roundHalfEven(2.4999999999999996)).toBe(2);
    expect(roundHalfEven(24.747474747474747)).toBe(25);
    expect(roundHalfEven(-1.5)).toBe(-2);
  });
});
