import { readFailureRecord, readVerificationRecord } from '../../../packages/shared/src/failure-record.js';
import type { GitHubClient } from '../../../packages/shared/src/github/client.js';
import type { FailureRecord, RunRef } from '../../../packages/shared/src/types.js';
import { verificationComment } from './issue-body.js';
import type { JobDiagnosis } from './monitor.js';

export const VERIFIED_LABEL = 'fix-verified';

/**
 * Conclusions of a fix-branch run that say the fix does not work. Others than these and
 * `success` (cancelled, skipped, neutral, stale, action_required) are no verdict on it.
 */
export const FIX_FAILED_CONCLUSIONS: ReadonlySet<string> = new Set(['failure', 'timed_out', 'startup_failure']);

/** The failure an issue tracks (its hidden record), or why there is none to verify. */
export async function trackedFailure(
  gh: GitHubClient,
  ref: RunRef,
  issueNumber: number,
): Promise<{ record: FailureRecord } | { reason: string }> {
  try {
    const { data: issue } = await gh.rest.issues.get({ owner: ref.owner, repo: ref.repo, issue_number: issueNumber });
    const record = issue.pull_request ? null : readFailureRecord(issue.body);
    return record ? { record } : { reason: `issue #${issueNumber} does not track a workflow failure` };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404 || status === 410) return { reason: `issue #${issueNumber} does not exist` };
    throw error;
  }
}

/** Whether a run is of the workflow a failure record names (by path; by name when a path is missing). */
export function sameWorkflow(run: RunRef, tracked: RunRef): boolean {
  if (run.workflowPath && tracked.workflowPath) return run.workflowPath === tracked.workflowPath;
  return run.workflowName === tracked.workflowName;
}

/**
 * The issue and the fix branch's open pull requests that have no verification comment for this
 * run attempt yet: a re-delivered event or a re-run monitor job reports nothing twice.
 */
export async function unreportedTargets(gh: GitHubClient, ref: RunRef, issueNumber: number): Promise<number[]> {
  const repo = { owner: ref.owner, repo: ref.repo };
  const { data: pulls } = await gh.rest.pulls.list({ ...repo, head: `${ref.owner}:${ref.headBranch}`, state: 'open' });
  const targets: number[] = [];
  for (const number of [issueNumber, ...pulls.map((p) => p.number)]) {
    const comments = await gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: number, per_page: 100 });
    const reported = comments.some((c) => {
      const v = readVerificationRecord(c.body);
      return v !== null && v.runId === ref.runId && (v.attempt === undefined || v.attempt === ref.attempt);
    });
    if (!reported) targets.push(number);
  }
  return targets;
}

/**
 * A run of the tracked workflow on auto-heal's fix branch finished: say on the pull request and
 * its issue whether the fix works. Passing adds `fix-verified`; failing removes it and shows the
 * new failure.
 */
export async function reportFixRun(
  gh: GitHubClient,
  ref: RunRef,
  targets: number[],
  conclusion: string,
  failures: JobDiagnosis[],
): Promise<void> {
  const repo = { owner: ref.owner, repo: ref.repo };
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
