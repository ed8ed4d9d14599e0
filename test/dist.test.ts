// The committed bundles are what users run: each starts under Node and fails clearly
// when a required input is missing.
import { spawnSync } from 'node:child_process';

function runBundle(path: string, env: Record<string, string> = {}, args: string[] = []) {
  const result = spawnSync(process.execPath, [path, ...args], {
    encoding: 'utf8',
    // Only what the runner would set; no GITHUB_TOKEN.
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 30_000,
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

test.each([
  ['failure-monitor', {}, /::error::GITHUB_REPOSITORY is not set: this action must run in a GitHub Actions workflow/],
  ['failure-monitor', { GITHUB_REPOSITORY: 'o/r' }, /::error::No GitHub token: set the `token` input/],
  ['auto-heal', { GITHUB_REPOSITORY: 'o/r' }, /::error::No GitHub token/],
  [
    'auto-heal',
    { GITHUB_REPOSITORY: 'o/r', INPUT_LLM: 'true' },
    /::error::Input `openai-api-key` is required when `llm` is true/,
  ],
  ['drift-check', {}, /::error::Input `reference` is required/],
  ['main', {}, /::error::Input `command` must be one of failure-monitor, auto-heal, drift-check/],
  ['main', { INPUT_COMMAND: 'drift-check' }, /::error::Input `reference` is required/],
])('dist/%s fails clearly without its inputs', (name, env, message) => {
  const { code, out } = runBundle(`dist/${name}/index.js`, env);
  expect(out).toMatch(message);
  expect(code).toBe(1);
});

test('the CLI bundle answers --help and --version', () => {
  const help = runBundle('dist/cli/index.js', {}, ['--help']);
  expect(help.code).toBe(0);
  expect(help.out).toMatch(/self-heal analyze/);
  const version = runBundle('dist/cli/index.js', {}, ['--version']);
  expect(version.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  const unknown = runBundle('dist/cli/index.js', {}, ['frobnicate']);
  expect(unknown.code).toBe(2);
  expect(unknown.out).toMatch(/unknown command 'frobnicate'/);
});
