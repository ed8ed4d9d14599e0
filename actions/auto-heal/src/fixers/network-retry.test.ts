import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { validateWorkflow } from '../validate/workflow.js';
import { context, diagnosis, fixture, lineChanges } from './fixtures/support.js';
import { networkRetryFixer, retryScript, unauthenticatedGitHubApi } from './network-retry.js';
import { isFix } from './types.js';

const node = fixture('ci-node.yml.txt');
const python = fixture('ci-python.yml.txt');

const rateLimited = diagnosis({
  category: 'rate-limit',
  facts: { host: 'api.github.com' },
  lines: [
    {
      n: 12,
      text: "curl: (22) The requested URL returned error: 403 API rate limit exceeded for 20.42.11.7. (But here's the good news: Authenticated requests get a higher rate limit.)",
    },
  ],
});

/** Runs a script the way the runner does (`bash -e`), with `sleep` stubbed out, in a scratch directory. */
function runBash(script: string): { status: number | null; stdout: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'retry-'));
  writeFileSync(join(dir, 'step.sh'), `sleep() { :; }\n${script}`);
  const result = spawnSync('bash', ['-e', join(dir, 'step.sh')], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, dir };
}

describe('retryScript', () => {
  it('retries until an attempt succeeds and stops each attempt at its first failing line', () => {
    // Fails on the first two attempts at line 2; line 3 must not run on a failed attempt.
    const script = [
      'n=$(cat count 2>/dev/null || echo 0); echo $((n + 1)) > count',
      '[ "$(cat count)" -ge 3 ]',
      'echo "ran line 3 on attempt $(cat count)" >> log',
      'cat <<EOF >> log',
      'heredoc kept',
      'EOF',
    ].join('\n');
    const run = runBash(retryScript(script));
    try {
      expect(run.status).toBe(0);
      expect(readFileSync(join(run.dir, 'log'), 'utf8')).toBe('ran line 3 on attempt 3\nheredoc kept\n');
      expect(run.stdout.match(/::warning::attempt \d failed/g)).toEqual([
        '::warning::attempt 1 failed',
        '::warning::attempt 2 failed',
      ]);
    } finally {
      rmSync(run.dir, { recursive: true, force: true });
    }
  });

  it('exits with the last status after the last attempt', () => {
    const run = runBash(retryScript('echo try >> log\nexit 7\necho never >> log'));
    try {
      expect(run.status).toBe(7);
      expect(readFileSync(join(run.dir, 'log'), 'utf8')).toBe('try\ntry\ntry\n');
    } finally {
      rmSync(run.dir, { recursive: true, force: true });
    }
  });
});

describe('network-retry fixer', () => {
  it('wraps a multi-line script with a heredoc and authenticates api.github.com calls', async () => {
    const ctx = context({
      diagnosis: rateLimited,
      job: { name: 'release-assets' },
      step: { name: 'Download protoc', number: 3 },
      files: { '.github/workflows/ci.yml': node },
    });
    const out = networkRetryFixer.fix(ctx);
    if (!isFix(out)) throw new Error(out.reason);
    const after = out.edits[0]?.after ?? '';
    const { removed, added } = lineChanges(node, after);
    // Of the original lines only the curl call changes; the loop and the env are added around the script.
    expect(removed).toEqual([
      '        url=$(curl -sSf https://api.github.com/repos/protocolbuffers/protobuf/releases/latest \\',
    ]);
    expect(added).toContain('      env:');
    expect(added).toContain('        GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}');
    expect(after).toContain(
      '    # Fetch the latest protoc release; the API is rate limited without a token.\n    - name: Download protoc\n',
    );
    expect(after).toContain('        cat <<EOF > protoc.txt\n        downloaded from $url\n        EOF\n          )\n');
    const script = parse(after).jobs['release-assets'].steps[1].run as string;
    expect(script).toContain('url=$(curl -H "Authorization: Bearer $GITHUB_TOKEN" -sSf https://api.github.com/');
    expect(await validateWorkflow(ctx.workflowPath, after)).toEqual({ ok: true, errors: [] });
  });

  it('wraps a one-line plain script without adding a token when the failure is not an API rate limit', async () => {
    const ctx = context({
      diagnosis: diagnosis({ category: 'network', facts: { host: 'registry.npmjs.org' } }),
      job: { name: 'build' },
      step: { name: 'Run npm ci', number: 4 },
      files: { '.github/workflows/ci.yml': node },
    });
    const out = networkRetryFixer.fix(ctx);
    if (!isFix(out)) throw new Error(out.reason);
    const after = out.edits[0]?.after ?? '';
    expect(lineChanges(node, after).removed).toEqual(['    - run: npm ci']);
    expect(parse(after).jobs.build.steps[2]).toEqual({ run: retryScript('npm ci') });
    expect(after).not.toContain('GITHUB_TOKEN');
    expect(await validateWorkflow(ctx.workflowPath, after)).toEqual({ ok: true, errors: [] });
  });

  it('declines action steps, Windows default shells, and publishing steps', () => {
    const at = (job: string, step: string, number: number, wf = node) =>
      networkRetryFixer.fix(
        context({
          diagnosis: rateLimited,
          job: { name: job },
          step: { name: step, number },
          files: { '.github/workflows/ci.yml': wf },
        }),
      );
    expect(at('build', 'Run actions/checkout@v4', 2)).toMatchObject({
      reason: expect.stringContaining('runs an action'),
    });
    expect(at('windows', 'Run curl -sSf https://api.github.com/rate_limit', 4)).toMatchObject({
      reason: expect.stringContaining('pwsh'),
    });
    const publishing = node.replace('    - run: npm test\n', '    - run: npm test && npm publish\n');
    expect(at('build', 'Run npm test && npm publish', 6, publishing)).toMatchObject({
      reason: expect.stringContaining('repeat the side effect'),
    });
  });

  it('does not wrap twice', () => {
    const once = networkRetryFixer.fix(
      context({
        diagnosis: rateLimited,
        job: { name: 'lint' },
        step: { name: 'Run pip install ruff black', number: 4 },
        files: { '.github/workflows/ci.yml': python },
      }),
    );
    if (!isFix(once)) throw new Error(once.reason);
    const twice = networkRetryFixer.fix(
      context({
        diagnosis: rateLimited,
        job: { name: 'lint' },
        step: { name: 'Run pip install ruff black', number: 4 },
        files: { '.github/workflows/ci.yml': once.edits[0]?.after ?? '' },
      }),
    );
    expect(twice).toMatchObject({ reason: expect.stringContaining('already retries') });
  });

  it('recognises unauthenticated API rate limits only', () => {
    expect(unauthenticatedGitHubApi(rateLimited)).toBe(true);
    expect(
      unauthenticatedGitHubApi(
        diagnosis({
          category: 'rate-limit',
          lines: [{ n: 1, text: 'API rate limit exceeded for user ID 123456.' }],
          facts: { host: 'api.github.com' },
        }),
      ),
    ).toBe(false);
  });
});
