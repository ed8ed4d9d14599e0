import { findMentions, namedFiles, neighbours, subjectOf, TreeIndex } from './candidate-paths.js';
import { diagnosis } from './fixtures/failing-repo.js';

const tree = [
  'src/app.ts',
  'src/app.test.ts',
  'src/util/index.ts',
  'lib/util/index.ts',
  'pkg/mod.py',
  'tests/test_mod.py',
  'src/main/java/com/x/Foo.java',
  'src/test/java/com/x/FooTest.java',
  'cmd/tool/main.go',
  'cmd/tool/main_test.go',
  'src/styles/app.css',
  'README.md',
];
const index = new TreeIndex(tree);
/** `path:line,line` for each resolved mention, in first-seen order. */
function at(text: string): string[] {
  const found = new Map<string, number[]>();
  for (const m of findMentions(text)) {
    const path = index.resolve(m.raw);
    if (!path) continue;
    const lines = found.get(path) ?? [];
    if (m.line !== undefined && !lines.includes(m.line)) lines.push(m.line);
    found.set(path, lines);
  }
  return [...found].map(([path, lines]) => (lines.length > 0 ? `${path}:${lines.join(',')}` : path));
}

describe('finding the files a failure names', () => {
  it.each([
    ['    at run (/home/runner/work/r/r/src/app.ts:12:7)', ['src/app.ts:12']],
    ['  File "/home/runner/work/r/r/pkg/mod.py", line 41, in <module>', ['pkg/mod.py:41']],
    ['src/app.ts(3,14): error TS2322: Type string is not assignable', ['src/app.ts:3']],
    ['cmd/tool/main_test.go:27: expected 3, got 4', ['cmd/tool/main_test.go:27']],
    ['D:\\a\\r\\r\\src\\app.ts:5:1 - error', ['src/app.ts:5']],
    ['\tat com.x.Foo.run(Foo.java:88)', ['src/main/java/com/x/Foo.java:88']],
    ['FAIL src/app.test.ts', ['src/app.test.ts']],
  ])('%s', (line, expected) => {
    expect(at(line)).toEqual(expected);
  });

  it('ignores ambiguous bare names and paths that are not in the tree', () => {
    expect(at('error in index.ts')).toEqual([]);
    expect(at('see /usr/lib/node_modules/npm/index.js and version 1.2.3')).toEqual([]);
    expect(at('at lib/util/index.ts:4')).toEqual(['lib/util/index.ts:4']);
  });

  it('takes facts first, then lines in order, each file once with its line hints', () => {
    const named = namedFiles(
      diagnosis({
        facts: { file: 'src/app.ts', line: 9, tests: ['tests/test_mod.py'] },
        lines: [
          { n: 1, text: 'pkg/mod.py:3: AssertionError' },
          { n: 2, text: 'src/app.ts:2:1 thrown here' },
        ],
      }),
      index,
      10,
    );
    expect(named).toEqual([
      { path: 'src/app.ts', lines: [2, 9] },
      { path: 'tests/test_mod.py', lines: [] },
      { path: 'pkg/mod.py', lines: [3] },
    ]);
  });
});

describe('neighbours', () => {
  it('pairs sources with their tests across folders and languages’ conventions', () => {
    expect(neighbours('src/app.ts', index, new Set(), 5)).toEqual(['src/app.test.ts']);
    expect(neighbours('tests/test_mod.py', index, new Set(), 5)).toEqual(['pkg/mod.py']);
    expect(neighbours('src/main/java/com/x/Foo.java', index, new Set(), 5)).toEqual([
      'src/test/java/com/x/FooTest.java',
    ]);
    expect(neighbours('cmd/tool/main.go', index, new Set(), 5)).toEqual(['cmd/tool/main_test.go']);
  });

  it('does not pair unrelated files that merely share a name', () => {
    expect(neighbours('src/util/index.ts', index, new Set(), 5)).toEqual([]);
    expect(neighbours('src/app.ts', index, new Set(['src/app.test.ts']), 5)).toEqual([]);
  });

  it('knows test file names', () => {
    expect(subjectOf('a.spec.tsx')).toEqual({ stem: 'a', isTest: true });
    expect(subjectOf('test_mod.py')).toEqual({ stem: 'mod', isTest: true });
    expect(subjectOf('FooTests.cs')).toEqual({ stem: 'Foo', isTest: true });
    expect(subjectOf('Test.java')).toEqual({ stem: 'Test', isTest: false });
    expect(subjectOf('app.ts')).toEqual({ stem: 'app', isTest: false });
  });
});
