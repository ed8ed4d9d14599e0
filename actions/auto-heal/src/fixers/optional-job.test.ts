import { validateWorkflow } from '../validate/workflow.js';
import { context, diagnosis, fixture, lineChanges } from './fixtures/support.js';
import { matchesJobPattern, optionalJobFixer } from './optional-job.js';
import { isFix } from './types.js';

const python = fixture('ci-python.yml.txt');
const node = fixture('ci-node.yml.txt');
const failed = diagnosis({ category: 'test-failure' });

describe('optional-job fixer', () => {
  it('uses the matrix flag when the failing entry is experimental', async () => {
    const ctx = context({
      diagnosis: failed,
      job: { name: 'test (ubuntu-latest, 3.13-dev, true)' },
      files: { '.github/workflows/ci.yml': python },
    });
    const out = optionalJobFixer.fix(ctx);
    if (!isFix(out)) throw new Error(out.reason);
    const after = out.edits[0]?.after ?? '';
    expect(lineChanges(python, after)).toEqual({
      removed: [],
      added: ['    continue-on-error: ${{ matrix.experimental }}'],
    });
    expect(after).toContain(
      '    timeout-minutes: 30 # the suite takes ~12 minutes\n    continue-on-error: ${{ matrix.experimental }}\n    strategy:\n',
    );
    expect(await validateWorkflow(ctx.workflowPath, after)).toEqual({ ok: true, errors: [] });
  });

  it('compares with true when only the include entries define the flag', () => {
    const wf = python.replace('        experimental: [false]\n', '');
    const out = optionalJobFixer.fix(
      context({
        diagnosis: failed,
        job: { name: 'test (ubuntu-latest, 3.13-dev, true)' },
        files: { '.github/workflows/ci.yml': wf },
      }),
    );
    if (!isFix(out)) throw new Error(out.reason);
    expect(lineChanges(wf, out.edits[0]?.after ?? '').added).toEqual([
      '    continue-on-error: ${{ matrix.experimental == true }}',
    ]);
  });

  it('declines for a stable matrix entry unless a pattern names the job', () => {
    const stable = {
      job: { name: 'test (ubuntu-latest, 3.12, false)' },
      files: { '.github/workflows/ci.yml': python },
    };
    expect(optionalJobFixer.fix(context({ ...stable, diagnosis: failed }))).toMatchObject({
      reason: expect.stringContaining('is not marked optional'),
    });
  });

  it('sets continue-on-error: true on a job matching an optional pattern', async () => {
    const ctx = context({
      diagnosis: failed,
      job: { name: 'nightly-arm64' },
      files: { '.github/workflows/ci.yml': node },
      options: { optionalJobPatterns: ['arm64', 'nightly-*'] },
    });
    const out = optionalJobFixer.fix(ctx);
    if (!isFix(out)) throw new Error(out.reason);
    const after = out.edits[0]?.after ?? '';
    expect(lineChanges(node, after)).toEqual({ removed: [], added: ['    continue-on-error: true'] });
    expect(after).toContain('    runs-on: ubuntu-24.04-arm\n    continue-on-error: true\n    if:');
    expect(out.explanation).toContain('`arm64`');
    expect(await validateWorkflow(ctx.workflowPath, after)).toEqual({ ok: true, errors: [] });
  });

  it('declines when the job already continues on error', () => {
    const wf = node.replace(
      '    runs-on: ubuntu-24.04-arm\n',
      '    runs-on: ubuntu-24.04-arm\n    continue-on-error: false\n',
    );
    const out = optionalJobFixer.fix(
      context({
        diagnosis: failed,
        job: { name: 'nightly-arm64' },
        files: { '.github/workflows/ci.yml': wf },
        options: { optionalJobPatterns: ['arm64'] },
      }),
    );
    expect(out).toEqual({
      fixer: 'optional-job',
      reason: 'job `nightly-arm64` already has `continue-on-error: false`',
    });
  });

  it('matches plain words anywhere and globs over the whole name, ignoring case', () => {
    expect(matchesJobPattern('ARM64', ['build (linux-arm64)'])).toBe(true);
    expect(matchesJobPattern('nightly-*', ['nightly-arm64'])).toBe(true);
    expect(matchesJobPattern('nightly-*', ['build-nightly-x'])).toBe(false);
    expect(matchesJobPattern('  ', ['anything'])).toBe(false);
  });
});
