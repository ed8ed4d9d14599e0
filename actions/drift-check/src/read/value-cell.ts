import { isMissingText, parseNumberText } from './cell.js';
import type { ColumnSink } from './column-builder.js';

/**
 * Typed values (JSON lines, Parquet) as cells: null/undefined and NaN are missing, numbers (and bigints,
 * as the nearest double) are numbers, strings follow the text rules of cell.ts (so `"3.5"` is a number and
 * `"NA"` missing, as in a CSV), booleans are the texts `true`/`false`, dates their ISO text, and anything
 * else (arrays, objects) its JSON text.
 */
export function feedValue(sink: ColumnSink, slot: number, value: unknown): void {
  switch (typeof value) {
    case 'number':
      sink.number(slot, value);
      return;
    case 'string':
      sink.text(slot, value);
      return;
    case 'bigint':
      sink.number(slot, Number(value));
      return;
    case 'boolean':
      sink.text(slot, value ? 'true' : 'false');
      return;
    case 'undefined':
      sink.missing(slot);
      return;
    default:
      if (value === null) sink.missing(slot);
      else sink.text(slot, describeValue(value));
  }
}

/** The text of a value that `feedValue` reads as a number (finite or not), else null. */
export function numberTextOfValue(value: unknown): string | null {
  if (typeof value === 'number') return !Number.isNaN(value) ? String(value) : null;
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'string') return !isMissingText(value) && !Number.isNaN(parseNumberText(value)) ? value : null;
  return null;
}

function describeValue(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (value instanceof Uint8Array)
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
}
