import { CATEGORIES } from '../../../../packages/shared/src/types.js';
import { HEALABLE } from '../../../failure-monitor/src/hints.js';
import { context, diagnosis, fixture, lineChanges } from './fixtures/support.js';
import { FIXERS, filesToRead, fixersFor, proposeFix } from './registry.js';
import type { FixContext, Fixer } from './types.js';

const WF = '.github/workflows/ci.yml';
const repository: Record<string, string> = {
  [WF]: fixture('ci-python.yml.txt'),
  'requirements.txt': fixture('requirements.txt'),
  'requirements-dev.txt': fixture('requirements-dev.txt'),
  'pyproject.toml': fixture('pyproject.toml'),
  'src/pipeline/config.py': 'import yaml\n',
};

/** The action's flow: choose fixers, read what they need from the repository, propose. */
async function heal(input: Omit<Parameters<typeof context>[0], 'files'> & { repo?: Record<string, string> }) {
  const repo = input.repo ?? repository;
  const plan = context({ ...input, files: {}, tree: Object.keys(repo) });
  const files = new Map(filesToRead(plan).flatMap((p) => (repo[p] === undefined ? [] : [[p, repo[p]] as const])));
  return proposeFix({ ...plan, files });
}

describe('fixer registry', () => {
  it('lists each fixer once, with its file name as id', () => {
    expect(FIXERS.map((f) => f.id)).toEqual([
      'workflow-syntax',
      'missing-dependency',
      'missing-command',
      'file-not-found',
      'timeout',
      'network-retry',
      'optional-job',
    ]);
  });

  // failure-monitor labels `auto-heal` only for these categories (auto-heal-label: auto): each must have a
  // fixer of its own besides the optional-job fallback, or the label would promise what no rule can try.
  it.each([...CATEGORIES])("has a specific fixer exactly for failure-monitor's healable categories: %s", (category) => {
    const typical = diagnosis({
      category,
      ruleId: category === 'dependency' ? 'python-module-not-found' : `${category}-rule`,
      facts: { module: 'requests', manager: 'pip', command: 'jq', path: 'data/train.csv', minutes: 30 },
    });
    const specific = fixersFor(typical).filter((f) => f.id !== 'optional-job');
    expect(specific.length > 0).toBe(HEALABLE.has(category));
  });

  it('chooses fixers by category and rule, optional-job last', () => {
    const ids = (d: Parameters<typeof fixersFor>[0]) => fixersFor(d).map((f) => f.id);
    expect(ids(diagnosis({ category: 'timeout' }))).toEqual(['timeout', 'optional-job']);
    expect(ids(diagnosis({ category: 'workflow-config' }))).toEqual(['workflow-syntax']);
    expect(ids(diagnosis({ category: 'rate-limit' }))).toEqual(['network-retry', 'optional-job']);
    expect(
      ids(
        diagnosis({
          category: 'dependency',
          ruleId: 'python-module-not-found',
          facts: { module: 'yaml', manager: 'pip' },
        }),
      ),
    ).toEqual(['missing-dependency', 'optional-job']);
    expect(ids(diagnosis({ category: 'test-failure' }))).toEqual(['optional-job']);
  });

  it('reads only what the chosen fixers need and proposes a validated fix', async () => {
    const proposal = await heal({
      diagnosis: diagnosis({
        category: 'dependency',
        ruleId: 'python-module-not-found',
        facts: { module: 'yaml', manager: 'pip' },
        lines: [{ n: 40, text: '  File "src/pipeline/config.py", line 1, in <module>' }],
      }),
      job: { name: 'test (ubuntu-latest, 3.11, false)' },
      step: { name: 'Run tests', number: 6 },
    });
    expect(proposal.declined).toEqual([]);
    expect(proposal.fix?.fixer).toBe('missing-dependency');
    expect(proposal.fix?.edits.map((e) => e.path)).toEqual(['requirements.txt']);
    expect(lineChanges(repository['requirements.txt'] ?? '', proposal.fix?.edits[0]?.after ?? '').added).toEqual([
      'PyYAML',
    ]);
  });

  it('drops an edit the workflow parser rejects and says why', async () => {
    // A job that calls a reusable workflow cannot have timeout-minutes; the timeout fixer does not know that.
    const caller = [
      'on: push',
      'jobs:',
      '  integration:',
      '    uses: ./.github/workflows/integration.yml # runs the slow suite',
      '    with:',
      '      shard: 1',
      '',
    ].join('\n');
    const proposal = await heal({
      diagnosis: diagnosis({ category: 'timeout', facts: { minutes: 30 } }),
      job: { name: 'integration' },
      repo: { [WF]: caller },
    });
    expect(proposal.fix).toBeUndefined();
    expect(proposal.declined).toEqual([
      {
        fixer: 'timeout',
        reason: expect.stringMatching(
          /^the edited file does not validate: .*ci\.yml \(Line: \d+, Col: \d+\): Unexpected value 'timeout-minutes'/,
        ),
      },
      { fixer: 'optional-job', reason: expect.stringContaining('is not marked optional') },
    ]);
  });

  it('falls back to optional-job when the specific fixer declines', async () => {
    const proposal = await heal({
      diagnosis: diagnosis({ category: 'missing-command', facts: { command: 'frobnicate' } }),
      job: { name: 'nightly-arm64' },
      step: { name: 'Run npm test -- --runInBand', number: 4 },
      options: { optionalJobPatterns: ['arm64'] },
      repo: { [WF]: fixture('ci-node.yml.txt') },
    });
    expect(proposal.declined).toEqual([
      { fixer: 'missing-command', reason: 'no known package provides `frobnicate`', hint: expect.any(String) },
    ]);
    expect(proposal.fix?.fixer).toBe('optional-job');
  });

  it('refuses fixes that escape the repository, edit unread files or throw', async () => {
    const ctx: FixContext = context({
      diagnosis: diagnosis({ category: 'unknown' }),
      job: { name: 'x' },
      files: { 'a.txt': 'a\n' },
    });
    const fixer = (id: string, fix: Fixer['fix']): Fixer => ({ id, appliesTo: () => true, needs: () => [], fix });
    const edit = (path: string, before: string | null) => ({
      fixer: 'x',
      explanation: '',
      edits: [{ path, before, after: 'x\n' }],
    });
    const proposal = await proposeFix(ctx, [
      fixer('escape', () => edit('../outside.txt', null)),
      fixer('unread', () => edit('b.txt', 'b\n')),
      fixer('throws', () => {
        throw new Error('boom');
      }),
      fixer('bad-json', () => ({
        fixer: 'bad-json',
        explanation: '',
        edits: [{ path: 'a.json', before: null, after: '{"a": }' }],
      })),
    ]);
    expect(proposal.fix).toBeUndefined();
    expect(proposal.declined.map((d) => d.reason)).toEqual([
      'the edit of "../outside.txt" is refused: the path "../outside.txt" leaves the repository (..)',
      'the edit of b.txt does not start from the file that was read',
      'the fixer failed: boom',
      expect.stringMatching(/^the edited file does not validate: a\.json \(line 1, column \d+\): invalid JSON/),
    ]);
  });
});
