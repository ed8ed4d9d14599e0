import { readFailureRecord } from '../../../packages/shared/src/failure-record.js';
import type { GitHubClient } from '../../../packages/shared/src/github/client.js';
import type { FailureRecord } from '../../../packages/shared/src/types.js';

export interface IssueData {
  number: number;
  html_url: string;
  state: string;
  state_reason?: string | null;
  body?: string | null;
  pull_request?: unknown;
  labels: (string | { name?: string; color?: string | null; description?: string | null })[];
}

export interface TrackedIssue {
  issue: IssueData;
  record: FailureRecord;
}

/**
 * Lists one page (100) of the monitor's issues, newest first by `sort`, with the failure each
 * tracks. By `updated`, a failure that keeps recurring stays on the first page however old its
 * issue is (every recurrence updates it); by `created`, issues filed in a race are on it.
 */
export async function listTrackedIssues(
  gh: GitHubClient,
  repo: { owner: string; repo: string },
  label: string,
  state: 'open' | 'all',
  sort: 'created' | 'updated',
): Promise<TrackedIssue[]> {
  const { data } = await gh.rest.issues.listForRepo({
    ...repo,
    labels: label,
    state,
    sort,
    direction: 'desc',
    per_page: 100,
  });
  const tracked: TrackedIssue[] = [];
  for (const issue of data as IssueData[]) {
    if (issue.pull_request) continue;
    const record = readFailureRecord(issue.body ?? '');
    if (record) tracked.push({ issue, record });
  }
  return tracked;
}

/**
 * The issue that tracks a fingerprint: the oldest open one; else the most recently closed one
 * (a recurrence of a fixed failure reopens it rather than filing a stranger).
 */
export function trackingIssue(tracked: TrackedIssue[], fingerprint: string): TrackedIssue | undefined {
  const same = tracked.filter((t) => t.record.fingerprint === fingerprint && t.issue.state_reason !== 'duplicate');
  const open = same.filter((t) => t.issue.state === 'open').sort((a, b) => a.issue.number - b.issue.number);
  if (open[0]) return open[0];
  return same.sort((a, b) => b.issue.number - a.issue.number)[0];
}
