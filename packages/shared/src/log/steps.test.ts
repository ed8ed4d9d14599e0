import { cleanLine } from './clean-line.js';
import type { Section } from './steps.js';
import { StepTracker, selectSections, stepMarker } from './steps.js';

function sections(lines: string[]): Section[] {
  const t = new StepTracker();
  lines.forEach((l, i) => {
    const m = stepMarker(cleanLine(l));
    if (m) t.mark(i + 1, m);
  });
  return t.finish(lines.length);
}

describe('stepMarker', () => {
  it.each([
    ['##[group]Run npm test', { kind: 'start', title: 'Run npm test' }],
    ['##[group]Getting Git version info', undefined],
    ['##[error]Process completed with exit code 2.', { kind: 'end', failed: true, exitCode: 2 }],
    ['##[error]Something else', { kind: 'error' }],
    ['Post job cleanup.', { kind: 'start', title: 'Post job cleanup' }],
    ['travis_time:start:0a1b2c', { kind: 'start' }],
    [
      '\u001b[0K\u001b[31;1mThe command "rake" exited with 1.\u001b[0m',
      { kind: 'end', failed: true, exitCode: 1, command: 'rake' },
    ],
    ['The command "npm ci" exited with 0.', { kind: 'end', failed: false, exitCode: 0, command: 'npm ci' }],
    [
      'The command "git clone x" failed and exited with 128 during .',
      { kind: 'end', failed: true, exitCode: 128, command: 'git clone x' },
    ],
    ['fi" exited with 1.', { kind: 'end', failed: true, exitCode: 1, command: 'fi' }],
    ["Build step 'Execute shell' marked build as failure", { kind: 'end', failed: true, command: 'Execute shell' }],
    ['ERROR: Job failed: exit code 1', { kind: 'end', failed: true, command: 'exit code 1' }],
    ['npm test', undefined],
  ])('%s', (line, expected) => {
    expect(stepMarker(cleanLine(line))).toEqual(expected);
  });
});

describe('StepTracker', () => {
  it('cuts a job log into steps and marks the failed one', () => {
    const s = sections([
      'Current runner version',
      '##[group]Run actions/checkout@v4',
      'checked out',
      '##[group]Run npm test',
      'boom',
      '##[error]Process completed with exit code 1.',
      'Post job cleanup.',
      'done',
    ]);
    expect(s.map((x) => [x.index, x.start, x.end, x.title, x.failed])).toEqual([
      [1, 1, 1, undefined, false],
      [2, 2, 3, 'Run actions/checkout@v4', false],
      [3, 4, 6, 'Run npm test', true],
      [4, 7, 8, 'Post job cleanup', false],
    ]);
    expect(s[2]?.failedAt).toBe(6);
  });

  it('cuts a Travis log at its exit markers', () => {
    const s = sections([
      'travis_time:start:1',
      '$ npm ci',
      'The command "npm ci" exited with 0.',
      'travis_time:start:2',
      '$ npm test',
      'boom',
      'The command "npm test" exited with 1.',
    ]);
    expect(s.map((x) => [x.start, x.end, x.command, x.failed, x.succeeded])).toEqual([
      [1, 3, 'npm ci', false, true],
      [4, 7, 'npm test', true, false],
    ]);
  });

  it('makes one section of a log without markers', () => {
    expect(sections(['a', 'b'])).toEqual([{ index: 1, start: 1, end: 2, failed: false, succeeded: false }]);
    expect(sections([])).toEqual([{ index: 1, start: 1, end: 0, failed: false, succeeded: false }]);
  });
});

describe('selectSections', () => {
  const s = sections(['setup', '##[group]Run npm ci', 'x', '##[group]Run npm test -- --ci', 'y', 'Post job cleanup.']);
  it('matches the jobs API step name with or without "Run", or by number', () => {
    expect(selectSections(s, 'Run npm ci').map((x) => x.index)).toEqual([2]);
    expect(selectSections(s, 'npm ci').map((x) => x.index)).toEqual([2]);
    expect(selectSections(s, 'Run npm test').map((x) => x.index)).toEqual([3]);
    expect(selectSections(s, undefined, 3).map((x) => x.index)).toEqual([3]);
  });
  it('selects nothing for a step it cannot find', () => {
    expect(selectSections(s, 'Deploy')).toEqual([]);
    expect(selectSections(s, undefined, 42)).toEqual([]);
  });
});
