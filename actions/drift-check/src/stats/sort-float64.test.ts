import { sortedCopy } from './sort-float64.js';

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

function expectSameOrder(actual: Float64Array, expected: Float64Array) {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i])) throw new Error(`index ${i}: ${actual[i]} vs ${expected[i]}`);
  }
}

describe('sortedCopy', () => {
  test('large arrays (radix path) sort like the built-in sort, signs, zeros, ties and extremes included', () => {
    const rnd = lcg(42);
    const values = new Float64Array(50000).map(() => {
      const u = rnd();
      if (u < 0.05)
        return [0, -0, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 2.2250738585072014e-308][
          Math.floor(rnd() * 7)
        ] as number;
      if (u < 0.2) return Math.round(rnd() * 20) - 10; // many ties
      return (rnd() - 0.5) * 10 ** (Math.floor(rnd() * 40) - 20);
    });
    expectSameOrder(sortedCopy(values), values.slice().sort());
  });
  test('one-sign data skips constant digits and still sorts (odd pass count)', () => {
    const rnd = lcg(7);
    const values = new Float64Array(10000).map(() => 1 + rnd());
    expectSameOrder(sortedCopy(values), values.slice().sort());
  });
  test('small arrays and the input is left untouched', () => {
    const values = Float64Array.from([3, -1, 2, -0, 0]);
    expectSameOrder(sortedCopy(values), Float64Array.from([-1, -0, 0, 2, 3]));
    expectSameOrder(values, Float64Array.from([3, -1, 2, -0, 0]));
    expect(sortedCopy(new Float64Array(0)).length).toBe(0);
    const big = new Float64Array(5000).map((_, i) => 5000 - i);
    const copy = big.slice();
    sortedCopy(big);
    expectSameOrder(big, copy);
  });
});
