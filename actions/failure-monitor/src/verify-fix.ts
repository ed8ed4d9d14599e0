import type { GitHubClient } from '../../../packages/shared/src/github/client.js';
import type { RunRef } from '../../../packages/shared/src/types.js';
import type { MonitorInputs } from './inputs.js';
import { verificationComment } from './issue-body.js';
import type { JobDiagnosis } from './monitor.js';

export const VERIFIED_LABEL = 'fix-verified';

/**
 * A run on auto-heal's fix branch finished: say on the pull request and its issue whether the
 * fix works. Passing adds `fix-verified`; failing removes it and shows the new failure.
 */
export async function reportFixRun(
  gh: GitHubClient,
  ref: RunRef,
  issueNumber: number,
  conclusion: string,
  failures: JobDiagnosis[],
  _inputs: MonitorInputs,
): Promise<void> {
  const repo = { owner: ref.owner, repo: ref.repo };
  const { data: pulls } = await gh.rest.pulls.list({ ...repo, head: `${ref.owner}:${ref.headBranch}`, state: 'open' });
  const targets = [issueNumber, ...pulls.map((p) => p.number)];
  const passed = conclusion === 'success';
  const body = verificationComment(ref, conclusion, failures);
  for (const number of targets) {
    await gh.rest.issues.createComment({ ...repo, issue_number: number, body });
    if (passed) {
      await gh.rest.issues.addLabels({ ...repo, issue_number: number, labels: [VERIFIED_LABEL] });
    } else {
      await gh.rest.issues.removeLabel({ ...repo, issue_number: number, name: VERIFIED_LABEL }).catch((error) => {
        if ((error as { status?: number }).status !== 404) throw error;
      });
    }
  }
}
