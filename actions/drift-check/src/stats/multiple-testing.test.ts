import { multipleTesting } from './multiple-testing.js';

describe('multiple testing over per-column p-values', () => {
  test('Bonferroni, Benjamini–Hochberg and uncorrected rejections (BH step-up)', () => {
    const r = multipleTesting([
      ['a', 0.01],
      ['b', 0.036],
      ['c', 0.03],
      ['d', 0.2],
    ]);
    expect(r.bonferroni_threshold).toBe(0.0125);
    expect(r.bonferroni_rejected).toEqual(['a']);
    // sorted: 0.01 ≤ 0.0125, 0.03 > 0.025, 0.036 ≤ 0.0375 → step-up: the three smallest
    expect(r.bh_rejected).toEqual(['a', 'b', 'c']);
    expect(r.uncorrected_rejected).toEqual(['a', 'b', 'c']);
    expect([r.bonferroni_drift, r.bh_drift, r.n_tests]).toEqual([true, true, 4]);
  });
  test('nothing to test', () => {
    const r = multipleTesting([]);
    expect([r.n_tests, r.bonferroni_drift, r.bh_drift]).toEqual([0, false, false]);
  });
});
