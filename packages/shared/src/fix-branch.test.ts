import { fixBranchFor, issueOfFixBranch } from './fix-branch.js';

test('fix branches round-trip and nothing else is one', () => {
  expect(issueOfFixBranch(fixBranchFor(42))).toBe(42);
  for (const branch of ['main', 'self-heal/issue-', 'self-heal/issue-0', 'self-heal/issue-4x', 'x/self-heal/issue-4']) {
    expect(issueOfFixBranch(branch)).toBeUndefined();
  }
});
