import { Buffer } from 'node:buffer';

/**
 * Required literals of a regular expression: a set of strings such that every match
 * contains at least one of them (compared case-insensitively). The streaming scanner
 * looks for the union over all rules in one pass, so a line no rule can match is
 * counted and skipped without running the rules; deriving the set from the patterns
 * keeps the prefilter sound when rules are added.
 */

/** Shorter literals (in UTF-8 bytes) would let most lines through the prefilter. */
export const MIN_ANCHOR_LENGTH = 3;

type Node =
  | { kind: 'char'; ch: string }
  | { kind: 'other' }
  | { kind: 'group'; alt: Node[][]; look: boolean }
  | { kind: 'repeat'; node: Node; min: number };

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node[][] {
    const alt = this.alternation();
    return alt;
  }

  private alternation(): Node[][] {
    const branches: Node[][] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches;
  }

  private sequence(): Node[] {
    const seq: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      seq.push(this.quantified(atom));
    }
    return seq;
  }

  private quantified(atom: Node): Node {
    const s = this.src;
    const c = s[this.i];
    let min: number | undefined;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(s.slice(this.i));
      if (m) {
        min = Number(m[1]);
        this.i += m[0].length - 1;
      }
    }
    if (min === undefined) return atom;
    this.i++;
    if (s[this.i] === '?') this.i++;
    return { kind: 'repeat', node: atom, min };
  }

  private atom(): Node {
    const s = this.src;
    const c = s[this.i++] as string;
    if (c === '(') {
      let look = false;
      if (s[this.i] === '?') {
        const rest = s.slice(this.i, this.i + 3);
        if (rest.startsWith('?:')) this.i += 2;
        else if (rest.startsWith('?=') || rest.startsWith('?!')) {
          this.i += 2;
          look = true;
        } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
          this.i += 3;
          look = true;
        } else if (rest.startsWith('?<')) {
          const close = s.indexOf('>', this.i);
          this.i = close < 0 ? s.length : close + 1;
        }
      }
      const alt = this.alternation();
      if (s[this.i] === ')') this.i++;
      return { kind: 'group', alt, look };
    }
    if (c === '[') {
      // Skip the class; `]` right after `[` or `[^` is a literal in JS only with `\`, so a plain scan works.
      while (this.i < s.length && s[this.i] !== ']') {
        if (s[this.i] === '\\') this.i++;
        this.i++;
      }
      this.i++;
      return { kind: 'other' };
    }
    if (c === '\\') {
      const e = s[this.i++] ?? '';
      const control: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' };
      if (control[e]) return { kind: 'char', ch: control[e] as string };
      if (/[dDwWsSbB0-9]/.test(e)) return { kind: 'other' };
      if (e === 'x') {
        this.i += 2;
        return { kind: 'other' };
      }
      if (e === 'u') {
        if (s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1 || s.length;
        else this.i += 4;
        return { kind: 'other' };
      }
      if (e === 'k' || e === 'p' || e === 'P') {
        const close = s.indexOf(e === 'k' ? '>' : '}', this.i);
        this.i = close < 0 ? s.length : close + 1;
        return { kind: 'other' };
      }
      if (e === 'c') {
        this.i++;
        return { kind: 'other' };
      }
      return { kind: 'char', ch: e };
    }
    if (c === '.' || c === '^' || c === '$') return { kind: 'other' };
    return { kind: 'char', ch: c };
  }
}

/** Candidate sets for a sequence: each set alone is valid (every match contains one of its literals). */
/** Inlines unquantified single-branch groups, so literal runs continue across `(?:x)` and `(?<name>x)`. */
function flatten(seq: Node[]): Node[] {
  const out: Node[] = [];
  for (const node of seq) {
    if (node.kind === 'group' && !node.look && node.alt.length === 1) out.push(...flatten(node.alt[0] as Node[]));
    else out.push(node);
  }
  return out;
}

/** The strings a group can match when every branch is plain text, else null. */
function literalBranches(node: Node): string[] | null {
  if (node.kind !== 'group' || node.look) return null;
  const out: string[] = [];
  for (const branch of node.alt) {
    let text = '';
    for (const n of flatten(branch)) {
      if (n.kind !== 'char') return null;
      text += n.ch;
    }
    out.push(text);
  }
  return out;
}

/** Most strings a run may stand for: `(?:a|b)(?:c|d)` is {ac, ad, bc, bd}. */
const MAX_RUN_VARIANTS = 16;

/**
 * Candidate sets for a sequence: each set alone is valid (every match contains one of its
 * literals). A literal run continues through groups of plain-text branches, so
 * `npm (?:ERR!|error) code` gives {"npm err! code", "npm error code"}.
 */
function sequenceOptions(sequence: Node[]): string[][] {
  const seq = flatten(sequence);
  const options: string[][] = [];
  let run: string[] = [''];
  const flush = () => {
    const set = run.filter((r) => r.length > 0);
    if (set.length === run.length && set.length) options.push([...new Set(set.map((r) => r.toLowerCase()))]);
    run = [''];
  };
  for (const node of seq) {
    if (node.kind === 'char') {
      run = run.map((r) => r + node.ch);
      continue;
    }
    if (node.kind === 'repeat' && node.node.kind === 'char' && node.min >= 1) {
      // x{3,} contributes "xxx"; what follows is preceded by at least one x.
      const ch = node.node.ch;
      run = run.map((r) => r + ch.repeat(Math.min(node.min, 8)));
      flush();
      run = [ch];
      continue;
    }
    const branches = literalBranches(node);
    if (branches && run.length * branches.length <= MAX_RUN_VARIANTS && !branches.includes('')) {
      run = run.flatMap((r) => branches.map((b) => r + b));
      continue;
    }
    flush();
    const inner = node.kind === 'repeat' ? (node.min >= 1 ? node.node : undefined) : node;
    if (inner?.kind === 'group' && !inner.look) {
      const set = alternationSet(inner.alt);
      if (set) options.push(set);
    }
  }
  flush();
  return options;
}

/** UTF-8 length: the scanner matches literals against raw bytes. */
function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/**
 * Lines of passing CI output (installs, builds, test runs). A literal found in them would
 * make the scanner stop on ordinary lines, so literals that are not are preferred.
 */
const ORDINARY_OUTPUT = [
  '[INFO] Tests run: 12, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.532 s - in com.example.FooTest',
  '[INFO] --- maven-surefire-plugin:3.0.0:test (default-test) @ app ---',
  '[INFO] BUILD SUCCESS',
  'Downloaded from central: https://repo.maven.apache.org/maven2/org/foo/bar/1.0/bar-1.0.pom (2.1 kB at 45 kB/s)',
  '> Task :app:compileJava',
  'BUILD SUCCESSFUL in 12s',
  'added 123 packages, and audited 456 packages in 5s',
  'npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.',
  ' PASS  src/foo.test.ts (5.2 s)',
  '  ✓ renders the page without crashing (23 ms)',
  'webpack 5.88.0 compiled successfully in 1234 ms',
  'Collecting requests==2.31.0',
  '  Downloading requests-2.31.0-py3-none-any.whl (62 kB)',
  'Requirement already satisfied: six in /usr/lib/python3/dist-packages (1.16.0)',
  'Successfully installed requests-2.31.0',
  'tests/test_api.py::test_get_user PASSED                                  [ 12%]',
  'tests/unit/test_models.py::TestUser::test_save_user PASSED               [ 40%]',
  '==== 12 passed, 1 skipped in 1.23s ====',
  'Ran 12 tests in 0.532s',
  '=== RUN   TestParse/case_1',
  '--- PASS: TestParse (0.00s)',
  'ok  \tgithub.com/example/project/pkg\t0.012s',
  'go: downloading github.com/foo/bar v1.2.3',
  '   Compiling serde v1.0.190',
  '    Finished dev [unoptimized + debuginfo] target(s) in 12.34s',
  '     Running unittests src/lib.rs (target/debug/deps/foo-0123abcd)',
  'test tests::parses_input ... ok',
  'test result: ok. 5 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s',
  'Fetching gem metadata from https://rubygems.org/.........',
  'Bundle complete! 12 Gemfile dependencies, 80 gems now installed.',
  'Finished in 1.23 seconds (files took 0.5 seconds to load)',
  '12 examples, 0 failures',
  'PHPUnit 9.5.0 by Sebastian Bergmann and contributors.',
  'OK (12 tests, 34 assertions)',
  'Time: 00:01.234, Memory: 10.00 MB',
  'Reading package lists... Done',
  'Get:1 http://archive.ubuntu.com/ubuntu jammy InRelease [270 kB]',
  'Setting up libfoo1:amd64 (1.2.3-1) ...',
  'Processing triggers for man-db (2.10.2-1) ...',
  'gcc -O2 -Wall -c src/main.c -o build/main.o',
  "make[1]: Entering directory '/home/runner/work/project/project/src'",
  '[command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune origin +refs/heads/*:refs/remotes/origin/*',
  'Receiving objects: 100% (123/123), 45.67 KiB | 1.23 MiB/s, done.',
  'Cache restored from key: Linux-node-0123456789abcdef',
  'shell: /usr/bin/bash -e {0}',
  '  JAVA_HOME: /opt/hostedtoolcache/Java_Temurin-Hotspot_jdk/17.0.9-9/x64',
  "info: syncing channel updates for 'stable-x86_64-unknown-linux-gnu'",
  'src/app/main.ts: 0 errors, 0 warnings',
  '  12 passing (2s)',
  '[info] Compiling 12 Scala sources to /home/runner/work/project/project/target/scala-2.13/classes ...',
  '[info] - parses the input in the expected format',
].map((l) => l.toLowerCase());

/**
 * How many unrelated lines a set would let through: much more for each line of ordinary
 * output a literal occurs in, and more the shorter it is. Infinity when a literal is too short.
 */
function cost(set: string[]): number {
  if (set.length === 0) return Number.POSITIVE_INFINITY;
  let total = 0;
  for (const lit of set) {
    const len = byteLength(lit);
    if (len < MIN_ANCHOR_LENGTH) return Number.POSITIVE_INFINITY;
    total += 1000 / (len * len);
    for (const line of ORDINARY_OUTPUT) if (line.includes(lit)) total += 1000;
  }
  return total;
}

function best(options: string[][]): string[] | null {
  let top: string[] | null = null;
  let topCost = Number.POSITIVE_INFINITY;
  for (const o of options) {
    const c = cost(o);
    if (c < topCost) {
      top = o;
      topCost = c;
    }
  }
  return top;
}

function alternationSet(alt: Node[][]): string[] | null {
  const union: string[] = [];
  for (const branch of alt) {
    const b = best(sequenceOptions(branch));
    if (!b) return null;
    union.push(...b);
  }
  return union;
}

/** The literals (lower case, in full) one of which every match of `source` contains, or null when none is long enough. */
export function patternLiterals(source: string): string[] | null {
  let alt: Node[][];
  try {
    alt = new Parser(source).parse();
  } catch {
    return null;
  }
  const set = alternationSet(alt);
  return set ? [...new Set(set)] : null;
}

/** Whether one of the literals is common in ordinary passing output (in two or more sample lines), so it cannot single out failures. */
export function isOrdinary(literals: readonly string[]): boolean {
  return literals.some((lit) => ORDINARY_OUTPUT.filter((line) => line.includes(lit)).length >= 2);
}
