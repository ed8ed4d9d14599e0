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

/** What scanLines promises, line by line with string search: the reference it is checked against. */
function reference(
  literals: string[],
  triggers: boolean[],
  text: string,
  onHit: (line: string, i: number) => number,
  widen: number,
): number {
  const lines = text.split('\n');
  const complete = text.endsWith('\n') ? lines.length - 1 : lines.length;
  let widenUntil = widen;
  for (let i = 0; i < complete; i++) {
    const lower = (lines[i] as string).toLowerCase();
    const has = (want: (k: number) => boolean) => literals.some((l, k) => want(k) && lower.includes(l));
    if (has((k) => triggers[k] as boolean) || (i < widenUntil && has(() => true))) {
      const more = onHit(lines[i] as string, i);
      if (more > 0) widenUntil = Math.max(widenUntil, i + 1 + more);
    }
  }
  return text.split('\n').length - 1;
}

describe('LiteralAutomaton.scanLines on long ranges (scanned as two halves at once)', () => {
  const literals = ['error', 'failed', 'no space left', 'rror:', 'warn', '✗ ', 'e'];
  const triggers = [true, true, true, true, false, true, false];
  const a = new LiteralAutomaton(literals, triggers);
  const words = ['ok', 'ERROR', 'Failed', 'no space left', 'warn', 'rror: x', '✗ y', 'passed', 'e', 'note'];

  function randomText(seed: number, lines: number, terminated: boolean): string {
    let s = seed;
    const rnd = (n: number) => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return (s >>> 16) % n;
    };
    const out: string[] = [];
    for (let i = 0; i < lines; i++) {
      const parts: string[] = [];
      for (let w = rnd(8); w > 0; w--)
        parts.push(rnd(4) === 0 ? (words[rnd(words.length)] as string) : 'xyz'.repeat(rnd(5)));
      out.push(parts.join(' '));
    }
    return out.join('\n') + (terminated ? '\n' : '');
  }

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('finds what line-by-line search finds (seed %i)', (seed) => {
    const text = randomText(seed, 400 + seed * 97, seed % 3 !== 0);
    // A watch window after every third trigger, as the scanner asks near a failure.
    const watch = (i: number) => (i % 3 === 0 ? 1 + (i % 7) : 0);
    const want: Array<[string, number]> = [];
    const wantLines = reference(
      literals,
      triggers,
      text,
      (line, i) => {
        want.push([line, i]);
        return watch(i);
      },
      seed % 4,
    );
    const buf = Buffer.from(text);
    // Inside a larger buffer, as the scanner's reused block buffer is.
    const padded = Buffer.concat([Buffer.from('error before\n'), buf, Buffer.from('error after\n')]);
    const from = 13;
    const got: Array<[string, number]> = [];
    const gotLines = a.scanLines(
      padded,
      from,
      from + buf.length,
      (s, e, i) => {
        got.push([padded.toString('utf8', s, e), i]);
        return watch(i);
      },
      seed % 4,
    );
    expect(got).toEqual(want);
    expect(gotLines).toBe(wantLines);
    expect(buf.length).toBeGreaterThan(4096);
  });
});
