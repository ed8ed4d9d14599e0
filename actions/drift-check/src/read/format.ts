import { DataReadError } from './read-error.js';
import type { DataFormat } from './types.js';

export const DATA_FORMATS: readonly DataFormat[] = ['csv', 'tsv', 'jsonl', 'parquet'];

const BY_EXTENSION: Record<string, DataFormat> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'jsonl',
  parquet: 'parquet',
  parq: 'parquet',
  pq: 'parquet',
};

/** The format of a data file by its extension (case-insensitive); `.json` files are read as JSON lines (or one array). */
export function detectFormat(path: string): DataFormat {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1) : '';
  const format = BY_EXTENSION[extension];
  if (format) return format;
  if (['gz', 'bz2', 'xz', 'zst', 'zip'].includes(extension)) {
    throw new DataReadError(
      { path },
      'compressed data files are not read; decompress it first (Parquet compresses internally)',
    );
  }
  throw new DataReadError(
    { path },
    `cannot tell the format from the extension '${extension ? `.${extension}` : ''}'; name it .csv, .tsv, .jsonl, .ndjson, .json or .parquet, or set the format (${DATA_FORMATS.join(', ')})`,
  );
}

export function isDataFormat(value: string): value is DataFormat {
  return (DATA_FORMATS as readonly string[]).includes(value);
}
