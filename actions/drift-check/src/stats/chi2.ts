/**
 * Chi-square tests on a reference/current count table.
 * - Evidently's test (evidently/calculations/stattests/chisquare_stattest.py): goodness of fit
 *   of the current counts against the reference counts scaled to the current size, via
 *   scipy.stats.chisquare; dof = categories − 1. A category absent from the reference but present
 *   in the current data has expected count 0: χ² = ∞, p = 0. Drift iff p < 0.05.
 * - scipy.stats.chi2_contingency on the 2 × k table (a test of homogeneity), with Yates'
 *   continuity correction when dof = 1.
 */

import type { CountTable } from './count-table.js';
import { chi2Sf } from './incomplete-gamma.js';
import { numpySum } from './numpy-sum.js';

export const CHI2_ALPHA = 0.05;

export interface ChiSquareTest {
  statistic: number;
  pvalue: number;
  dof: number;
}

export interface ContingencyTest extends ChiSquareTest {
  yates_applied: boolean;
}

export interface Chi2Result {
  categories: (number | string)[];
  ref_counts: number[];
  cur_counts: number[];
  evidently_gof: ChiSquareTest;
  contingency: ContingencyTest;
}

/**
 * p-value of a χ² statistic; with dof = 0 (a single category) the statistic is 0 and there is
 * nothing to reject, so p = 1 where scipy would return NaN.
 */
function pvalueOf(statistic: number, dof: number): number {
  if (dof === 0) return 1;
  return chi2Sf(statistic, dof);
}

/** Evidently's goodness-of-fit chi-square; both sides must be non-empty. */
export function chiSquareEvidently(table: CountTable): ChiSquareTest {
  const k = table.keys.length;
  const kNorm = table.nCur / table.nRef;
  const terms = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const expected = (table.ref[i] as number) * kNorm;
    const observed = table.cur[i] as number;
    const diff = observed - expected;
    terms[i] = (diff * diff) / expected; // 0/0 cannot happen: every key occurs on some side
  }
  const statistic = numpySum(terms);
  const dof = k - 1;
  return { statistic, pvalue: pvalueOf(statistic, dof), dof };
}

/** scipy.stats.chi2_contingency(correction=True) of the 2 × k table [reference; current]. */
export function chiSquareContingency(table: CountTable): ContingencyTest {
  const k = table.keys.length;
  const total = table.nRef + table.nCur;
  const dof = k - 1;
  if (dof === 0) return { statistic: 0, pvalue: 1, dof, yates_applied: false };
  const yates = dof === 1;
  const terms = new Float64Array(2 * k);
  const rows = [table.ref, table.cur];
  const rowSums = [table.nRef, table.nCur];
  for (let r = 0; r < 2; r++) {
    const row = rows[r] as Float64Array;
    for (let c = 0; c < k; c++) {
      const columnSum = (table.ref[c] as number) + (table.cur[c] as number);
      const expected = ((rowSums[r] as number) * columnSum) / total;
      let observed = row[c] as number;
      if (yates) {
        const diff = expected - observed;
        observed += Math.min(0.5, Math.abs(diff)) * Math.sign(diff);
      }
      const d = observed - expected;
      terms[r * k + c] = (d * d) / expected;
    }
  }
  const statistic = numpySum(terms);
  return { statistic, pvalue: pvalueOf(statistic, dof), dof, yates_applied: yates };
}

/** Both chi-square tests with the table they ran on; both sides must be non-empty. */
export function chi2Tests(table: CountTable): Chi2Result {
  return {
    categories: table.keys,
    ref_counts: Array.from(table.ref),
    cur_counts: Array.from(table.cur),
    evidently_gof: chiSquareEvidently(table),
    contingency: chiSquareContingency(table),
  };
}
