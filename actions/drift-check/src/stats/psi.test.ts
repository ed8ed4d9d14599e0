import { distinctValueBins } from './binning.js';
import { categoricalCountTable, countCategories } from './count-table.js';
import { psiDeciles, psiEvidently, psiValue, referenceDeciles } from './psi.js';

const f = (values: number[]) => Float64Array.from(values);

describe('PSI', () => {
  test('Σ (r − c)·ln(r/c) by hand', () => {
    // 0.25·ln 2 − 0.25·ln(2/3) = 0.25·ln 3
    expect(psiValue(f([0.5, 0.5]), f([0.25, 0.75]))).toBeCloseTo(0.25 * Math.log(3), 15);
    expect(psiValue(f([0.2, 0.8]), f([0.2, 0.8]))).toBe(0);
  });
  test('Evidently PSI on categories, with a category new in the current data', () => {
    const table = categoricalCountTable(countCategories(['a', 'a', 'b', 'b']), countCategories(['a', 'b', 'c', 'c']));
    const psi = psiEvidently(distinctValueBins(table));
    expect(psi.binning).toBe('distinct_values');
    expect(psi.categories).toEqual(['a', 'b', 'c']);
    expect(psi.ref_percents_raw).toEqual([0.5, 0.5, 0]);
    expect(psi.ref_percents).toEqual([0.5, 0.5, 0.0001]);
    const expected = 2 * (0.5 - 0.25) * Math.log(0.5 / 0.25) + (0.0001 - 0.5) * Math.log(0.0001 / 0.5);
    expect(psi.value).toBeCloseTo(expected, 14);
    expect(psi.sturges_k_formula).toBeUndefined();
  });
});

describe('PSI over reference deciles', () => {
  test('duplicate deciles collapse; values on an edge go to the upper bin; outer bins are open', () => {
    const x = f([1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
    // deciles: 1 (×8) and the 90% one between x[8] = 1 and x[9] = 2: numpy gives 1.0999999999999996
    expect(Array.from(referenceDeciles(x))).toEqual([1, 1.0999999999999996]);
    const psi = psiDeciles(x, f([0, 1, 1.0999999999999996, 5]));
    expect(psi.n_bins).toBe(3);
    expect(psi.ref_counts).toEqual([0, 9, 1]);
    expect(psi.cur_counts).toEqual([1, 1, 2]);
    expect(psi.ref_percents).toEqual([0.0001, 0.9, 0.1]);
  });
  test('identical samples: PSI 0', () => {
    const x = new Float64Array(100).map((_, i) => i);
    expect(psiDeciles(x, x).value).toBe(0);
  });
});
