/**
 * Where strict JSON text first goes wrong. `JSON.parse` names the position for some errors only, so a
 * small recursive-descent reader finds it for error messages with a line and column.
 */

class At extends Error {
  constructor(readonly offset: number) {
    super(`JSON error at ${offset}`);
  }
}

/** Offset of the first syntax error, or undefined when the text is valid JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const expect = (c: string) => {
    if (text[i] !== c) throw new At(i);
    i++;
  };
  const string = () => {
    expect('"');
    while (text[i] !== '"') {
      const c = text[i];
      if (c === undefined || c < ' ') throw new At(i);
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(e ?? 'x'))
          throw new At(i);
        i += e === 'u' ? 6 : 2;
      } else i++;
    }
    i++;
  };
  const value = (depth: number): void => {
    if (depth > 1000) throw new At(i);
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          ws();
          string();
          ws();
          expect(':');
        }
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect(close);
        return;
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) throw new At(i);
    i += literal[0].length;
  };
  try {
    value(0);
    ws();
    if (i < text.length) throw new At(i);
    return undefined;
  } catch (error) {
    if (error instanceof At) return Math.min(error.offset, text.length);
    throw error;
  }
}
