import { validateWorkflow } from '../validate/workflow.js';
import { context, diagnosis, fixture, lineChanges } from './fixtures/support.js';
import { timeoutFixer } from './timeout.js';
import { isFix } from './types.js';

const python = fixture('ci-python.yml.txt');
const node = fixture('ci-node.yml.txt');
const timedOut = diagnosis({ category: 'timeout', facts: { minutes: 30 } });

describe('timeout fixer', () => {
  it('doubles an existing job timeout, changing only that value', async () => {
    const ctx = context({
      diagnosis: timedOut,
      job: { name: 'test (ubuntu-latest, 3.11, false)' },
      step: { name: 'Run tests', number: 6 },
      files: { '.github/workflows/ci.yml': python },
    });
    const out = timeoutFixer.fix(ctx);
    if (!isFix(out)) throw new Error(out.reason);
    const [edit] = out.edits;
    expect(edit?.path).toBe('.github/workflows/ci.yml');
    expect(lineChanges(python, edit?.after ?? '')).toEqual({
      removed: ['    timeout-minutes: 30 # the suite takes ~12 minutes'],
      added: ['    timeout-minutes: 60 # the suite takes ~12 minutes'],
    });
    expect(await validateWorkflow(ctx.workflowPath, edit?.after ?? '')).toEqual({ ok: true, errors: [] });
  });

  it('adds timeout-minutes after runs-on when the job had the default and a lower cap is set', () => {
    const ctx = context({
      diagnosis: diagnosis({ category: 'timeout', facts: { minutes: 360 } }),
      workflowPath: '.github/workflows/node.yml',
      job: { name: 'build' },
      files: { '.github/workflows/node.yml': node },
      options: { maxTimeoutMinutes: 720, timeoutMultiplier: 1.5 },
    });
    const out = timeoutFixer.fix(ctx);
    if (!isFix(out)) throw new Error(out.reason);
    const after = out.edits[0]?.after ?? '';
    expect(lineChanges(node, after)).toEqual({ removed: [], added: ['    timeout-minutes: 540'] });
    expect(after).toContain('    runs-on: ubuntu-latest\n    timeout-minutes: 540\n    steps:\n');
  });

  it('refuses when the job already has the maximum', () => {
    const ctx = context({
      diagnosis: diagnosis({ category: 'timeout' }),
      job: { name: 'build' },
      files: { '.github/workflows/ci.yml': node },
    });
    const out = timeoutFixer.fix(ctx);
    expect(isFix(out)).toBe(false);
    expect(out).toMatchObject({ fixer: 'timeout', reason: expect.stringContaining('already runs up to 360 minutes') });
  });

  it('raises a step timeout when the failing step has one', () => {
    const wf = python.replace(
      '        run: pytest -q --junitxml=reports/junit.xml\n',
      '        run: pytest -q --junitxml=reports/junit.xml\n        timeout-minutes: 10\n',
    );
    const ctx = context({
      diagnosis: timedOut,
      job: { name: 'test (macos-latest, 3.12, false)' },
      step: { name: 'Run tests', number: 6 },
      files: { '.github/workflows/ci.yml': wf },
    });
    const out = timeoutFixer.fix(ctx);
    if (!isFix(out)) throw new Error(out.reason);
    expect(lineChanges(wf, out.edits[0]?.after ?? '')).toEqual({
      removed: ['        timeout-minutes: 10'],
      added: ['        timeout-minutes: 20'],
    });
  });

  it('refuses an expression timeout and bad options with the reason', () => {
    const wf = python.replace('timeout-minutes: 30', 'timeout-minutes: ${{ inputs.minutes }}');
    const base = { job: { name: 'test' }, files: { '.github/workflows/ci.yml': wf } };
    expect(timeoutFixer.fix(context({ ...base, diagnosis: timedOut }))).toMatchObject({
      reason: expect.stringContaining('is an expression'),
    });
    expect(timeoutFixer.fix(context({ ...base, diagnosis: timedOut, options: { timeoutMultiplier: 0.5 } }))).toEqual({
      fixer: 'timeout',
      reason: 'timeoutMultiplier must be a number above 1 and at most 10, got 0.5',
    });
  });

  it('names the job it cannot find', () => {
    const ctx = context({
      diagnosis: timedOut,
      job: { name: 'deploy' },
      files: { '.github/workflows/ci.yml': python },
    });
    expect(timeoutFixer.fix(ctx)).toEqual({
      fixer: 'timeout',
      reason: 'no job of .github/workflows/ci.yml is named "deploy"',
    });
  });
});
