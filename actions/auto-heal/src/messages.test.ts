import { commitMessage, isHealCommit } from './messages.js';

describe('isHealCommit', () => {
  const fix = { fixer: 'missing-dependency', explanation: 'Add requests.', edits: [] };

  it('recognises the commits auto-heal makes for the issue, and only for it', () => {
    const message = commitMessage(7, fix);
    expect(isHealCommit(message, 7)).toBe(true);
    expect(isHealCommit(message, 8)).toBe(false);
  });

  it('recognises commits made before the trailer existed', () => {
    const legacy =
      'fix: Add requests\n\nAdd requests.\n\nProposed by self-healing-actions auto-heal (missing-dependency) for #7.';
    expect(isHealCommit(legacy, 7)).toBe(true);
    expect(isHealCommit(legacy, 17)).toBe(false);
  });

  it("does not take other people's commits for its own", () => {
    expect(isHealCommit('Pin requests', 7)).toBe(false);
    expect(isHealCommit('Merge main\n\nSelf-heal-issue: 7\n\nSigned-off-by: Bob <bob@example.com>', 7)).toBe(false);
  });
});
