/**
 * A missing Python module: declare its PyPI project where the failing job installs from — a requirements file
 * it passes to `-r`, the pyproject.toml of a project it installs (`.[test]`), its own `pip install` line —
 * or, failing those, the repository's root requirements.txt or pyproject.toml.
 */
import { isMap, isScalar, type Scalar } from 'yaml';
import type { FileEdit } from '../../../../packages/shared/src/types.js';
import { normaliseRepoPath } from '../validate/repo-path.js';
import { scanToml } from '../validate/toml-scan.js';
import { type PipInstall, pipInstalls } from './pip-installs.js';
import { addPyprojectDependency, type PyprojectTarget } from './pyproject-edit.js';
import { PYTHON_REMOVED, PYTHON_TEST_TOOLS, pypiProjectFor } from './python-packages.js';
import { addRequirement, requirementName } from './requirements-edit.js';
import { neededByTestsOnly } from './test-evidence.js';
import type { FixContext, FixOutcome } from './types.js';
import { noFix } from './types.js';
import { isPlainVersion, isPythonDistributionName, isPythonImportName, normalisePythonName } from './untrusted.js';
import { spliceWorkflow } from './workflow-edit.js';
import { isLocateError, jobSteps, type Located } from './workflow-locate.js';
import { isNoFix, locateTarget, type WorkflowTarget } from './workflow-target.js';

export const DEPENDENCY_FIXER_ID = 'missing-dependency';
const ID = DEPENDENCY_FIXER_ID;

/** Manifests the Python path may edit, shallowest first. */
export function pythonManifestCandidates(tree: readonly string[]): string[] {
  return tree
    .filter(
      (p) =>
        !/(^|\/)(node_modules|\.venv|venv|site-packages)\//.test(p) &&
        /(^|\/)(requirements[^/]*\.(txt|in)|requirements\/[^/]+\.txt|pyproject\.toml)$/.test(p),
    )
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))
    .slice(0, 30);
}

function joinPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/** Picks the requirements file: a test/dev one for test-only projects, else the main one. */
function pickRequirementsFile(files: readonly string[], testOnly: boolean): string | undefined {
  const isTestFile = (f: string) => /(test|dev|ci)[^/]*$/i.test(f.slice(f.lastIndexOf('/') + 1));
  const isDocs = (f: string) => /doc/i.test(f.slice(f.lastIndexOf('/') + 1));
  if (testOnly) return files.find(isTestFile) ?? files.find((f) => !isDocs(f));
  return files.find((f) => !isTestFile(f) && !isDocs(f)) ?? files[0];
}

/** The files and, recursively, the files they include with `-r`, as far as they were read. */
function includedRequirementFiles(ctx: FixContext, files: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !ctx.files.has(file)) return;
    seen.add(file);
    for (const line of (ctx.files.get(file) ?? '').split(/\r?\n/)) {
      const include = /^\s*(-r|--requirement)[\s=]+(\S+)/.exec(line)?.[2];
      const resolved = include ? normaliseRepoPath(joinPath(dirOf(file), include)) : undefined;
      if (resolved) visit(resolved);
    }
  };
  for (const f of files) visit(f);
  return [...seen];
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}

function lockHint(ctx: FixContext, dir: string, project: string, testOnly: boolean): string | undefined {
  const has = (name: string) => ctx.tree.includes(joinPath(dir, name));
  const cd = dir === '' ? '' : `cd ${dir} && `;
  if (has('poetry.lock')) return `${cd}poetry add ${testOnly ? '--group dev ' : ''}${project}`;
  if (has('uv.lock')) return `${cd}uv add ${testOnly ? '--dev ' : ''}${project}`;
  if (has('pdm.lock')) return `${cd}pdm add ${testOnly ? '-dG test ' : ''}${project}`;
  return undefined;
}

/** Appends the requirement to a `pip install a b` line of the workflow. */
function appendToInstall(target: WorkflowTarget, install: PipInstall, requirement: string): Located<FileEdit> {
  const { wf, job } = target;
  const step = jobSteps(job)?.items[install.stepIndex];
  const runNode = isMap(step) ? step.get('run', true) : undefined;
  if (!isScalar(runNode) || !runNode.range) return { error: 'the install step has no run script' };
  const script = String((runNode as Scalar).value);
  const source = wf.text.slice(runNode.range[0], runNode.range[1]);
  const first = source.indexOf(install.line);
  if (first === -1 || source.indexOf(install.line, first + 1) !== -1 || script.split(install.line).length !== 2) {
    return { error: 'the install command cannot be found once in the workflow text' };
  }
  const word = /^[A-Za-z0-9._=-]+$/.test(requirement) ? requirement : `'${requirement}'`;
  const at = runNode.range[0] + first + install.commandEnd;
  const newLine = `${install.line.slice(0, install.commandEnd)} ${word}${install.line.slice(install.commandEnd)}`;
  return spliceWorkflow(wf, [{ start: at, end: at, text: ` ${word}` }], (doc) =>
    doc.setIn(['jobs', job.key, 'steps', install.stepIndex, 'run'], script.replace(install.line, newLine)),
  );
}

function fixed(edit: FileEdit, explanation: string): FixOutcome {
  return { fixer: ID, edits: [edit], explanation };
}

export function fixPythonDependency(ctx: FixContext, module: string, manager: string): FixOutcome {
  if (/^\.+([A-Za-z_][A-Za-z0-9_.]*)?$/.test(module)) {
    return noFix(ID, `\`${module}\` is a relative import of the project itself`);
  }
  let project: string;
  let top = module;
  if (isPythonImportName(module)) {
    const resolved = pypiProjectFor(module);
    if ('stdlib' in resolved) {
      const removed = PYTHON_REMOVED[resolved.stdlib];
      return removed
        ? noFix(
            ID,
            `\`${resolved.stdlib}\` was removed from the standard library in Python ${removed}`,
            'Pin an older Python in the workflow, or port the code away from it.',
          )
        : noFix(
            ID,
            `\`${resolved.stdlib}\` is part of the Python standard library; it cannot be installed`,
            'Check the Python version the job uses.',
          );
    }
    if ('ambiguous' in resolved) {
      return noFix(
        ID,
        `\`${module}\` is in the shared \`${resolved.ambiguous}\` namespace; the project that provides it cannot be told from the import`,
      );
    }
    project = resolved.project;
    top = resolved.top;
  } else if (isPythonDistributionName(module)) {
    project = module;
  } else {
    return noFix(ID, `the missing module ${JSON.stringify(module)} is not a valid Python module or project name`);
  }
  if (!isPythonDistributionName(project)) return noFix(ID, `${JSON.stringify(project)} is not a valid project name`);

  // The project's own code: a module or package at the root or under src/, or any package of that name.
  const local = ctx.tree.find(
    (p) =>
      p === `${top}.py` ||
      p.endsWith(`/${top}.py`) ||
      ((p.startsWith(`${top}/`) || p.startsWith(`src/${top}/`)) && p.endsWith('.py')) ||
      p.endsWith(`/${top}/__init__.py`) ||
      p === `${top}/__init__.py`,
  );
  if (local) {
    return noFix(
      ID,
      `\`${top}\` is part of this repository (${local}), not a package to install`,
      'Install the project itself (`pip install -e .`) or set PYTHONPATH in the step.',
    );
  }

  const version = ctx.diagnosis.facts.version;
  const requirement =
    typeof version === 'string' && isPlainVersion(version) ? `${project}==${version.replace(/^v/, '')}` : project;
  const located = locateTarget(ctx, ID, { step: false });
  const target = isNoFix(located) ? undefined : located;
  const testOnly =
    PYTHON_TEST_TOOLS.has(normalisePythonName(project)) || neededByTestsOnly(ctx, target, /([\w./-]+\.py)\b/g, 'last');
  const lastStep = target?.step?.index ?? Number.MAX_SAFE_INTEGER;
  const installs = target ? pipInstalls(target.job, lastStep) : [];
  const why = `\`${module}\` could not be imported${project !== top && project !== module ? ` (it is provided by the PyPI project \`${project}\`)` : ''}`;
  const declined: string[] = [];

  // 1. A requirements file the job installs with -r (unless one of them, or a file they include, lists it).
  const requirementFiles = [...new Set(installs.flatMap((i) => i.requirementFiles))].filter((f) => ctx.files.has(f));
  const listedIn = includedRequirementFiles(ctx, requirementFiles).find((f) =>
    (ctx.files.get(f) ?? '').split(/\r?\n/).some((line) => {
      const name = requirementName(line);
      return name !== undefined && normalisePythonName(name) === normalisePythonName(project);
    }),
  );
  if (listedIn) {
    return noFix(
      ID,
      `${listedIn} already lists ${project}`,
      'The job installs it; check that the failing step runs in the same Python environment.',
    );
  }
  const reqFile = pickRequirementsFile(requirementFiles, testOnly);
  if (reqFile) {
    const edit = addRequirement(reqFile, ctx.files.get(reqFile) as string, project, requirement);
    if (isLocateError(edit)) {
      return noFix(
        ID,
        edit.error,
        `Check that the job installs ${reqFile} in the environment that runs the failing step.`,
      );
    }
    return fixed(
      { path: reqFile, before: ctx.files.get(reqFile) as string, after: edit.after },
      `${why}. The job installs \`${reqFile}\`, so \`${requirement}\` is added to it (${edit.placement === 'sorted' ? 'in sorted order' : 'at the end'}).`,
    );
  }

  // 2. The pyproject.toml of a project the job installs (`pip install .[test]`).
  for (const { path, extras } of installs.flatMap((i) => i.projects)) {
    const file = joinPath(path, 'pyproject.toml');
    const text = ctx.files.get(file);
    if (text === undefined) continue;
    const hint = lockHint(ctx, path, project, testOnly);
    if (hint) return noFix(ID, `${file} is locked; the lock file must be updated with the dependency`, hint);
    // Tests' needs go to the test extra; a job that installs only another extra (`.[docs]`) needs it there.
    const extra = testOnly
      ? (extras.find((e) => /test|dev/i.test(e)) ?? extras[0])
      : extras.length === 1 && !/test|dev/i.test(extras[0] ?? '')
        ? extras[0]
        : undefined;
    const pep621: PyprojectTarget = extra
      ? { kind: 'pep621', group: { table: 'project.optional-dependencies', name: extra } }
      : { kind: 'pep621' };
    const edit = addPyprojectDependency(file, text, pep621, project, requirement);
    if (isLocateError(edit)) {
      declined.push(edit.error);
      continue;
    }
    return fixed(
      { path: file, before: text, after: edit.after },
      `${why}. The job installs the project in \`${path || '.'}\`${extra ? ` with the \`${extra}\` extra` : ''}, so \`${requirement}\` is added to ${edit.where} of \`${file}\`.`,
    );
  }

  // 3. The job's own `pip install a b` line.
  const direct = [...installs].reverse().find((i) => i.packages.length > 0);
  if (target && direct) {
    const edit = appendToInstall(target, direct, requirement);
    if (!isLocateError(edit)) {
      return fixed(
        edit,
        `${why}. The job installs its packages with \`pip install\` in step ${direct.stepIndex + 1}; \`${requirement}\` is added to that command.`,
      );
    }
    declined.push(edit.error);
  }

  // 4. The repository's root manifests, which tools such as tox, nox or make install from.
  const poetryFile = ctx.files.get('pyproject.toml');
  const poetryTable = poetryFile !== undefined ? scanToml(poetryFile).tables.map((t) => t.name) : [];
  if (
    poetryFile !== undefined &&
    (manager === 'poetry' || (poetryTable.includes('tool.poetry.dependencies') && !poetryTable.includes('project')))
  ) {
    const hint = lockHint(ctx, '', project, testOnly);
    if (hint)
      return noFix(
        ID,
        'pyproject.toml is locked by poetry.lock; the lock file must be updated with the dependency',
        hint,
      );
    const groupTable = [
      'tool.poetry.group.dev.dependencies',
      'tool.poetry.group.test.dependencies',
      'tool.poetry.dev-dependencies',
    ].find((t) => poetryTable.includes(t));
    const table = testOnly && groupTable ? groupTable : 'tool.poetry.dependencies';
    const edit = addPyprojectDependency('pyproject.toml', poetryFile, { kind: 'poetry', table }, project, requirement);
    if (isLocateError(edit)) return noFix(ID, edit.error);
    return fixed(
      { path: 'pyproject.toml', before: poetryFile, after: edit.after },
      `${why}. \`${project}\` is added to ${edit.where} of \`pyproject.toml\`.`,
    );
  }
  const rootRequirements = pickRequirementsFile(
    [
      'requirements.txt',
      'requirements-dev.txt',
      'requirements-test.txt',
      'requirements/base.txt',
      'requirements/test.txt',
    ].filter((f) => ctx.files.has(f)),
    testOnly,
  );
  if (rootRequirements) {
    const text = ctx.files.get(rootRequirements) as string;
    const edit = addRequirement(rootRequirements, text, project, requirement);
    if (isLocateError(edit)) return noFix(ID, edit.error);
    return fixed(
      { path: rootRequirements, before: text, after: edit.after },
      `${why}. \`${requirement}\` is added to \`${rootRequirements}\`, the project's requirements file (the workflow does not install it directly; check that the job's install step reads it).`,
    );
  }
  if (poetryFile !== undefined && poetryTable.includes('project') && !lockHint(ctx, '', project, testOnly)) {
    const edit = addPyprojectDependency('pyproject.toml', poetryFile, { kind: 'pep621' }, project, requirement);
    if (!isLocateError(edit)) {
      return fixed(
        { path: 'pyproject.toml', before: poetryFile, after: edit.after },
        `${why}. \`${requirement}\` is added to ${edit.where} of \`pyproject.toml\`.`,
      );
    }
    declined.push(edit.error);
  }
  return noFix(
    ID,
    `no manifest or install command of the failing job could take \`${project}\`${declined.length ? ` (${declined.join('; ')})` : ''}`,
    `pip install ${project}`,
  );
}
