import { checkWorkflowSchema, isWorkflowPath, validateWorkflow } from './workflow.js';

const WF = '.github/workflows/ci.yml';
const valid = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';

describe('validateWorkflow', () => {
  it('accepts a valid workflow', async () => {
    expect(await validateWorkflow(WF, valid)).toEqual({ ok: true, errors: [] });
  });

  it('reports YAML errors with file, line and column, without the code frame', async () => {
    const result = await validateWorkflow(WF, valid.replace('    steps:', '\tsteps:'));
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([`${WF}: Tabs are not allowed as indentation at line 5, column 1`]);
  });

  it('reports schema errors with line and column', async () => {
    const result = await validateWorkflow(WF, valid.replace('    steps:', '    timeout-minutes: soon\n    steps:'));
    expect(result.errors).toEqual([`${WF} (Line: 5, Col: 22): Unexpected value 'soon'`]);
  });

  it('reports what only the conversion checks (the job graph), which the schema check alone accepts', async () => {
    const cyclic = valid.replace('    runs-on: ubuntu-latest\n', '    runs-on: ubuntu-latest\n    needs: build\n');
    expect(checkWorkflowSchema(WF, cyclic)).toEqual({ ok: true, errors: [] });
    const result = await validateWorkflow(WF, cyclic);
    expect(result.ok).toBe(false);
    expect(result.errors.join('\n')).toMatch(/at least one job with no dependencies/);
  });

  it('rejects an empty file', async () => {
    expect(await validateWorkflow(WF, '')).toEqual({ ok: false, errors: [expect.stringContaining(WF)] });
  });

  it('knows workflow paths', () => {
    expect(isWorkflowPath('.github/workflows/ci.yml')).toBe(true);
    expect(isWorkflowPath('.github/workflows/release.yaml')).toBe(true);
    expect(isWorkflowPath('.github/workflows/sub/ci.yml')).toBe(false);
    expect(isWorkflowPath('action.yml')).toBe(false);
  });
});
