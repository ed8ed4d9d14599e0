import { type FileHandle, readFile, stat } from 'node:fs/promises';
import type { ColumnSink } from './column-builder.js';
import { openForReading } from './delimited-scanner.js';
import type { ReadContext } from './read-context.js';
import { DataReadError } from './read-error.js';
import type { FileRows } from './table-builder.js';
import type { TextCollector } from './text-pass.js';
import { feedValue, numberTextOfValue } from './value-cell.js';

/**
 * JSON lines: one JSON object per line (blank lines skipped, UTF-8 BOM allowed). Columns are the union of
 * the keys, in order of first appearance; a row without a key is missing there. Values are read by
 * value-cell.ts. A file whose first character is `[` is read as one JSON array of such objects.
 */

type JsonRecord = Record<string, unknown>;

interface JsonWhere {
  /** 1-based line (JSON lines) */
  line?: number;
  /** 1-based object ordinal */
  row: number;
}

const READ_SIZE = 1 << 20;
/** A JSON array file is parsed whole; beyond this size it has to be JSON lines. */
const MAX_ARRAY_FILE_BYTES = 1 << 29;

/** Reads one JSON lines file into the table being built. */
export async function readJsonLinesFile(path: string, context: ReadContext): Promise<void> {
  const builder = context.builder;
  builder.startFile(path);
  if (context.schema === null) {
    context.schema = { path, names: [] };
    for (const name of context.columns ?? []) builder.addColumn(name);
  }
  const only = context.columns ? new Set(context.columns) : null;
  const index = new Map<string, number>();
  const sinks: ColumnSink[] = [];
  const lastRow: number[] = [];
  for (const name of builder.columnNames) {
    index.set(name, sinks.length);
    sinks.push(builder.column(name) as ColumnSink);
    lastRow.push(0);
  }
  const seen = context.seenKeys ?? new Set<string>();
  context.seenKeys = seen;
  await scanJsonRecords(path, (record, where) => {
    const slot = builder.nextRow();
    let touched = 0;
    for (const key in record) {
      let k = index.get(key);
      if (k === undefined) {
        if (only !== null) continue;
        k = sinks.length;
        index.set(key, k);
        sinks.push(builder.addColumn(key, true));
        lastRow.push(0);
      }
      if (lastRow[k] !== where.row) {
        lastRow[k] = where.row;
        touched++;
      }
      if (slot >= 0) feedValue(sinks[k] as ColumnSink, slot, record[key]);
      if (only !== null) seen.add(key);
    }
    if (slot >= 0 && touched < sinks.length) {
      for (let k = 0; k < sinks.length; k++) if (lastRow[k] !== where.row) (sinks[k] as ColumnSink).missing(slot);
    }
    return true;
  });
}

/** The second pass over one JSON lines file: texts of number cells for `collector`. */
export async function collectJsonTexts(file: FileRows, collector: TextCollector): Promise<void> {
  if (file.rows === 0 || collector.endRow <= file.firstRow) return;
  await scanJsonRecords(file.path, (record, where) => {
    const row = file.firstRow + where.row - 1;
    if (row >= collector.endRow) return false;
    if (!collector.wants(row)) return true;
    for (const request of collector.requests) {
      if (row >= request.beforeRow) continue;
      const text = numberTextOfValue(record[request.column]);
      if (text !== null) request.texts.push(text);
    }
    return true;
  });
}

/** Calls `visit` with each object of a JSON lines file (or JSON array file); `visit` returns false to stop. */
export async function scanJsonRecords(
  path: string,
  visit: (record: JsonRecord, where: JsonWhere) => boolean,
): Promise<void> {
  const file = await openForReading(path);
  let isArray = false;
  try {
    isArray = await scanLines(path, file, visit);
  } finally {
    await file.close();
  }
  if (isArray) await scanJsonArray(path, visit);
}

/** Returns true, having read nothing, when the file is a JSON array rather than JSON lines. */
async function scanLines(
  path: string,
  file: FileHandle,
  visit: (record: JsonRecord, where: JsonWhere) => boolean,
): Promise<boolean> {
  let bytes = Buffer.allocUnsafe(2 * READ_SIZE);
  let length = 0;
  let eof = false;
  let atStart = true;
  let line = 0;
  let row = 0;
  while (!eof) {
    if (bytes.length - length < READ_SIZE) {
      const grown = Buffer.allocUnsafe(bytes.length * 2);
      bytes.copy(grown, 0, 0, length);
      bytes = grown;
    }
    const { bytesRead } = await file.read(bytes, length, bytes.length - length, null);
    length += bytesRead;
    eof = bytesRead === 0;
    let position = 0;
    if (atStart) {
      if (length < 3 && !eof) continue;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) position = 3;
      const first = firstNonSpace(bytes, position, length);
      if (first < 0 && !eof) continue; // only whitespace so far
      atStart = false;
      if (first >= 0 && bytes[first] === 0x5b) return true; // [
    }
    while (position < length) {
      let end = bytes.indexOf(0x0a, position);
      if (end < 0 || end >= length) {
        if (!eof) break;
        end = length;
      }
      line++;
      const text = bytes.toString('utf8', position, end);
      position = end + 1;
      if (text.trim() === '') continue;
      row++;
      if (!visit(parseObject(path, text, { line, row }), { line, row })) return false;
    }
    if (position > length) position = length;
    bytes.copy(bytes, 0, position, length);
    length -= position;
  }
  return false;
}

async function scanJsonArray(path: string, visit: (record: JsonRecord, where: JsonWhere) => boolean): Promise<void> {
  const { size } = await stat(path);
  if (size > MAX_ARRAY_FILE_BYTES) {
    throw new DataReadError(
      { path },
      `is one JSON array of ${size} bytes; write large data as JSON lines (one object per line)`,
    );
  }
  let text = await readFile(path, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DataReadError(
      { path },
      `starts with '[' but is not one valid JSON array (${(error as Error).message}); JSON lines need one object per line`,
    );
  }
  if (!Array.isArray(value)) throw new DataReadError({ path }, 'is not a JSON array of objects');
  for (let i = 0; i < value.length; i++) {
    const element: unknown = value[i];
    if (!isRecord(element)) {
      throw new DataReadError(
        { path, row: i + 1 },
        `array element ${i + 1} is ${describeJson(element)}, not a JSON object`,
      );
    }
    if (!visit(element, { row: i + 1 })) return;
  }
}

function parseObject(path: string, text: string, where: JsonWhere): JsonRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DataReadError({ path, line: where.line }, `invalid JSON: ${(error as Error).message}`);
  }
  if (!isRecord(value)) {
    throw new DataReadError({ path, line: where.line }, `expected a JSON object, found ${describeJson(value)}`);
  }
  return value;
}

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function firstNonSpace(bytes: Buffer, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return i;
  }
  return -1;
}
