import type { ContextFor, ScanResult } from './log-scanner.js';
import { LogScanner } from './log-scanner.js';
import { ruleSet } from './rule-index.js';

const automaton = ruleSet().automaton;
const keepAll: ContextFor = () => ({ before: 2, after: 2 });

function scan(chunks: Array<string | Buffer>, limits = {}, contextFor: ContextFor = keepAll): ScanResult {
  const s = new LogScanner(automaton, limits, contextFor);
  for (const c of chunks) s.push(typeof c === 'string' ? Buffer.from(c) : c);
  return s.end();
}

const texts = (r: ScanResult) => [...r.lines.entries()].map(([n, l]) => `${n}:${l.text}`);

describe('LogScanner', () => {
  it('counts lines with or without a final newline, and an empty input as none', () => {
    expect(scan(['a\nb\n']).totalLines).toBe(2);
    expect(scan(['a\nb']).totalLines).toBe(2);
    expect(scan([]).totalLines).toBe(0);
    expect(scan(['\n']).totalLines).toBe(1);
  });

  it('keeps hit lines with the context asked for, and the end of the log', () => {
    const log = ['one', 'two', 'three', 'Error: boom', 'four', 'five', 'six', 'seven'].join('\n');
    const r = scan([log], { tail: 1 });
    expect(texts(r)).toEqual(['2:two', '3:three', '4:Error: boom', '5:four', '6:five', '8:seven']);
  });

  it('drops hit lines the context function has no use for', () => {
    const r = scan(['x\nError: boom\ny\n'], { tail: 0 }, () => undefined);
    expect(r.lines.size).toBe(0);
  });

  it('keeps what comes before a failure marker', () => {
    const lines = [
      '##[group]Run make',
      ...Array.from({ length: 30 }, (_, i) => `cc -c file${i}.c`),
      '##[error]Process completed with exit code 2.',
    ];
    const r = scan([lines.join('\n')], { tail: 5 }, () => undefined);
    expect([...r.lines.keys()]).toEqual([1, 27, 28, 29, 30, 31, 32]);
    expect(r.sections.find((s) => s.failed)?.failedAt).toBe(32);
  });

  it('splits multi-byte characters across chunks without damage', () => {
    const text = Buffer.from('prefix\n✗ ünïcödé Error: ✓ done\n');
    const parts = [...text].map((b) => Buffer.from([b]));
    expect(texts(scan(parts))).toEqual(texts(scan([text])));
    expect(texts(scan([text]))).toContain('2:✗ ünïcödé Error: ✓ done');
  });

  it('truncates an overlong line and says so', () => {
    const r = scan(['Error: ', 'x'.repeat(5000), 'y'.repeat(5000), '\nnext\n'], { maxLineBytes: 1000 });
    expect(r.truncatedLines).toBe(1);
    expect(r.totalLines).toBe(2);
    expect(r.lines.get(1)?.text.length).toBe(1000);
  });

  it('forgets the oldest kept lines beyond its budget', () => {
    const log = Array.from({ length: 1000 }, (_, i) => `Error: failure number ${i}`).join('\n');
    const r = scan([log], { maxKept: 100, tail: 0 });
    expect(r.lines.size).toBe(100);
    expect(Math.min(...r.lines.keys())).toBe(901);
  });
});
