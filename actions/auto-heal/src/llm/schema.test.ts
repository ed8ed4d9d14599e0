import { extractJsonObject } from './extract-json.js';
import { parseAnswer } from './schema.js';

const edit = { path: 'src/a.ts', kind: 'search_replace', content: null, search: 'a', replace: 'b' };
const answer = { root_cause: 'r', confidence: 0.5, edits: [edit], explanation: 'e' };

describe('parseAnswer', () => {
  it('accepts a well-formed answer, treating missing per-kind fields as null', () => {
    const { content: _content, ...withoutContent } = edit;
    const parsed = parseAnswer({ ...answer, edits: [withoutContent] });
    expect(parsed).toEqual({ ok: true, answer: { ...answer, edits: [edit] } });
  });

  it('names every wrong field', () => {
    const parsed = parseAnswer({
      root_cause: '',
      confidence: 85,
      edits: [
        { path: 'a', kind: 'patch' },
        { path: 'b', kind: 'search_replace', search: '', replace: null },
        { path: 'c', kind: 'replace_file', content: 3, extra: true },
        'x',
      ],
      explanation: 1,
      notes: 'n',
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      'unexpected field "notes"',
      'root_cause must be a non-empty string',
      'explanation must be a string',
      'confidence must be a number from 0 to 1, not 85',
      'edits[0].kind must be "replace_file" or "search_replace", not "patch"',
      'edits[1].search must be non-empty text for kind search_replace',
      'edits[1].replace must be a string (may be empty) for kind search_replace',
      'edits[2] has an unexpected field "extra"',
      'edits[2].content must be a string or null',
      'edits[2].content must be the new file contents for kind replace_file',
      'edits[3] must be an object',
    ]);
  });

  it('rejects non-objects', () => {
    expect(parseAnswer([answer])).toEqual({ ok: false, errors: ['the answer must be a JSON object'] });
  });
});

describe('extractJsonObject', () => {
  it('prefers a fenced json block', () => {
    expect(extractJsonObject('Sure {not json}\n```json\n{"a": 1}\n```\n')).toEqual({ a: 1 });
  });

  it('finds a bare object after prose, with braces inside strings', () => {
    expect(extractJsonObject('The fix is: {"s": "a } b { c", "n": {"m": 2}} done')).toEqual({
      s: 'a } b { c',
      n: { m: 2 },
    });
  });

  it('skips candidates that do not parse', () => {
    expect(extractJsonObject('{oops} then {"ok": true}')).toEqual({ ok: true });
  });

  it('returns undefined when there is no object', () => {
    expect(extractJsonObject('no json here [1, 2]')).toBeUndefined();
  });
});
