/**
 * A light TOML scanner: enough structure to check a manifest after an edit (balanced strings, arrays and
 * tables, `key = value` lines, no duplicate keys or tables) and to find where a table's keys and array items
 * sit in the text, so an edit can be spliced in. It does not convert values.
 */

export interface TomlArrayItem {
  start: number;
  end: number;
  /** The item's source text. */
  text: string;
  /** Offset just past the comma that follows the item, if any. */
  commaEnd?: number;
}

export interface TomlEntry {
  /** Dotted key as written, unquoted: `tool.poetry.name` for `tool.poetry.name = …` inside no table. */
  key: string;
  keyStart: number;
  valueStart: number;
  valueEnd: number;
  /** Offset of the start of the line after the value (or the end of the text). */
  lineEnd: number;
  /** Items when the value is an array. */
  items?: TomlArrayItem[];
}

export interface TomlTable {
  /** Dotted name, unquoted; '' for the root table. */
  name: string;
  isArrayTable: boolean;
  /** Offset of the `[` of the header (0 for the root table). */
  headerStart: number;
  /** Offset of the start of the line after the header. */
  bodyStart: number;
  /** Offset of the start of the next header, or the end of the text. */
  end: number;
  entries: TomlEntry[];
}

export interface TomlScan {
  tables: TomlTable[];
  /** At most one: the scanner stops at the first problem. Each names line and column. */
  errors: string[];
}

class TomlError extends Error {}

const BARE_KEY = /[A-Za-z0-9_-]/;
const BARE_VALUE =
  /^(true|false|[+-]?(inf|nan)|[+-]?(0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+|[0-9_]+(\.[0-9_]+)?([eE][+-]?[0-9_]+)?)|\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?([Zz]|[+-]\d{2}:\d{2})?|\d{2}:\d{2}:\d{2}(\.\d+)?)$/;

export function scanToml(text: string): TomlScan {
  const tables: TomlTable[] = [
    { name: '', isArrayTable: false, headerStart: 0, bodyStart: 0, end: text.length, entries: [] },
  ];
  let pos = 0;

  const where = (at: number) => {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    return `line ${line}, column ${at - before.lastIndexOf('\n')}`;
  };
  const fail = (message: string, at = pos): never => {
    throw new TomlError(`${message} at ${where(at)}`);
  };
  const skipSpaces = () => {
    while (text[pos] === ' ' || text[pos] === '\t') pos++;
  };
  const skipComment = () => {
    if (text[pos] === '#') while (pos < text.length && text[pos] !== '\n') pos++;
  };
  const skipBlank = () => {
    for (;;) {
      skipSpaces();
      skipComment();
      if (text[pos] === '\n') pos++;
      else if (text[pos] === '\r' && text[pos + 1] === '\n') pos += 2;
      else return;
    }
  };
  const endOfLine = () => {
    skipSpaces();
    skipComment();
    if (pos >= text.length) return;
    if (text[pos] === '\r' && text[pos + 1] === '\n') pos += 2;
    else if (text[pos] === '\n') pos++;
    else fail(`unexpected "${text[pos]}" after a value`);
  };

  const basicString = (): string => {
    const start = pos++;
    let value = '';
    while (text[pos] !== '"') {
      if (pos >= text.length || text[pos] === '\n') fail('unterminated string', start);
      if (text[pos] === '\\') pos++;
      value += text[pos++];
    }
    pos++;
    return value;
  };
  const literalString = (): string => {
    const start = pos++;
    const close = text.indexOf("'", pos);
    const nl = text.indexOf('\n', pos);
    if (close === -1 || (nl !== -1 && nl < close)) fail('unterminated string', start);
    const value = text.slice(pos, close);
    pos = close + 1;
    return value;
  };
  const multilineString = (quote: '"""' | "'''") => {
    const start = pos;
    pos += 3;
    for (;;) {
      if (pos >= text.length) fail('unterminated multi-line string', start);
      if (quote === '"""' && text[pos] === '\\') pos += 2;
      else if (text.startsWith(quote, pos)) {
        pos += 3;
        // Up to two quotes of the content may sit right before the closing delimiter.
        for (let extra = 0; extra < 2 && text[pos] === quote[0]; extra++) pos++;
        return;
      } else pos++;
    }
  };

  const key = (): string => {
    const parts: string[] = [];
    for (;;) {
      skipSpaces();
      if (text[pos] === '"') parts.push(basicString());
      else if (text[pos] === "'") parts.push(literalString());
      else {
        const start = pos;
        while (pos < text.length && BARE_KEY.test(text[pos] as string)) pos++;
        if (pos === start) fail(text[pos] === undefined ? 'expected a key' : `unexpected "${text[pos]}" in a key`);
        parts.push(text.slice(start, pos));
      }
      skipSpaces();
      if (text[pos] !== '.') return parts.join('.');
      pos++;
    }
  };

  const value = (items?: TomlArrayItem[]): void => {
    const start = pos;
    const c = text[pos];
    if (text.startsWith('"""', pos)) multilineString('"""');
    else if (text.startsWith("'''", pos)) multilineString("'''");
    else if (c === '"') basicString();
    else if (c === "'") literalString();
    else if (c === '[') {
      pos++;
      for (;;) {
        skipBlank();
        if (text[pos] === ']') break;
        if (pos >= text.length) fail('unterminated array', start);
        const itemStart = pos;
        value();
        const item: TomlArrayItem = { start: itemStart, end: pos, text: text.slice(itemStart, pos) };
        items?.push(item);
        skipBlank();
        if (text[pos] === ',') {
          pos++;
          item.commaEnd = pos;
        } else if (text[pos] === undefined) fail('unterminated array', start);
        else if (text[pos] !== ']') fail('expected "," or "]"');
      }
      pos++;
    } else if (c === '{') {
      pos++;
      const seen = new Set<string>();
      skipSpaces();
      if (text[pos] === '}') pos++;
      else
        for (;;) {
          const keyAt = pos;
          const k = key();
          if (seen.has(k)) fail(`duplicate key "${k}" in an inline table`, keyAt);
          seen.add(k);
          if (text[pos] !== '=') fail('expected "=" after a key');
          pos++;
          skipSpaces();
          value();
          skipSpaces();
          if (text[pos] === ',') {
            pos++;
            continue;
          }
          if (text[pos] === '}') {
            pos++;
            break;
          }
          fail('expected "," or "}" in an inline table');
        }
    } else {
      const m = /^[^\s,\]}#]+( \d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?)?/.exec(text.slice(pos));
      if (!m || !BARE_VALUE.test(m[0])) fail(m ? `invalid value "${m[0]}"` : 'expected a value');
      pos += (m as RegExpExecArray)[0].length;
    }
  };

  const defined = new Set<string>();
  let current = tables[0] as TomlTable;
  let keysInTable = new Set<string>();
  try {
    for (;;) {
      skipBlank();
      if (pos >= text.length) break;
      if (text[pos] === '[') {
        const headerStart = pos;
        const isArrayTable = text[pos + 1] === '[';
        pos += isArrayTable ? 2 : 1;
        const name = key();
        if (!text.startsWith(isArrayTable ? ']]' : ']', pos)) fail(`expected "${isArrayTable ? ']]' : ']'}"`);
        pos += isArrayTable ? 2 : 1;
        endOfLine();
        if (!isArrayTable && defined.has(name)) fail(`table [${name}] is defined twice`, headerStart);
        if (!isArrayTable) defined.add(name);
        current.end = headerStart;
        current = { name, isArrayTable, headerStart, bodyStart: pos, end: text.length, entries: [] };
        tables.push(current);
        keysInTable = new Set();
        continue;
      }
      const keyStart = pos;
      const k = key();
      if (keysInTable.has(k)) fail(`duplicate key "${k}"${current.name ? ` in [${current.name}]` : ''}`, keyStart);
      keysInTable.add(k);
      if (text[pos] !== '=') fail(`expected "=" after key "${k}"`);
      pos++;
      skipSpaces();
      const valueStart = pos;
      const items: TomlArrayItem[] = [];
      value(items);
      const valueEnd = pos;
      endOfLine();
      const entry: TomlEntry = { key: k, keyStart, valueStart, valueEnd, lineEnd: pos };
      if (text[valueStart] === '[') entry.items = items;
      current.entries.push(entry);
    }
    return { tables, errors: [] };
  } catch (error) {
    if (error instanceof TomlError) return { tables, errors: [error.message] };
    throw error;
  }
}
