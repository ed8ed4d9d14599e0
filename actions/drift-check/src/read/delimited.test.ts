import { DataReadError } from './read-error.js';
import { readTable } from './read-table.js';
import { seededRandom } from './reservoir.js';
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
const strings = (table: Table, name: string) => column(table, name).strings;

describe('CSV', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', async () => {
    const path = files.write(
      'quoted.csv',
      'name,amount,note\n"Smith, J",12.5,"said ""hi"""\nplain,  7 ,"multi\nline"\n"",NA,x\n"NA","1e3",""\n',
    );
    const table = await readTable(path);
    expect(table.rows).toBe(4);
    expect(table.format).toBe('csv');
    expect([...table.columns.keys()]).toEqual(['name', 'amount', 'note']);
    expect(strings(table, 'name')).toEqual(['Smith, J', 'plain']);
    expect(column(table, 'name').missing).toBe(2); // "" and "NA" are missing quoted or not
    expect(numbers(table, 'amount')).toEqual([12.5, 7, 1000]);
    expect(column(table, 'amount')).toMatchObject({ kind: 'numeric', missing: 1, nonFinite: 0, rows: 4 });
    expect(strings(table, 'note')).toEqual(['said "hi"', 'multi\nline', 'x']);
    expect(column(table, 'note').missing).toBe(1);
  });

  it('accepts CRLF, lone CR, a BOM, blank lines and a last line without a line break', async () => {
    const path = files.write('crlf.csv', '\ufeff\r\na,b\r\n1,x\r\n\r\n2,y\r3,"z\r\nz"\r\n4,w');
    const table = await readTable(path);
    expect([...table.columns.keys()]).toEqual(['a', 'b']);
    expect(numbers(table, 'a')).toEqual([1, 2, 3, 4]);
    expect(strings(table, 'b')).toEqual(['x', 'y', 'z\r\nz', 'w']);
  });

  it('reads an empty last field, a nameless column and non-ASCII text', async () => {
    const path = files.write('edges.csv', ',a,b\n0,café,\n1,日本,2\n2,"",3\n');
    const table = await readTable(path);
    expect([...table.columns.keys()]).toEqual(['Unnamed: 0', 'a', 'b']);
    expect(numbers(table, 'Unnamed: 0')).toEqual([0, 1, 2]);
    expect(strings(table, 'a')).toEqual(['café', '日本']);
    expect(numbers(table, 'b')).toEqual([2, 3]);
    expect(column(table, 'b').missing).toBe(1);
  });

  it('counts ±inf as non-finite and the missing tokens as missing', async () => {
    const path = files.write('special.csv', 'x\n1\ninf\n-inf\nInfinity\nNaN\nnan\nNA\nN/A\nnull\nNULL\nNone\n""\n2\n');
    const x = column(await readTable(path), 'x');
    expect(Array.from(x.numeric ?? [])).toEqual([1, 2]);
    expect(x).toMatchObject({ kind: 'numeric', missing: 8, nonFinite: 3, rows: 13 });
  });

  it('turns a column categorical at its first text cell and keeps every cell as written', async () => {
    const path = files.write('turns.csv', 'code,n\n007,1\n1.50,2\n,3\n inf ,4\nA12,5\n12,6\n');
    const table = await readTable(path);
    const code = column(table, 'code');
    expect(code.kind).toBe('categorical');
    expect(code.numeric).toBeNull();
    expect(code.strings).toEqual(['007', '1.50', ' inf ', 'A12', '12']);
    expect(code).toMatchObject({ missing: 1, nonFinite: 0, rows: 6 });
    expect(code.firstText).toEqual({ file: path, row: 5, value: 'A12' });
    expect(numbers(table, 'n')).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads only the columns asked for, in the order asked', async () => {
    const path = files.write('pick.csv', 'a,b,c\n1,x,3\n4,y,6\n');
    const table = await readTable(path, { columns: ['c', 'a'] });
    expect([...table.columns.keys()]).toEqual(['c', 'a']);
    expect(numbers(table, 'c')).toEqual([3, 6]);
  });

  it('reads records across read-buffer boundaries, including a field larger than the buffer', async () => {
    const rows = 40_000;
    const expectedText: string[] = [];
    let csv = 'id,value,text\r\n';
    for (let i = 0; i < rows; i++) {
      let text = `t${i}`;
      if (i % 7 === 0) text = `has, comma ${i}`;
      if (i % 11 === 0) text = `line\nbreak "${i}"`;
      if (i === 20_000) text = 'x'.repeat(3 << 20);
      expectedText.push(text);
      const quoted = /[,"\n]/.test(text) || i === 20_000 ? `"${text.replaceAll('"', '""')}"` : text;
      csv += `${i},${(i * 0.25).toFixed(2)},${quoted}\r\n`;
    }
    const table = await readTable(files.write('big.csv', csv));
    expect(table.rows).toBe(rows);
    expect(numbers(table, 'id')).toEqual(Array.from({ length: rows }, (_, i) => i));
    expect(numbers(table, 'value')).toEqual(Array.from({ length: rows }, (_, i) => i * 0.25));
    expect(strings(table, 'text')).toEqual(expectedText);
  });
});

describe('numbers in CSV cells', () => {
  it('reads every decimal as Number() does, through the scanner fast path and the cell parser alike', async () => {
    const random = seededRandom(11);
    const int = (n: number) => Math.floor(random() * n);
    const digits = (n: number) => Array.from({ length: n }, () => String(int(10))).join('');
    const cells = [
      '9007199254740993',
      '9007199254740992',
      '-9007199254740991.5',
      '0.1',
      '-0',
      '-0.000',
      '5.',
      '.5',
      '-.5',
      '007',
      '1e-320',
      '2.2250738585072011e-308',
      '0.0000000000000000000001',
      '0.00000000000000000000001',
      '123456789012345.678',
    ];
    for (let k = 0; k < 20_000; k++) {
      const sign = random() < 0.3 ? '-' : '';
      const exponent = random() < 0.1 ? `e${int(40) - 20}` : '';
      cells.push(`${sign}${digits(1 + int(12))}${random() < 0.8 ? `.${digits(int(25))}` : ''}${exponent}`);
    }
    const table = await readTable(
      files.write('decimals.csv', `x,quoted\n${cells.map((c) => `${c},"${c}"`).join('\n')}\n`),
    );
    const expected = cells.map(Number);
    expect(numbers(table, 'x').every((value, i) => Object.is(value, expected[i]))).toBe(true);
    expect(numbers(table, 'quoted').every((value, i) => Object.is(value, expected[i]))).toBe(true);
    expect(numbers(table, 'x')).toHaveLength(cells.length);
  });
});

describe('TSV', () => {
  it('reads tab-separated fields, quoted or not', async () => {
    const path = files.write('data.tsv', 'a\tb\tc\n1\tx y\t"tab\there"\n2.5\t"q,r"\t\n');
    const table = await readTable(path);
    expect(table.format).toBe('tsv');
    expect(numbers(table, 'a')).toEqual([1, 2.5]);
    expect(strings(table, 'b')).toEqual(['x y', 'q,r']);
    expect(strings(table, 'c')).toEqual(['tab\there']);
    expect(column(table, 'c').missing).toBe(1);
  });
});

describe('bad CSV input', () => {
  const failure = async (name: string, contents: string, options = {}) => {
    const path = files.write(name, contents);
    const error = await readTable(path, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataReadError);
    return { path, message: (error as Error).message };
  };

  it('names a missing file', async () => {
    const path = `${files.dir}/nope.csv`;
    await expect(readTable(path)).rejects.toThrow(`${path}: no such file`);
  });

  it('names a folder given as a file', async () => {
    await expect(readTable(files.dir, { format: 'csv' })).rejects.toThrow(
      `${files.dir}: is a directory, not a data file`,
    );
    // Without a format too: the folder's name has no extension, and that is not the problem.
    await expect(readTable(files.dir)).rejects.toThrow(
      `${files.dir}: is a directory, not a data file; give a file, or a glob such as dir/*.parquet`,
    );
  });

  it.each([
    ['empty.csv', ''],
    ['bom-only.csv', '\ufeff'],
    ['blank.csv', '\n\r\n\n'],
  ])('refuses a file without a header (%s)', async (name, contents) => {
    const { path, message } = await failure(name, contents);
    expect(message).toBe(`${path}: is empty: expected a header row with the column names`);
  });

  it('refuses a header without rows', async () => {
    const { path, message } = await failure('header-only.csv', 'a,b\n');
    expect(message).toBe(`${path}: has a header but no data rows; there is nothing to compare`);
  });

  it('names the row and line of a short row', async () => {
    const { path, message } = await failure('short.csv', 'a,b,c\n1,"x\ny",3\n4,5\n');
    expect(message).toBe(`${path}, line 4, row 2: has 2 fields, but the header has 3`);
  });

  it('names the row and line of a long row', async () => {
    const { path, message } = await failure('long.csv', 'a,b\n1,2\n3,4,5\n');
    expect(message).toBe(
      `${path}, line 3, row 2: has 3 fields, but the header has 2; is a field holding a comma not quoted?`,
    );
  });

  it('names the row, line and column of an unterminated quote', async () => {
    const { path, message } = await failure('open-quote.csv', 'a,b\n1,2\n3,"never closed\n4,5\n');
    expect(message).toBe(`${path}, line 3, row 2, column 'b': a quoted field is never closed (unterminated quote)`);
  });

  it('names text after a closing quote', async () => {
    const { path, message } = await failure('after-quote.csv', 'a,b\n"ab"c,2\n');
    expect(message).toBe(
      `${path}, line 2, row 1, column 'a': unexpected "c" after the closing quote of a quoted field (a quote inside a quoted field is written "")`,
    );
  });

  it('names a column the header has twice', async () => {
    const { path, message } = await failure('twice.csv', 'a,b,a\n1,2,3\n');
    expect(message).toBe(`${path}, line 1: the header names column 'a' twice (fields 1 and 3)`);
  });

  it('names a requested column the file lacks', async () => {
    const { path, message } = await failure('lacks.csv', 'a,b\n1,2\n', { columns: ['a', 'zzz'] });
    expect(message).toBe(`${path}, column 'zzz': no such column; the file has 'a', 'b'`);
  });

  it('tells that an extension is unknown', async () => {
    const path = files.write('data.xlsx', 'a\n1\n');
    await expect(readTable(path)).rejects.toThrow(
      `${path}: cannot tell the format from the extension '.xlsx'; name it .csv, .tsv, .jsonl, .ndjson, .json or .parquet, or set the format (csv, tsv, jsonl, parquet)`,
    );
  });
});
