import { categoricalCountTable } from './count-table.js';
import { normalCdf } from './normal.js';
import { zTestEvidently } from './z-test.js';

function table(ref: Record<string, number>, cur: Record<string, number>) {
  return categoricalCountTable(new Map(Object.entries(ref)), new Map(Object.entries(cur)));
}

describe('Evidently z-test', () => {
  test('pooled two-proportion z by hand', () => {
    // p1 = 0.5, p2 = 0.6 (shares of the non-first key), P = 0.55
    const r = zTestEvidently(table({ no: 50, yes: 50 }, { no: 40, yes: 60 }));
    const z = -0.1 / Math.sqrt(0.55 * 0.45 * (1 / 100 + 1 / 100));
    expect(r.statistic).toBeCloseTo(z, 14);
    expect(r.pvalue).toBeCloseTo(2 * (1 - normalCdf(Math.abs(z))), 15);
  });
  test('the same single value on both sides: p = 1', () => {
    expect(zTestEvidently(table({ a: 10 }, { a: 3 })).pvalue).toBe(1);
  });
  test('each side a different single value: decisive', () => {
    expect(zTestEvidently(table({ a: 100 }, { b: 100 })).pvalue).toBeLessThan(1e-40);
  });
});
