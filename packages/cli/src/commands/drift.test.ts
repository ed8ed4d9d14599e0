import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { run } from '../main.js';

let dir: string;
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const rows = (f: (i: number) => string) => Array.from({ length: 80 }, (_, i) => f(i)).join('\n');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'self-heal-drift-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await run(['drift', ...args], {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    stdin: new PassThrough(),
  });
  return { code, out, err };
}

function pair() {
  return {
    reference: file('ref.csv', `x,c\n${rows((i) => `${i},${i % 2 ? 'a' : 'b'}`)}\n`),
    current: file('cur.csv', `x,c\n${rows((i) => `${i + 50},${i % 2 ? 'a' : 'b'}`)}\n`),
  };
}

test('Markdown by default; exit 0 on drift unless --fail-on-drift, which exits 1', async () => {
  const { reference, current } = pair();
  const plain = await cli(['--reference', reference, '--current', current]);
  expect(plain.code).toBe(0);
  expect(plain.out).toMatch(/^## Data drift: detected/);
  expect(plain.out).toMatch(/\| x \| numeric \| ks \(auto\) \|.*\*\*drift\*\*/);
  const failing = await cli(['--reference', reference, '--current', current, '--fail-on-drift']);
  expect(failing.code).toBe(1);
  const calm = await cli(['--reference', reference, '--current', reference, '--fail-on-drift']);
  expect(calm.code).toBe(0);
  expect(calm.out).toMatch(/^## Data drift: none/);
});

test('--json prints exactly one JSON object, the report; --output and --html write files', async () => {
  const { reference, current } = pair();
  const html = join(dir, 'out', 'report.html');
  const output = join(dir, 'report.json');
  const result = await cli([
    '--reference',
    reference,
    '--current',
    current,
    '--json',
    '--html',
    html,
    '--output',
    output,
    '--tests',
    'numeric: wasserstein',
  ]);
  expect(result.code).toBe(0);
  const report = JSON.parse(result.out);
  expect(report.schema_version).toBe(1);
  expect(report.columns.x.decision).toMatchObject({ test: 'wasserstein', chosen_by: 'settings', drift: true });
  expect(JSON.parse(readFileSync(output, 'utf8'))).toEqual(report);
  expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<svg /);
});

test.each([
  [['--reference', 'a.csv'], /--reference and --current are required/],
  [['--bogus'], /Unknown option '--bogus'/],
])('bad usage exits 2: %j', async (args, message) => {
  const result = await cli(args);
  expect(result.code).toBe(2);
  expect(result.err).toMatch(message);
});

test('bad data or settings exit 2 with the file, row and column, or the flag', async () => {
  const { reference, current } = pair();
  const missing = await cli(['--reference', join(dir, 'nope.csv'), '--current', current]);
  expect(missing.code).toBe(2);
  expect(missing.err).toMatch(/^self-heal drift: .*nope\.csv/);
  const ragged = file('ragged.csv', 'x,c\n1,a\n2\n');
  const badRow = await cli(['--reference', reference, '--current', ragged]);
  expect(badRow.code).toBe(2);
  expect(badRow.err).toMatch(/ragged\.csv, line 3, row 2/);
  const unknown = await cli(['--reference', reference, '--current', current, '--columns', 'x,zzz']);
  expect(unknown.code).toBe(2);
  expect(unknown.err).toMatch(/column 'zzz'/);
  const flag = await cli(['--reference', reference, '--current', current, '--tests', 'numeric: chi2']);
  expect(flag.code).toBe(2);
  expect(flag.err).toMatch(/--tests: "chi2" cannot test numeric columns/);
  expect(existsSync(join(dir, 'report.json'))).toBe(false);
  const noName = await cli(['--reference', reference, '--current', current, '--html', '']);
  expect(noName).toMatchObject({
    code: 2,
    err: "self-heal drift: --html needs a file name\nRun 'self-heal drift --help' for the options.\n",
  });
  const disjoint = file('disjoint.csv', 'y,z\n1,2\n');
  const nothing = await cli(['--reference', reference, '--current', disjoint, '--fail-on-drift']);
  expect(nothing.code).toBe(2);
  expect(nothing.err).toMatch(/no column can be compared/);
});

test('the reports never replace a data file', async () => {
  const { reference, current } = pair();
  const before = readFileSync(current, 'utf8');
  const over = await cli(['--reference', reference, '--current', current, '--output', current]);
  expect(over.code).toBe(2);
  expect(over.err).toBe(
    `self-heal drift: Refusing to write the JSON report to ${current}: that is one of the data files it was computed from.\n`,
  );
  expect(readFileSync(current, 'utf8')).toBe(before);
});

test('--help describes the options and the exit status', async () => {
  const result = await cli(['--help']);
  expect(result.code).toBe(0);
  expect(result.out).toMatch(/--fail-on-drift[\s\S]*Exit status: 0/);
});
