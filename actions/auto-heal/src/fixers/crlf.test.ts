import { context, diagnosis, fixture } from './fixtures/support.js';
import { missingCommandFixer } from './missing-command.js';
import { networkRetryFixer } from './network-retry.js';
import { timeoutFixer } from './timeout.js';
import { isFix } from './types.js';

// The same workflow with Windows line endings: edits must keep them, and keep every other line as it was.
const crlf = fixture('ci-python.yml.txt').replace(/\n/g, '\r\n');
const WF = '.github/workflows/ci.yml';

function changedLines(before: string, after: string): string[] {
  const a = before.split('\r\n');
  const b = after.split('\r\n');
  return b.filter((line) => !a.includes(line));
}

describe('edits of a CRLF workflow', () => {
  it.each([
    [
      'timeout',
      timeoutFixer,
      diagnosis({ category: 'timeout', facts: { minutes: 30 } }),
      { name: 'Run tests', number: 6 },
    ],
    [
      'missing-command',
      missingCommandFixer,
      diagnosis({ category: 'missing-command', facts: { command: 'jq' } }),
      { name: 'Run tests', number: 6 },
    ],
    [
      'network-retry',
      networkRetryFixer,
      diagnosis({ category: 'network' }),
      { name: 'Install dependencies', number: 4 },
    ],
  ] as const)('%s keeps CRLF line endings', (_, fixer, d, step) => {
    const out = fixer.fix(
      context({ diagnosis: d, job: { name: 'test (ubuntu-latest, 3.11, false)' }, step, files: { [WF]: crlf } }),
    );
    if (!isFix(out)) throw new Error(out.reason);
    const after = out.edits[0]?.after ?? '';
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(changedLines(crlf, after).length).toBeGreaterThan(0);
    // Every original line is still there, in order.
    const kept = after.split('\r\n');
    let at = 0;
    for (const line of crlf.split('\r\n')) {
      if (line.includes('timeout-minutes')) continue; // the one line the timeout fix rewrites
      at = kept.indexOf(line, at);
      expect(at).toBeGreaterThanOrEqual(0);
    }
  });
});
