export type DataFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet';

/** How a column reads in one table: numeric iff every non-missing cell is a number (see cell.ts). */
export type ColumnKind = 'numeric' | 'categorical';

export interface ColumnData {
  name: string;
  kind: ColumnKind;
  /** kind numeric: the finite values, in row order. Null for categorical columns. */
  numeric: Float64Array | null;
  /**
   * The text of every non-missing cell, in row order. Always present for categorical columns; for a
   * numeric column only after `withStrings` (alignColumns calls it when the other side is categorical).
   * The text of a number is the cell as written (CSV/TSV, JSON strings) or `String(value)` (JSON and
   * Parquet numbers).
   */
  strings: string[] | null;
  /** Missing cells (see cell.ts). */
  missing: number;
  /** Cells that were ±∞ (numeric columns; 0 for categorical, where "inf" is just a category). */
  nonFinite: number;
  /** Rows of the table: numeric.length + nonFinite + missing, or strings.length + missing. */
  rows: number;
  /** Why a column is categorical: its first cell that is neither missing nor a number. */
  firstText: CellLocation | null;
}

export interface CellLocation {
  file: string;
  /** 1-based data row within the file. */
  row: number;
  value: string;
}

export interface Table {
  /** The path or glob pattern it was read from. */
  source: string;
  /** The files read, in order. */
  files: string[];
  format: DataFormat;
  /** Rows in the table (after sampling). */
  rows: number;
  /** Data rows in the files (before sampling). */
  rowsRead: number;
  /** In file (header) order. */
  columns: Map<string, ColumnData>;
}

export interface SampleOptions {
  /** Keep a uniform random sample of this many rows (all rows when the files hold fewer). */
  rows: number;
  seed: number;
}

export interface ReadOptions {
  /** Default: by the file extension (detectFormat). */
  format?: DataFormat;
  /** Read only these columns; each must exist. */
  columns?: string[];
  sample?: SampleOptions;
}
