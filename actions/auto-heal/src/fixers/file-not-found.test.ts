import { validateWorkflow } from '../validate/workflow.js';
import { fileNotFoundFixer } from './file-not-found.js';
import { context, diagnosis, fixture, lineChanges } from './fixtures/support.js';
import { editDistance, nearestPath } from './near-match.js';
import { isFix } from './types.js';

const python = fixture('ci-python.yml.txt');
const WF = '.github/workflows/ci.yml';
const tree = [
  'tools/make_fixtures.py',
  'requirements.txt',
  'requirements_dev.txt',
  'docs/Makefile',
  'docs/conf.py',
  'src/pipeline/__init__.py',
];
const notFound = (path: string) => diagnosis({ category: 'file-not-found', facts: { path } });
const testJob = { name: 'test (ubuntu-latest, 3.11, false)' };

describe('file-not-found fixer', () => {
  it('points a moved script at its new folder (absolute path from the runner)', async () => {
    const ctx = context({
      diagnosis: notFound('/home/runner/work/pipeline/pipeline/scripts/make_fixtures.py'),
      job: testJob,
      step: { name: 'Generate fixtures', number: 5 },
      files: { [WF]: python },
      tree,
    });
    const out = fileNotFoundFixer.fix(ctx);
    if (!isFix(out)) throw new Error(out.reason);
    const after = out.edits[0]?.after ?? '';
    expect(lineChanges(python, after)).toEqual({
      removed: ['        run: python scripts/make_fixtures.py --out tests/fixtures'],
      added: ['        run: python tools/make_fixtures.py --out tests/fixtures'],
    });
    expect(out.explanation).toMatch(
      /^Step "Generate fixtures" of job `\w+` refers to `scripts\/make_fixtures\.py`, which does not exist\. `tools\/make_fixtures\.py` has the same file name/,
    );
    expect(await validateWorkflow(WF, after)).toEqual({ ok: true, errors: [] });
  });

  it('corrects a typo in a requirements path without touching longer paths that contain it', () => {
    const out = fileNotFoundFixer.fix(
      context({
        diagnosis: notFound('requirements-dev.txt'),
        job: testJob,
        step: { name: 'Install dependencies', number: 4 },
        files: { [WF]: python },
        tree,
      }),
    );
    if (!isFix(out)) throw new Error(out.reason);
    expect(lineChanges(python, out.edits[0]?.after ?? '')).toEqual({
      removed: ['          pip install -r requirements.txt -r requirements-dev.txt'],
      added: ['          pip install -r requirements.txt -r requirements_dev.txt'],
    });
  });

  it('resolves paths against the step’s working directory', () => {
    const wf = python.replace('      - run: make html\n', '      - run: make -f makefile html\n');
    const out = fileNotFoundFixer.fix(
      context({
        diagnosis: notFound('makefile'),
        job: { name: 'docs' },
        step: { name: 'Run make -f makefile html', number: 4 },
        files: { [WF]: wf },
        tree,
      }),
    );
    if (!isFix(out)) throw new Error(out.reason);
    expect(lineChanges(wf, out.edits[0]?.after ?? '').added).toEqual(['      - run: make -f Makefile html']);
    expect(out.explanation).toContain('`docs/makefile`');
  });

  it('declines paths outside the repository, ambiguous or absent matches, and unreferenced paths', () => {
    const at = (path: string, step = { name: 'Generate fixtures', number: 5 }, extraTree: string[] = []) =>
      fileNotFoundFixer.fix(
        context({
          diagnosis: notFound(path),
          job: testJob,
          step,
          files: { [WF]: python },
          tree: [...tree, ...extraTree],
        }),
      );
    expect(at('../../etc/passwd')).toEqual({
      fixer: 'file-not-found',
      reason: 'the path "../../etc/passwd" is outside the repository',
    });
    expect(at('/etc/passwd')).toMatchObject({ reason: 'the path "/etc/passwd" is outside the repository' });
    expect(at('scripts/make_fixtures.py', undefined, ['other/make_fixtures.py'])).toMatchObject({
      reason:
        'no single file of the repository matches scripts/make_fixtures.py; close candidates: tools/make_fixtures.py, other/make_fixtures.py',
    });
    expect(at('data/input.csv')).toMatchObject({ reason: 'no single file of the repository matches data/input.csv' });
    expect(at('requirements.txt')).toMatchObject({ reason: expect.stringContaining('exists at the failing commit') });
    expect(at('src/pipeline/__init__.pyc')).toMatchObject({
      reason: expect.stringContaining('is not referenced in step "Generate fixtures"'),
      hint: 'Did you mean src/pipeline/__init__.py?',
    });
  });

  it('refuses a match whose name would need shell quoting', () => {
    const out = fileNotFoundFixer.fix(
      context({
        diagnosis: notFound('scripts/make_fixtures.py'),
        job: testJob,
        step: { name: 'Generate fixtures', number: 5 },
        files: { [WF]: python },
        tree: ['$(reboot)/make_fixtures.py'],
      }),
    );
    expect(out).toMatchObject({ reason: 'the matching path "$(reboot)/make_fixtures.py" needs shell quoting' });
  });
});

describe('nearestPath', () => {
  it('prefers a case match, then a moved file, then a single closest typo', () => {
    expect(nearestPath('docs/makefile', ['docs/Makefile', 'Makefile'])).toEqual({ path: 'docs/Makefile', why: 'case' });
    expect(nearestPath('a/b/c.txt', ['x/c.txt'])).toEqual({ path: 'x/c.txt', why: 'moved' });
    expect(nearestPath('src/mian.py', ['src/main.py'])).toEqual({ path: 'src/main.py', why: 'typo' });
    expect(nearestPath('a.py', ['b.py'])).toEqual({ candidates: [] });
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
