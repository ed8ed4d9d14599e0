import { analyzeColumn } from './column-drift.js';
import { type ColumnDriftResult, driftJsonReplacer, type NumericColumnResult } from './drift-result.js';

const f = (values: number[]) => Float64Array.from(values);

/** Every number in a result, with its path, after the oracle's JSON encoding. */
function numbersOf(result: ColumnDriftResult): [string, unknown][] {
  const out: [string, unknown][] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, `${path}[${i}]`);
      });
    } else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    else out.push([path, value]);
  };
  walk(JSON.parse(JSON.stringify(result, driftJsonReplacer)), '');
  return out;
}

function expectNoNaN(result: ColumnDriftResult) {
  expect(numbersOf(result).filter(([, v]) => v === null)).toEqual([]);
}

describe('analyzeColumn edge cases', () => {
  test('a constant numeric column, the same on both sides: no NaN, no drift (small and large)', () => {
    for (const size of [50, 5000]) {
      const r = analyzeColumn('c', {
        type: 'numeric',
        reference: new Float64Array(size).fill(3),
        current: new Float64Array(size).fill(3),
      });
      expectNoNaN(r);
      expect(r.evidently_default?.drift).toBe(false);
      expect(r.evidently_default?.test).toBe(size <= 1000 ? 'z' : 'jensenshannon');
      expect((r as NumericColumnResult).ks?.pvalue_auto).toBe(1);
      expect(r.psi_evidently?.value).toBe(0);
    }
  });
  test('a constant categorical column: z-test p = 1 / JS 0', () => {
    const r = analyzeColumn('c', { type: 'categorical', reference: ['x', 'x', 'x'], current: ['x'] });
    expectNoNaN(r);
    expect(r.evidently_default).toMatchObject({ test: 'z', score: 1, drift: false });
    expect(r.chi2?.evidently_gof).toEqual({ statistic: 0, pvalue: 1, dof: 0 });
  });
  test('a constant reference against a varied current column', () => {
    const current = new Float64Array(40).map((_, i) => i / 10);
    const r = analyzeColumn('c', { type: 'numeric', reference: new Float64Array(40).fill(0), current });
    expectNoNaN(r);
    expect(r.evidently_default?.test).toBe('ks');
    expect(r.evidently_default?.drift).toBe(true);
    expect((r as NumericColumnResult).wasserstein?.ref_std_ddof0).toBe(0);
  });
  test('a side without values: counts reported, tests skipped, no verdict', () => {
    const r = analyzeColumn('gone', {
      type: 'numeric',
      reference: f([1, 2, 3]),
      current: f([]),
      missingCur: 4,
      nonfiniteCur: 1,
    });
    expect(r.skipped).toBe('current has no values');
    expect(r.evidently_default).toBeNull();
    expect(r).toMatchObject({
      n_ref: 3,
      n_cur: 0,
      missing_cur: 5,
      nonfinite_cur: 1,
      nunique_ref: 3,
      nunique_combined: 3,
    });
    expect((r as NumericColumnResult).ks).toBeUndefined();
    const c = analyzeColumn('gone', { type: 'categorical', reference: [], current: ['a'] });
    expect(c.skipped).toBe('reference has no values');
  });
  test('n = 1 on each side', () => {
    const r = analyzeColumn('one', { type: 'numeric', reference: f([1]), current: f([2]) }) as NumericColumnResult;
    expect(r.ks?.statistic).toBe(1);
    expect(r.ks?.pvalue_auto).toBe(1);
    // two values → z-test: z = −√2, p = 2(1 − Φ(√2)) = erfc(1)
    expect(r.evidently_default).toMatchObject({ test: 'z', drift: false });
    expect(r.evidently_default?.score).toBeCloseTo(0.15729920705028513, 14);
    expect(r.wasserstein?.normed_evidently).toBe(1000); // W1 = 1, σ_ref = 0 → ÷ 0.001
  });
  test('binary numeric columns use the z-test; few values use chi-square, recorded on the result', () => {
    const z = analyzeColumn('b', { type: 'numeric', reference: f([0, 0, 1, 1]), current: f([0, 1, 1, 1]) });
    expect(z.evidently_default?.test).toBe('z');
    expect(z.z_test?.pvalue).toBe(z.evidently_default?.score);
    const chi = analyzeColumn('k', { type: 'numeric', reference: f([0, 1, 2, 2]), current: f([0, 1, 1, 2]) });
    expect(chi.evidently_default?.test).toBe('chisquare');
    expect(chi.chi2?.evidently_gof.pvalue).toBe(chi.evidently_default?.score);
    expect(chi.chi2?.categories).toEqual([0, 1, 2]);
  });
  test('category counts and category lists give the same result', () => {
    const fromValues = analyzeColumn('c', {
      type: 'categorical',
      reference: ['a', 'b', 'b', 'c'],
      current: ['a', 'a', 'c', 'd'],
    });
    const fromCounts = analyzeColumn('c', {
      type: 'categorical',
      reference: new Map([
        ['a', 1],
        ['b', 2],
        ['c', 1],
      ]),
      current: new Map([
        ['a', 2],
        ['c', 1],
        ['d', 1],
      ]),
    });
    expect(fromCounts).toEqual(fromValues);
    expect(fromValues.chi2?.evidently_gof.statistic).toBe(Number.POSITIVE_INFINITY);
    expect(JSON.stringify(fromValues, driftJsonReplacer)).toContain('"statistic":"Infinity"');
  });
  test('the input arrays are not reordered', () => {
    const reference = f([3, 1, 2]);
    analyzeColumn('c', { type: 'numeric', reference, current: f([2, 2, 9]) });
    expect(Array.from(reference)).toEqual([3, 1, 2]);
  });
  test('keys come in the oracle’s order', () => {
    const r = analyzeColumn('c', { type: 'numeric', reference: f([1, 2, 3, 4, 5, 6]), current: f([2, 3, 4, 5, 6, 7]) });
    expect(Object.keys(r)).toEqual([
      'type',
      'n_ref',
      'n_cur',
      'missing_ref',
      'missing_cur',
      'nonfinite_ref',
      'nonfinite_cur',
      'nunique_ref',
      'nunique_cur',
      'nunique_combined',
      'ks',
      'psi_evidently',
      'psi_quantile10',
      'wasserstein',
      'jensenshannon_evidently',
      'evidently_default',
    ]);
  });
});

describe('analyzeColumn refuses bad input with a message naming it', () => {
  test('non-finite numeric values', () => {
    expect(() => analyzeColumn('price', { type: 'numeric', reference: f([1, Number.NaN]), current: f([1]) })).toThrow(
      /column "price": reference value #1 is NaN/,
    );
    expect(() =>
      analyzeColumn('price', { type: 'numeric', reference: f([1]), current: f([Number.POSITIVE_INFINITY]) }),
    ).toThrow(/column "price": current value #0 is Infinity/);
  });
  test('bad counts', () => {
    expect(() =>
      analyzeColumn('color', { type: 'categorical', reference: new Map([['red', -1]]), current: ['red'] }),
    ).toThrow(/column "color": reference count of category "red" is -1/);
    expect(() =>
      analyzeColumn('color', { type: 'categorical', reference: ['red'], current: ['red'], missingCur: 1.5 }),
    ).toThrow(/column "color".*missingCur.*1\.5/);
  });
});
