import { AppendColumn, type BuiltColumn, type ColumnBuilder, SampledColumn } from './column-builder.js';
import { ReservoirSampler } from './reservoir.js';
import type { CellLocation, SampleOptions } from './types.js';

/** Rows of one file within the concatenated table. */
export interface FileRows {
  path: string;
  /** Global index of the file's first row. */
  firstRow: number;
  rows: number;
}

export interface BuiltTable {
  columns: BuiltColumn[];
  /** Rows kept. */
  rows: number;
  rowsRead: number;
  files: FileRows[];
  /** Sampling: the kept global rows, ascending; null when every row is kept. */
  keptRows: Float64Array | null;
}

/**
 * Collects the columns of one table (one or more files with the same columns), row by row
 * (CSV, JSON lines: `nextRow`) or column by column (Parquet: `claimRows`).
 */
export class TableBuilder {
  private readonly sampler: ReservoirSampler | null;
  private readonly builders: ColumnBuilder[] = [];
  private readonly byName = new Map<string, ColumnBuilder>();
  private readonly files: FileRows[] = [];
  private rowsRead = 0;

  constructor(sample?: SampleOptions) {
    this.sampler = sample ? new ReservoirSampler(sample.rows, sample.seed) : null;
  }

  get columnNames(): string[] {
    return this.builders.map((b) => b.name);
  }

  column(name: string): ColumnBuilder | undefined {
    return this.byName.get(name);
  }

  /**
   * Adds a column; rows already read lack it (they count as missing). `duringRow`: called between
   * `nextRow` and that row's cells, so the row being read is not one of them.
   */
  addColumn(name: string, duringRow = false): ColumnBuilder {
    const builder = this.sampler
      ? new SampledColumn(name, this.sampler.capacity)
      : new AppendColumn(name, duringRow ? this.rowsRead - 1 : this.rowsRead);
    this.builders.push(builder);
    this.byName.set(name, builder);
    return builder;
  }

  /** Expects about `rows` more rows (an estimate): columns make room for them at once. */
  expectRows(rows: number): void {
    if (this.sampler) return; // a sample's columns have their final size from the start
    // capped: past 2^27 rows (1 GiB a column) the columns double as they fill instead
    const total = Math.min(this.rowsRead + Math.ceil(rows), 2 ** 27);
    for (const builder of this.builders) (builder as AppendColumn).reserve(total);
  }

  startFile(path: string): void {
    this.files.push({ path, firstRow: this.rowsRead, rows: 0 });
  }

  /** The next row's slot for the column sinks, or -1 when the sample skips it. */
  nextRow(): number {
    const file = this.files[this.files.length - 1];
    if (file) file.rows++;
    const row = this.rowsRead++;
    return this.sampler ? this.sampler.offer() : row;
  }

  /**
   * Claims the next `count` rows for column-by-column feeding. Returns, in row order, the file-relative
   * rows to feed and the slot each goes to (all rows to consecutive global slots when not sampling).
   */
  claimRows(count: number): { rows: Float64Array; slots: Float64Array } | { firstSlot: number } {
    const file = this.files[this.files.length - 1];
    if (file) file.rows += count;
    const firstRow = this.rowsRead;
    if (!this.sampler) {
      this.expectRows(count);
      this.rowsRead += count;
      return { firstSlot: firstRow };
    }
    this.rowsRead += count;
    for (let i = 0; i < count; i++) this.sampler.offer();
    // Rows of this file still in the reservoir: only those need reading (later files may overwrite them).
    const kept: number[] = [];
    const slotRows = this.sampler.slotRows;
    for (let slot = 0; slot < this.sampler.filled; slot++) {
      if ((slotRows[slot] as number) >= firstRow) kept.push(slot);
    }
    kept.sort((x, y) => (slotRows[x] as number) - (slotRows[y] as number));
    return {
      rows: Float64Array.from(kept, (slot) => (slotRows[slot] as number) - firstRow),
      slots: Float64Array.from(kept),
    };
  }

  finish(): BuiltTable {
    if (!this.sampler) {
      return {
        columns: this.builders.map((b) => (b as AppendColumn).finish(this.rowsRead)),
        rows: this.rowsRead,
        rowsRead: this.rowsRead,
        files: this.files,
        keptRows: null,
      };
    }
    const order = this.sampler.slotsInRowOrder();
    const slotRows = this.sampler.slotRows;
    return {
      columns: this.builders.map((b) => (b as SampledColumn).finish(order, slotRows)),
      rows: order.length,
      rowsRead: this.rowsRead,
      files: this.files,
      keptRows: Float64Array.from(order, (slot) => slotRows[slot] as number),
    };
  }
}

/** The file and 1-based file row of a global row. */
export function locateRow(files: FileRows[], row: number): { path: string; row: number } {
  let found = files[0];
  for (const file of files) {
    if (file.firstRow <= row) found = file;
    else break;
  }
  if (!found) throw new Error(`row ${row} is in no file`);
  return { path: found.path, row: row - found.firstRow + 1 };
}

export function cellLocation(files: FileRows[], row: number, value: string): CellLocation {
  const { path, row: fileRow } = locateRow(files, row);
  return { file: path, row: fileRow, value };
}
