import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { startOpenAIServer } from '../../../../test-support/openai-server/server.js';
import { jobLog } from '../../../../test-support/sample/job-log.js';
import { MISSING_MODULE_STEPS, SHOP_FILES } from '../../../../test-support/sample/shop-repo.js';
import { run } from '../main.js';

function checkout(): { dir: string; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'self-heal-fix-'));
  for (const [path, text] of Object.entries(SHOP_FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const log = join(dir, '..', `${dir.split('/').pop()}.log`);
  writeFileSync(log, jobLog(MISSING_MODULE_STEPS));
  return { dir, log };
}

async function cli(args: string[], input?: string) {
  let out = '';
  let err = '';
  const stdin = new PassThrough();
  stdin.end(input);
  const code = await run(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), stdin });
  return { code, out, err };
}

/** Runs with OPENAI_API_KEY set to `key` (unset when undefined), restoring it after. */
async function withApiKey<T>(key: string | undefined, body: () => Promise<T>): Promise<T> {
  const saved = process.env.OPENAI_API_KEY;
  if (key === undefined) delete process.env.OPENAI_API_KEY;
  else process.env.OPENAI_API_KEY = key;
  try {
    return await body();
  } finally {
    if (saved === undefined) delete process.env.OPENAI_API_KEY;
    else process.env.OPENAI_API_KEY = saved;
  }
}

test('fix prints the diff for a local checkout and writes only with --write', async () => {
  const { dir, log } = checkout();
  const dry = await cli(['fix', '--log', log, '--repo', dir, '--step-number', '5']);
  expect(dry.code).toBe(0);
  expect(dry.err).toBe('');
  expect(dry.out).toMatch(/^dependency/);
  expect(dry.out).toMatch(/\+requests/);
  expect(readFileSync(join(dir, 'requirements.txt'), 'utf8')).not.toMatch(/requests/);

  const written = await cli(['fix', '--log', log, '--repo', dir, '--step-number', '5', '--write']);
  expect(written.code).toBe(0);
  expect(readFileSync(join(dir, 'requirements.txt'), 'utf8')).toMatch(/^requests/m);
});

test('fix --json prints the diagnosis and the fix as data', async () => {
  const { dir, log } = checkout();
  const { code, out } = await cli(['fix', '--log', log, '--repo', dir, '--step-number', '5', '--json']);
  expect(code).toBe(0);
  const parsed = JSON.parse(out);
  expect(parsed.diagnosis.facts.module).toBe('requests');
  expect(parsed.fix.edits[0].path).toBe('requirements.txt');
});

test('fix says why when nothing can be fixed, and fails clearly on bad input', async () => {
  const { dir } = checkout();
  const log = join(dir, 'tests.log');
  writeFileSync(log, 'FAILED tests/test_prices.py::test_rate - assert 1 == 2\n1 failed in 0.1s\n');
  const none = await cli(['fix', '--log', log, '--repo', dir]);
  expect(none.code).toBe(1);
  expect(none.out).toMatch(/No fix found/);
  const missing = await cli(['fix', '--log', join(dir, 'nope.log'), '--repo', dir]);
  expect(missing.code).toBe(2);
  expect(missing.err).toBe(`self-heal fix: no such file: ${join(dir, 'nope.log')}\n`);
  expect((await cli(['fix'])).code).toBe(2);
});

test('fix --log - reads the log from standard input', async () => {
  const { dir } = checkout();
  const { code, out, err } = await cli(
    ['fix', '--log', '-', '--repo', dir, '--step-number', '5'],
    jobLog(MISSING_MODULE_STEPS),
  );
  expect({ code, err }).toEqual({ code: 0, err: '' });
  expect(out).toMatch(/\+requests/);
});

test('fix reports bad usage in one line and a pointer to --help, exit 2', async () => {
  const { dir, log } = checkout();
  const hint = "Run 'self-heal fix --help' for the options.\n";
  const unknown = await cli(['fix', '--bogus']);
  expect(unknown).toMatchObject({ code: 2, out: '' });
  expect(unknown.err).toMatch(/^self-heal fix: Unknown option '--bogus'[^\n]*\n/);
  expect(unknown.err.split('\n')).toHaveLength(3);
  expect(unknown.err.endsWith(hint)).toBe(true);
  const extra = await cli(['fix', '--log', log, '--repo', dir, 'extra']);
  expect(extra.code).toBe(2);
  expect(extra.err).toMatch(/^self-heal fix: Unexpected argument 'extra'/);
  expect(extra.err.endsWith(hint)).toBe(true);
  for (const bad of ['abc', '1.5', '-3', '0', '0x5', '1e1', '']) {
    const result = await cli(['fix', '--log', log, '--repo', dir, `--step-number=${bad}`]);
    expect(result).toEqual({
      code: 2,
      out: '',
      err: `self-heal fix: --step-number must be a positive integer, got '${bad}'\n${hint}`,
    });
  }
  const ambiguous = await cli(['fix', '--log', log, '--repo', dir, '--step-number', '-3']);
  expect(ambiguous.code).toBe(2);
  expect(ambiguous.err).toMatch(/^self-heal fix: Option '--step-number' argument is ambiguous/);
  const noLog = await cli(['fix', '--repo', dir]);
  expect(noLog).toEqual({ code: 2, out: '', err: `self-heal fix: --log FILE is required\n${hint}` });
});

test('fix exits 2 for input it cannot use, naming the flag', async () => {
  const { dir, log } = checkout();
  const directory = await cli(['fix', '--log', dir, '--repo', dir]);
  expect(directory.code).toBe(2);
  expect(directory.err).toMatch(/is a directory/);
  const noRepo = await cli(['fix', '--log', log, '--repo', join(dir, 'nope')]);
  expect(noRepo).toEqual({ code: 2, out: '', err: `self-heal fix: ${join(dir, 'nope')} is not a directory.\n` });
  const noKey = await withApiKey(undefined, () => cli(['fix', '--log', log, '--repo', dir, '--llm']));
  expect(noKey).toEqual({
    code: 2,
    out: '',
    err: 'self-heal fix: --llm needs the OPENAI_API_KEY environment variable.\n',
  });
  const badUrl = await withApiKey('sk-test', () =>
    cli(['fix', '--log', log, '--repo', dir, '--llm', '--openai-base-url', 'ftp://models.example']),
  );
  expect(badUrl.code).toBe(2);
  expect(badUrl.err).toMatch(
    /^self-heal fix: `openai-base-url` must be an http\(s\) URL, not "ftp:\/\/models.example"\.\n/,
  );
  expect(badUrl.err).not.toMatch(/baseURL/);
  writeFileSync(
    join(dir, '.github/workflows/release.yml'),
    'on: push\njobs:\n  publish:\n    runs-on: ubuntu-latest\n',
  );
  const twoWorkflows = await cli(['fix', '--log', log, '--repo', dir]);
  expect(twoWorkflows.code).toBe(2);
  expect(twoWorkflows.err).toMatch(/2 workflows: name the failed one with --workflow/);
  const named = await cli(['fix', '--log', log, '--repo', dir, '--workflow', '.github/workflows/ci.yml']);
  expect(named.code).toBe(0);
  const missing = await cli(['fix', '--log', log, '--repo', dir, '--workflow', '.github/workflows/nope.yml']);
  expect(missing).toEqual({
    code: 2,
    out: '',
    err: `self-heal fix: --workflow .github/workflows/nope.yml: no such file in ${dir}\n`,
  });
});

test('fix says when the checkout has no workflow, and still tries the other fixers', async () => {
  const { dir, log } = checkout();
  rmSync(join(dir, '.github'), { recursive: true });
  const result = await cli(['fix', '--log', log, '--repo', dir]);
  expect(result.err).toContain(
    `self-heal fix: no workflow file under .github/workflows in ${dir}; fixes to the workflow are not tried (name it with --workflow)`,
  );
  expect(result.out).toMatch(/^\w[\w-]* \(/);
});

test('fix --help states the exit statuses', async () => {
  const help = await cli(['fix', '--help']);
  expect(help.code).toBe(0);
  expect(help.out).toMatch(/Exit status: 0 a fix was found, 1 no fix.*\n?.*2 bad usage or input/);
});

test('fix --llm asks a local OpenAI-compatible server, keeps secrets out of the request, and writes the patch', async () => {
  const model = await startOpenAIServer({ apiKey: 'sk-local' });
  try {
    const { dir } = checkout();
    const secret = ['ghp', 'Cl1Lo6ToKeNv4lue0000111122223333444455'].join('_');
    const log = join(dir, '..', `${dir.split('/').pop()}-tests.log`);
    writeFileSync(
      log,
      jobLog([
        {
          name: 'Run tests',
          script: 'pytest -q',
          output: [
            `export GH_TOKEN=${secret}`,
            '=================================== FAILURES ===================================',
            '____________________________ test_rate_is_positive _____________________________',
            ">       assert fetch_rate('EUR') > 0",
            "E       KeyError: 'rate'",
            'tests/test_prices.py:5: KeyError',
            '=========================== short test summary info ============================',
            'FAILED tests/test_prices.py::test_rate_is_positive - KeyError',
            '1 failed in 0.12s',
          ],
          exitCode: 1,
        },
      ]),
    );
    const edit = { path: 'shop/prices.py', kind: 'search_replace', content: null };
    model.enqueue({
      answer: {
        root_cause: 'The rates service returns the rate under value.',
        confidence: 0.7,
        edits: [{ ...edit, search: '.json()["rate"]', replace: '.json()["value"]' }],
        explanation: 'Read the value field.',
      },
    });
    const args = ['fix', '--log', log, '--repo', dir, '--llm', '--openai-base-url', model.baseURL];
    const result = await withApiKey('sk-local', () => cli([...args, '--allowed-paths', 'shop/**', '--write']));
    expect(result.code).toBe(0);
    expect(result.out).toContain('Fix (llm)');
    expect(result.out).toContain('+    return requests.get(f"https://rates.example/{currency}").json()["value"]');
    expect(readFileSync(join(dir, 'shop/prices.py'), 'utf8')).toContain('.json()["value"]');
    expect(model.requests).toHaveLength(1);
    expect(JSON.stringify(model.requests[0]?.body)).not.toContain(secret);
  } finally {
    await model.close();
  }
});
