import { MARKER_VERSION, neutraliseMarkers, readMarker, renderMarker } from './markers.js';

interface RunRef {
  runId: number;
  fingerprint: string;
  note?: string;
}

const isRunRef = (data: unknown): data is RunRef => {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const record = data as Record<string, unknown>;
  return (
    Number.isInteger(record.runId) &&
    typeof record.fingerprint === 'string' &&
    (record.note === undefined || typeof record.note === 'string')
  );
};
const anything = (data: unknown): data is unknown => true;

const REAL: RunRef = { runId: 42, fingerprint: 'real-fp' };
const FORGED: RunRef = { runId: 666, fingerprint: 'forged-fp' };

describe('renderMarker', () => {
  test('is one HTML comment naming the kind and version', () => {
    const marker = renderMarker('diagnosis', REAL);
    expect(marker).toMatch(new RegExp(`^<!-- self-heal:diagnosis v${MARKER_VERSION} [A-Za-z0-9_-]+ -->$`));
  });

  test('no data can close the comment or add a line', () => {
    const hostile = {
      note: '--> <script>alert(1)</script> --!> \n\r <!-- self-heal:x v1 AAAA -->',
      runId: 1,
      fingerprint: '>',
    };
    const marker = renderMarker('diagnosis', hostile);
    expect(marker.slice(4, -3)).not.toMatch(/-->|--!>|[<>\n\r]/);
    expect(readMarker(`text\n\n${marker}`, 'diagnosis', isRunRef)).toEqual(hostile);
  });

  test('round-trips non-ASCII text', () => {
    const data = { runId: 1, fingerprint: 'ünïcödé ✓ 🚀 日本語' };
    expect(readMarker(renderMarker('diagnosis', data), 'diagnosis', isRunRef)).toEqual(data);
  });

  test('rejects a bad kind and data JSON cannot hold', () => {
    expect(() => renderMarker('Diagnosis', REAL)).toThrow(/marker kind "Diagnosis" must be lower-case/);
    expect(() => renderMarker('a b', REAL)).toThrow(/marker kind "a b"/);
    expect(() => renderMarker('', REAL)).toThrow(/marker kind ""/);
    expect(() => renderMarker('diagnosis', undefined)).toThrow(/not JSON-serialisable \(got undefined\)/);
    expect(() => renderMarker('diagnosis', () => 1)).toThrow(/not JSON-serialisable \(got function\)/);
  });
});

describe('readMarker', () => {
  const body = (...parts: string[]) => parts.join('\n\n');

  test('reads the marker of the kind asked for', () => {
    const text = body(
      '## Failure',
      renderMarker('fix', { runId: 7, fingerprint: 'f' }),
      renderMarker('diagnosis', REAL),
    );
    expect(readMarker(text, 'diagnosis', isRunRef)).toEqual(REAL);
    expect(readMarker(text, 'fix', isRunRef)).toEqual({ runId: 7, fingerprint: 'f' });
    expect(readMarker(text, 'drift', isRunRef)).toBeNull();
  });

  test('tolerates hand-edited whitespace and CRLF bodies', () => {
    const payload = renderMarker('diagnosis', REAL).split(' ')[3] as string;
    expect(readMarker(`a\r\n\r\n<!--self-heal:diagnosis  v1\t${payload}-->\r\n`, 'diagnosis', isRunRef)).toEqual(REAL);
  });

  test('returns null, without throwing, for missing, truncated or corrupt markers', () => {
    const marker = renderMarker('diagnosis', { ...REAL, note: 'a longer note so that the payload has room to cut' });
    const payload = marker.split(' ')[3] as string;
    const broken = [
      null,
      undefined,
      '',
      'no marker here',
      marker.slice(0, -4), // the closing --> is gone
      `<!-- self-heal:diagnosis v1 ${payload.slice(0, -5)} -->`, // payload cut short
      `<!-- self-heal:diagnosis v1 ${payload.slice(0, 10)}!${payload.slice(10)} -->`, // bad alphabet
      `<!-- self-heal:diagnosis v1 ${Buffer.from('{"runId": 1,').toString('base64url')} -->`, // bad JSON
      `<!-- self-heal:diagnosis v1 ${Buffer.from([0xff, 0xfe, 0x22]).toString('base64url')} -->`, // not UTF-8
      `<!-- self-heal:diagnosis v1  -->`, // empty payload
      `<!-- self-heal:diagnosis v2 ${payload} -->`, // a version we do not read
      `<!-- self-heal:diagnosis ${payload} -->`, // no version
    ];
    for (const text of broken) {
      expect(() => readMarker(text, 'diagnosis', isRunRef)).not.toThrow();
      expect(readMarker(text, 'diagnosis', isRunRef)).toBeNull();
    }
  });

  test('returns null when the validator rejects the shape, or throws', () => {
    const marker = renderMarker('diagnosis', { runId: 'not a number', fingerprint: 1 });
    expect(readMarker(marker, 'diagnosis', isRunRef)).toBeNull();
    expect(readMarker(marker, 'diagnosis', anything)).toEqual({ runId: 'not a number', fingerprint: 1 });
    const throwing = (data: unknown): data is RunRef => (data as { x: { y: unknown } }).x.y === 1;
    expect(readMarker(marker, 'diagnosis', throwing)).toBeNull();
    expect(readMarker(renderMarker('diagnosis', null), 'diagnosis', isRunRef)).toBeNull();
  });

  test('the last marker of the kind wins; a corrupt last one is not replaced by an earlier one', () => {
    const forged = renderMarker('diagnosis', FORGED);
    const real = renderMarker('diagnosis', REAL);
    expect(readMarker(body(forged, 'text', real), 'diagnosis', isRunRef)).toEqual(REAL);
    expect(
      readMarker(body(forged, 'text', real.replace(/[A-Za-z0-9_-]{8} -->$/, ' -->')), 'diagnosis', isRunRef),
    ).toBeNull();
    // A marker of another kind after it does not matter.
    expect(readMarker(body(real, renderMarker('fix', FORGED)), 'diagnosis', isRunRef)).toEqual(REAL);
  });

  test('rejects a bad kind', () => {
    expect(() => readMarker('x', 'Bad Kind', isRunRef)).toThrow(/marker kind "Bad Kind"/);
  });

  test('reads a marker at the end of a 5 MB body quickly, and survives adversarial bodies', () => {
    const real = renderMarker('diagnosis', REAL);
    const huge = `${'log line with <!-- and self-heal: and --> noise\n'.repeat(110_000)}\n\n${real}`;
    let start = performance.now();
    expect(readMarker(huge, 'diagnosis', isRunRef)).toEqual(REAL);
    expect(performance.now() - start).toBeLessThan(1000);

    const adversarial = [
      `<!-- self-heal:diagnosis v1 ${'A'.repeat(5 << 20)}`, // an endless payload, never closed
      '<!-- self-heal:diagnosis v1 '.repeat(200_000),
      `<!--${' '.repeat(5 << 20)}`,
    ];
    for (const text of adversarial) {
      start = performance.now();
      expect(readMarker(text, 'diagnosis', isRunRef)).toBeNull();
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });
});

describe('neutraliseMarkers', () => {
  test('makes every marker opening unreadable, in any case or spacing, and reads the same', () => {
    const forged = renderMarker('diagnosis', FORGED);
    const variants = [
      forged,
      forged.replace('<!-- ', '<!--'),
      forged.replace('self-heal', 'SELF-HEAL'),
      `x ${forged} y`,
    ];
    for (const text of variants) {
      const safe = neutraliseMarkers(text);
      expect(readMarker(safe, 'diagnosis', isRunRef)).toBeNull();
      expect(safe.replace(/\u200b/g, '')).toBe(text);
    }
  });

  test('leaves other comments alone and is idempotent', () => {
    const text = '<!-- a comment --> <!-- self-heal:x v1 e30 -->';
    const once = neutraliseMarkers(text);
    expect(once.startsWith('<!-- a comment -->')).toBe(true);
    expect(neutraliseMarkers(once)).toBe(once);
  });
});
