import type { Diagnosis } from '../../../../packages/shared/src/types.js';

/** A repository file the failure names, with the line numbers it points at. */
export interface NamedFile {
  path: string;
  lines: number[];
}

/** A path-like token found in log text, before it is matched to the tree. */
interface Mention {
  raw: string;
  line?: number;
}

/** `File "pkg/mod.py", line 12` (Python tracebacks). */
const PYTHON_FRAME = /File "([^"]+)", line (\d+)/g;
/** `src/a.ts(12,5): error TS2322` (tsc, MSBuild). */
const PAREN_POSITION = /([^\s()"'`]+)\((\d+),\d+\)/g;
/** Tokens are separated by whitespace and punctuation that never appears in the paths we look for. */
const TOKEN_SPLIT = /[\s"'`()<>[\]{},;|=]+/;
/** `path:line[:col]` (Node, Go, Rust, gcc, eslint, pytest), trailing colon allowed. */
const TRAILING_POSITION = /^(.+?)(?::(\d+))?(?::\d+)?:?$/;

/** Path-like mentions in one piece of log text, in order. */
export function findMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const m of text.matchAll(PYTHON_FRAME)) mentions.push({ raw: m[1] ?? '', line: Number(m[2]) });
  for (const m of text.matchAll(PAREN_POSITION)) mentions.push({ raw: m[1] ?? '', line: Number(m[2]) });
  for (const token of text.split(TOKEN_SPLIT)) {
    const m = TRAILING_POSITION.exec(token.replace(/^file:\/\//, ''));
    const raw = m?.[1];
    if (!raw || !/[/\\.]/.test(raw)) continue;
    mentions.push(m[2] ? { raw, line: Number(m[2]) } : { raw });
  }
  return mentions;
}

/**
 * Matches mentions to tree entries by trailing path segments: `/home/runner/work/r/r/src/a.ts`
 * and `src/a.ts` both find `src/a.ts`; a bare `a.ts` finds it only when no other entry ends so.
 */
export class TreeIndex {
  readonly paths: ReadonlySet<string>;
  private readonly byBasename = new Map<string, string[]>();
  private readonly byStem = new Map<string, string[]>();

  constructor(tree: readonly string[]) {
    this.paths = new Set(tree);
    for (const path of [...this.paths].sort()) {
      const base = basename(path);
      push(this.byBasename, base, path);
      push(this.byStem, subjectOf(base).stem, path);
    }
  }

  resolve(raw: string): string | undefined {
    const segments = raw
      .replace(/\\/g, '/')
      .split('/')
      .filter((s) => s && s !== '.');
    const candidate = segments.join('/');
    if (this.paths.has(candidate)) return candidate;
    const entries = this.byBasename.get(segments.at(-1) ?? '') ?? [];
    let best: string[] = [];
    let bestScore = 0;
    for (const entry of entries) {
      const entrySegments = entry.split('/');
      const score = commonSuffix(segments, entrySegments);
      // One side must be wholly a suffix of the other, or it is a different file.
      if (score !== segments.length && score !== entrySegments.length) continue;
      if (score > bestScore) {
        best = [entry];
        bestScore = score;
      } else if (score === bestScore) best.push(entry);
    }
    return best.length === 1 ? best[0] : undefined;
  }

  /** Entries whose file name has this subject stem (see subjectOf), sorted. */
  sameStem(stem: string): readonly string[] {
    return this.byStem.get(stem) ?? [];
  }
}

/**
 * The repository files a diagnosis names, facts first (`file`+`line`, `path`, `tests`, any
 * string fact), then the failure lines in order; each file once, with its line hints.
 */
export function namedFiles(diagnosis: Diagnosis, index: TreeIndex, limit: number): NamedFile[] {
  const found = new Map<string, Set<number>>();
  const add = (mention: Mention) => {
    const path = index.resolve(mention.raw);
    if (!path) return;
    const lines = found.get(path) ?? new Set<number>();
    if (mention.line !== undefined && mention.line > 0) lines.add(mention.line);
    found.set(path, lines);
  };
  const { facts } = diagnosis;
  if (typeof facts.file === 'string') {
    add(typeof facts.line === 'number' ? { raw: facts.file, line: facts.line } : { raw: facts.file });
  }
  for (const [key, value] of Object.entries(facts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (key === 'file') continue;
    for (const text of typeof value === 'string' ? [value] : Array.isArray(value) ? value : []) {
      for (const mention of findMentions(text)) add(mention);
    }
  }
  for (const line of diagnosis.lines) for (const mention of findMentions(line.text)) add(mention);
  return [...found.entries()].slice(0, limit).map(([path, lines]) => ({
    path,
    lines: [...lines].sort((a, b) => a - b),
  }));
}

/**
 * Files that belong with a named one: its test or the source it tests (`a.ts` ↔ `a.test.ts`,
 * `mod.py` ↔ `tests/test_mod.py`, `Foo.java` ↔ `FooTest.java`), or a same-stem sibling in
 * its folder (`a.ts` ↔ `a.css`), nearest folder first.
 */
export function neighbours(path: string, index: TreeIndex, exclude: ReadonlySet<string>, limit: number): string[] {
  const subject = subjectOf(basename(path));
  const dir = dirname(path);
  const found: { path: string; distance: number }[] = [];
  for (const candidate of index.sameStem(subject.stem)) {
    if (candidate === path || exclude.has(candidate)) continue;
    const other = subjectOf(basename(candidate));
    const sameDir = dirname(candidate) === dir;
    const testAndSubject = other.isTest !== subject.isTest && extensionFamily(candidate) === extensionFamily(path);
    if (!sameDir && !testAndSubject) continue;
    found.push({ path: candidate, distance: folderDistance(dir, dirname(candidate)) });
  }
  found.sort((a, b) => a.distance - b.distance || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return found.slice(0, limit).map((f) => f.path);
}

/** `a.test.ts` → `a` (test), `test_mod.py` → `mod` (test), `FooTest.java` → `Foo` (test), `a.ts` → `a`. */
export function subjectOf(name: string): { stem: string; isTest: boolean } {
  const bare = name.replace(/\.[^.]+$/, '');
  const stem = bare
    .replace(/\.(test|spec|tests|specs)$/i, '')
    .replace(/^test_/, '')
    .replace(/_(test|spec)$/, '')
    .replace(/(?<=.)(Tests?|Spec|IT)$/, '');
  return { stem, isTest: stem !== bare };
}

const FAMILIES: Record<string, string> = {
  ts: 'js',
  tsx: 'js',
  mts: 'js',
  cts: 'js',
  js: 'js',
  jsx: 'js',
  mjs: 'js',
  cjs: 'js',
  kt: 'jvm',
  java: 'jvm',
  scala: 'jvm',
  c: 'c',
  h: 'c',
  cc: 'c',
  cpp: 'c',
  hpp: 'c',
};

function extensionFamily(path: string): string {
  const ext = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  return FAMILIES[ext] ?? ext;
}

function folderDistance(a: string, b: string): number {
  const x = a ? a.split('/') : [];
  const y = b ? b.split('/') : [];
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common += 1;
  return x.length - common + (y.length - common);
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function commonSuffix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}
