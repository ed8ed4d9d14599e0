import { categoricalEffectSize, categoryChanges, numericEffectSize } from './effect-size.js';
import { analyzeColumn, type CategoricalColumnResult, type NumericColumnResult } from './stats/index.js';

test("numeric: means, sample standard deviations and Cohen's d with the pooled deviation", () => {
  const reference = Float64Array.from([1, 2, 3, 4, 5]);
  const current = Float64Array.from([3, 4, 5, 6, 7]);
  const result = analyzeColumn('x', { type: 'numeric', reference, current }) as NumericColumnResult;
  const effect = numericEffectSize(reference, current, result);
  expect(effect).toMatchObject({ mean_ref: 3, mean_cur: 5, std_ref: Math.sqrt(2.5), std_cur: Math.sqrt(2.5) });
  expect(effect.standardized_mean_difference).toBeCloseTo(2 / Math.sqrt(2.5), 14);
  expect(effect.ks_statistic).toBe(result.ks?.statistic);
  expect(effect.wasserstein_normed).toBe(result.wasserstein?.normed_evidently);
});

test("numeric: values near the top of the double range keep finite deviations and the same Cohen's d", () => {
  const reference = Float64Array.from([1, 2, 3, 4, 5].map((v) => v * 1e300));
  const current = Float64Array.from([3, 4, 5, 6, 7].map((v) => v * 1e300));
  const result = analyzeColumn('x', { type: 'numeric', reference, current }) as NumericColumnResult;
  const effect = numericEffectSize(reference, current, result);
  expect(effect.mean_ref).toBeCloseTo(3e300, -287);
  expect(effect.std_ref / 1e300).toBeCloseTo(Math.sqrt(2.5), 12);
  expect(effect.standardized_mean_difference).toBeCloseTo(2 / Math.sqrt(2.5), 12);
  expect(result.wasserstein?.normed_evidently).toBeCloseTo(2 / Math.sqrt(2), 12);
});

test('numeric: constant sides give 0/0 = NaN when equal and an infinite effect when not', () => {
  const same = Float64Array.from([2, 2, 2]);
  const result = analyzeColumn('x', { type: 'numeric', reference: same, current: same }) as NumericColumnResult;
  expect(numericEffectSize(same, same, result).standardized_mean_difference).toBeNaN();
  const up = Float64Array.from([3, 3, 3]);
  const moved = analyzeColumn('x', { type: 'numeric', reference: same, current: up }) as NumericColumnResult;
  expect(numericEffectSize(same, up, moved).standardized_mean_difference).toBe(Number.POSITIVE_INFINITY);
});

test('categorical: total variation, the largest shift, and new and vanished categories by count', () => {
  const reference = ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'old', 'gone', 'gone'];
  const current = ['a', 'a', 'b', 'b', 'b', 'b', 'new', 'new', 'new', 'fresh'];
  const result = analyzeColumn('c', { type: 'categorical', reference, current }) as CategoricalColumnResult;
  const effect = categoricalEffectSize(result);
  // shares ref a .4 b .3 old .1 gone .2; cur a .2 b .4 new .3 fresh .1 → |Δ| .2 .1 .1 .2 .3 .1 = 1.0
  expect(effect.total_variation).toBeCloseTo(0.5, 15);
  expect(effect.largest_shift).toEqual({ category: 'new', ref_share: 0, cur_share: 0.3 });
  expect(effect.jensenshannon_distance).toBe(result.jensenshannon_evidently?.distance);
  expect(categoryChanges(result)).toEqual({
    new: [
      { category: 'new', count: 3 },
      { category: 'fresh', count: 1 },
    ],
    n_new: 2,
    vanished: [
      { category: 'gone', count: 2 },
      { category: 'old', count: 1 },
    ],
    n_vanished: 2,
  });
});

test('categorical: at most 50 categories are listed, the count says how many there are', () => {
  const current = Array.from({ length: 120 }, (_, i) => `c${i}`);
  const result = analyzeColumn('c', { type: 'categorical', reference: ['x'], current }) as CategoricalColumnResult;
  const changes = categoryChanges(result);
  expect(changes.n_new).toBe(120);
  expect(changes.new).toHaveLength(50);
  expect(changes.vanished).toEqual([{ category: 'x', count: 1 }]);
});
