import { analyzeLines } from './analyze-log.js';
import { fingerprint, normalizeForFingerprint } from './fingerprint.js';

/** The same failure as two runs on different days, commits, runners and temp dirs would print it. */
function run(day: string, sha: string, tmp: string, ms: number, runId: number): string[] {
  return [
    `${day}T09:15:02.1234567Z ##[group]Run pytest`,
    `${day}T09:15:02.2234567Z ##[endgroup]`,
    `${day}T09:15:07.0000001Z Run ${runId} at commit ${sha}`,
    `${day}T09:15:08.0000001Z ______________________________ test_export ______________________________`,
    `${day}T09:15:08.1000001Z     def test_export(tmp_path):`,
    `${day}T09:15:08.2000001Z >       export(tmp_path / "out.csv")`,
    `${day}T09:15:08.3000001Z E       FileNotFoundError: [Errno 2] No such file or directory: '${tmp}/out.csv'`,
    `${day}T09:15:08.4000001Z `,
    `${day}T09:15:08.5000001Z tests/test_export.py:${40 + (runId % 3)}: FileNotFoundError`,
    `${day}T09:15:09.0000001Z ========================= 1 failed, 12 passed in ${ms / 1000}s =========================`,
    `${day}T09:15:09.1000001Z ##[error]Process completed with exit code 1.`,
  ];
}

describe('fingerprint', () => {
  it('is the same for the same failure across runs, commits, days and temp paths', () => {
    const a = analyzeLines(
      run(
        '2024-05-01',
        '0123456789abcdef0123456789abcdef01234567',
        '/tmp/pytest-of-runner/pytest-0/test_export0',
        1234,
        9876543210,
      ),
    );
    const b = analyzeLines(
      run(
        '2024-06-13',
        'fedcba9876543210fedcba9876543210fedcba98',
        '/tmp/pytest-of-runner/pytest-7/test_export0',
        987,
        9876543999,
      ),
    );
    expect(a.category).toBe('test-failure');
    expect(a.fingerprint).toBe(b.fingerprint);
  });

  it('differs between different failures', () => {
    const base = analyzeLines(run('2024-05-01', 'abcdef1', '/tmp/x', 1, 1));
    const otherTest = analyzeLines(
      run('2024-05-01', 'abcdef1', '/tmp/x', 1, 1).map((l) => l.replaceAll('test_export', 'test_import')),
    );
    const otherError = analyzeLines(["Error: Cannot find module 'express'"]);
    expect(otherTest.fingerprint).not.toBe(base.fingerprint);
    expect(otherError.fingerprint).not.toBe(base.fingerprint);
    expect(fingerprint('a', { module: 'x' }, [])).not.toBe(fingerprint('a', { module: 'y' }, []));
    expect(fingerprint('a', {}, ['boom'])).not.toBe(fingerprint('b', {}, ['boom']));
  });

  it('ignores line and column numbers in facts but not the file', () => {
    expect(fingerprint('r', { file: 'a.ts', line: 3 }, [])).toBe(fingerprint('r', { file: 'a.ts', line: 9 }, []));
    expect(fingerprint('r', { file: 'a.ts' }, [])).not.toBe(fingerprint('r', { file: 'b.ts' }, []));
  });

  it('normalises what varies between runs', () => {
    expect(
      normalizeForFingerprint(
        'at 2024-05-01T12:00:00Z pid 4242 took 12.5s in /home/runner/work/shop/shop/src sha 0123abcd4567 addr 0x7ffd12',
      ),
    ).toBe('at <time> pid <n> took <dur> in <ws>/src sha <hash> addr <addr>');
  });
});
