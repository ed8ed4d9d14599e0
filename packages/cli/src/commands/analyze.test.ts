import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { zipSync } from 'fflate';
import { analyzeLog } from '../../../shared/src/log/analyze-log.js';
import { run } from '../main.js';

const fixtures = join(import.meta.dirname, '../../../shared/src/log/fixtures');
const jestLog = join(fixtures, 'actions-jest-failure.log');
const twoSteps = join(fixtures, 'actions-lint-and-test.log');
const dir = mkdtempSync(join(tmpdir(), 'self-heal-analyze-'));

async function cli(args: string[], input?: Buffer) {
  let out = '';
  let err = '';
  const stdin = new PassThrough();
  if (input) {
    // Several chunks, as a pipe delivers them.
    for (let i = 0; i < input.length; i += 1000) stdin.write(input.subarray(i, i + 1000));
  }
  stdin.end();
  const code = await run(['analyze', ...args], { stdout: (t) => (out += t), stderr: (t) => (err += t), stdin });
  return { code, out, err };
}

function runZip(): string {
  const lines = readFileSync(twoSteps, 'utf8').split('\n');
  const test = lines.findIndex((l) => l.includes('##[group]Run npm test'));
  const post = lines.findIndex((l) => l.includes('Post job cleanup.'));
  const file = join(dir, 'logs.zip');
  writeFileSync(
    file,
    zipSync({
      'test/1_Set up job.txt': Buffer.from(lines.slice(0, 10).join('\n')),
      'test/6_Run npm test.txt': Buffer.from(lines.slice(test, post).join('\n')),
    }),
  );
  return file;
}

describe('self-heal analyze', () => {
  it('prints the diagnosis as one JSON object with --json', async () => {
    const { code, out, err } = await cli([jestLog, '--json']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(out)).toEqual(await analyzeLog(readFileSync(jestLog)));
  });

  it('prints a readable report by default', async () => {
    const { code, out } = await cli([jestLog]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Category: +test-failure \(rule jest-failure\)$/m);
    expect(out).toMatch(/^Summary: +jest: Cart › applies the discount code failed$/m);
    expect(out).toMatch(/^ +tests: Cart › applies the discount code$/m);
    expect(out).toMatch(/^\d+ │ +● Cart › applies the discount code$/m);
  });

  it("reads the log from standard input with '-'", async () => {
    const { code, out } = await cli(['-', '--json'], readFileSync(jestLog));
    expect(code).toBe(0);
    expect(JSON.parse(out).ruleId).toBe('jest-failure');
  });

  it('narrows to a step with --step and --step-number', async () => {
    const lint = await cli([twoSteps, '--json', '--step', 'Run npm run lint']);
    expect(lint.err).toBe('');
    expect(JSON.parse(lint.out).category).toBe('lint');
    const test = await cli([twoSteps, '--json', '--step-number', '6']);
    expect(test.err).toBe('');
    expect(JSON.parse(test.out).category).toBe('test-failure');
    // A step name that is not in the log (a custom `name:`), with the number that is.
    const both = await cli([twoSteps, '--json', '--step', 'Unit tests', '--step-number', '6']);
    expect(both.err).toBe('');
    expect(JSON.parse(both.out).category).toBe('test-failure');
  });

  it('analyses the whole log, and says so, when the step is not in it', async () => {
    const whole = JSON.parse((await cli([twoSteps, '--json'])).out);
    const named = await cli([twoSteps, '--json', '--step', 'No such step']);
    expect(named.code).toBe(0);
    expect(named.err).toBe("no step 'No such step' in the log; analysed the whole log\n");
    expect(JSON.parse(named.out)).toEqual(whole);
    const numbered = await cli([twoSteps, '--json', '--step-number', '99']);
    expect(numbered.code).toBe(0);
    expect(numbered.err).toMatch(/^no step 99 in the log \(it has \d+ steps\); analysed the whole log\n$/);
    expect(JSON.parse(numbered.out)).toEqual(whole);
    const fromStdin = await cli(['-', '--json', '--step', 'No such step'], readFileSync(twoSteps));
    expect(fromStdin.err).toBe("no step 'No such step' in the log; analysed the whole log\n");
    expect(JSON.parse(fromStdin.out)).toEqual(whole);
  });

  it('analyses the failed step of a run-logs zip, from a file or standard input', async () => {
    const zip = runZip();
    const fromFile = await cli([zip, '--json']);
    expect(fromFile.code).toBe(0);
    expect(fromFile.err).toBe('analysed test/6_Run npm test.txt from the zip\n');
    expect(JSON.parse(fromFile.out).ruleId).toBe('jest-failure');
    const fromStdin = await cli(['-', '--json'], readFileSync(zip));
    expect(JSON.parse(fromStdin.out).ruleId).toBe('jest-failure');
  });

  it('uses extra rules from --rules, and names the rule that is wrong', async () => {
    const rules = join(dir, 'rules.yml');
    writeFileSync(
      rules,
      "rules:\n  - id: cart-discount\n    category: test-failure\n    patterns: ['applies the discount code']\n    priority: 99\n",
    );
    expect(JSON.parse((await cli([jestLog, '--json', '--rules', rules])).out).ruleId).toBe('cart-discount');
    // A rule with a built-in rule's id replaces it.
    writeFileSync(rules, "- id: jest-failure\n  category: lint\n  patterns: ['no line says this']\n");
    expect(JSON.parse((await cli([jestLog, '--json', '--rules', rules])).out).ruleId).not.toBe('jest-failure');
    writeFileSync(rules, '- id: broken\n  category: flaky\n  patterns: [x]\n');
    const bad = await cli([jestLog, '--rules', rules]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('rules.yml: rule 1 (broken): unknown category "flaky"');
  });

  it('fails with a clear message for input it cannot read', async () => {
    const missing = await cli([join(dir, 'nope.log')]);
    expect(missing).toMatchObject({ code: 2, out: '' });
    expect(missing.err).toBe(`self-heal analyze: no such file: ${join(dir, 'nope.log')}\n`);
    const directory = await cli([dir]);
    expect(directory.code).toBe(2);
    expect(directory.err).toContain('is a directory');
    const broken = join(dir, 'broken.zip');
    writeFileSync(broken, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 7)]));
    const zip = await cli([broken]);
    expect(zip.code).toBe(2);
    expect(zip.err).toContain('not a readable zip archive');
  });

  it('explains its usage', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Exit status: 0 analysed .*, 2 bad usage or unreadable input$/m);
    expect((await cli([])).code).toBe(2);
    expect((await cli(['a.log', 'b.log'])).code).toBe(2);
    const unknown = await cli([jestLog, '--verbose']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Unknown option '--verbose'");
    expect(unknown.err.endsWith("\nRun 'self-heal analyze --help' for the options.\n")).toBe(true);
    expect((await cli([jestLog, '--step-number', 'two'])).err).toContain('--step-number must be a positive integer');
  });

  it('takes only plain decimal step numbers', async () => {
    for (const bad of ['0x5', '1e1', '1.5', '0', '=-3', ' 5']) {
      const result = await cli([twoSteps, `--step-number=${bad}`]);
      expect(result).toEqual({
        code: 2,
        out: '',
        err: `self-heal analyze: --step-number must be a positive integer, got '${bad}'\nRun 'self-heal analyze --help' for the options.\n`,
      });
    }
    expect((await cli([twoSteps, '--json', '--step-number', '06'])).code).toBe(0);
  });
});
