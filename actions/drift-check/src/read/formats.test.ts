/**
 * The oracle's medium data written as CSV, TSV, JSON lines and Parquet (generated here from the CSV)
 * reads to identical columns, whole or sampled with the same seed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { readTable } from './read-table.js';
import { type TempFiles, tempFiles } from './test-files.js';
import type { ReadOptions, Table } from './types.js';

const ORACLE_DIR = fileURLToPath(new URL('../../../../../shared/oracle/', import.meta.url));
const MISSING = new Set(['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', 'None']);

let files: TempFiles;
const paths: Record<string, string> = {};

beforeAll(() => {
  files = tempFiles();
  const csv = readFileSync(`${ORACLE_DIR}medium/current.csv`, 'utf8');
  const expected = JSON.parse(readFileSync(`${ORACLE_DIR}expected_medium.json`, 'utf8')) as {
    columns: Record<string, { type: string }>;
  };
  // medium has no quoted fields, so a plain split reads it
  const [headerLine, ...lines] = csv.trimEnd().split('\n');
  const header = (headerLine as string).split(',');
  const rows = lines.map((line) => line.split(','));
  const isNumeric = header.map((name) => expected.columns[name]?.type === 'numeric');

  paths.csv = `${ORACLE_DIR}medium/current.csv`;
  paths.tsv = files.write('medium.tsv', `${[header, ...rows].map((r) => r.join('\t')).join('\n')}\n`);

  const jsonValue = (cell: string, numeric: boolean): unknown => {
    if (MISSING.has(cell)) return null;
    if (!numeric) return cell;
    const value = Number(cell);
    return Number.isFinite(value) ? value : cell; // JSON has no ∞: keep "inf" as text
  };
  paths.jsonl = files.write(
    'medium.jsonl',
    rows
      .map((row) =>
        JSON.stringify(
          Object.fromEntries(header.map((name, k) => [name, jsonValue(row[k] as string, isNumeric[k] as boolean)])),
        ),
      )
      .join('\n'),
  );

  const buffer = parquetWriteBuffer({
    columnData: header.map((name, k) => {
      const cells = rows.map((row) => row[k] as string);
      return isNumeric[k]
        ? {
            name,
            type: 'DOUBLE' as const,
            data: cells.map((cell) =>
              MISSING.has(cell) ? null : cell === 'inf' ? Infinity : cell === '-inf' ? -Infinity : Number(cell),
            ),
          }
        : { name, type: 'STRING' as const, data: cells.map((cell) => (MISSING.has(cell) ? null : cell)) };
    }),
    rowGroupSize: 3000,
  });
  paths.parquet = files.write('medium.parquet', buffer);
});
afterAll(() => files.remove());

function plain(table: Table) {
  return {
    rows: table.rows,
    rowsRead: table.rowsRead,
    columns: [...table.columns.values()].map((c) => ({
      name: c.name,
      kind: c.kind,
      numeric: c.numeric ? Array.from(c.numeric) : null,
      strings: c.strings,
      missing: c.missing,
      nonFinite: c.nonFinite,
      rows: c.rows,
    })),
  };
}

describe.each<[string, ReadOptions]>([
  ['whole', {}],
  ['sampled', { sample: { rows: 1234, seed: 99 } }],
])('medium current.csv as CSV, TSV, JSON lines and Parquet (%s)', (_what, options) => {
  it('reads to identical columns', async () => {
    const csv = plain(await readTable(paths.csv as string, options));
    expect(csv.rows).toBe(options.sample ? 1234 : 10_000);
    expect(csv.rowsRead).toBe(10_000);
    expect(csv.columns.map((c) => c.kind)).toEqual([
      'numeric',
      'numeric',
      'numeric',
      'numeric',
      'numeric',
      'categorical',
      'categorical',
    ]);
    for (const format of ['tsv', 'jsonl', 'parquet']) {
      const other = plain(await readTable(paths[format] as string, options));
      expect({ format, ...other }).toEqual({ format, ...csv });
    }
  });
});
