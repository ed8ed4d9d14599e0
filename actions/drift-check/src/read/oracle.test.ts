/**
 * The oracle's small and medium pairs (shared/oracle, beside the repository) read as the oracle's
 * Python read them: per column, type, value count, missing and non-finite counts, distinct values and
 * category counts, walked from expected_*.json. The oracle's `missing_*` counts every dropped cell, so it
 * is our `missing + nonFinite`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alignColumns } from './align-columns.js';
import { readTable } from './read-table.js';
import type { ColumnData, Table } from './types.js';

const ORACLE_DIR = fileURLToPath(new URL('../../../../../shared/oracle/', import.meta.url));

interface ExpectedColumn {
  type: 'numeric' | 'categorical';
  n_ref: number;
  n_cur: number;
  missing_ref: number;
  missing_cur: number;
  nonfinite_ref?: number;
  nonfinite_cur?: number;
  nunique_ref: number;
  nunique_cur: number;
  nunique_combined: number;
  chi2?: { categories: string[]; ref_counts: number[]; cur_counts: number[] };
}

interface Expected {
  inputs: { rows_reference: number; rows_current: number };
  schema: { only_in_reference: string[]; only_in_current: string[] };
  columns: Record<string, ExpectedColumn>;
}

const values = (column: ColumnData): (number | string)[] =>
  column.kind === 'numeric' ? Array.from(column.numeric ?? []) : (column.strings ?? []);

describe.each(['small', 'medium'])('oracle data set %s', (name) => {
  const expected = JSON.parse(readFileSync(`${ORACLE_DIR}expected_${name}.json`, 'utf8')) as Expected;
  let reference: Table;
  let current: Table;
  beforeAll(async () => {
    reference = await readTable(`${ORACLE_DIR}${name}/reference.csv`);
    current = await readTable(`${ORACLE_DIR}${name}/current.csv`);
  });

  it('has the oracle row counts and columns', async () => {
    expect(reference.rows).toBe(expected.inputs.rows_reference);
    expect(current.rows).toBe(expected.inputs.rows_current);
    expect([...reference.columns.keys()].sort()).toEqual(Object.keys(expected.columns).sort());
    const alignment = await alignColumns(reference, current);
    expect(alignment.onlyInReference).toEqual(expected.schema.only_in_reference);
    expect(alignment.onlyInCurrent).toEqual(expected.schema.only_in_current);
    expect(alignment.typeChanges).toEqual([]);
    expect(alignment.columns.map((c) => [c.name, c.type])).toEqual(
      Object.entries(expected.columns).map(([column, e]) => [column, e.type]),
    );
  });

  it.each(Object.keys(expected.columns))('column %s: type, counts and distinct values', (columnName) => {
    const e = expected.columns[columnName] as ExpectedColumn;
    const ref = reference.columns.get(columnName) as ColumnData;
    const cur = current.columns.get(columnName) as ColumnData;
    expect(ref.kind).toBe(e.type);
    expect(cur.kind).toBe(e.type);
    expect(values(ref)).toHaveLength(e.n_ref);
    expect(values(cur)).toHaveLength(e.n_cur);
    expect(ref.missing + ref.nonFinite).toBe(e.missing_ref);
    expect(cur.missing + cur.nonFinite).toBe(e.missing_cur);
    if (e.type === 'numeric') {
      expect(ref.nonFinite).toBe(e.nonfinite_ref);
      expect(cur.nonFinite).toBe(e.nonfinite_cur);
    }
    expect(new Set(values(ref)).size).toBe(e.nunique_ref);
    expect(new Set(values(cur)).size).toBe(e.nunique_cur);
    expect(new Set([...values(ref), ...values(cur)]).size).toBe(e.nunique_combined);
    if (e.chi2) {
      const count = (column: ColumnData, category: string) =>
        (column.strings ?? []).filter((s) => s === category).length;
      expect(e.chi2.categories.map((c) => count(ref, c))).toEqual(e.chi2.ref_counts);
      expect(e.chi2.categories.map((c) => count(cur, c))).toEqual(e.chi2.cur_counts);
    }
  });
});
