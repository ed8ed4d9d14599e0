/** Number formats shared by the Markdown and HTML renderings. */
import type { ColumnDecision, ColumnReport, NumericEffectSize } from '../drift-report.js';

/** A p-value or distance with 3 significant digits; tiny p-values in exponent form. */
export function formatScore(value: number): string {
  if (Number.isNaN(value)) return 'n/a';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  if (Math.abs(value) < 1e-3) return value.toExponential(2);
  return String(Number(value.toPrecision(3)));
}

export function formatPercent(share: number): string {
  if (share === 0) return '0%';
  if (share < 0.001) return '<0.1%';
  return `${Number((share * 100).toFixed(1))}%`;
}

/** "p = 0.00131" or "0.238". */
export function formatDecisionScore(decision: ColumnDecision): string {
  const shown = decision.corrected_pvalue ?? decision.score;
  const text = formatScore(shown);
  if (decision.kind !== 'p_value') return text;
  return decision.corrected_pvalue !== undefined
    ? `p = ${text} (corrected; raw ${formatScore(decision.score)})`
    : `p = ${text}`;
}

/** "≤ 0.05" (KS), "< 0.05" (chi-square, z), "≥ 0.1" (distances): what counts as drift. */
export function formatThreshold(decision: ColumnDecision): string {
  const op = decision.kind === 'distance' ? '≥' : decision.test === 'ks' ? '≤' : '<';
  return `${op} ${decision.threshold}`;
}

export function testLabel(decision: ColumnDecision): string {
  return decision.chosen_by === 'auto' ? `${decision.test} (auto)` : decision.test;
}

/** Cohen's d for numbers, total variation distance for categories. */
export function formatEffect(column: ColumnReport): string {
  if (column.type === 'numeric') {
    const d = (column.effect_size as NumericEffectSize).standardized_mean_difference;
    return `d = ${formatScore(d)}`;
  }
  const effect = column.effect_size as { total_variation: number };
  return `TV = ${formatScore(effect.total_variation)}`;
}
