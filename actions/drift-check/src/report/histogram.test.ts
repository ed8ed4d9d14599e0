import type { ColumnReport } from '../drift-report.js';
import { chartData, MAX_CHART_BINS, shortNumber } from './histogram.js';

const column = (psi: Record<string, unknown>) => ({ psi_evidently: psi }) as unknown as ColumnReport;

test('Sturges bins beyond 20 are merged in runs of adjacent bins; shares are summed, edges kept', () => {
  const k = 23;
  const edges = Array.from({ length: k + 1 }, (_, i) => i / 10);
  const ref = Array.from({ length: k }, () => 1 / k);
  const cur = Array.from({ length: k }, (_, i) => (i === 0 ? 1 : 0));
  const chart = chartData(column({ edges, ref_percents_raw: ref, cur_percents_raw: cur }));
  // ceil(23/20) = 2 bins per bar → 12 bars
  expect(chart?.kind).toBe('range');
  expect(chart?.labels).toHaveLength(12);
  expect(chart?.edges).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.4, 1.6, 1.8, 2, 2.2, 2.3]);
  expect(chart?.reference[0]).toBeCloseTo(2 / k, 15);
  expect(chart?.reference[11]).toBeCloseTo(1 / k, 15);
  expect(chart?.current).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  expect(chart?.labels.slice(0, 3)).toEqual(['0', '0.2', '0.4']);
});

test('many categories keep the 19 that weigh most on either side, in order, and pool the rest', () => {
  const categories = Array.from({ length: 30 }, (_, i) => `cat-${i}`);
  const ref = categories.map((_, i) => (i < 25 ? (i + 1) / 1000 : 0));
  const cur = categories.map((_, i) => (i === 29 ? 0.5 : 0));
  const chart = chartData(column({ categories, ref_percents_raw: ref, cur_percents_raw: cur }));
  expect(chart?.labels).toHaveLength(MAX_CHART_BINS);
  expect(chart?.labels.at(-1)).toBe('other (11)');
  expect(chart?.labels.slice(0, 3)).toEqual(['cat-7', 'cat-8', 'cat-9']);
  expect(chart?.labels.at(-2)).toBe('cat-29');
  const total = (values: number[] | undefined) => (values ?? []).reduce((a, b) => a + b, 0);
  expect(total(chart?.reference)).toBeCloseTo(total(ref), 15);
  expect(total(chart?.current)).toBeCloseTo(0.5, 15);
});

test('numbers are short; long labels are cut; a column without bins has no chart', () => {
  expect([shortNumber(-0.917109749), shortNumber(1234567), shortNumber(0.00001234), shortNumber(12)]).toEqual([
    '-0.9171',
    '1.23e+6',
    '1.23e-5',
    '12',
  ]);
  const chart = chartData(column({ categories: ['a'.repeat(40)], ref_percents_raw: [1], cur_percents_raw: [1] }));
  expect(chart?.labels[0]).toBe(`${'a'.repeat(17)}…`);
  expect(chartData({} as ColumnReport)).toBeNull();
});
