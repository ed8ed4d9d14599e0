/**
 * A missing dependency: declare it where the failing job installs from (Python and Node), or say what to run
 * for ecosystems whose manifests only their own tools should change (go.mod, Cargo.toml, pom.xml, …).
 */
import type { Diagnosis } from '../../../../packages/shared/src/types.js';
import { fixNodeDependency, packageJsonCandidates } from './node-dependency.js';
import { fixPythonDependency, pythonManifestCandidates } from './python-dependency.js';
import type { FixContext, Fixer, FixOutcome, FixPlanContext } from './types.js';
import { noFix } from './types.js';
import { workflowPathOf } from './workflow-target.js';

const ID = 'missing-dependency';
const PYTHON = new Set(['pip', 'poetry', 'conda']);
/**
 * Catalog rules whose facts name a module that is absent. Rules about a version that cannot be resolved,
 * a conflict or a stale lock file also carry a module, but adding it again would not help.
 */
const MISSING_MODULE_RULES: ReadonlySet<string> = new Set([
  'python-module-not-found',
  'node-module-not-found',
  'go-module-missing',
  'cargo-dependency',
  'bundler-dependency',
  'composer-dependency',
]);
const NODE = new Set(['npm', 'yarn', 'pnpm']);

/** Commands that add a dependency with the ecosystem's own tool, which also updates its lock or checksums. */
const HINTS: Readonly<Record<string, { valid: RegExp; hint: (m: string) => string; manifest: string }>> = {
  go: { valid: /^[A-Za-z0-9][A-Za-z0-9._~/-]*$/, hint: (m) => `go get ${m} && go mod tidy`, manifest: 'go.mod' },
  cargo: { valid: /^[A-Za-z0-9][A-Za-z0-9_-]*$/, hint: (m) => `cargo add ${m}`, manifest: 'Cargo.toml' },
  gem: { valid: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, hint: (m) => `bundle add ${m}`, manifest: 'Gemfile' },
  composer: {
    valid: /^[a-z0-9]([_.-]?[a-z0-9]+)*\/[a-z0-9](([_.]|-{1,2})?[a-z0-9]+)*$/,
    hint: (m) => `composer require ${m}`,
    manifest: 'composer.json',
  },
  maven: {
    valid: /^[A-Za-z0-9._-]+(:[A-Za-z0-9._-]+){1,3}$/,
    hint: (m) => `add ${m} to the <dependencies> of pom.xml`,
    manifest: 'pom.xml',
  },
  gradle: {
    valid: /^[A-Za-z0-9._-]+(:[A-Za-z0-9._-]+){1,3}$/,
    hint: (m) => `add implementation("${m}") to build.gradle(.kts)`,
    manifest: 'build.gradle',
  },
};

export const missingDependencyFixer: Fixer = {
  id: ID,
  appliesTo: (d: Diagnosis) =>
    d.category === 'dependency' &&
    typeof d.facts.module === 'string' &&
    typeof d.facts.manager === 'string' &&
    (MISSING_MODULE_RULES.has(d.ruleId) || /(^|-)(module-not-found|missing-module)$/.test(d.ruleId)),
  needs(ctx: FixPlanContext): string[] {
    const manager = String(ctx.diagnosis.facts.manager);
    const manifests = PYTHON.has(manager)
      ? pythonManifestCandidates(ctx.tree)
      : NODE.has(manager)
        ? packageJsonCandidates(ctx.tree)
        : [];
    return [...workflowPathOf(ctx), ...manifests];
  },
  fix(ctx: FixContext): FixOutcome {
    const module = ctx.diagnosis.facts.module;
    const manager = ctx.diagnosis.facts.manager;
    if (typeof module !== 'string' || typeof manager !== 'string')
      return noFix(ID, 'the diagnosis names no module and manager');
    if (manager === 'conda') {
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/.test(module)) {
        return noFix(ID, `the missing module ${JSON.stringify(module)} is not a valid conda package name`);
      }
      return noFix(
        ID,
        'conda environments are not edited automatically',
        `add ${module} to the dependencies of environment.yml`,
      );
    }
    const name = ctx.diagnosis.facts.name;
    if (typeof name === 'string') {
      return noFix(
        ID,
        `\`${module}\` is installed but has no \`${name}\`; its version does not match the code`,
        'Pin the version the code was written against.',
      );
    }
    if (PYTHON.has(manager)) return fixPythonDependency(ctx, module, manager);
    if (NODE.has(manager)) return fixNodeDependency(ctx, module);
    const known = HINTS[manager];
    if (!known) return noFix(ID, `the package manager ${JSON.stringify(manager)} is not supported`);
    if (!known.valid.test(module) || module.length > 200) {
      return noFix(ID, `the missing module ${JSON.stringify(module)} is not a valid ${manager} name`);
    }
    return noFix(
      ID,
      `${known.manifest} is changed with ${manager}'s own tooling, which also updates its lock data`,
      known.hint(module),
    );
  },
};
