import { DataReadError, type ReadErrorLocation } from './read-error.js';

/**
 * The second pass: the text of number cells, for columns that turned out categorical after some of their
 * cells were read as numbers (and for numeric columns compared as strings with the other side). The texts come out in row order, one per hole of the column.
 */
export interface TextRequest {
  column: string;
  /** Only number cells of rows before this global row. */
  beforeRow: number;
  texts: string[];
}

export class TextCollector {
  readonly requests: TextRequest[];
  /** No row at or after this one is needed. */
  readonly endRow: number;
  private readonly keptRows: Float64Array | null;

  constructor(requests: TextRequest[], keptRows: Float64Array | null) {
    this.requests = requests;
    this.keptRows = keptRows;
    let end = 0;
    for (const request of requests) end = Math.max(end, request.beforeRow);
    if (keptRows && keptRows.length > 0) end = Math.min(end, (keptRows[keptRows.length - 1] as number) + 1);
    this.endRow = end;
  }

  /** Whether row `row` is needed by some request. */
  wants(row: number): boolean {
    if (row >= this.endRow) return false;
    const kept = this.keptRows;
    if (kept === null) return true;
    let low = 0;
    let high = kept.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = kept[middle] as number;
      if (value === row) return true;
      if (value < row) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  /** Whether `request` needs row `row`. */
  wantsColumnRow(request: TextRequest, row: number): boolean {
    return row < request.beforeRow && this.wants(row);
  }
}

/** Puts `texts` into the holes of `strings`, in order. */
export function fillHoles(strings: string[], texts: string[], where: ReadErrorLocation): void {
  let holes = 0;
  for (let i = 0; i < strings.length; i++) {
    if (strings[i] === undefined) {
      if (holes < texts.length) strings[i] = texts[holes] as string;
      holes++;
    }
  }
  if (holes !== texts.length) {
    throw new DataReadError(where, `changed while it was being read (${texts.length} texts for ${holes} number cells)`);
  }
}
