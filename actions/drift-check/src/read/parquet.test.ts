import * as zlib from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { DataReadError } from './read-error.js';
import { readTable } from './read-table.js';
import { type TempFiles, tempFiles } from './test-files.js';
import type { ColumnData, Table } from './types.js';

let files: TempFiles;
beforeAll(() => {
  files = tempFiles();
});
afterAll(() => files.remove());

const column = (table: Table, name: string): ColumnData => {
  const found = table.columns.get(name);
  if (!found) throw new Error(`no column ${name}`);
  return found;
};

type ColumnSource = Parameters<typeof parquetWriteBuffer>[0]['columnData'][number];
const sample: ColumnSource[] = [
  { name: 'dbl', data: [1.5, null, Number.NaN, Number.POSITIVE_INFINITY, -2.25, 3], type: 'DOUBLE' },
  { name: 'req', data: new Float64Array([1, 2, 3, 4, 5, 6]), type: 'DOUBLE', nullable: false },
  { name: 'i32', data: [1, 2, null, 4, 5, 6], type: 'INT32' },
  { name: 'i64', data: [1n, 2n, 3n, null, 9007199254740993n, -6n], type: 'INT64' },
  { name: 'str', data: ['a', null, 'NA', 'b', '', 'a'], type: 'STRING' },
  { name: 'numtext', data: ['1.5', ' 2 ', null, 'inf', 'NaN', '1e3'], type: 'STRING' },
  { name: 'flag', data: [true, false, null, true, true, false], type: 'BOOLEAN' },
  { name: 'when', data: [new Date(0), null, new Date(1e12), new Date(5), new Date(6), new Date(7)], type: 'TIMESTAMP' },
];

function expectSampleColumns(table: Table): void {
  expect(table.format).toBe('parquet');
  expect(table.rows).toBe(6);
  expect([...table.columns.keys()]).toEqual(sample.map((c) => c.name));
  expect(column(table, 'dbl')).toMatchObject({ kind: 'numeric', missing: 2, nonFinite: 1, rows: 6 });
  expect(Array.from(column(table, 'dbl').numeric ?? [])).toEqual([1.5, -2.25, 3]);
  expect(Array.from(column(table, 'req').numeric ?? [])).toEqual([1, 2, 3, 4, 5, 6]);
  expect(Array.from(column(table, 'i32').numeric ?? [])).toEqual([1, 2, 4, 5, 6]);
  expect(Array.from(column(table, 'i64').numeric ?? [])).toEqual([1, 2, 3, 9007199254740992, -6]);
  expect(column(table, 'str')).toMatchObject({ kind: 'categorical', strings: ['a', 'b', 'a'], missing: 3 });
  expect(column(table, 'numtext')).toMatchObject({ kind: 'numeric', missing: 2, nonFinite: 1 });
  expect(Array.from(column(table, 'numtext').numeric ?? [])).toEqual([1.5, 2, 1000]);
  expect(column(table, 'flag')).toMatchObject({ strings: ['true', 'false', 'true', 'true', 'false'], missing: 1 });
  expect(column(table, 'when').strings).toEqual([
    '1970-01-01T00:00:00.000Z',
    '2001-09-09T01:46:40.000Z',
    '1970-01-01T00:00:00.005Z',
    '1970-01-01T00:00:00.006Z',
    '1970-01-01T00:00:00.007Z',
  ]);
}

describe('Parquet', () => {
  it('reads doubles, integers, strings by the cell rules, booleans and timestamps', async () => {
    const path = files.write('sample.parquet', parquetWriteBuffer({ columnData: sample }));
    expectSampleColumns(await readTable(path));
  });

  const codecs = {
    UNCOMPRESSED: undefined,
    SNAPPY: undefined,
    GZIP: (input: Uint8Array) => zlib.gzipSync(input),
    BROTLI: (input: Uint8Array) => zlib.brotliCompressSync(input),
    ZSTD: (input: Uint8Array) => zlib.zstdCompressSync(input),
  } as const;
  it.each(Object.keys(codecs) as (keyof typeof codecs)[])('reads %s pages', async (codec) => {
    const compress = codecs[codec];
    const buffer = parquetWriteBuffer({
      columnData: sample,
      codec,
      compressors: compress ? { [codec]: compress } : undefined,
      rowGroupSize: 4, // several row groups
    });
    expectSampleColumns(await readTable(files.write(`sample-${codec}.parquet`, buffer)));
  });

  it('reads only the columns asked for', async () => {
    const path = files.write('pick.parquet', parquetWriteBuffer({ columnData: sample }));
    const table = await readTable(path, { columns: ['str', 'dbl'] });
    expect([...table.columns.keys()]).toEqual(['str', 'dbl']);
  });
});

describe('bad Parquet input', () => {
  it('names a file that is not Parquet, an empty one, and Parquet named as CSV', async () => {
    const path = files.write('text.parquet', 'a,b\n1,2\n');
    const error = await readTable(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataReadError);
    expect((error as Error).message).toBe(
      `${path}: is not a Parquet file (it does not begin with PAR1); if it is CSV or JSON lines, name it so or set the format`,
    );
    const empty = files.write('empty.parquet', '');
    await expect(readTable(empty)).rejects.toThrow(`${empty}: is empty`);
    const misnamed = files.write('really-parquet.csv', new Uint8Array(parquetWriteBuffer({ columnData: sample })));
    await expect(readTable(misnamed)).rejects.toThrow(
      `${misnamed}: is a Parquet file; name it .parquet or set the format to parquet`,
    );
  });

  it('names a truncated file', async () => {
    const whole = new Uint8Array(parquetWriteBuffer({ columnData: sample }));
    const path = files.write('truncated.parquet', whole.subarray(0, whole.length - 30));
    await expect(readTable(path)).rejects.toThrow(`${path}: is not a readable Parquet file (`);
  });

  it('names a file whose pages are corrupt, and the column', async () => {
    const whole = new Uint8Array(
      parquetWriteBuffer({ columnData: [{ name: 'x', data: [1.5, 2.5, 3.5], type: 'DOUBLE' }] }),
    );
    const corrupt = whole.slice();
    for (let i = 4; i < 40; i++) corrupt[i] = 0xff; // the first page header, after the magic PAR1
    const path = files.write('corrupt.parquet', corrupt);
    await expect(readTable(path)).rejects.toThrow(`${path}, column 'x': cannot be read as Parquet (`);
  });

  it('names a codec it cannot decompress', async () => {
    const buffer = parquetWriteBuffer({
      columnData: [{ name: 'x', data: [1.5, 2.5], type: 'DOUBLE' }],
      codec: 'LZ4',
      compressors: { LZ4: (input: Uint8Array) => input },
    });
    const path = files.write('lz4.parquet', buffer);
    await expect(readTable(path)).rejects.toThrow(
      `${path}, column 'x': cannot be read as Parquet (parquet unsupported compression codec: LZ4)`,
    );
  });

  it('refuses a file without rows', async () => {
    const path = files.write(
      'empty.parquet',
      parquetWriteBuffer({ columnData: [{ name: 'x', data: [], type: 'DOUBLE' }] }),
    );
    await expect(readTable(path)).rejects.toThrow(`${path}: has no rows; there is nothing to compare`);
  });

  it('names a requested column the file lacks', async () => {
    const path = files.write('lacks.parquet', parquetWriteBuffer({ columnData: sample }));
    await expect(readTable(path, { columns: ['zzz'] })).rejects.toThrow(
      `${path}, column 'zzz': no such column; the file has 'dbl'`,
    );
  });
});
