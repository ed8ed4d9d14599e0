/**
 * What a chart of one column shows: the reference's and the current data's share of values per bin, at
 * most MAX_CHART_BINS bins. Built from the report alone (Evidently's PSI bins: Sturges bins over the pooled
 * range, or one bin per value), so the Markdown, Mermaid and HTML renderings agree with the JSON.
 */
import type { ColumnReport } from '../drift-report.js';
import { shortText } from './short-text.js';

export const MAX_CHART_BINS = 20;
const MAX_LABEL = 18;

export interface ChartData {
  /** `range`: numeric bins, labelled by their lower edge; `value`: one bar per value or category. */
  kind: 'range' | 'value';
  labels: string[];
  /** Shares of the side's values (0…1), one per label. */
  reference: number[];
  current: number[];
  /** `range` only: the bin edges, labels.length + 1 of them. */
  edges?: number[];
}

/** A number in at most ~4 significant digits, without exponent noise for everyday magnitudes. */
export function shortNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-3) return value.toExponential(2).replace(/\.?0+e/, 'e');
  return String(Number(value.toPrecision(4)));
}

const shortLabel = (text: string) => shortText(text, MAX_LABEL);

function sum(values: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let i = from; i < to; i++) total += values[i] ?? 0;
  return total;
}

/** Chart data for a column, or null when its report has no binned shares. */
export function chartData(column: ColumnReport): ChartData | null {
  const psi = column.psi_evidently;
  if (!psi) return null;
  const ref = psi.ref_percents_raw;
  const cur = psi.cur_percents_raw;
  if (psi.edges) {
    const k = ref.length;
    const group = Math.ceil(k / MAX_CHART_BINS);
    const edges: number[] = [];
    const reference: number[] = [];
    const current: number[] = [];
    for (let start = 0; start < k; start += group) {
      const end = Math.min(k, start + group);
      edges.push(psi.edges[start] as number);
      reference.push(sum(ref, start, end));
      current.push(sum(cur, start, end));
    }
    edges.push(psi.edges[k] as number);
    return { kind: 'range', labels: edges.slice(0, -1).map(shortNumber), reference, current, edges };
  }
  const categories = (psi.categories ?? []).map((c) => (typeof c === 'number' ? shortNumber(c) : String(c)));
  if (categories.length <= MAX_CHART_BINS) {
    return { kind: 'value', labels: categories.map(shortLabel), reference: [...ref], current: [...cur] };
  }
  // Keep the values that weigh most on either side, in their order; the rest become one bar.
  const keep = new Set(
    categories
      .map((_, i) => i)
      .sort((a, b) => Math.max(ref[b] ?? 0, cur[b] ?? 0) - Math.max(ref[a] ?? 0, cur[a] ?? 0) || a - b)
      .slice(0, MAX_CHART_BINS - 1),
  );
  const labels: string[] = [];
  const reference: number[] = [];
  const current: number[] = [];
  let otherRef = 0;
  let otherCur = 0;
  categories.forEach((category, i) => {
    if (keep.has(i)) {
      labels.push(shortLabel(category));
      reference.push(ref[i] ?? 0);
      current.push(cur[i] ?? 0);
    } else {
      otherRef += ref[i] ?? 0;
      otherCur += cur[i] ?? 0;
    }
  });
  labels.push(`other (${categories.length - keep.size})`);
  reference.push(otherRef);
  current.push(otherCur);
  return { kind: 'value', labels, reference, current };
}
