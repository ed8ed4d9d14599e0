/**
 * Whether a missing dependency is needed by tests only, from what the log and the failing step show.
 */
import type { FixContext } from './types.js';
import { stringAt } from './workflow-locate.js';
import type { WorkflowTarget } from './workflow-target.js';

const TEST_STEP = /\b(pytest|py\.test|tox|nox|unittest|test|tests|jest|vitest|mocha|karma|ava)\b/i;
const TEST_PATH =
  /(^|\/)(tests?|__tests__|spec)\/|(^|\/)(test_[^/]+|[^/]+_test|conftest)\.py$|\.(test|spec)\.[cm]?[jt]sx?$/;

/**
 * Whether the missing module is needed by tests only: the file that imports it is a test file — the last
 * source path in the log lines for a Python traceback (innermost frame), the first for Node (`from 'x.test.ts'`,
 * the head of a `Require stack`); when the log names no file, whether the failing step runs tests.
 */
export function neededByTestsOnly(
  ctx: FixContext,
  target: WorkflowTarget | undefined,
  sourcePath: RegExp,
  importerIs: 'first' | 'last',
): boolean {
  const paths = ctx.diagnosis.lines.flatMap((l) => [...l.text.matchAll(sourcePath)].map((m) => m[1] ?? m[0]));
  const importer = importerIs === 'first' ? paths[0] : paths[paths.length - 1];
  if (importer !== undefined) return TEST_PATH.test(importer);
  const stepText = target?.step
    ? `${ctx.step?.name ?? ''} ${stringAt(target.step.map, 'run') ?? ''}`
    : (ctx.step?.name ?? '');
  return TEST_STEP.test(stepText);
}
