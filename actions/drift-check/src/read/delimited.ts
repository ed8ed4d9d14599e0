import { isMissingBytes, isMissingText, parseNumberBytes, parseNumberText } from './cell.js';
import type { ColumnSink } from './column-builder.js';
import { type DelimitedRecord, fieldText, scanDelimited } from './delimited-scanner.js';
import { type ReadContext, useHeader } from './read-context.js';
import { DataReadError } from './read-error.js';
import type { FileRows } from './table-builder.js';
import type { TextCollector } from './text-pass.js';

export const COMMA = 0x2c;
export const TAB = 0x09;
const ESTIMATE_AFTER_ROWS = 1000;

/** Reads one CSV or TSV file into the table being built. */
export async function readDelimitedFile(path: string, delimiter: number, context: ReadContext): Promise<void> {
  const builder = context.builder;
  builder.startFile(path);
  let fields = new Int32Array(0);
  let sinks: ColumnSink[] = [];
  let width = 0;
  let header: string[] = [];
  await scanDelimited(path, delimiter, {
    header(names) {
      header = names;
      width = names.length;
      const columns = useHeader(context, path, names);
      fields = Int32Array.from(columns, (name) => names.indexOf(name));
      sinks = columns.map((name) => builder.column(name) as ColumnSink);
    },
    row(record) {
      if (record.count !== width) throw raggedRow(path, record, header, delimiter);
      if (record.row === ESTIMATE_AFTER_ROWS) {
        // the rows to come, from the bytes per row so far (+10%, rows vary), so columns grow once
        const perRow = record.offset / ESTIMATE_AFTER_ROWS;
        builder.expectRows(((record.fileSize - record.offset) / perRow) * 1.1);
      }
      const slot = builder.nextRow();
      if (slot < 0) return true;
      const { bytes, starts, ends, escaped, decimals } = record;
      for (let k = 0; k < fields.length; k++) {
        const field = fields[k] as number;
        const sink = sinks[k] as ColumnSink;
        const decimal = decimals[field] as number;
        if (!Number.isNaN(decimal)) sink.decimal(slot, decimal, bytes, starts[field] as number, ends[field] as number);
        else if (escaped[field] === 0) sink.bytes(slot, bytes, starts[field] as number, ends[field] as number);
        else sink.text(slot, fieldText(record, field));
      }
      return true;
    },
  });
}

/** The second pass over one file of a table: texts of number cells for `collector`. */
export async function collectDelimitedTexts(
  file: FileRows,
  delimiter: number,
  collector: TextCollector,
): Promise<void> {
  if (file.rows === 0 || collector.endRow <= file.firstRow) return;
  let fields: number[] = [];
  await scanDelimited(file.path, delimiter, {
    header(names) {
      fields = collector.requests.map((request) => names.indexOf(request.column));
    },
    row(record) {
      const row = file.firstRow + record.row - 1;
      if (row >= collector.endRow) return false;
      if (!collector.wants(row)) return true;
      for (let k = 0; k < fields.length; k++) {
        const request = collector.requests[k];
        const field = fields[k] as number;
        if (request === undefined || row >= request.beforeRow || field < 0) continue;
        const text = numberText(record, field);
        if (text !== null) request.texts.push(text);
      }
      return true;
    },
  });
}

function numberText(record: DelimitedRecord, field: number): string | null {
  if (record.escaped[field] !== 0) {
    const text = fieldText(record, field);
    return !isMissingText(text) && !Number.isNaN(parseNumberText(text)) ? text : null;
  }
  const start = record.starts[field] as number;
  const end = record.ends[field] as number;
  if (isMissingBytes(record.bytes, start, end)) return null;
  const value = parseNumberBytes(record.bytes, start, end);
  return !Number.isNaN(value) ? record.bytes.toString('utf8', start, end) : null;
}

function raggedRow(path: string, record: DelimitedRecord, header: string[], delimiter: number): DataReadError {
  const separator = delimiter === TAB ? 'tab' : 'comma';
  let problem = `has ${record.count} field${record.count === 1 ? '' : 's'}, but the header has ${header.length}`;
  if (record.count > header.length) problem += `; is a field holding a ${separator} not quoted?`;
  return new DataReadError({ path, line: record.line, row: record.row }, problem);
}
