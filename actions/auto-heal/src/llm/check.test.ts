import type { FileEdit } from '../../../../packages/shared/src/types.js';
import { type CheckContext, checkEdits, replaceOnce } from './check.js';
import { DEFAULT_LLM_OPTIONS } from './options.js';
import type { AnswerEdit } from './schema.js';

const files: Record<string, string> = {
  'src/a.ts': 'const a = 1;\nconst b = 2;\nconst c = 1;\n',
  'src/crlf.ts': 'line one\r\nline two\r\n',
  'src/blob.bin.ts': 'abc\u0000def',
  'src/b.json': '{"a": 1}\n',
};

function context(
  overrides: Partial<CheckContext> = {},
  settings: Partial<CheckContext['settings']> = {},
): CheckContext {
  return {
    settings: { ...DEFAULT_LLM_OPTIONS, ...settings },
    readFile: (path) => files[path] ?? null,
    shownFiles: new Map([
      ['src/a.ts', 'complete'],
      ['src/b.json', 'excerpt'],
    ]),
    validateEdit: () => ({ ok: true, errors: [] }),
    ...overrides,
  };
}

const sr = (path: string, search: string, replace: string): AnswerEdit => ({
  path,
  kind: 'search_replace',
  content: null,
  search,
  replace,
});
const whole = (path: string, content: string): AnswerEdit => ({
  path,
  kind: 'replace_file',
  content,
  search: null,
  replace: null,
});

async function reasons(edits: AnswerEdit[], ctx = context()): Promise<string[]> {
  const result = await checkEdits(edits, ctx);
  if (result.ok) throw new Error('expected a rejection');
  return result.reasons;
}

describe('checkEdits', () => {
  it('applies several edits to one file in order and returns before/after', async () => {
    const result = await checkEdits(
      [sr('src/a.ts', 'a = 1', 'a = 10'), sr('src/a.ts', 'a = 10;', 'a = 11;')],
      context(),
    );
    expect(result).toEqual({
      ok: true,
      edits: [{ path: 'src/a.ts', before: files['src/a.ts'], after: 'const a = 11;\nconst b = 2;\nconst c = 1;\n' }],
    });
  });

  it('replaces a file shown whole, and creates one only when allowed', async () => {
    const replaced = await checkEdits([whole('src/a.ts', 'export {};\n')], context());
    expect(replaced.ok && replaced.edits[0]?.after).toBe('export {};\n');
    expect(await reasons([whole('src/new.ts', 'x')])).toEqual([
      'edits[0]: "src/new.ts" does not exist at the failing commit, and creating files is not allowed',
    ]);
    const created = await checkEdits([whole('src/new.ts', 'x')], context({}, { allowCreate: true }));
    expect(created).toEqual({ ok: true, edits: [{ path: 'src/new.ts', before: null, after: 'x' }] });
  });

  it('refuses replace_file on a file the model saw only in part, or not at all', async () => {
    expect(await reasons([whole('src/b.json', '{}')])).toEqual([
      'edits[0]: replace_file on "src/b.json" is not allowed because you were not shown the whole file; use search_replace',
    ]);
    expect((await reasons([whole('src/crlf.ts', 'x')]))[0]).toContain('not shown the whole file');
  });

  it('lists every problem, without spurious ones for files whose edit failed', async () => {
    const found = await reasons([
      sr('src/a.ts', '= 1', '= 2'),
      sr('src/missing.ts', 'x', 'y'),
      sr('src/blob.bin.ts', 'abc', 'x'),
      sr('.github/workflows/ci.yml', 'a', 'b'),
    ]);
    expect(found).toEqual([
      'edits[0]: in "src/a.ts", the search text "= 1" occurs 2 times; include more surrounding lines so it occurs once',
      'edits[1]: "src/missing.ts" does not exist at the failing commit, so there is nothing to search in',
      'edits[2]: "src/blob.bin.ts" is a binary file and cannot be edited as text',
      'edits[3]: path ".github/workflows/ci.yml" is CI and repository configuration under .github/; it may not be edited',
    ]);
  });

  it('rejects no-op edits and enforces file count and size limits', async () => {
    expect(await reasons([sr('src/a.ts', 'const b = 2;', 'const b = 2;')])).toEqual([
      'the edits to "src/a.ts" change nothing',
    ]);
    const two = [sr('src/a.ts', 'b = 2', 'b = 3'), sr('src/crlf.ts', 'one', 'uno')];
    expect(await reasons(two, context({}, { maxFiles: 1 }))).toEqual([
      'the answer changes 2 files; at most 1 are allowed',
    ]);
    expect(
      await reasons([sr('src/a.ts', 'b = 2', `b = "${'x'.repeat(100)}"`)], context({}, { maxFileBytes: 64 })),
    ).toEqual([expect.stringMatching(/^"src\/a\.ts" would be 1\d\d bytes, more than the 64-byte limit per file$/)]);
    expect(await reasons(two, context({}, { maxTotalBytes: 40 }))).toEqual([
      expect.stringMatching(/^the changed files total \d+ bytes, more than the 40-byte limit$/),
    ]);
  });

  it('rejects edits the validator finds invalid, naming the file', async () => {
    const seen: FileEdit[] = [];
    const validateEdit = (edit: FileEdit) => {
      seen.push(edit);
      return { ok: false, errors: ['line 1: unexpected token'] };
    };
    expect(await reasons([sr('src/b.json', '1', '{')], context({ validateEdit }))).toEqual([
      '"src/b.json" would be invalid: line 1: unexpected token',
    ]);
    expect(seen).toEqual([{ path: 'src/b.json', before: '{"a": 1}\n', after: '{"a": {}\n' }]);
  });
});

describe('replaceOnce', () => {
  it('replaces exactly one occurrence', () => {
    expect(replaceOnce('a b c', 'b', 'B')).toEqual({ ok: true, text: 'a B c' });
  });

  it('counts overlapping occurrences as ambiguous', () => {
    expect(replaceOnce('aaa', 'aa', 'b')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('occurs 2 times'),
    });
  });

  it('matches LF search text in a CRLF file and keeps CRLF', () => {
    expect(replaceOnce(files['src/crlf.ts'] ?? '', 'line one\nline two', 'first\nsecond')).toEqual({
      ok: true,
      text: 'first\r\nsecond\r\n',
    });
  });

  it('says when the text is missing or empty', () => {
    expect(replaceOnce('abc', 'x', 'y')).toMatchObject({ ok: false, reason: expect.stringContaining('was not found') });
    expect(replaceOnce('abc', '', 'y')).toEqual({ ok: false, reason: 'the search text is empty' });
  });
});
