import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
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

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), stdin: new PassThrough() });
  return { code, out, err };
}

test('fix prints the diff for a local checkout and writes only with --write', async () => {
  const { dir, log } = checkout();
  const dry = await cli(['fix', '--log', log, '--repo', dir, '--step-number', '5']);
  expect(dry.code).toBe(0);
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
  expect(missing.code).toBe(1);
  expect(missing.err).toMatch(/cannot read the log/);
  expect((await cli(['fix'])).code).toBe(2);
});
