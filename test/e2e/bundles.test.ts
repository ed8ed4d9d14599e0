// The committed bundles, run as the runner runs them (a node process with INPUT_* variables and
// an event file), against the GitHub API emulator: what users get, end to end.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitHubEmulator } from '../../test-support/github-emulator/index.js';
import { jobLog } from '../../test-support/sample/job-log.js';
import { SHOP, seedShop } from '../../test-support/sample/shop-repo.js';
import { emulator, TOKEN, workflowRunPayload } from './helpers.js';

let gh: GitHubEmulator;

afterEach(async () => {
  expect(gh.invalidRequests).toEqual([]);
  await gh.stop();
});

function runBundle(bundle: string, eventName: string, payload: unknown, inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'self-heal-bundle-'));
  writeFileSync(join(dir, 'event.json'), JSON.stringify(payload));
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary'), '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: SHOP,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    SELF_HEAL_MS_PER_SECOND: '1',
    INPUT_TOKEN: TOKEN,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise<{ code: number | null; out: string; outputs: string }>((resolve) => {
    const child = spawn(process.execPath, [bundle], { env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out, outputs: readFileSync(join(dir, 'output'), 'utf8') }));
  });
}

test('the bundles file an issue and open a validated workflow fix, as on a runner', async () => {
  ({ gh } = await emulator());
  const runId = seedShop(
    gh,
    jobLog([
      {
        name: 'Run tests',
        script: 'pytest -q',
        output: [
          '##[error]The job running on runner GitHub Actions 3 has exceeded the maximum execution time of 10 minutes.',
        ],
      },
    ]),
  );
  const { createGitHubClient } = await import('../../packages/shared/src/github/client.js');
  const client = createGitHubClient({ token: TOKEN, baseUrl: gh.url, msPerSecond: 1 });
  const monitored = await runBundle(
    'dist/main/index.js',
    'workflow_run',
    await workflowRunPayload(client, SHOP, runId),
    {
      command: 'failure-monitor',
    },
  );
  expect(monitored.out).not.toMatch(/::error::/);
  expect(monitored.code).toBe(0);
  const issue = [...gh.repo(SHOP).issues.values()][0];
  expect(issue?.labels).toContain('category:timeout');

  const healed = await runBundle(
    'dist/auto-heal/index.js',
    'workflow_dispatch',
    {},
    { 'issue-number': String(issue?.number) },
  );
  expect(healed.out).not.toMatch(/::error::/);
  expect(healed.outputs).toMatch(/result<<[^\n]+\nopened/);
  expect(gh.readFile(SHOP, '.github/workflows/ci.yml', `self-heal/issue-${issue?.number}`)).toContain(
    'timeout-minutes: 20',
  );
});
