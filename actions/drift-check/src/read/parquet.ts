import type { FileHandle } from 'node:fs/promises';
import * as zlib from 'node:zlib';
import type { AsyncBuffer, Compressors, FileMetaData, ColumnData as ParquetChunk } from 'hyparquet';
import { parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet';
import type { ColumnSink } from './column-builder.js';
import { openForReading, PARQUET_MAGIC } from './delimited-scanner.js';
import { type ReadContext, useHeader } from './read-context.js';
import { DataReadError } from './read-error.js';
import type { FileRows } from './table-builder.js';
import type { TextCollector } from './text-pass.js';
import { feedValue, numberTextOfValue } from './value-cell.js';

/**
 * Parquet through hyparquet (pure JS), one column at a time so memory holds one decoded column.
 * Codecs: UNCOMPRESSED and SNAPPY (hyparquet), GZIP, BROTLI and ZSTD (node:zlib). LZO, LZ4 and LZ4_RAW
 * are refused with an error naming the codec. Values are read by value-cell.ts; a NaN double is missing.
 */

const inflate = (input: Uint8Array): Uint8Array => zlib.unzipSync(input);
export const PARQUET_COMPRESSORS: Compressors = {
  GZIP: inflate,
  BROTLI: (input) => zlib.brotliDecompressSync(input),
  ...(typeof zlib.zstdDecompressSync === 'function'
    ? { ZSTD: (input: Uint8Array) => zlib.zstdDecompressSync(input) }
    : {}),
};

interface OpenParquet {
  handle: FileHandle;
  buffer: AsyncBuffer;
  metadata: FileMetaData;
  names: string[];
  rows: number;
}

/** Reads one Parquet file into the table being built. */
export async function readParquetFile(path: string, context: ReadContext): Promise<void> {
  const builder = context.builder;
  builder.startFile(path);
  const parquet = await openParquet(path);
  try {
    const columns = useHeader(context, path, parquet.names);
    const claim = builder.claimRows(parquet.rows);
    for (const name of columns) {
      const chunks = await readColumnChunks(path, parquet, name);
      const sink = builder.column(name) as ColumnSink;
      if ('firstSlot' in claim) {
        for (const chunk of chunks) feedChunk(sink, claim.firstSlot + chunk.rowStart, chunk.columnData);
      } else {
        forEachRow(chunks, claim.rows, (value, i) => feedValue(sink, claim.slots[i] as number, value));
      }
    }
  } finally {
    await parquet.handle.close();
  }
}

/** The second pass over one Parquet file: texts of number cells for `collector`. */
export async function collectParquetTexts(file: FileRows, collector: TextCollector): Promise<void> {
  if (file.rows === 0 || collector.endRow <= file.firstRow) return;
  const parquet = await openParquet(file.path);
  try {
    for (const request of collector.requests) {
      const chunks = await readColumnChunks(file.path, parquet, request.column);
      for (const chunk of chunks) {
        const data = chunk.columnData;
        for (let i = 0; i < data.length; i++) {
          const row = file.firstRow + chunk.rowStart + i;
          if (row >= request.beforeRow || row >= collector.endRow) break;
          if (!collector.wantsColumnRow(request, row)) continue;
          const text = numberTextOfValue(data[i]);
          if (text !== null) request.texts.push(text);
        }
      }
    }
  } finally {
    await parquet.handle.close();
  }
}

async function openParquet(path: string): Promise<OpenParquet> {
  const handle = await openForReading(path);
  try {
    const { size } = await handle.stat();
    const buffer: AsyncBuffer = {
      byteLength: size,
      async slice(start: number, end = size) {
        const bytes = new Uint8Array(Math.max(0, end - start));
        let done = 0;
        while (done < bytes.length) {
          const { bytesRead } = await handle.read(bytes, done, bytes.length - done, start + done);
          if (bytesRead === 0) break;
          done += bytesRead;
        }
        return bytes.buffer;
      },
    };
    if (size === 0) throw new DataReadError({ path }, 'is empty');
    const head = Buffer.from(await buffer.slice(0, Math.min(4, size)));
    if (head.toString('latin1') !== PARQUET_MAGIC) {
      throw new DataReadError(
        { path },
        `is not a Parquet file (it does not begin with ${PARQUET_MAGIC}); if it is CSV or JSON lines, name it so or set the format`,
      );
    }
    let metadata: FileMetaData;
    try {
      metadata = await parquetMetadataAsync(buffer);
    } catch (error) {
      throw new DataReadError({ path }, `is not a readable Parquet file (${(error as Error).message})`);
    }
    const names = parquetSchema(metadata).children.map((child) => child.element.name);
    return { handle, buffer, metadata, names, rows: Number(metadata.num_rows) };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function readColumnChunks(path: string, parquet: OpenParquet, column: string): Promise<ParquetChunk[]> {
  const chunks: ParquetChunk[] = [];
  try {
    await parquetRead({
      file: parquet.buffer,
      metadata: parquet.metadata,
      columns: [column],
      compressors: PARQUET_COMPRESSORS,
      onChunk: (chunk) => chunks.push(chunk),
    });
  } catch (error) {
    throw new DataReadError({ path, column }, `cannot be read as Parquet (${(error as Error).message})`);
  }
  chunks.sort((x, y) => x.rowStart - y.rowStart);
  let rows = 0;
  for (const chunk of chunks) rows += chunk.columnData.length;
  if (rows !== parquet.rows) {
    throw new DataReadError({ path, column }, `holds ${rows} values, but the file says it has ${parquet.rows} rows`);
  }
  return chunks;
}

function feedChunk(sink: ColumnSink, firstSlot: number, data: ArrayLike<unknown>): void {
  if (data instanceof Float64Array || data instanceof Float32Array || data instanceof Int32Array) {
    for (let i = 0; i < data.length; i++) sink.number(firstSlot + i, data[i] as number);
    return;
  }
  for (let i = 0; i < data.length; i++) feedValue(sink, firstSlot + i, data[i]);
}

/** Calls `visit` with the value of each of `rows` (ascending, file-relative) and its index in `rows`. */
function forEachRow(chunks: ParquetChunk[], rows: Float64Array, visit: (value: unknown, index: number) => void): void {
  let c = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    while (c < chunks.length && row >= (chunks[c] as ParquetChunk).rowEnd) c++;
    const chunk = chunks[c];
    if (chunk === undefined) break;
    visit(chunk.columnData[row - chunk.rowStart], i);
  }
}
