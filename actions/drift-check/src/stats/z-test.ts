/**
 * Evidently's two-proportion z-test for columns with at most two distinct values
 * (evidently/calculations/stattests/z_stattest.py): the smallest value is coded 0, the other 1,
 * z = (p1 − p2)/√(P(1 − P)(1/n1 + 1/n2)) with the pooled share P, p = 2(1 − Φ(|z|)).
 * When both sides hold the same single value p = 1. Drift iff p < 0.05.
 */

import type { CountTable } from './count-table.js';
import { normalCdf } from './normal.js';

export const Z_TEST_ALPHA = 0.05;

export interface ZTestResult {
  statistic: number;
  pvalue: number;
}

/** The z-test on a count table of at most two keys, sorted ascending; both sides non-empty. */
export function zTestEvidently(table: CountTable): ZTestResult {
  if (table.keys.length === 1) return { statistic: 0, pvalue: 1 }; // one value, the same on both sides
  const n1 = table.nRef;
  const n2 = table.nCur;
  // sum of the 0/1 codes: everything that is not the first (smallest) key
  const p1 = (n1 - (table.ref[0] as number)) / n1;
  const p2 = (n2 - (table.cur[0] as number)) / n2;
  const P = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1.0 / n1 + 1.0 / n2));
  return { statistic: z, pvalue: 2 * (1 - normalCdf(Math.abs(z))) };
}
