import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { analyzeLines, analyzeLog, analyzeRunLogsZip } from './analyze-log.js';
import { CATALOG } from './catalog/index.js';
import { stripLine } from './clean-line.js';
import { loadRules } from './rule.js';
import { ZipError } from './run-logs-zip.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => readFileSync(join(here, 'fixtures', name));

/** Splits bytes into chunks of pseudo-random sizes (1 byte to 4 KiB), as a stream would. */
async function* chunked(bytes: Uint8Array, seed: number): AsyncGenerator<Uint8Array> {
  let s = seed;
  let at = 0;
  while (at < bytes.length) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const size = s % 7 === 0 ? 1 : 1 + (s % 4096);
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

function lineOf(bytes: Uint8Array, n: number): string {
  return Buffer.from(bytes).toString('utf8').split('\n')[n - 1] as string;
}

describe('analyzeLog on GitHub Actions job logs', () => {
  const log = fixture('actions-jest-failure.log');

  it('finds the failing jest test, its assertion and location', async () => {
    const d = await analyzeLog(log);
    expect(d).toMatchObject({
      category: 'test-failure',
      ruleId: 'jest-failure',
      ecosystem: 'node',
      transient: false,
      facts: { tests: ['Cart › applies the discount code'], file: 'src/cart.test.js' },
    });
    const texts = d.lines.map((l) => l.text);
    expect(texts).toContain('  ● Cart › applies the discount code');
    expect(texts).toContain('    Received: 100');
    expect(texts.some((t) => t.includes('src/cart.test.js:41:26'))).toBe(true);
    expect(texts.some((t) => t.includes('Process completed with exit code'))).toBe(false);
    expect(d.summary).toBe('jest: Cart › applies the discount code failed');
    expect(d.confidence).toBeGreaterThan(0.7);
    expect(d.fingerprint).toMatch(/^[0-9a-f]{24}$/);
  });

  it('numbers lines as the input does, timestamps and colours removed from the text', async () => {
    const d = await analyzeLog(log);
    for (const line of d.lines) {
      const raw = lineOf(log, line.n);
      expect(raw).toMatch(/^(\uFEFF)?\d{4}-\d\d-\d\dT[\d:.]+Z /);
      expect(line.text).not.toContain('\u001b');
      expect(stripLine(raw)).toBe(line.text);
    }
  });

  it('gives the same diagnosis whatever the chunking, for CRLF too, and for analyzeLines', async () => {
    const whole = await analyzeLog(log);
    expect(await analyzeLog(chunked(log, 7))).toEqual(whole);
    expect(await analyzeLog(chunked(log, 1234))).toEqual(whole);
    const crlf = Buffer.from(log.toString('utf8').replace(/\n/g, '\r\n'));
    expect(await analyzeLog(chunked(crlf, 99))).toEqual(whole);
    expect(analyzeLines(log.toString('utf8').split('\n'))).toEqual(whole);
    expect(await analyzeLog(log.toString('utf8'))).toEqual(whole);
  });

  it('narrows to the step it is told about, by name or by number', async () => {
    const both = fixture('actions-lint-and-test.log');
    expect((await analyzeLog(both)).ruleId).toBe('jest-failure');
    const lint = await analyzeLog(both, { step: 'Run npm run lint' });
    expect(lint).toMatchObject({ category: 'lint', ruleId: 'eslint-problem', facts: { ruleName: 'no-unused-vars' } });
    expect(lint.lines.map((l) => l.text)).toContain(
      "  12:7   error  'discount' is assigned a value but never used  no-unused-vars",
    );
    // Set up job, checkout, setup-node, npm ci, lint.
    expect((await analyzeLog(both, { stepNumber: 5 })).ruleId).toBe('eslint-problem');
    // A number pointing at a step that passed (numbers shift when steps are skipped) is not trusted.
    expect((await analyzeLog(both, { stepNumber: 2 })).ruleId).toBe('jest-failure');
    expect((await analyzeLog(both, { step: 'npm test' })).ruleId).toBe('jest-failure');
    // A custom step name is not in the log: the whole log is analysed.
    expect((await analyzeLog(both, { step: 'Unit tests' })).ruleId).toBe('jest-failure');
  });

  it('reports a missing Python module with what a fixer needs', async () => {
    const d = await analyzeLog(fixture('actions-python-missing-module.log'));
    expect(d).toMatchObject({ category: 'dependency', ruleId: 'python-module-not-found', ecosystem: 'python' });
    expect(d.facts).toEqual({ module: 'pandas', manager: 'pip' });
  });

  it('reports the job time limit, not the test named after timeouts that passed', async () => {
    const d = await analyzeLog(fixture('actions-timeout.log'));
    expect(d).toMatchObject({ category: 'timeout', ruleId: 'actions-job-timeout', facts: { minutes: 30 } });
    expect(d.lines.map((l) => l.text).join('\n')).not.toContain('test_timeout_handling');
  });
});

describe('analyzeLog on plain logs', () => {
  it('uses the Travis exit marker to find the failed command', () => {
    const d = analyzeLines([
      'travis_time:start:0a',
      '$ npm run lint',
      'warning: the "error" rule set is deprecated',
      'The command "npm run lint" exited with 0.',
      'travis_time:start:0b',
      '$ go test ./...',
      '--- FAIL: TestTotal (0.00s)',
      '    cart_test.go:12: got 100, want 90',
      'FAIL',
      'FAIL\tgithub.com/acme/shop\t0.011s',
      'The command "go test ./..." exited with 1.',
      'Done. Your build exited with 1.',
    ]);
    expect(d).toMatchObject({ category: 'test-failure', ruleId: 'go-test-failed', facts: { tests: ['TestTotal'] } });
    expect(d.lines.map((l) => l.n)).toEqual(expect.arrayContaining([7, 8]));
    expect(d.lines.map((l) => l.n)).not.toContain(3);
  });

  it('does not take a warning that mentions an error for the failure', () => {
    const d = analyzeLines([
      '##[warning]Node.js 16 actions are deprecated. Please update: actions/checkout@v3. Error handling changes ahead.',
      'warning: unused variable `error_count`',
      'src/main.rs:4:9: warning: field is never read: `error`',
      'Finished release [optimized] target(s) in 12.03s',
    ]);
    expect(d.category).toBe('unknown');
    expect(d.ruleId).toBe('unknown');
  });

  it('does not take a passing test named after timeouts for a timeout', () => {
    const d = analyzeLines([
      'tests/test_client.py::test_timeout_handling PASSED                      [ 33%]',
      'tests/test_client.py::test_retry_on_timeout PASSED                      [ 66%]',
      'tests/test_client.py::test_total FAILED                                 [100%]',
      '=========================== short test summary info ============================',
      'FAILED tests/test_client.py::test_total - assert 3 == 4',
      '========================= 1 failed, 2 passed in 0.12s =========================',
    ]);
    expect(d.category).toBe('test-failure');
    expect(d.facts.tests).toEqual(expect.arrayContaining(['tests/test_client.py::test_total']));
    expect(d.facts.tests).not.toEqual(expect.arrayContaining([expect.stringContaining('timeout')]));
  });

  it('says unknown, with no lines, for an empty log or one without failures', async () => {
    for (const input of ['', '\n\n\n', 'all good\nDone.\n']) {
      const d = await analyzeLog(input);
      expect(d).toMatchObject({ category: 'unknown', ruleId: 'unknown', transient: false });
      expect(d.confidence).toBeLessThan(0.2);
    }
    expect((await analyzeLog(new Uint8Array(0))).lines).toEqual([]);
  });

  it('marks network failures as transient and says which host', () => {
    const d = analyzeLines([
      'npm ERR! code EAI_AGAIN',
      'npm ERR! errno EAI_AGAIN',
      'npm ERR! request to https://registry.npmjs.org/lodash failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org',
    ]);
    expect(d).toMatchObject({ category: 'network', transient: true, facts: { host: 'registry.npmjs.org' } });
  });
});

describe('causes', () => {
  it("takes an unreachable package index, not the requirement, as the cause of pip's not-found", () => {
    const d = analyzeLines([
      "WARNING: Retrying (Retry(total=4)) after connection broken by 'NewConnectionError('<HTTPSConnection object>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/flask/",
      'ERROR: Could not find a version that satisfies the requirement flask==3.0.3 (from versions: none)',
      'ERROR: No matching distribution found for flask==3.0.3',
    ]);
    expect(d).toMatchObject({ category: 'network', transient: true });
    expect(d.lines.map((l) => l.n)).toEqual([1, 2, 3]);
    const plain = analyzeLines(['ERROR: No matching distribution found for flask==9.9.9']);
    expect(plain).toMatchObject({ category: 'dependency', facts: { module: 'flask', version: '9.9.9' } });
  });

  it('takes a remote server error inside a failing test report as a network failure', () => {
    const d = analyzeLines([
      '[ERROR] Tests run: 1, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 0.4 s <<< FAILURE! - in com.acme.MirrorTest',
      '[ERROR] com.acme.MirrorTest.clones  Time elapsed: 0.4 s  <<< ERROR!',
      'org.eclipse.jgit.api.errors.TransportException: https://github.com/acme/app.git: 503 Service Unavailable',
      '\tat org.eclipse.jgit.api.FetchCommand.call(FetchCommand.java:222)',
    ]);
    expect(d).toMatchObject({ category: 'network', ruleId: 'http-server-error', facts: { status: '503' } });
  });
});

describe('analyzeLog on hostile input', () => {
  it('survives random bytes', async () => {
    let s = 42;
    const bytes = new Uint8Array(2_000_000);
    for (let i = 0; i < bytes.length; i++) {
      s = (s * 1103515245 + 12345) % 2147483648;
      bytes[i] = s >>> 16;
    }
    const d = await analyzeLog(chunked(bytes, 3));
    expect(typeof d.category).toBe('string');
    expect(d.fingerprint).toMatch(/^[0-9a-f]+$/);
    for (const line of d.lines) expect(line.n).toBeGreaterThan(0);
  });

  it('decodes invalid UTF-8 as replacement characters and still classifies', async () => {
    const bad = Buffer.concat([
      Buffer.from('step output \xff\xfe\n', 'latin1'),
      Buffer.from([0xc3, 0x28, 0x0a]),
      Buffer.from('write /data/cache/\xe9t\xe9.bin: No space left on device\n', 'latin1'),
    ]);
    const d = await analyzeLog(bad);
    expect(d.category).toBe('disk-space');
    expect(d.lines.map((l) => l.text)).toContain('write /data/cache/\uFFFDt\uFFFD.bin: No space left on device');
  });

  it('truncates a 10 MB line without a newline instead of buffering it', async () => {
    async function* source(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('starting\n');
      const piece = Buffer.alloc(1024 * 1024, 'x');
      for (let i = 0; i < 10; i++) yield piece;
      yield Buffer.from("\nError: Cannot find module 'left-pad'\nRequire stack:\n- /app/index.js\n");
    }
    const d = await analyzeLog(source());
    expect(d).toMatchObject({ category: 'dependency', facts: { module: 'left-pad' } });
    expect(d.lines[0]?.n).toBe(3);
    const longest = Math.max(...d.lines.map((l) => l.text.length));
    expect(longest).toBeLessThan(64 * 1024);
  });

  it('keeps a 10 MB line as one line when it is the failure line', async () => {
    const huge = `Error: ENOSPC: no space left on device, write ${'y'.repeat(10 * 1024 * 1024)}`;
    const d = await analyzeLog(`before\n${huge}\nafter\n`);
    expect(d.category).toBe('disk-space');
    expect(d.lines.map((l) => l.n)).toContain(2);
  });
});

describe('run-logs zips', () => {
  const jobLog = fixture('actions-lint-and-test.log').toString('utf8').split('\n');
  const stepOf = (title: string) => {
    const start = jobLog.findIndex((l) => l.includes(`##[group]Run ${title}`));
    const end = jobLog.findIndex(
      (l, i) => i > start && (l.includes('##[group]Run ') || l.includes('Post job cleanup.')),
    );
    return Buffer.from(`${jobLog.slice(start, end).join('\n')}\n`);
  };
  const zip = zipSync({
    'test (20.x)/1_Set up job.txt': Buffer.from(`${jobLog.slice(0, 20).join('\n')}\n`),
    'test (20.x)/4_Run npm ci.txt': stepOf('npm ci'),
    'test (20.x)/5_Run npm run lint.txt': stepOf('npm run lint'),
    'test (20.x)/6_Run npm test.txt': stepOf('npm test'),
    '0_test (20.x).txt': Buffer.from(jobLog.join('\n')),
  });

  it('analyses the first step file holding an error when no step is named', async () => {
    const { diagnosis, file } = analyzeRunLogsZip(zip);
    expect(file.name).toBe('test (20.x)/5_Run npm run lint.txt');
    expect(diagnosis.ruleId).toBe('eslint-problem');
    expect((await analyzeLog(zip)).ruleId).toBe('eslint-problem');
  });

  it('picks the step file by name or number, and the job by name', () => {
    expect(analyzeRunLogsZip(zip, { step: 'Run npm test' }).file.name).toBe('test (20.x)/6_Run npm test.txt');
    expect(analyzeRunLogsZip(zip, { stepNumber: 6 }).diagnosis.ruleId).toBe('jest-failure');
    expect(analyzeRunLogsZip(zip, { job: 'test (20.x)', step: 'npm test' }).diagnosis.ruleId).toBe('jest-failure');
  });

  it('says which jobs exist when the job is not in the zip', () => {
    expect(() => analyzeRunLogsZip(zip, { job: 'build' })).toThrow(/no job 'build'.*test \(20\.x\)/);
  });

  it('rejects an unreadable zip with a clear error', () => {
    const broken = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 1)]);
    expect(() => analyzeRunLogsZip(broken)).toThrow(ZipError);
    expect(() => analyzeRunLogsZip(zipSync({ 'notes.md': Buffer.from('hi') }))).toThrow(/no job logs/);
  });
});

describe("a repository's own rules", () => {
  it('are tried with the catalog and win by priority', () => {
    const own = loadRules([
      {
        id: 'acme-fixture-drift',
        category: 'test-failure',
        ecosystem: 'node',
        patterns: ['Fixture (?<fixture>[\\w-]+) is out of date'],
        priority: 99,
        summary: 'Regenerate fixture {fixture}',
      },
    ]);
    const d = analyzeLines(['Error: boom', 'Fixture cart-total is out of date'], { rules: [...own, ...CATALOG] });
    expect(d).toMatchObject({
      ruleId: 'acme-fixture-drift',
      summary: 'Regenerate fixture cart-total',
      facts: { fixture: 'cart-total' },
    });
  });
});
