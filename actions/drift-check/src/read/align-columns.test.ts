import { parquetWriteBuffer } from 'hyparquet-writer';
import { alignColumns } from './align-columns.js';
import { readTable } from './read-table.js';
import { type TempFiles, tempFiles } from './test-files.js';

let files: TempFiles;
beforeAll(() => {
  files = tempFiles();
});
afterAll(() => files.remove());

describe('alignColumns', () => {
  it('compares numeric-in-both columns as numbers and the rest as categories', async () => {
    const reference = await readTable(
      files.write('r1.csv', 'x,zip,c,only_ref\n1.5,02134,a,1\n2,90210,b,2\ninf,,a,3\n'),
    );
    const current = await readTable(files.write('c1.csv', 'only_cur,c,zip,x\n9,b,1O001,3\n9,b,90210,NA\n'));
    const alignment = await alignColumns(reference, current);
    expect(alignment.onlyInReference).toEqual(['only_ref']);
    expect(alignment.onlyInCurrent).toEqual(['only_cur']);
    expect(alignment.columns.map((c) => c.name)).toEqual(['x', 'zip', 'c']);

    const [x, zip, c] = alignment.columns;
    expect(x).toMatchObject({ type: 'numeric' });
    if (x?.type !== 'numeric') throw new Error('x is numeric');
    expect(Array.from(x.reference.values)).toEqual([1.5, 2]);
    expect(x.reference).toMatchObject({ missing: 0, nonFinite: 1, rows: 3 });
    expect(Array.from(x.current.values)).toEqual([3]);
    expect(x.current).toMatchObject({ missing: 1, nonFinite: 0, rows: 2 });

    // numeric in the reference, text in the current: categories, with the reference cells as written
    expect(zip).toMatchObject({
      type: 'categorical',
      because: 'type-change',
      reference: { values: ['02134', '90210'], missing: 1, rows: 3 },
      current: { values: ['1O001', '90210'], missing: 0, rows: 2 },
    });
    expect(alignment.typeChanges).toEqual([
      {
        column: 'zip',
        reference: 'numeric',
        current: 'categorical',
        example: { file: current.files[0], row: 1, value: '1O001' },
      },
    ]);
    expect(c).toMatchObject({ type: 'categorical', because: 'text', reference: { values: ['a', 'b', 'a'] } });
  });

  it('takes the text of typed numbers (JSON lines, Parquet) as String(value)', async () => {
    const reference = await readTable(files.write('r2.jsonl', '{"v": 1.50}\n{"v": 2e21}\n{"v": 3}\n'));
    const current = await readTable(
      files.write('c2.parquet', parquetWriteBuffer({ columnData: [{ name: 'v', data: ['x', '3'], type: 'STRING' }] })),
    );
    const parquetNumbers = await readTable(
      files.write(
        'n2.parquet',
        parquetWriteBuffer({ columnData: [{ name: 'v', data: [0.1, 1e21, null], type: 'DOUBLE' }] }),
      ),
    );
    const alignment = await alignColumns(reference, current);
    expect(alignment.columns[0]).toMatchObject({
      type: 'categorical',
      reference: { values: ['1.5', '2e+21', '3'] },
      current: { values: ['x', '3'] },
    });
    const fromParquet = await alignColumns(parquetNumbers, current);
    expect(fromParquet.columns[0]).toMatchObject({ reference: { values: ['0.1', '1e+21'], missing: 1 } });
  });

  it('applies type overrides and exclusions', async () => {
    const reference = await readTable(files.write('r3.csv', 'label,id,score\n1,100,0.5\n2,101,0.7\n1,102,0.1\n'));
    const current = await readTable(files.write('c3.csv', 'label,id,score\n2,200,0.4\n2,201,0.3\n'));
    const alignment = await alignColumns(reference, current, {
      types: { label: 'categorical' },
      exclude: ['id'],
    });
    expect(alignment.excluded).toEqual(['id']);
    expect(alignment.columns.map((c) => [c.name, c.type])).toEqual([
      ['label', 'categorical'],
      ['score', 'numeric'],
    ]);
    expect(alignment.columns[0]).toMatchObject({
      because: 'override',
      reference: { values: ['1', '2', '1'] },
      current: { values: ['2', '2'] },
    });
    // A name that matches nothing is a typo, and the column it meant would be compared.
    await expect(alignColumns(reference, current, { exclude: ['ID'] })).rejects.toThrow(
      `exclude-columns names 'ID', which neither ${reference.source} nor ${current.source} has; they have 'label', 'id', 'score'`,
    );
  });

  it('refuses a numeric override for a column with text, naming the cell', async () => {
    const reference = await readTable(files.write('r4.csv', 'v\n1\n2\n'));
    const current = await readTable(files.write('c4.csv', 'v\n3\nn/a\n'));
    await expect(alignColumns(reference, current, { types: { v: 'numeric' } })).rejects.toThrow(
      `column 'v' is set to numeric, but ${current.files[0]} row 2 has "n/a", which is not a number`,
    );
  });

  it('refuses an override for a column neither side has', async () => {
    const reference = await readTable(files.write('r5.csv', 'v\n1\n'));
    const current = await readTable(files.write('c5.csv', 'v\n3\n'));
    await expect(alignColumns(reference, current, { types: { w: 'categorical' } })).rejects.toThrow(
      `a column type is set for 'w', but neither ${reference.source} nor ${current.source} has that column; they have 'v'`,
    );
  });

  it('sets aside a column that has no value on a side', async () => {
    const reference = await readTable(files.write('r6.csv', 'a,b,c,d\n1,,x,1\n2,,y,2\n'));
    const current = await readTable(files.write('c6.csv', 'a,b,c,d\n,inf,,3\n,,,4\n'));
    const alignment = await alignColumns(reference, current);
    expect(alignment.columns.map((c) => c.name)).toEqual(['d']);
    expect(alignment.typeChanges).toEqual([]);
    expect(alignment.empty).toEqual([
      { column: 'a', side: 'current' },
      { column: 'b', side: 'both' },
      { column: 'c', side: 'current' },
    ]);
  });

  it('refuses to report on nothing: no column with values on both sides is an error that says why', async () => {
    const reference = await readTable(files.write('r7.csv', 'a,b\n1,x\n2,y\n'));
    const emptied = await readTable(files.write('c7.csv', 'a,b\n,\n,\n'));
    await expect(alignColumns(reference, emptied)).rejects.toThrow(
      `no column can be compared between ${reference.source} and ${emptied.source}; 'a', 'b' have no values on a side`,
    );
    const excluded = await readTable(files.write('c8.csv', 'a,b\n3,z\n'));
    await expect(alignColumns(reference, excluded, { exclude: ['a', 'b'] })).rejects.toThrow(/; 'a', 'b' excluded$/);
    // Semicolon-separated data read as CSV: one column whose name holds the separators.
    const semicolons = await readTable(files.write('c9.csv', 'a;b\n3;z\n'));
    await expect(alignColumns(reference, semicolons)).rejects.toThrow(
      `the reference has 'a', 'b'; the current data has 'a;b'; ${semicolons.source} was read as csv with the single column "a;b": is it delimited differently (set format)?`,
    );
  });
});
