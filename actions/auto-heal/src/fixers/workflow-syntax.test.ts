import { validateWorkflow } from '../validate/workflow.js';
import { context, diagnosis, fixture, lineChanges } from './fixtures/support.js';
import { isFix } from './types.js';
import { repairWorkflowYaml, workflowSyntaxFixer } from './workflow-syntax.js';

const python = fixture('ci-python.yml.txt');
const node = fixture('ci-node.yml.txt');
const WF = '.github/workflows/ci.yml';
const invalid = diagnosis({ category: 'workflow-config', facts: { file: WF, line: 20 } });

function fixOf(text: string) {
  return workflowSyntaxFixer.fix(context({ diagnosis: invalid, job: { name: 'build' }, files: { [WF]: text } }));
}

async function expectRepairedTo(broken: string, original: string, repairs: RegExp) {
  const out = fixOf(broken);
  if (!isFix(out)) throw new Error(out.reason);
  expect(out.edits[0]?.after).toBe(original);
  expect(out.explanation).toMatch(repairs);
  expect(await validateWorkflow(WF, out.edits[0]?.after ?? '')).toEqual({ ok: true, errors: [] });
}

describe('workflow-syntax fixer', () => {
  it('replaces tab indentation, choosing the width that gives a valid workflow', async () => {
    const broken = node.replace(
      '    runs-on: ubuntu-latest\n    env:\n      DIST: dist\n',
      '\truns-on: ubuntu-latest\n\tenv:\n\t  DIST: dist\n',
    );
    expect(broken).not.toBe(node);
    // One tab per level here: 2 spaces would make `runs-on` a job of its own; 4 restores the original.
    await expectRepairedTo(broken, node, /replaced tab indentation on 3 line\(s\) with 4 spaces per tab/);
  });

  it('quotes a value holding ": "', async () => {
    const broken = python.replace('      - name: Run tests\n', '      - name: Run tests: unit\n');
    const out = fixOf(broken);
    if (!isFix(out)) throw new Error(out.reason);
    expect(lineChanges(broken, out.edits[0]?.after ?? '')).toEqual({
      removed: ['      - name: Run tests: unit'],
      added: ["      - name: 'Run tests: unit'"],
    });
  });

  it('re-indents a line that left its block', async () => {
    await expectRepairedTo(
      python.replace('\n    strategy:\n', '\n   strategy:\n'),
      python,
      /re-indented line 31 from 3 to 4 spaces/,
    );
    await expectRepairedTo(
      python.replace('        run: pytest -q', '         run: pytest -q'),
      python,
      /re-indented line 59 from 9 to 8 spaces/,
    );
  });

  it('removes an identical duplicate key and merges disjoint ones', async () => {
    const duplicated = python.replace(
      '    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5',
      '    runs-on: ubuntu-latest\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5',
    );
    await expectRepairedTo(duplicated, python, /removed the second, identical `runs-on:`/);

    const split = node.replace(
      '    env:\n      DIST: dist\n',
      '    env:\n      DIST: dist\n    timeout-minutes: 20\n    env:\n      NODE_ENV: production\n',
    );
    const out = fixOf(split);
    if (!isFix(out)) throw new Error(out.reason);
    expect(out.edits[0]?.after).toContain(
      '    env:\n      DIST: dist\n      NODE_ENV: production\n    timeout-minutes: 20\n    steps:',
    );
  });

  it('declines a valid workflow, schema-only errors, and a file it cannot repair', () => {
    expect(fixOf(python)).toMatchObject({ reason: expect.stringContaining('parses and passes the workflow schema') });
    expect(fixOf(python.replace('    runs-on: ${{ matrix.os }}', '    runs_on: ${{ matrix.os }}'))).toMatchObject({
      reason: expect.stringContaining('is valid YAML but not a valid workflow'),
    });
    expect(fixOf(python.replace('  pull_request:\n', '  pull_request: [\n'))).toMatchObject({
      reason: expect.stringContaining('no safe repair'),
    });
  });

  it('never proposes a repair the workflow parser rejects', () => {
    // Whatever width the tabs get, `stepz` stays an unknown key: valid YAML, invalid workflow.
    const broken = 'on: push\njobs:\n  build:\n\truns-on: ubuntu-latest\n\tstepz:\n\t  - run: x\n';
    expect(repairWorkflowYaml(WF, broken)).toHaveProperty('text');
    expect(fixOf(broken)).toMatchObject({
      fixer: 'workflow-syntax',
      reason: expect.stringContaining(
        "is still invalid: .github/workflows/ci.yml (Line: 5, Col: 5): Unexpected value 'stepz'",
      ),
    });
  });
});
