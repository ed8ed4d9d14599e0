import { psiQuantile } from './psi-quantile.js';

test('quartile bins of the reference: edges, counts with [e_k, e_k+1) bins, zero fill and the PSI sum', () => {
  const reference = Float64Array.from([8, 1, 7, 2, 6, 3, 5, 4]);
  const current = Float64Array.from([1, 1, 1, 1, 8, 8, 8, 8]);
  const result = psiQuantile(reference, current, 4);
  // numpy.quantile([1..8], [.25, .5, .75]) = 2.75, 4.5, 6.25
  expect(result.interior_edges).toEqual([2.75, 4.5, 6.25]);
  expect(result.ref_counts).toEqual([2, 2, 2, 2]);
  expect(result.cur_counts).toEqual([4, 0, 0, 4]);
  const eps = 0.0001; // smallest non-zero share is 0.5 > 1e-4
  const expected = 2 * (0.25 - 0.5) * Math.log(0.25 / 0.5) + 2 * (0.25 - eps) * Math.log(0.25 / eps);
  expect(result.value).toBeCloseTo(expected, 14);
  expect(result.n_bins).toBe(4);
});

test('repeated reference values collapse duplicate edges; a value on an edge goes to the bin above', () => {
  const reference = Float64Array.from([0, 0, 0, 0, 0, 0, 1, 2]);
  const result = psiQuantile(reference, Float64Array.from([0, 1, 2]), 4);
  // quantiles .25 .5 .75 of the reference are 0, 0, 0.25: two distinct edges, three bins
  expect(result.interior_edges).toEqual([0, 0.25]);
  expect(result.ref_counts).toEqual([0, 6, 2]);
  expect(result.cur_counts).toEqual([0, 1, 2]);
});
