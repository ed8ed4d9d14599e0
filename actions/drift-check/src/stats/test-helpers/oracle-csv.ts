/**
 * Test-only loader for the drift oracle's CSV pairs (shared/oracle/README.md, "Input
 * conventions"). The product's readers live elsewhere; this is just enough to feed the
 * statistics the same columns the oracle's Python saw.
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ColumnInput } from '../column-drift.js';

/** shared/oracle beside the repository root (/work/main → /work/shared; same layout in CI). */
export const ORACLE_DIR = fileURLToPath(new URL('../../../../../../shared/oracle/', import.meta.url));

const MISSING = new Set(['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', 'None']);
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INFINITY = /^([+-]?)(inf|infinity)$/i;

/** Split CSV text into rows of cells (RFC 4180 quoting). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The number a cell holds (±Infinity for inf), or undefined when it is not numeric. */
export function parseNumber(cell: string): number | undefined {
  const text = cell.trim();
  const inf = INFINITY.exec(text);
  if (inf) return inf[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  return DECIMAL.test(text) ? Number(text) : undefined;
}

interface Table {
  header: string[];
  columns: Map<string, string[]>;
  rows: number;
}

function readTable(path: string): Table {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  if (!header) throw new Error(`${path}: empty file`);
  const columns = new Map<string, string[]>(header.map((name) => [name, []]));
  rows.forEach((row, r) => {
    if (row.length !== header.length)
      throw new Error(`${path}: row ${r + 2} has ${row.length} cells, expected ${header.length}`);
    header.forEach((name, c) => {
      columns.get(name)?.push(row[c] as string);
    });
  });
  return { header, columns, rows: rows.length };
}

function isNumericColumn(cells: string[]): boolean {
  return cells.every((cell) => MISSING.has(cell) || parseNumber(cell) !== undefined);
}

function numericSide(cells: string[]): { values: Float64Array; missing: number; nonfinite: number } {
  const values: number[] = [];
  let missing = 0;
  let nonfinite = 0;
  for (const cell of cells) {
    if (MISSING.has(cell)) missing++;
    else {
      const v = parseNumber(cell) as number;
      if (Number.isFinite(v)) values.push(v);
      else nonfinite++;
    }
  }
  return { values: Float64Array.from(values), missing, nonfinite };
}

function categoricalSide(cells: string[]): { values: string[]; missing: number } {
  const values = cells.filter((cell) => !MISSING.has(cell));
  return { values, missing: cells.length - values.length };
}

export interface OraclePair {
  rowsReference: number;
  rowsCurrent: number;
  onlyInReference: string[];
  onlyInCurrent: string[];
  /** Columns present in both files, in reference order. */
  columns: [string, ColumnInput][];
}

/** Load `<ORACLE_DIR>/<name>/{reference,current}.csv` into column inputs. */
export function loadOraclePair(name: string): OraclePair {
  const ref = readTable(`${ORACLE_DIR}${name}/reference.csv`);
  const cur = readTable(`${ORACLE_DIR}${name}/current.csv`);
  const columns: [string, ColumnInput][] = [];
  for (const column of ref.header) {
    const refCells = ref.columns.get(column);
    const curCells = cur.columns.get(column);
    if (!refCells || !curCells) continue;
    if (isNumericColumn(refCells) && isNumericColumn(curCells)) {
      const r = numericSide(refCells);
      const c = numericSide(curCells);
      columns.push([
        column,
        {
          type: 'numeric',
          reference: r.values,
          current: c.values,
          missingRef: r.missing,
          missingCur: c.missing,
          nonfiniteRef: r.nonfinite,
          nonfiniteCur: c.nonfinite,
        },
      ]);
    } else {
      const r = categoricalSide(refCells);
      const c = categoricalSide(curCells);
      columns.push([
        column,
        { type: 'categorical', reference: r.values, current: c.values, missingRef: r.missing, missingCur: c.missing },
      ]);
    }
  }
  return {
    rowsReference: ref.rows,
    rowsCurrent: cur.rows,
    onlyInReference: ref.header.filter((c) => !cur.columns.has(c)),
    onlyInCurrent: cur.header.filter((c) => !ref.columns.has(c)),
    columns,
  };
}

/** The oracle's expected JSON for a data set. */
export function loadOracleExpected(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${ORACLE_DIR}expected_${name}.json`, 'utf8')) as Record<string, unknown>;
}
