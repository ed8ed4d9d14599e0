import { chiSquareContingency, chiSquareEvidently } from './chi2.js';
import { type CountTable, categoricalCountTable } from './count-table.js';
import { erfc } from './normal.js';

function table(ref: Record<string, number>, cur: Record<string, number>): CountTable {
  return categoricalCountTable(new Map(Object.entries(ref)), new Map(Object.entries(cur)));
}

describe('Evidently chi-square (goodness of fit against scaled reference counts)', () => {
  test('a 2-category case by hand: χ² = 4, p = erfc(√2)', () => {
    const r = chiSquareEvidently(table({ a: 50, b: 50 }, { a: 40, b: 60 }));
    expect(r.statistic).toBeCloseTo(4, 14);
    expect(r.dof).toBe(1);
    expect(r.pvalue).toBeCloseTo(erfc(Math.SQRT2), 14);
  });
  test('reference counts are scaled to the current size', () => {
    // expected = [100, 100]·(100/200) = [50, 50]
    const r = chiSquareEvidently(table({ a: 100, b: 100 }, { a: 40, b: 60 }));
    expect(r.statistic).toBeCloseTo(4, 14);
  });
  test('a category new in the current data: χ² = ∞, p = 0', () => {
    const r = chiSquareEvidently(table({ a: 5, b: 5 }, { a: 4, b: 4, c: 2 }));
    expect(r.statistic).toBe(Number.POSITIVE_INFINITY);
    expect(r.pvalue).toBe(0);
    expect(r.dof).toBe(2);
  });
  test('a single category: nothing to test, p = 1 rather than NaN', () => {
    const r = chiSquareEvidently(table({ a: 5 }, { a: 9 }));
    expect(r).toEqual({ statistic: 0, pvalue: 1, dof: 0 });
  });
});

describe('contingency test (scipy.stats.chi2_contingency)', () => {
  test('dof 1 applies Yates’ correction (scipy: 1.6363636363636362, p 0.20082512269514174)', () => {
    const r = chiSquareContingency(table({ a: 50, b: 50 }, { a: 40, b: 60 }));
    expect(r.yates_applied).toBe(true);
    expect(r.statistic).toBeCloseTo(1.6363636363636362, 14);
    expect(r.pvalue).toBeCloseTo(0.20082512269514174, 14);
  });
  test('dof > 1 is uncorrected; a single category is dof 0 with p = 1 (as scipy)', () => {
    const r = chiSquareContingency(table({ a: 10, b: 20, c: 30 }, { a: 30, b: 20, c: 10 }));
    expect(r.yates_applied).toBe(false);
    expect(r.dof).toBe(2);
    // expected 20 everywhere: (10² + 0 + 10²)/20 · 2
    expect(r.statistic).toBeCloseTo(20, 13);
    expect(chiSquareContingency(table({ a: 3 }, { a: 4 }))).toEqual({
      statistic: 0,
      pvalue: 1,
      dof: 0,
      yates_applied: false,
    });
  });
});
