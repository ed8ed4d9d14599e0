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

describe('JSON lines', () => {
  it('reads numbers, strings by the CSV cell rules, null, booleans and nested values', async () => {
    const lines = [
      '{"x": 1.5, "s": "a", "n": "2.5", "b": true, "o": {"k": [1, 2]}}',
      '{"x": null, "s": "NA", "n": " 3 ", "b": false, "o": [1]}',
      '{"x": 1e400, "s": "", "n": "inf", "b": null, "o": "plain"}',
      '{"x": -2, "s": 7, "n": "-Infinity", "b": true, "o": null}',
    ];
    const table = await readTable(files.write('values.jsonl', `${lines.join('\n')}\n`));
    expect(table.format).toBe('jsonl');
    expect(table.rows).toBe(4);
    expect(column(table, 'x')).toMatchObject({ kind: 'numeric', missing: 1, nonFinite: 1 });
    expect(Array.from(column(table, 'x').numeric ?? [])).toEqual([1.5, -2]);
    // a number among texts keeps its JSON value's text
    expect(column(table, 's')).toMatchObject({ kind: 'categorical', strings: ['a', '7'], missing: 2 });
    expect(column(table, 'n')).toMatchObject({ kind: 'numeric', missing: 0, nonFinite: 2 });
    expect(Array.from(column(table, 'n').numeric ?? [])).toEqual([2.5, 3]);
    expect(column(table, 'b')).toMatchObject({ kind: 'categorical', strings: ['true', 'false', 'true'], missing: 1 });
    expect(column(table, 'o').strings).toEqual(['{"k":[1,2]}', '[1]', 'plain']);
  });

  it('makes the union of the keys the columns; a row without a key is missing there', async () => {
    const path = files.write('keys.ndjson', '{"a": 1}\n\n{"b": "x", "a": 2}\r\n   \n{"c": 3}\n{"a": 4, "c": 5}');
    const table = await readTable(path);
    expect([...table.columns.keys()]).toEqual(['a', 'b', 'c']);
    expect(table.rows).toBe(4);
    expect(Array.from(column(table, 'a').numeric ?? [])).toEqual([1, 2, 4]);
    expect(column(table, 'a').missing).toBe(1);
    expect(column(table, 'b')).toMatchObject({ strings: ['x'], missing: 3, rows: 4 });
    expect(Array.from(column(table, 'c').numeric ?? [])).toEqual([3, 5]);
    expect(column(table, 'c').missing).toBe(2);
  });

  it('reads only the keys asked for', async () => {
    const path = files.write('pick.jsonl', '{"a": 1, "b": 2}\n{"b": 3, "z": "q"}\n');
    const table = await readTable(path, { columns: ['b', 'a'] });
    expect([...table.columns.keys()]).toEqual(['b', 'a']);
    expect(Array.from(column(table, 'b').numeric ?? [])).toEqual([2, 3]);
    expect(column(table, 'a').missing).toBe(1);
  });

  it('reads a .json file holding one array of objects', async () => {
    const path = files.write('array.json', '\ufeff [\n {"a": 1, "b": "x"},\n {"a": null, "b": "y"}\n]\n');
    const table = await readTable(path);
    expect(Array.from(column(table, 'a').numeric ?? [])).toEqual([1]);
    expect(column(table, 'b').strings).toEqual(['x', 'y']);
  });

  it('turns a column categorical at its first text value, with the text of earlier numbers', async () => {
    const path = files.write('turns.jsonl', '{"v": 1.50}\n{"v": "1.50"}\n{"v": null}\n{"v": "x"}\n{"v": 2}\n');
    const v = column(await readTable(path), 'v');
    expect(v).toMatchObject({ kind: 'categorical', strings: ['1.5', '1.50', 'x', '2'], missing: 1 });
    expect(v.firstText).toEqual({ file: path, row: 4, value: 'x' });
  });
});

describe('bad JSON lines input', () => {
  const failure = async (name: string, contents: string, options = {}) => {
    const path = files.write(name, contents);
    const error = await readTable(path, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataReadError);
    return { path, message: (error as Error).message };
  };

  it('names the line of invalid JSON', async () => {
    const { path, message } = await failure('invalid.jsonl', '{"a": 1}\n\n{"a": 2,}\n');
    expect(message).toMatch(new RegExp(`^${escapeRegExp(path)}, line 3: invalid JSON: `));
  });

  it.each([
    ['[1, 2]', 'an array'],
    ['3', 'a number'],
    ['"text"', 'a string'],
    ['null', 'null'],
  ])('names the line of a value that is not an object (%s)', async (line, what) => {
    const { path, message } = await failure('not-object.jsonl', `{"a": 1}\n${line}\n`);
    expect(message).toBe(`${path}, line 2: expected a JSON object, found ${what}`);
  });

  it('refuses a file without objects', async () => {
    const { path, message } = await failure('empty.jsonl', '\n \n');
    expect(message).toBe(`${path}: holds no JSON objects; there is nothing to compare`);
  });

  it('names a requested key no object has', async () => {
    const { path, message } = await failure('lacks.jsonl', '{"a": 1}\n', { columns: ['a', 'zzz'] });
    expect(message).toBe(`${path}, column 'zzz': no such column: no object has the key`);
  });

  it('names a JSON array file that is not valid', async () => {
    const { path, message } = await failure('bad-array.json', '[{"a": 1},\n');
    expect(message).toMatch(new RegExp(`^${escapeRegExp(path)}: starts with '\\[' but is not one valid JSON array`));
  });

  it('names an array element that is not an object', async () => {
    const { path, message } = await failure('bad-element.json', '[{"a": 1}, 2]');
    expect(message).toBe(`${path}, row 2: array element 2 is a number, not a JSON object`);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
