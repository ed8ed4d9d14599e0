import { distinctValueBins, evidentlyNumericBins, histogramSorted, sturgesEdges, zeroFill } from './binning.js';
import { categoricalCountTable, countCategories, numericCountTable } from './count-table.js';
import { quantileSorted } from './quantile.js';

const f = (values: number[]) => Float64Array.from(values);

describe('Sturges bins (np.histogram_bin_edges(..., "sturges"))', () => {
  test('k = ⌈(hi − lo)/width⌉ equal bins, edges i·step + lo, the last edge exactly hi', () => {
    // width = 10/(log2 100 + 1) = 1.309…, k = ⌈7.64⌉ = 8
    const edges = sturgesEdges(0, 10, 100);
    expect(edges.length).toBe(9);
    expect(edges[1]).toBe(1.25);
    expect(edges[8]).toBe(10);
    // values from the oracle: small/x_same, edges[5] = -0.11995762499999962
    const oracle = sturgesEdges(-4.387257, 2.440422, 100);
    expect(oracle[5]).toBe(-0.11995762499999962);
  });
  test('a single pooled value gets one unit-wide bin, as numpy does', () => {
    expect(Array.from(sturgesEdges(3, 3, 10))).toEqual([2.5, 3.5]);
  });
  test('histogram counts: [e_i, e_{i+1}), the last bin closed', () => {
    expect(Array.from(histogramSorted(f([0, 1, 1, 2, 3]), f([0, 1, 2, 3])))).toEqual([1, 2, 2]);
    expect(Array.from(histogramSorted(f([-1, 0.5, 4]), f([0, 1, 2, 3])))).toEqual([1, 0, 0]);
  });
  test('more than 20 distinct reference values → Sturges over the pooled range; else one bin per value', () => {
    const x = new Float64Array(21).map((_, i) => i);
    const y = f([30, 31]);
    const sturges = evidentlyNumericBins(x, y, 21);
    expect(sturges.binning).toBe('sturges_combined');
    expect(sturges.edges?.[0]).toBe(0);
    expect(sturges.edges?.[(sturges.edges?.length ?? 1) - 1]).toBe(31);
    expect(sturges.refPercents.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 15);
    const few = evidentlyNumericBins(f([1, 1, 2]), f([2, 3]), 2);
    expect(few.binning).toBe('distinct_values');
    expect(few.categories).toEqual([1, 2, 3]);
    expect(Array.from(few.refPercents)).toEqual([2 / 3, 1 / 3, 0]);
    expect(Array.from(few.curPercents)).toEqual([0, 0.5, 0.5]);
  });
});

describe('count tables', () => {
  test('numeric: pooled distinct values in order, -0 merged with 0', () => {
    const t = numericCountTable(f([-0, 0, 2, 2]), f([1, 2]));
    expect(t.keys).toEqual([0, 1, 2]);
    expect(Array.from(t.ref)).toEqual([2, 0, 2]);
    expect(Array.from(t.cur)).toEqual([0, 1, 1]);
  });
  test('categorical: union of categories, sorted; counts and sizes', () => {
    const t = categoricalCountTable(countCategories(['b', 'a', 'b']), countCategories(['c']));
    expect(t.keys).toEqual(['a', 'b', 'c']);
    expect(Array.from(t.ref)).toEqual([1, 2, 0]);
    expect(Array.from(t.cur)).toEqual([0, 0, 1]);
    expect([t.nRef, t.nCur]).toEqual([3, 1]);
    expect(distinctValueBins(t).categories).toEqual(['a', 'b', 'c']);
  });
});

describe('Evidently zero fill', () => {
  test('ε = 1e-4 unless the smallest non-zero share is ≤ 1e-4, then that share / 1e6', () => {
    expect(zeroFill(f([0.5, 0.5, 0])).epsilon).toBe(0.0001);
    expect(Array.from(zeroFill(f([0.5, 0.5, 0])).filled)).toEqual([0.5, 0.5, 0.0001]);
    const tiny = zeroFill(f([0.99999, 0.00001, 0]));
    expect(tiny.epsilon).toBe(0.00001 / 10 ** 6);
    expect(zeroFill(f([0.9999, 0.0001, 0])).epsilon).toBe(0.0001 / 10 ** 6);
  });
});

describe('type-7 quantiles (numpy linear)', () => {
  test('interpolation from the nearer end, clamped at the ends', () => {
    const x = f([1, 2, 3, 4]);
    expect(quantileSorted(x, 0.5)).toBe(2.5);
    expect(quantileSorted(x, 0.1)).toBe(1.3);
    expect(quantileSorted(x, 0.9)).toBe(3.7);
    expect(quantileSorted(x, 1)).toBe(4);
    expect(quantileSorted(f([5]), 0.3)).toBe(5);
    expect(quantileSorted(f([]), 0.3)).toBeNaN();
  });
});
