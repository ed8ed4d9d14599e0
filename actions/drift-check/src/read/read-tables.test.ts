import { mkdirSync } from 'node:fs';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { readTable, readTables, withStrings } from './read-table.js';
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
const numbers = (table: Table, name: string) => Array.from(column(table, name).numeric ?? []);

describe('readTables', () => {
  it('concatenates the files a glob names, sorted by path, matching columns by name', async () => {
    mkdirSync(`${files.dir}/parts`);
    files.write('parts/part-02.csv', 'b,a\nx,3\ny,4\n');
    files.write('parts/part-01.csv', 'a,b\n1,u\n2,v\n');
    files.write('parts/part-03.csv', 'a,b\n'); // an empty shard is fine among others
    files.write('parts/other.txt', 'not data');
    const table = await readTables(`${files.dir}/parts/part-*.csv`);
    expect(table.files).toEqual([1, 2, 3].map((n) => `${files.dir}/parts/part-0${n}.csv`));
    expect(table.source).toBe(`${files.dir}/parts/part-*.csv`);
    expect(table.rows).toBe(4);
    expect(numbers(table, 'a')).toEqual([1, 2, 3, 4]);
    expect(column(table, 'b').strings).toEqual(['u', 'v', 'x', 'y']);
  });

  it('reads a plain path as one file, and ** across folders', async () => {
    mkdirSync(`${files.dir}/deep/a/b`, { recursive: true });
    files.write('deep/top.jsonl', '{"v": 1}\n');
    files.write('deep/a/b/low.jsonl', '{"v": 2, "w": "x"}\n');
    expect((await readTables(`${files.dir}/deep/top.jsonl`)).rows).toBe(1);
    const table = await readTables(`${files.dir}/deep/**/*.jsonl`);
    expect(table.files).toEqual([`${files.dir}/deep/a/b/low.jsonl`, `${files.dir}/deep/top.jsonl`]);
    expect(numbers(table, 'v')).toEqual([2, 1]);
    expect(column(table, 'w')).toMatchObject({ strings: ['x'], missing: 1 });
  });

  it('fetches the text of numbers in earlier files when a later file turns a column categorical', async () => {
    mkdirSync(`${files.dir}/turn`);
    files.write('turn/1.csv', 'code\n1\n02\nNA\n');
    files.write('turn/2.csv', 'code\n3.0\n4\nX9\n5\n');
    const table = await readTables(`${files.dir}/turn/*.csv`);
    expect(column(table, 'code')).toMatchObject({
      kind: 'categorical',
      strings: ['1', '02', '3.0', '4', 'X9', '5'],
      missing: 1,
      firstText: { file: `${files.dir}/turn/2.csv`, row: 3, value: 'X9' },
    });
  });

  it('refuses files with different columns, naming the difference', async () => {
    mkdirSync(`${files.dir}/differ`);
    files.write('differ/1.csv', 'a,b\n1,2\n');
    const second = files.write('differ/2.csv', 'a,c\n1,2\n');
    await expect(readTables(`${files.dir}/differ/*.csv`)).rejects.toThrow(
      `${second}: its columns differ from those of ${files.dir}/differ/1.csv: it lacks 'b' and has 'c' in addition; files read together need the same columns`,
    );
  });

  it('refuses a mix of formats', async () => {
    mkdirSync(`${files.dir}/mixed`);
    files.write('mixed/1.csv', 'a\n1\n');
    const second = files.write('mixed/2.jsonl', '{"a": 1}\n');
    await expect(readTables(`${files.dir}/mixed/*`)).rejects.toThrow(
      `${second}: is jsonl, but ${files.dir}/mixed/1.csv is csv; files read together need one format`,
    );
  });

  it('names a pattern that matches nothing, and a pattern whose files have no rows', async () => {
    await expect(readTables(`${files.dir}/nothing/*.csv`)).rejects.toThrow(
      `${files.dir}/nothing/*.csv: cannot list folder '${files.dir}/nothing' (ENOENT)`,
    );
    await expect(readTables(`${files.dir}/*.nothing`)).rejects.toThrow(
      `${files.dir}/*.nothing: no files match this pattern`,
    );
    mkdirSync(`${files.dir}/empty`);
    files.write('empty/1.csv', 'a\n');
    files.write('empty/2.csv', 'a\n');
    await expect(readTables(`${files.dir}/empty/*.csv`)).rejects.toThrow(
      `${files.dir}/empty/*.csv: none of the 2 files has a data row; there is nothing to compare`,
    );
  });
});

describe('sampling', () => {
  const rows = 5000;
  // id = row index; `mixed` is text on some rows, so the sample needs the text of its numbers
  const mixed = (i: number) => (i % 50 === 7 ? `t${i}` : `${i}.0`);
  let csvPath: string;
  let parquetPaths: string;

  beforeAll(() => {
    let csv = 'id,mixed,maybe\n';
    for (let i = 0; i < rows; i++) csv += `${i},${mixed(i)},${i === 10 ? '' : i / 4}\n`;
    csvPath = files.write('sample.csv', csv);
    mkdirSync(`${files.dir}/sample-parts`);
    for (const [part, from, to] of [
      [1, 0, 2000],
      [2, 2000, 5000],
    ] as const) {
      const ids = Array.from({ length: to - from }, (_, k) => from + k);
      const buffer = parquetWriteBuffer({
        columnData: [
          { name: 'id', data: ids, type: 'DOUBLE' },
          { name: 'mixed', data: ids.map(mixed), type: 'STRING' },
          { name: 'maybe', data: ids.map((i) => (i === 10 ? null : i / 4)), type: 'DOUBLE' },
        ],
        rowGroupSize: 700,
      });
      files.write(`sample-parts/${part}.parquet`, buffer);
    }
    parquetPaths = `${files.dir}/sample-parts/*.parquet`;
  });

  it('keeps a seeded sample of rows, in file order, with each cell of a kept row', async () => {
    const table = await readTable(csvPath, { sample: { rows: 300, seed: 3 } });
    expect(table.rows).toBe(300);
    expect(table.rowsRead).toBe(rows);
    const ids = numbers(table, 'id');
    expect(ids).toHaveLength(300);
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    expect(new Set(ids).size).toBe(300);
    expect(ids.some((i) => i >= 4000)).toBe(true);
    expect(column(table, 'mixed')).toMatchObject({ kind: 'categorical', strings: ids.map(mixed), missing: 0 });
    expect(numbers(table, 'maybe')).toEqual(ids.filter((i) => i !== 10).map((i) => i / 4));
    await withStrings(table, ['maybe']);
    expect(column(table, 'maybe').strings).toEqual(ids.filter((i) => i !== 10).map((i) => String(i / 4)));

    const again = await readTable(csvPath, { sample: { rows: 300, seed: 3 } });
    expect(numbers(again, 'id')).toEqual(ids);
    const other = await readTable(csvPath, { sample: { rows: 300, seed: 4 } });
    expect(numbers(other, 'id')).not.toEqual(ids);
  });

  it('samples the same rows from the same data in Parquet parts as from one CSV', async () => {
    const csv = await readTable(csvPath, { sample: { rows: 300, seed: 3 } });
    const parquet = await readTables(parquetPaths, { sample: { rows: 300, seed: 3 } });
    expect(parquet.rowsRead).toBe(rows);
    expect(numbers(parquet, 'id')).toEqual(numbers(csv, 'id'));
    expect(column(parquet, 'mixed').strings).toEqual(column(csv, 'mixed').strings);
    expect(column(parquet, 'maybe').missing).toBe(column(csv, 'maybe').missing);
  });

  it('keeps every row when the sample is larger than the data, without room for the whole sample', async () => {
    for (const size of [10_000, 2_000_000_000]) {
      const table = await readTable(csvPath, { sample: { rows: size, seed: 1 } });
      expect(numbers(table, 'id')).toEqual(Array.from({ length: rows }, (_, i) => i));
    }
    const parquet = await readTables(parquetPaths, { sample: { rows: 2_000_000_000, seed: 1 } });
    expect(parquet.rows).toBe(rows);
  });

  it('refuses a sample size or seed that is not an integer', async () => {
    await expect(readTable(csvPath, { sample: { rows: 0, seed: 1 } })).rejects.toThrow(
      `${csvPath}: sample size must be a positive integer, got 0`,
    );
    await expect(readTable(csvPath, { sample: { rows: 10, seed: 1.5 } })).rejects.toThrow(
      `${csvPath}: sample seed must be an integer, got 1.5`,
    );
  });
});
