import type { DriftReport } from '../drift-report.js';
import { driftJsonReplacer } from '../stats/index.js';

/** The report as JSON: NaN → null, ±∞ → "Infinity" / "-Infinity" (the oracle's encoding), two-space indent. */
export function reportJson(report: DriftReport): string {
  return `${JSON.stringify(report, driftJsonReplacer, 2)}\n`;
}
