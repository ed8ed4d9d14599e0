import { type FileHandle, open } from 'node:fs/promises';
import { DataReadError } from './read-error.js';

/**
 * RFC 4180 records straight from the file's bytes: fields separated by `delimiter`, records by LF, CRLF
 * or CR; a field that starts with `"` is quoted and may hold delimiters, line breaks and doubled quotes;
 * a `"` inside an unquoted field is an ordinary character. A UTF-8 BOM is skipped; the first non-blank
 * record is the header; blank lines are skipped (pandas does the same; a one-column file writes a
 * missing cell as `""`). Fields are reported as byte ranges, so numeric cells never become strings,
 * and a plain decimal is read while its field's end is looked for: one pass over the bytes of a numeric
 * column instead of one to split and one to parse.
 */

/** One record, reused from row to row: field k is bytes `[starts[k], ends[k])` of `bytes`. */
export interface DelimitedRecord {
  bytes: Buffer;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 when field k was quoted and holds doubled quotes: read it with `fieldText`. */
  escaped: Uint8Array;
  /**
   * The value of field k when it is a plain decimal `-?digits[.digits]` whose digits, read as an integer,
   * are below 2^53 with at most 22 after the point (so one exact division gives the correctly rounded
   * double); NaN for every other field, which the cell rules (cell.ts) then read from the bytes.
   */
  decimals: Float64Array;
  count: number;
  /** 1-based line where the record starts. */
  line: number;
  /** 1-based data row (the header is row 0). */
  row: number;
  /** File offset just past the record, and the file's size: for estimating the rows to come. */
  offset: number;
  fileSize: number;
}

export interface DelimitedVisitor {
  header(names: string[]): void;
  /** Returns false to stop reading. */
  row(record: DelimitedRecord): boolean;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const TWO_TO_53 = 2 ** 53;
/** 10^0 … 10^22, the exact powers of ten. */
const POWERS_OF_TEN = Float64Array.from({ length: 23 }, (_, i) => 10 ** i);

const READ_SIZE = 1 << 20;
/** A record longer than this is almost surely an unterminated quote; stop before memory runs out. */
const MAX_RECORD_BYTES = 1 << 28;

const INCOMPLETE = -1;
const UNTERMINATED_QUOTE = -2;
const TEXT_AFTER_QUOTE = -3;

interface ParseState extends DelimitedRecord {
  /** Line breaks inside quoted fields of the record just parsed. */
  innerLines: number;
  /** Where parsing stopped on an error. */
  errorAt: number;
}

export function fieldText(record: DelimitedRecord, k: number): string {
  const text = record.bytes.toString('utf8', record.starts[k], record.ends[k]);
  return record.escaped[k] ? text.replaceAll('""', '"') : text;
}

/** The first (and last) four bytes of every Parquet file. */
export const PARQUET_MAGIC = 'PAR1';

/** Reads `path` and reports its header and each data record to `visitor`. */
export async function scanDelimited(path: string, delimiter: number, visitor: DelimitedVisitor): Promise<void> {
  const file = await openForReading(path);
  try {
    let bytes = Buffer.allocUnsafe(2 * READ_SIZE);
    const state: ParseState = {
      bytes,
      starts: new Int32Array(64),
      ends: new Int32Array(64),
      escaped: new Uint8Array(64),
      decimals: new Float64Array(64),
      count: 0,
      line: 1,
      row: 0,
      offset: 0,
      fileSize: (await file.stat()).size,
      innerLines: 0,
      errorAt: 0,
    };
    let header: string[] | null = null;
    let consumed = 0; // file bytes before bytes[0]
    let length = 0;
    let eof = false;
    let atStart = true;
    while (!eof) {
      if (bytes.length - length < READ_SIZE) {
        if (length > MAX_RECORD_BYTES) {
          throw new DataReadError(
            { path, line: state.line, row: header ? state.row + 1 : undefined },
            `a record is longer than ${MAX_RECORD_BYTES >> 20} MiB; is a quote left open?`,
          );
        }
        const grown = Buffer.allocUnsafe(bytes.length * 2);
        bytes.copy(grown, 0, 0, length);
        bytes = grown;
        state.bytes = bytes;
      }
      const { bytesRead } = await file.read(bytes, length, bytes.length - length, null);
      length += bytesRead;
      eof = bytesRead === 0;
      let position = 0;
      if (atStart) {
        if (length < 4 && !eof) continue;
        atStart = false;
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) position = 3;
        if (length >= 4 && bytes.toString('latin1', 0, 4) === PARQUET_MAGIC) {
          throw new DataReadError({ path }, 'is a Parquet file; name it .parquet or set the format to parquet');
        }
      }
      while (position < length) {
        const end = parseRecord(bytes, position, length, eof, delimiter, state);
        if (end === INCOMPLETE) break;
        if (end < 0) throw recordError(path, header, state, end);
        const blank = state.count === 1 && state.starts[0] === position && state.ends[0] === position;
        position = end;
        state.offset = consumed + end;
        if (!blank) {
          if (header === null) {
            header = headerNames(path, state);
            visitor.header(header);
          } else {
            state.row++;
            if (!visitor.row(state)) return;
          }
        }
        state.line += state.innerLines + 1;
      }
      bytes.copy(bytes, 0, position, length);
      length -= position;
      consumed += position;
    }
    if (header === null) throw new DataReadError({ path }, 'is empty: expected a header row with the column names');
  } finally {
    await file.close();
  }
}

export async function openForReading(path: string): Promise<FileHandle> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DataReadError({ path }, 'no such file');
    throw new DataReadError({ path }, `cannot be opened (${code ?? String(error)})`);
  }
  if ((await file.stat()).isDirectory()) {
    await file.close();
    throw new DataReadError({ path }, 'is a directory, not a data file');
  }
  return file;
}

function headerNames(path: string, state: ParseState): string[] {
  const names: string[] = [];
  const seen = new Map<string, number>();
  for (let k = 0; k < state.count; k++) {
    // pandas names a nameless column (a written index) this way
    const name = fieldText(state, k) || `Unnamed: ${k}`;
    const before = seen.get(name);
    if (before !== undefined) {
      throw new DataReadError(
        { path, line: state.line },
        `the header names column '${name}' twice (fields ${before + 1} and ${k + 1})`,
      );
    }
    seen.set(name, k);
    names.push(name);
  }
  return names;
}

function recordError(path: string, header: string[] | null, state: ParseState, code: number): DataReadError {
  const location = {
    path,
    line: state.line,
    row: header ? state.row + 1 : undefined,
    column: header ? (header[state.count] ?? `#${state.count + 1}`) : undefined,
  };
  if (code === UNTERMINATED_QUOTE) {
    return new DataReadError(location, 'a quoted field is never closed (unterminated quote)');
  }
  const found = String.fromCharCode(state.bytes[state.errorAt] as number);
  return new DataReadError(
    location,
    `unexpected ${JSON.stringify(found)} after the closing quote of a quoted field (a quote inside a quoted field is written "")`,
  );
}

function growFields(state: ParseState): void {
  const size = state.starts.length * 2;
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  const escaped = new Uint8Array(size);
  const decimals = new Float64Array(size);
  starts.set(state.starts);
  ends.set(state.ends);
  escaped.set(state.escaped);
  decimals.set(state.decimals);
  state.starts = starts;
  state.ends = ends;
  state.escaped = escaped;
  state.decimals = decimals;
}

/**
 * Parses one record from `position`; returns where the next one starts, INCOMPLETE when the bytes end
 * before the record does (and more may come), or an error code (the field reached is `state.count`).
 */
function parseRecord(
  bytes: Buffer,
  position: number,
  length: number,
  eof: boolean,
  delimiter: number,
  state: ParseState,
): number {
  let count = 0;
  let innerLines = 0;
  let p = position;
  for (;;) {
    if (count === state.starts.length) growFields(state);
    if (p < length && bytes[p] === QUOTE) {
      const start = p + 1;
      let q = start;
      let escaped = 0;
      for (;;) {
        while (q < length && bytes[q] !== QUOTE) {
          if (bytes[q] === LF) innerLines++;
          q++;
        }
        if (q >= length) {
          if (!eof) return INCOMPLETE;
          state.count = count;
          return UNTERMINATED_QUOTE;
        }
        if (q + 1 >= length && !eof) return INCOMPLETE;
        if (q + 1 < length && bytes[q + 1] === QUOTE) {
          escaped = 1;
          q += 2;
          continue;
        }
        break;
      }
      state.starts[count] = start;
      state.ends[count] = q;
      state.escaped[count] = escaped;
      state.decimals[count] = Number.NaN;
      count++;
      p = q + 1;
      if (p >= length) break; // end of file (checked above)
      const c = bytes[p];
      if (c === delimiter) {
        p++;
        continue;
      }
      if (c === LF) {
        p++;
        break;
      }
      if (c === CR) {
        if (p + 1 < length) {
          p += bytes[p + 1] === LF ? 2 : 1;
          break;
        }
        if (!eof) return INCOMPLETE;
        p++;
        break;
      }
      state.count = count - 1; // the quoted field's index, for the message
      state.errorAt = p;
      return TEXT_AFTER_QUOTE;
    }
    // Unquoted: find the field's end, reading a plain decimal on the way (one pass over the bytes).
    const start = p;
    let significand = 0;
    let dot = -1;
    let plain = true;
    const negative = p < length && bytes[p] === MINUS;
    if (negative) p++;
    while (p < length) {
      const c = bytes[p] as number;
      const digit = c - ZERO;
      if (digit >>> 0 <= 9) {
        significand = significand * 10 + digit;
      } else if (c === delimiter || c === LF || c === CR) {
        break;
      } else if (c === DOT && dot < 0) {
        dot = p;
      } else {
        plain = false;
      }
      p++;
    }
    if (p >= length && !eof) return INCOMPLETE;
    let decimal = Number.NaN;
    const fractionDigits = dot < 0 ? 0 : p - dot - 1;
    const digits = p - start - (negative ? 1 : 0) - (dot < 0 ? 0 : 1);
    if (plain && digits > 0 && significand < TWO_TO_53 && fractionDigits <= 22) {
      decimal = fractionDigits === 0 ? significand : significand / (POWERS_OF_TEN[fractionDigits] as number);
      if (negative) decimal = -decimal;
    }
    state.starts[count] = start;
    state.ends[count] = p;
    state.escaped[count] = 0;
    state.decimals[count] = decimal;
    count++;
    if (p >= length) break;
    const c = bytes[p];
    if (c === delimiter) {
      p++;
      continue;
    }
    if (c === LF) {
      p++;
      break;
    }
    // CR
    if (p + 1 < length) {
      p += bytes[p + 1] === LF ? 2 : 1;
      break;
    }
    if (!eof) return INCOMPLETE;
    p++;
    break;
  }
  state.count = count;
  state.innerLines = innerLines;
  return p;
}
