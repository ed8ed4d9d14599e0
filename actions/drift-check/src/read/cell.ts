/**
 * What one cell means, the same for every format (see the oracle README, "Input conventions"):
 *
 * - Missing iff the cell is exactly one of `"" NA N/A NaN nan null NULL None` (no trimming).
 * - A number iff, after trimming ASCII spaces and tabs (as `Number()`, Python's `float()` and pandas do),
 *   it is a plain decimal `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`, or an infinity
 *   `[+-]? (inf | infinity)` in any letter case. The value is the correctly rounded double (as `Number()`).
 *   Not numbers, although `Number()` accepts them: `0x10`, `0b1`, `0o7` (hex/binary/octal), cells of only
 *   whitespace; not numbers by either: `1_000`, `1,5`, `1e`, `.`, `--1`.
 * - Anything else is text.
 *
 * `parseNumberBytes` parses straight from the file's bytes so numeric cells never become strings:
 * simple decimals (digits as an integer below 2^53, |decimal exponent| ≤ 22) take Clinger's fast path,
 * which is exact because both the integer significand and the power of ten are exact doubles and one
 * IEEE multiplication or division rounds correctly; everything else is validated here and handed to
 * `Number()`.
 */

/** Returned by the parsers for a cell that is not a number (a number never parses to NaN: `NaN` is missing). */
export const NOT_A_NUMBER = Number.NaN;

const MISSING = new Set(['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', 'None']);

export function isMissingText(text: string): boolean {
  return text.length <= 4 && MISSING.has(text);
}

const N = 0x4e;
const n = 0x6e;
const A = 0x41;
const a = 0x61;
const SLASH = 0x2f;

/** `isMissingText` over UTF-8 bytes `[start, end)`. */
export function isMissingBytes(bytes: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  if (length === 0) return true;
  if (length > 4 || length === 1) return false;
  const c0 = bytes[start];
  if (c0 !== N && c0 !== n) return false;
  const c1 = bytes[start + 1];
  if (length === 2) return c0 === N && c1 === A; // NA
  const c2 = bytes[start + 2];
  if (length === 3) {
    if (c0 === N) return (c1 === SLASH && c2 === A) || (c1 === a && c2 === N); // N/A NaN
    return c1 === a && c2 === n; // nan
  }
  const c3 = bytes[start + 3];
  if (c0 === n) return c1 === 0x75 && c2 === 0x6c && c3 === 0x6c; // null
  if (c1 === 0x55) return c2 === 0x4c && c3 === 0x4c; // NULL
  return c1 === 0x6f && c2 === n && c3 === 0x65; // None
}

/** 10^0 … 10^22: the powers of ten that are exact doubles. */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

const SPACE = 0x20;
const TAB = 0x09;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;

/**
 * The number in bytes `[start, end)`, or NOT_A_NUMBER (NaN) when they are not a number by the rules above.
 * The caller checks for missing cells first.
 */
export function parseNumberBytes(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  let last = end;
  while (i < last && (bytes[i] === SPACE || bytes[i] === TAB)) i++;
  while (last > i && (bytes[last - 1] === SPACE || bytes[last - 1] === TAB)) last--;
  if (i === last) return NOT_A_NUMBER;
  const from = i;
  let negative = false;
  let c = bytes[i] as number;
  if (c === MINUS || c === PLUS) {
    negative = c === MINUS;
    if (++i === last) return NOT_A_NUMBER;
    c = bytes[i] as number;
  }
  if ((c | 0x20) === 0x69) return parseInfinity(bytes, i, last, negative); // i or I

  // The digits accumulate into a double: while it stays below 2^53 every step was exact.
  let significand = 0;
  let exponent = 0; // minus the number of fraction digits, plus the written exponent
  const integerStart = i;
  for (; i < last; i++) {
    const d = (bytes[i] as number) - ZERO;
    if (d >>> 0 > 9) break;
    significand = significand * 10 + d;
  }
  let digits = i - integerStart;
  if (i < last && bytes[i] === DOT) {
    const fractionStart = ++i;
    for (; i < last; i++) {
      const d = (bytes[i] as number) - ZERO;
      if (d >>> 0 > 9) break;
      significand = significand * 10 + d;
    }
    exponent = fractionStart - i;
    digits -= exponent;
  }
  if (digits === 0) return NOT_A_NUMBER;
  if (i < last) {
    if (((bytes[i] as number) | 0x20) !== 0x65) return NOT_A_NUMBER; // e or E
    i++;
    let exponentNegative = false;
    if (i < last && (bytes[i] === MINUS || bytes[i] === PLUS)) exponentNegative = bytes[i++] === MINUS;
    const exponentStart = i;
    let written = 0;
    for (; i < last; i++) {
      const e = (bytes[i] as number) - ZERO;
      if (e >>> 0 > 9) return NOT_A_NUMBER;
      if (written < 100_000_000) written = written * 10 + e; // beyond this only Number() can tell 0 from ∞ anyway
    }
    if (i === exponentStart) return NOT_A_NUMBER;
    exponent += exponentNegative ? -written : written;
  }
  if (significand === 0) return negative ? -0 : 0;
  if (significand < 9007199254740992 && exponent >= -22 && exponent <= 22) {
    const value =
      exponent >= 0
        ? significand * (EXACT_POWERS_OF_TEN[exponent] as number)
        : significand / (EXACT_POWERS_OF_TEN[-exponent] as number);
    return negative ? -value : value;
  }
  // Valid decimal syntax, so Number() reads exactly what we validated, correctly rounded.
  return Number(latin1(bytes, from, last));
}

function parseInfinity(bytes: Uint8Array, start: number, end: number, negative: boolean): number {
  const length = end - start;
  if (length !== 3 && length !== 8) return NOT_A_NUMBER;
  const word = 'infinity';
  for (let k = 0; k < length; k++) {
    if (((bytes[start + k] as number) | 0x20) !== word.charCodeAt(k)) return NOT_A_NUMBER;
  }
  return negative ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let k = start; k < end; k++) text += String.fromCharCode(bytes[k] as number);
  return text;
}

const DECIMAL = /^[ \t]*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[ \t]*$/;
const INFINITY = /^[ \t]*([+-]?)(?:inf|infinity)[ \t]*$/i;

/** `parseNumberBytes` for text that is already a string (JSON and Parquet string values). */
export function parseNumberText(text: string): number {
  if (DECIMAL.test(text)) return Number(text);
  const infinity = INFINITY.exec(text);
  if (infinity) return infinity[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  return NOT_A_NUMBER;
}
