// docs/drift-report.md documents every field a report can hold: a field added to the report without
// a line in the documentation fails here.
import { readFileSync } from 'node:fs';
import { hostileReport } from './report/test-report.js';

const docs = readFileSync(new URL('../../../docs/drift-report.md', import.meta.url), 'utf8');

/** The keys of `value` and of its objects down to `depth`, skipping the data-named levels (column names). */
function keysOf(value: unknown, depth: number, skip: (path: string[]) => boolean, path: string[] = []): Set<string> {
  const keys = new Set<string>();
  if (depth === 0 || value === null || typeof value !== 'object' || Array.isArray(value)) return keys;
  for (const [key, child] of Object.entries(value)) {
    const named = skip(path);
    if (!named) keys.add(key);
    for (const k of keysOf(child, named ? depth : depth - 1, skip, [...path, named ? '*' : key])) keys.add(k);
  }
  return keys;
}

test('every field of a report is documented in docs/drift-report.md', async () => {
  const report = await hostileReport();
  const quantile = await hostileReport({ psiBins: { method: 'quantile', bins: 5 }, correction: 'fdr' });
  expect(Object.values(quantile.columns).some((c) => c.psi_quantile)).toBe(true);
  expect(Object.values(quantile.columns).some((c) => c.decision.corrected_pvalue !== undefined)).toBe(true);
  const keys = new Set<string>();
  // column names and category names are data, not fields
  const dataLevel = (path: string[]) => path.length === 1 && (path[0] === 'columns' || path[0] === 'column_types');
  for (const r of [report, quantile]) for (const k of keysOf(r, 3, dataLevel)) keys.add(k);
  expect(keys.size).toBeGreaterThan(60);
  const undocumented = [...keys].filter((key) => !docs.includes(`\`${key}\``));
  expect(undocumented).toEqual([]);
});
