/** auto-heal pushes the fix for issue N to `self-heal/issue-N`; failure-monitor recognises runs there. */
export const FIX_BRANCH_PREFIX = 'self-heal/issue-';

export function fixBranchFor(issueNumber: number): string {
  return `${FIX_BRANCH_PREFIX}${issueNumber}`;
}

/** The issue number of a fix branch, or undefined for any other branch. */
export function issueOfFixBranch(branch: string): number | undefined {
  if (!branch.startsWith(FIX_BRANCH_PREFIX)) return undefined;
  const rest = branch.slice(FIX_BRANCH_PREFIX.length);
  if (!/^[1-9]\d*$/.test(rest)) return undefined;
  return Number(rest);
}
