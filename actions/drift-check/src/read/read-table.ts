import { statSync } from 'node:fs';
import type { BuiltColumn } from './column-builder.js';
import { COMMA, collectDelimitedTexts, readDelimitedFile, TAB } from './delimited.js';
import { expandPattern } from './expand-pattern.js';
import { detectFormat, isDataFormat } from './format.js';
import { collectJsonTexts, readJsonLinesFile } from './json-lines.js';
import { collectParquetTexts, readParquetFile } from './parquet.js';
import { listNames, type ReadContext } from './read-context.js';
import { DataReadError } from './read-error.js';
import { cellLocation, type FileRows, TableBuilder } from './table-builder.js';
import { fillHoles, TextCollector, type TextRequest } from './text-pass.js';
import type { ColumnData, DataFormat, ReadOptions, Table } from './types.js';

/** What a second pass over a table's files needs; kept beside the table, not in it. */
interface TableSource {
  files: FileRows[];
  format: DataFormat;
  keptRows: Float64Array | null;
}

const sources = new WeakMap<Table, TableSource>();

/** Reads one data file into typed columns. Errors (DataReadError) name the file, row, line and column. */
export async function readTable(path: string, options: ReadOptions = {}): Promise<Table> {
  return readFiles(path, [path], options);
}

/**
 * Reads every file a path or glob names (sorted by path) as one table: CSV, TSV and Parquet files need
 * the same columns (in any order); JSON lines files contribute the union of their keys.
 */
export async function readTables(pattern: string, options: ReadOptions = {}): Promise<Table> {
  return readFiles(pattern, await expandPattern(pattern), options);
}

async function readFiles(source: string, paths: string[], options: ReadOptions): Promise<Table> {
  checkOptions(source, options);
  const format = options.format ?? sameFormat(paths);
  const context: ReadContext = {
    builder: new TableBuilder(options.sample),
    columns: options.columns ? [...new Set(options.columns)] : undefined,
    schema: null,
  };
  for (const path of paths) {
    if (format === 'csv' || format === 'tsv') await readDelimitedFile(path, format === 'csv' ? COMMA : TAB, context);
    else if (format === 'jsonl') await readJsonLinesFile(path, context);
    else await readParquetFile(path, context);
  }
  if (format === 'jsonl' && context.columns) {
    const absent = context.columns.filter((name) => !context.seenKeys?.has(name));
    if (absent.length > 0) {
      throw new DataReadError(
        { path: source, column: absent[0] },
        `no such column: no object has the key${absent.length > 1 ? `s ${listNames(absent)}` : ''}`,
      );
    }
  }
  const built = context.builder.finish();
  if (built.rowsRead === 0) throw new DataReadError({ path: source }, noRows(format, paths.length));
  const keptRows = built.keptRows;
  const table: Table = {
    source,
    files: paths,
    format,
    rows: built.rows,
    rowsRead: built.rowsRead,
    columns: new Map(built.columns.map((column) => [column.data.name, locateFirstText(column, built.files)])),
  };
  const tableSource: TableSource = { files: built.files, format, keptRows };
  sources.set(table, tableSource);
  const requests: TextRequest[] = built.columns
    .filter((column) => column.holes > 0)
    .map((column) => ({ column: column.data.name, beforeRow: column.holesBeforeRow, texts: [] }));
  await fillFromSecondPass(table, tableSource, requests);
  return table;
}

/**
 * Fills `strings` of the named numeric columns (default: all) with the text of their cells, by reading the
 * files again; for comparing a column as categories when the other side of the comparison has text in it.
 */
export async function withStrings(table: Table, names?: string[]): Promise<void> {
  const source = sources.get(table);
  const wanted = (names ?? [...table.columns.keys()]).map((name) => {
    const column = table.columns.get(name);
    if (!column) throw new DataReadError({ path: table.source, column: name }, 'no such column');
    return column;
  });
  const missing = wanted.filter((column) => column.strings === null);
  if (missing.length === 0) return;
  if (!source) throw new Error(`withStrings: table ${table.source} was not read by readTable/readTables`);
  for (const column of missing) {
    column.strings = new Array<string>((column.numeric?.length ?? 0) + column.nonFinite);
  }
  const requests = missing.map((column) => ({ column: column.name, beforeRow: Number.POSITIVE_INFINITY, texts: [] }));
  await fillFromSecondPass(table, source, requests);
}

async function fillFromSecondPass(table: Table, source: TableSource, requests: TextRequest[]): Promise<void> {
  if (requests.length === 0) return;
  const collector = new TextCollector(requests, source.keptRows);
  for (const file of source.files) {
    if (source.format === 'csv' || source.format === 'tsv') {
      await collectDelimitedTexts(file, source.format === 'csv' ? COMMA : TAB, collector);
    } else if (source.format === 'jsonl') await collectJsonTexts(file, collector);
    else await collectParquetTexts(file, collector);
  }
  for (const request of requests) {
    const column = table.columns.get(request.column) as ColumnData;
    fillHoles(column.strings as string[], request.texts, { path: table.source, column: request.column });
  }
}

function locateFirstText(column: BuiltColumn, files: FileRows[]): ColumnData {
  if (column.firstTextRow >= 0) {
    column.data.firstText = cellLocation(files, column.firstTextRow, column.firstTextValue);
  }
  return column.data;
}

function sameFormat(paths: string[]): DataFormat {
  // Before the extension: a folder named `prod` would otherwise be "a file without an extension".
  for (const path of paths) {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
      throw new DataReadError(
        { path },
        'is a directory, not a data file; give a file, or a glob such as dir/*.parquet',
      );
    }
  }
  const first = paths[0] as string;
  const format = detectFormat(first);
  for (const path of paths) {
    const other = detectFormat(path);
    if (other !== format) {
      throw new DataReadError({ path }, `is ${other}, but ${first} is ${format}; files read together need one format`);
    }
  }
  return format;
}

function checkOptions(source: string, options: ReadOptions): void {
  if (options.format !== undefined && !isDataFormat(options.format)) {
    throw new DataReadError({ path: source }, `unknown format '${options.format}'; use csv, tsv, jsonl or parquet`);
  }
  if (options.columns) {
    if (options.columns.length === 0) throw new DataReadError({ path: source }, 'the list of columns to read is empty');
    for (const name of options.columns) {
      if (typeof name !== 'string' || name === '') {
        throw new DataReadError(
          { path: source },
          `column names must be non-empty strings, got ${JSON.stringify(name)}`,
        );
      }
    }
  }
  const sample = options.sample;
  if (sample) {
    if (!Number.isSafeInteger(sample.rows) || sample.rows < 1) {
      throw new DataReadError({ path: source }, `sample size must be a positive integer, got ${sample.rows}`);
    }
    if (!Number.isSafeInteger(sample.seed)) {
      throw new DataReadError({ path: source }, `sample seed must be an integer, got ${sample.seed}`);
    }
  }
}

function noRows(format: DataFormat, files: number): string {
  if (files > 1) return `none of the ${files} files has a data row; there is nothing to compare`;
  if (format === 'jsonl') return 'holds no JSON objects; there is nothing to compare';
  if (format === 'parquet') return 'has no rows; there is nothing to compare';
  return 'has a header but no data rows; there is nothing to compare';
}
