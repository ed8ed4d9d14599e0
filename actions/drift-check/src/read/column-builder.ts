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
  /** A CSV/TSV cell that is a plain decimal with this finite value (its bytes are the text, if needed). */
  decimal(slot: number, value: number, bytes: Buffer, start: number, end: number): void;
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
  firstTextValue: string;
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
  private firstTextValue = '';
  private readonly interner = new Interner();

  /** `rowsBefore`: rows read before the column first appeared (JSON lines), which lack it. */
  constructor(name: string, rowsBefore = 0) {
    this.name = name;
    this.missingCount = rowsBefore;
  }

  bytes(row: number, bytes: Buffer, start: number, end: number): void {
    if (this.texts === null) {
      // numbers first: the common cell of a numeric column; NaN and nan come back as not-a-number
      const value = parseNumberBytes(bytes, start, end);
      if (!Number.isNaN(value)) this.pushNumber(value);
      else if (isMissingBytes(bytes, start, end)) this.missingCount++;
      else this.startText(row, bytes.toString('utf8', start, end));
    } else if (isMissingBytes(bytes, start, end)) {
      this.missingCount++;
    } else {
      this.texts.push(this.interner.get(bytes.toString('utf8', start, end)));
    }
  }

  text(row: number, text: string): void {
    if (isMissingText(text)) {
      this.missingCount++;
    } else if (this.texts === null) {
      const value = parseNumberText(text);
      if (!Number.isNaN(value)) this.pushNumber(value);
      else this.startText(row, text);
    } else {
      this.texts.push(this.interner.get(text));
    }
  }

  number(_row: number, value: number): void {
    if (Number.isNaN(value)) this.missingCount++;
    else if (this.texts === null) this.pushNumber(value);
    else this.texts.push(this.interner.get(String(value)));
  }

  decimal(_row: number, value: number, bytes: Buffer, start: number, end: number): void {
    if (this.texts === null) {
      if (this.count === this.values.length) this.grow();
      this.values[this.count++] = value;
    } else {
      this.texts.push(this.interner.get(bytes.toString('utf8', start, end)));
    }
  }

  missing(): void {
    this.missingCount++;
  }

  /**
   * Makes room for this many values at once. Growing by doubling writes every value about twice, and in
   * a VM first writes to fresh memory (page faults) cost more than parsing; room never written costs
   * address space only.
   */
  reserve(values: number): void {
    if (this.texts !== null || values <= this.values.length) return;
    const grown = new Float64Array(values);
    grown.set(this.values.subarray(0, this.count));
    this.values = grown;
  }

  private grow(): void {
    this.reserve(this.values.length * 2);
  }

  private pushNumber(value: number): void {
    if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) {
      this.nonFiniteCount++;
      return;
    }
    if (this.count === this.values.length) this.grow();
    this.values[this.count++] = value;
  }

  private startText(row: number, text: string): void {
    this.numbersBeforeText = this.count + this.nonFiniteCount;
    this.firstTextRow = row;
    this.firstTextValue = text;
    this.values = new Float64Array(0);
    this.texts = [this.interner.get(text)];
  }

  finish(rows: number): BuiltColumn {
    const base = { name: this.name, missing: this.missingCount, rows };
    if (this.texts === null) {
      // Room reserved but never written is not resident; copy only to free a mostly unused buffer.
      const numeric =
        this.count * 4 < this.values.length && this.values.length > 1 << 20
          ? this.values.slice(0, this.count)
          : this.values.subarray(0, this.count);
      this.values = new Float64Array(0);
      return {
        data: { ...base, kind: 'numeric', numeric, strings: null, nonFinite: this.nonFiniteCount, firstText: null },
        holes: 0,
        holesBeforeRow: 0,
        firstTextRow: -1,
        firstTextValue: '',
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
      firstTextValue: this.firstTextValue,
    };
  }
}

/**
 * One column of a reservoir sample: a cell per slot, overwritten when a later row takes the slot.
 * `values[slot]` holds the number, or NaN for missing and text cells; `texts[slot]` the text of a text cell.
 */
export class SampledColumn implements ColumnBuilder {
  readonly name: string;
  private readonly capacity: number;
  /** Grows as slots fill (up to capacity); slots past its end are missing. */
  private values = new Float64Array(16).fill(Number.NaN);
  private texts: (string | undefined)[] | null = null;
  private readonly interner = new Interner();

  constructor(name: string, capacity: number) {
    this.name = name;
    this.capacity = capacity;
  }

  bytes(slot: number, bytes: Buffer, start: number, end: number): void {
    if (isMissingBytes(bytes, start, end)) {
      this.missing(slot);
      return;
    }
    const value = parseNumberBytes(bytes, start, end);
    this.number(slot, value);
    if (Number.isNaN(value)) this.setText(slot, bytes.toString('utf8', start, end));
  }

  text(slot: number, text: string): void {
    if (isMissingText(text)) {
      this.missing(slot);
      return;
    }
    const value = parseNumberText(text);
    this.number(slot, value);
    if (Number.isNaN(value)) this.setText(slot, text);
  }

  /** NaN: missing (or, followed by setText, text). */
  number(slot: number, value: number): void {
    if (slot >= this.values.length) this.grow(slot);
    if (this.texts !== null) this.texts[slot] = undefined;
    this.values[slot] = value;
  }

  decimal(slot: number, value: number): void {
    this.number(slot, value);
  }

  missing(slot: number): void {
    this.number(slot, Number.NaN);
  }

  private grow(slot: number): void {
    const grown = new Float64Array(Math.min(this.capacity, Math.max(slot + 1, this.values.length * 2)));
    grown.fill(Number.NaN, this.values.length);
    grown.set(this.values);
    this.values = grown;
  }

  private setText(slot: number, text: string): void {
    if (this.texts === null) this.texts = [];
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
    let firstTextValue = '';
    for (const slot of order) {
      const value = slot < values.length ? (values[slot] as number) : Number.NaN;
      if (Number.isNaN(value)) {
        const text = texts?.[slot];
        if (text !== undefined) {
          textCells++;
          if (firstTextRow < 0) {
            firstTextRow = slotRows[slot] as number;
            firstTextValue = text;
          }
        } else missing++;
      } else if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) nonFinite++;
      else finite++;
    }
    const base = { name: this.name, missing, rows: order.length };
    if (textCells === 0) {
      const numeric = new Float64Array(finite);
      let k = 0;
      for (const slot of order) {
        const value = slot < values.length ? (values[slot] as number) : Number.NaN;
        if (!Number.isNaN(value) && value !== Number.POSITIVE_INFINITY && value !== Number.NEGATIVE_INFINITY) {
          numeric[k++] = value;
        }
      }
      return {
        data: { ...base, kind: 'numeric', numeric, strings: null, nonFinite, firstText: null },
        holes: 0,
        holesBeforeRow: 0,
        firstTextRow: -1,
        firstTextValue: '',
      };
    }
    const strings = new Array<string>(finite + nonFinite + textCells);
    let k = 0;
    for (const slot of order) {
      const value = slot < values.length ? (values[slot] as number) : Number.NaN;
      if (!Number.isNaN(value))
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
      firstTextValue,
    };
  }
}
