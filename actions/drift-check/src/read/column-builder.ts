import { isMissingBytes, isMissingText, parseNumberBytes, parseNumberText } from './cell.js';
import type { ColumnData } from './types.js';

/**
 * Receives one column's cells. `slot` is the row's position: the global row index when every row is
 * kept, the reservoir slot when sampling. Every cell is classified by cell.ts: missing, a number, or text.
 */
export interface ColumnSink {
  /** A cell as UTF-8 bytes `[start, end)` of `bytes` (CSV/TSV fields without escaped quotes). */
  bytes(slot: number, bytes: Buffer, start: number, end: number): void;
  /** A cell as text (escaped CSV fields, JSON and Parquet strings). */
  text(slot: number, text: string): void;
  /** A typed number (JSON and Parquet); NaN counts as missing. */
  number(slot: number, value: number): void;
  missing(slot: number): void;
}

/** A built column whose `strings` may still have holes: the text of number cells, filled by a second pass. */
export interface BuiltColumn {
  data: ColumnData;
  /** Holes in data.strings, in row order. */
  holes: number;
  /** The holes are the number cells of rows before this global row (and, when sampling, in the sample). */
  holesBeforeRow: number;
  /** Global row of the first text cell, or -1. */
  firstTextRow: number;
}

export interface ColumnBuilder extends ColumnSink {
  readonly name: string;
}

const INITIAL_CAPACITY = 1024;
/** Distinct texts kept for sharing one string per category; an id-like column stops sharing past this. */
const INTERN_LIMIT = 1 << 16;

/** Repeated category strings share one instance, so a 1M-row categorical column costs ~8 bytes a row. */
class Interner {
  private readonly seen = new Map<string, string>();
  get(text: string): string {
    const known = this.seen.get(text);
    if (known !== undefined) return known;
    if (this.seen.size < INTERN_LIMIT) this.seen.set(text, text);
    return text;
  }
}

/** Every row kept, in order: numbers go to a growable Float64Array until the first text cell. */
export class AppendColumn implements ColumnBuilder {
  readonly name: string;
  private values = new Float64Array(INITIAL_CAPACITY);
  private count = 0;
  private missingCount: number;
  private nonFiniteCount = 0;
  /** Set at the first text cell; from then on every non-missing cell is kept as text. */
  private texts: string[] | null = null;
  private numbersBeforeText = 0;
  private firstTextRow = -1;
  private readonly interner = new Interner();

  /** `rowsBefore`: rows read before the column first appeared (JSON lines), which lack it. */
  constructor(name: string, rowsBefore = 0) {
    this.name = name;
    this.missingCount = rowsBefore;
  }

  bytes(row: number, bytes: Buffer, start: number, end: number): void {
    if (isMissingBytes(bytes, start, end)) {
      this.missingCount++;
    } else if (this.texts === null) {
      const value = parseNumberBytes(bytes, start, end);
      if (value === value) this.pushNumber(value);
      else this.startText(row, bytes.toString('utf8', start, end));
    } else {
      this.texts.push(this.interner.get(bytes.toString('utf8', start, end)));
    }
  }

  text(row: number, text: string): void {
    if (isMissingText(text)) {
      this.missingCount++;
    } else if (this.texts === null) {
      const value = parseNumberText(text);
      if (value === value) this.pushNumber(value);
      else this.startText(row, text);
    } else {
      this.texts.push(this.interner.get(text));
    }
  }

  number(row: number, value: number): void {
    if (value !== value) this.missingCount++;
    else if (this.texts === null) this.pushNumber(value);
    else this.texts.push(this.interner.get(String(value)));
    void row;
  }

  missing(): void {
    this.missingCount++;
  }

  private pushNumber(value: number): void {
    if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) {
      this.nonFiniteCount++;
      return;
    }
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = value;
  }

  private startText(row: number, text: string): void {
    this.numbersBeforeText = this.count + this.nonFiniteCount;
    this.firstTextRow = row;
    this.values = new Float64Array(0);
    this.texts = [this.interner.get(text)];
  }

  finish(rows: number): BuiltColumn {
    const base = { name: this.name, missing: this.missingCount, rows };
    if (this.texts === null) {
      const numeric =
        this.count * 1.25 < this.values.length ? this.values.slice(0, this.count) : this.values.subarray(0, this.count);
      this.values = new Float64Array(0);
      return {
        data: { ...base, kind: 'numeric', numeric, strings: null, nonFinite: this.nonFiniteCount, firstText: null },
        holes: 0,
        holesBeforeRow: 0,
        firstTextRow: -1,
      };
    }
    const holes = this.numbersBeforeText;
    let strings = this.texts;
    if (holes > 0) {
      strings = new Array<string>(holes + this.texts.length);
      for (let i = 0; i < this.texts.length; i++) strings[holes + i] = this.texts[i] as string;
    }
    this.texts = null;
    return {
      data: { ...base, kind: 'categorical', numeric: null, strings, nonFinite: 0, firstText: null },
      holes,
      holesBeforeRow: this.firstTextRow,
      firstTextRow: this.firstTextRow,
    };
  }
}

/**
 * One column of a reservoir sample: a cell per slot, overwritten when a later row takes the slot.
 * `values[slot]` holds the number, or NaN for missing and text cells; `texts[slot]` the text of a text cell.
 */
export class SampledColumn implements ColumnBuilder {
  readonly name: string;
  private readonly values: Float64Array;
  private texts: (string | undefined)[] | null = null;
  private readonly interner = new Interner();

  constructor(name: string, capacity: number) {
    this.name = name;
    this.values = new Float64Array(capacity).fill(Number.NaN);
  }

  bytes(slot: number, bytes: Buffer, start: number, end: number): void {
    if (this.texts !== null) this.texts[slot] = undefined;
    if (isMissingBytes(bytes, start, end)) {
      this.values[slot] = Number.NaN;
      return;
    }
    const value = parseNumberBytes(bytes, start, end);
    this.values[slot] = value;
    if (value !== value) this.setText(slot, bytes.toString('utf8', start, end));
  }

  text(slot: number, text: string): void {
    if (this.texts !== null) this.texts[slot] = undefined;
    const value = isMissingText(text) ? Number.NaN : parseNumberText(text);
    this.values[slot] = value;
    if (value !== value && !isMissingText(text)) this.setText(slot, text);
  }

  number(slot: number, value: number): void {
    if (this.texts !== null) this.texts[slot] = undefined;
    this.values[slot] = value;
  }

  missing(slot: number): void {
    if (this.texts !== null) this.texts[slot] = undefined;
    this.values[slot] = Number.NaN;
  }

  private setText(slot: number, text: string): void {
    if (this.texts === null) this.texts = new Array(this.values.length);
    this.texts[slot] = this.interner.get(text);
  }

  /** `order`: the filled slots in row order; `slotRows`: the global row each slot holds. */
  finish(order: Int32Array, slotRows: Float64Array): BuiltColumn {
    const values = this.values;
    const texts = this.texts;
    let missing = 0;
    let nonFinite = 0;
    let finite = 0;
    let textCells = 0;
    let firstTextRow = -1;
    for (const slot of order) {
      const value = values[slot] as number;
      if (value !== value) {
        if (texts?.[slot] !== undefined) {
          textCells++;
          if (firstTextRow < 0) firstTextRow = slotRows[slot] as number;
        } else missing++;
      } else if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) nonFinite++;
      else finite++;
    }
    const base = { name: this.name, missing, rows: order.length };
    if (textCells === 0) {
      const numeric = new Float64Array(finite);
      let k = 0;
      for (const slot of order) {
        const value = values[slot] as number;
        if (value === value && value !== Number.POSITIVE_INFINITY && value !== Number.NEGATIVE_INFINITY) {
          numeric[k++] = value;
        }
      }
      return {
        data: { ...base, kind: 'numeric', numeric, strings: null, nonFinite, firstText: null },
        holes: 0,
        holesBeforeRow: 0,
        firstTextRow: -1,
      };
    }
    const strings = new Array<string>(finite + nonFinite + textCells);
    let k = 0;
    for (const slot of order) {
      const value = values[slot] as number;
      if (value === value)
        k++; // a number: a hole for the second pass
      else {
        const text = texts?.[slot];
        if (text !== undefined) strings[k++] = text;
      }
    }
    return {
      data: { ...base, kind: 'categorical', numeric: null, strings, nonFinite: 0, firstText: null },
      holes: finite + nonFinite,
      holesBeforeRow: Number.POSITIVE_INFINITY,
      firstTextRow,
    };
  }
}
