import { LiteralAutomaton } from './literal-automaton.js';

function hits(a: LiteralAutomaton, text: string): Array<[string, number]> {
  const buf = Buffer.from(text);
  const out: Array<[string, number]> = [];
  a.scanLines(buf, 0, buf.length, (s, e, i) => {
    out.push([buf.toString('utf8', s, e), i]);
    return 0;
  });
  return out;
}

describe('LiteralAutomaton', () => {
  const a = new LiteralAutomaton(['error', 'no space left', 'err!', '✗ ']);

  it('reports each line holding a literal once, with its index, ignoring ASCII case', () => {
    expect(hits(a, 'ok\nAn ERROR here, another error\nfine\nnpm ERR! code\n')).toEqual([
      ['An ERROR here, another error', 1],
      ['npm ERR! code', 3],
    ]);
  });

  it('counts every newline, including after the last hit', () => {
    const buf = Buffer.from('a\nerror\nb\nc\n');
    expect(new LiteralAutomaton(['error']).scanLines(buf, 0, buf.length, () => 0)).toBe(4);
  });

  it('finds literals that start inside another (failure links) and multi-byte ones', () => {
    const b = new LiteralAutomaton(['abcd', 'bce']);
    expect(hits(b, 'xabce\n').map((h) => h[0])).toEqual(['xabce']);
    expect(hits(a, '  ✗ renders\n').map((h) => h[0])).toEqual(['  ✗ renders']);
  });

  it('never matches across a newline', () => {
    expect(hits(a, 'no space\nleft\n')).toEqual([]);
  });

  it('lists the literals a line holds, overlapping ones included', () => {
    const b = new LiteralAutomaton(['error', 'rror: ', 'fatal']);
    expect(b.literalsIn('Fatal ERROR: boom').sort()).toEqual([0, 1, 2]);
    expect(a.literalsIn('all good')).toEqual([]);
    expect(a.literalsIn('  ✗ renders')).toEqual([3]);
  });

  it('stops on non-triggering literals only while asked to watch', () => {
    const b = new LiteralAutomaton(['boom', 'error'], [true, false]);
    const buf = Buffer.from('error\nboom\nerror\nerror\nerror\n');
    const seen: number[] = [];
    b.scanLines(buf, 0, buf.length, (_s, _e, i) => {
      seen.push(i);
      return i === 1 ? 2 : 0;
    });
    expect(seen).toEqual([1, 2, 3]);
  });
});
