import { fixture } from './fixtures/support.js';
import { jobRunnerOses } from './runner-os.js';
import {
  combosForDisplayName,
  findJob,
  findStep,
  isLocateError,
  type LocatedJob,
  matrixCombos,
  type ParsedWorkflow,
  parseWorkflowText,
} from './workflow-locate.js';

function parsed(text: string): ParsedWorkflow {
  const wf = parseWorkflowText('.github/workflows/ci.yml', text);
  if (isLocateError(wf)) throw new Error(wf.error);
  return wf;
}

function job(wf: ParsedWorkflow, name: string, id?: string): LocatedJob {
  const found = findJob(wf, id === undefined ? { name } : { name, id });
  if (isLocateError(found)) throw new Error(found.error);
  return found;
}

const python = parsed(fixture('ci-python.yml.txt'));

describe('findJob', () => {
  it('finds jobs by key, by name, and as matrix expansions', () => {
    expect(job(python, 'docs').key).toBe('docs');
    expect(job(python, 'whatever', 'lint').key).toBe('lint');
    expect(job(python, 'test (ubuntu-latest, 3.13-dev, true)').key).toBe('test');
    const templated = parsed(
      'on: push\njobs:\n  unit:\n    name: Unit ${{ matrix.py }} on ${{ matrix.os }}\n    runs-on: ${{ matrix.os }}\n    strategy:\n      matrix: { py: ["3.12"], os: [ubuntu-latest] }\n    steps:\n      - run: x\n  unitx:\n    runs-on: ubuntu-latest\n    steps:\n      - run: y\n',
    );
    expect(job(templated, 'Unit 3.12 on ubuntu-latest').key).toBe('unit');
    expect(job(templated, 'unitx').key).toBe('unitx');
  });

  it('names the workflow when no job or several match', () => {
    expect(findJob(python, { name: 'deploy' })).toEqual({
      error: 'no job of .github/workflows/ci.yml is named "deploy"',
    });
    const twins = parsed(
      'on: push\njobs:\n  a:\n    name: Build\n    runs-on: x\n    steps: [{run: a}]\n  b:\n    name: Build\n    runs-on: x\n    steps: [{run: b}]\n',
    );
    expect(findJob(twins, { name: 'Build' })).toEqual({
      error: 'job "Build" matches several jobs of .github/workflows/ci.yml: a, b',
    });
  });

  it('reports a file that is not a workflow', () => {
    expect(parseWorkflowText('x.yml', 'a: [')).toEqual({ error: expect.stringMatching(/^x\.yml is not valid YAML: /) });
    expect(parseWorkflowText('x.yml', 'on: push\n')).toEqual({ error: 'x.yml has no `jobs:` mapping' });
  });
});

describe('findStep', () => {
  const test = job(python, 'test');
  const docs = job(python, 'docs');

  it('matches names, name templates, and the names GitHub gives unnamed steps', () => {
    expect(findStep(test, { name: 'Run tests', number: 6 })).toMatchObject({ index: 4, by: 'name' });
    expect(findStep(test, { name: 'Set up Python 3.13-dev', number: 3 })).toMatchObject({ index: 1, by: 'name' });
    expect(findStep(test, { name: 'Run actions/checkout@v4', number: 2 })).toMatchObject({ index: 0, by: 'name' });
    expect(findStep(docs, { name: 'Run xmllint --noout _build/html/sitemap.xml', number: 5 })).toMatchObject({
      index: 3,
    });
    // A multi-line script is named after its first line.
    const multi = parsed(
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: |\n\n          make all\n          make check\n',
    );
    expect(findStep(job(multi, 'a'), { name: 'Run make all', number: 2 })).toMatchObject({ index: 0, by: 'name' });
  });

  it('falls back to the number: 1 is "Set up job", and container jobs also have "Initialize containers"', () => {
    expect(findStep(test, { name: 'Renamed since the run', number: 6 })).toMatchObject({ index: 4, by: 'number' });
    const container = parsed(
      'on: push\njobs:\n  a:\n    runs-on: x\n    container: node:20\n    steps:\n      - run: one\n      - run: two\n',
    );
    expect(findStep(job(container, 'a'), { name: 'Renamed', number: 4 })).toMatchObject({ index: 1, by: 'number' });
  });

  it('says when the step is one the runner adds, or does not exist', () => {
    expect(findStep(test, { name: 'Set up job', number: 1 })).toEqual({
      error: 'step "Set up job" is added by the runner, not written in the workflow',
    });
    expect(findStep(test, { name: 'Post Run actions/checkout@v4', number: 9 })).toMatchObject({
      error: expect.stringContaining('added by the runner'),
    });
    expect(findStep(test, { name: 'nope', number: 40 })).toEqual({
      error: 'job "test" has no step named "nope" or numbered 40',
    });
  });
});

describe('matrix', () => {
  it('expands the cross product with include and exclude as GitHub does', () => {
    const wf = parsed(
      [
        'on: push',
        'jobs:',
        '  t:',
        '    runs-on: ${{ matrix.os }}',
        '    strategy:',
        '      matrix:',
        '        os: [ubuntu-latest, windows-latest]',
        '        node: [18, 20]',
        '        exclude:',
        '          - { os: windows-latest, node: 18 }',
        '        include:',
        '          - { os: ubuntu-latest, coverage: true }',
        '          - { os: macos-latest, node: 22 }',
        '    steps: [{ run: x }]',
        '',
      ].join('\n'),
    );
    const t = job(wf, 't');
    expect(matrixCombos(t)).toEqual([
      { os: 'ubuntu-latest', node: 18, coverage: true },
      { os: 'ubuntu-latest', node: 20, coverage: true },
      { os: 'windows-latest', node: 20 },
      { os: 'macos-latest', node: 22 },
    ]);
    expect(combosForDisplayName(matrixCombos(t) ?? [], 't (windows-latest, 20)')).toEqual([
      { os: 'windows-latest', node: 20 },
    ]);
    expect(jobRunnerOses(t)).toEqual(new Set(['Linux', 'Windows', 'macOS']));
  });

  it('cannot know a matrix given by an expression', () => {
    const wf = parsed(
      'on: push\njobs:\n  t:\n    runs-on: ${{ matrix.os }}\n    strategy:\n      matrix: ${{ fromJSON(inputs.m) }}\n    steps: [{ run: x }]\n',
    );
    expect(matrixCombos(job(wf, 't'))).toBeUndefined();
    expect(jobRunnerOses(job(wf, 't'))).toEqual(new Set(['unknown']));
  });
});
