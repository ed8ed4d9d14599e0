import { populationStd, wassersteinDistance, wassersteinEvidently } from './wasserstein.js';

const f = (values: number[]) => Float64Array.from(values);

describe('Wasserstein W1', () => {
  test('a shift moves every quantile by the same amount', () => {
    expect(wassersteinDistance(f([0, 1, 3]), f([5, 6, 8]))).toBe(5);
  });
  test('W1 = ∫|F − G|, ties and unequal sizes', () => {
    // ∫|F−G| = 1·1 (on [0,1)) + 0.5·1 (on [1,2))
    expect(wassersteinDistance(f([0]), f([1, 2]))).toBe(1.5);
    expect(wassersteinDistance(f([1, 1, 2]), f([1, 2, 2]))).toBeCloseTo(1 / 3, 15);
    expect(wassersteinDistance(f([4, 4]), f([4]))).toBe(0);
  });
  test('Evidently norms by max(σ_ref, 0.001), σ the population standard deviation', () => {
    expect(populationStd(f([1, 2, 3, 4]))).toBeCloseTo(Math.sqrt(1.25), 15);
    const normed = wassersteinEvidently(2, f([1, 2, 3, 4]));
    expect(normed.normed_evidently).toBeCloseTo(2 / Math.sqrt(1.25), 15);
    // a constant reference: σ = 0 → divided by 0.001, never by 0
    expect(wassersteinEvidently(0.5, f([7, 7, 7])).normed_evidently).toBe(500);
  });
  test('values whose squares overflow still give their standard deviation (numpy gives Infinity)', () => {
    for (const big of [1e154, 1e200, 1e300]) {
      expect(populationStd(f([big, -big]))).toBe(big);
      const { normed_evidently } = wassersteinEvidently(wassersteinDistance(f([-big, big]), f([0])), f([big, -big]));
      expect(normed_evidently).toBe(1);
    }
    // Below the threshold nothing is scaled: the same bits as before.
    const moderate = f([1e150, -3e149, 7.25e149]);
    const mean = (1e150 + -3e149 + 7.25e149) / 3;
    const direct = Math.sqrt([...moderate].reduce((s, v) => s + (v - mean) ** 2, 0) / 3);
    expect(populationStd(moderate)).toBeCloseTo(direct, -136);
  });
});
