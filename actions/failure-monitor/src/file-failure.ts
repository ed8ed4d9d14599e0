import type { GitHubClient } from '../../../packages/shared/src/github/client.js';
import { redactDeep } from '../../../packages/shared/src/redact.js';
import type { FailureRecord, RunRef } from '../../../packages/shared/src/types.js';
import { HEALABLE } from './hints.js';
import type { MonitorInputs } from './inputs.js';
import { issueTitle, recurrenceComment, renderIssueBody, withRecord } from './issue-body.js';
import type { JobDiagnosis } from './monitor.js';
import { type IssueData, listTrackedIssues, type TrackedIssue, trackingIssue } from './tracking-issue.js';

export interface FilingResult {
  action: 'created' | 'commented' | 'skipped';
  number: number;
  url: string;
  /** A closed issue of the same failure was reopened. */
  reopened?: boolean;
  /** Why nothing was done (action `skipped`). */
  reason?: string;
}

/** A run a failure was seen in, after the one its issue was filed for. */
interface Sighting {
  runId: number;
  attempt: number;
  htmlUrl: string;
  headBranch: string;
}

/**
 * What the monitor keeps in an issue's record beyond the shared fields: the latest run the failure
 * was seen in, and the run attempts already counted (newest last, bounded), so the same attempt
 * examined twice (a re-run monitor job, a re-delivered event) is counted once. `run` and `job`
 * stay those the issue was filed for: auto-heal bases its fix on that branch.
 */
type MonitorRecord = FailureRecord & { lastRun?: Sighting; seen?: [number, number][] };

const MAX_SEEN = 20;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** The run attempts a record lists as counted; the record is read from an editable body, so checked. */
function seenList(record: FailureRecord): [number, number][] {
  const { seen } = record as MonitorRecord;
  if (!Array.isArray(seen)) return [];
  return seen.filter((p): p is [number, number] => Array.isArray(p) && isCount(p[0]) && isCount(p[1]));
}

/** Whether the issue's record already counts this run attempt. */
function alreadyCounted(record: FailureRecord, ref: RunRef): boolean {
  const { lastRun } = record as MonitorRecord;
  const counted: [unknown, unknown][] = [
    [record.run.runId, record.run.attempt],
    ...seenList(record),
    ...(lastRun ? [[lastRun.runId, lastRun.attempt] as [unknown, unknown]] : []),
  ];
  return counted.some(([runId, attempt]) => runId === ref.runId && attempt === ref.attempt);
}

/** Colours and descriptions for the labels the monitor uses (GitHub creates missing labels grey). */
export function labelStyle(name: string, inputs: MonitorInputs): { color: string; description: string } | undefined {
  if (name === inputs.healLabel) return { color: '0e8a16', description: 'self-heal: auto-heal may try a fix' };
  if (inputs.labels.includes(name)) return { color: 'd73a4a', description: 'self-heal: a workflow run failed' };
  if (name.startsWith('category:')) return { color: 'fbca04', description: `self-heal: failure kind ${name.slice(9)}` };
  return undefined;
}

export function issueLabels(group: JobDiagnosis[], inputs: MonitorInputs): string[] {
  const { category } = (group[0] as JobDiagnosis).diagnosis;
  const heal = inputs.autoHealLabel === 'always' || (inputs.autoHealLabel === 'auto' && HEALABLE.has(category));
  return [...inputs.labels, ...(heal ? [inputs.healLabel] : []), `category:${category}`];
}

/**
 * Files a failure: comments on the issue that already tracks its fingerprint (reopening it when
 * it was closed as fixed), or creates one. Creating is followed by a re-check, because monitors
 * for several runs may race: the oldest open issue wins and younger ones close as duplicates.
 */
export async function fileFailure(
  gh: GitHubClient,
  ref: RunRef,
  group: JobDiagnosis[],
  inputs: MonitorInputs,
  now: Date,
): Promise<FilingResult> {
  const repo = { owner: ref.owner, repo: ref.repo };
  const label = inputs.labels[0] as string;
  const first = group[0] as JobDiagnosis;
  const fingerprint = first.diagnosis.fingerprint;

  const existing = trackingIssue(await listTrackedIssues(gh, repo, label, 'all', 'updated'), fingerprint);
  if (existing && alreadyCounted(existing.record, ref)) return alreadyFiled(ref, existing);
  if (existing) return recordRecurrence(gh, ref, existing, group, now);

  const record: FailureRecord = redactDeep({
    fingerprint,
    diagnosis: first.diagnosis,
    run: ref,
    job: first.job,
    occurrences: 1,
    firstSeen: now.toISOString(),
    lastSeen: now.toISOString(),
  });
  const { data: created } = await gh.rest.issues.create({
    ...repo,
    title: issueTitle(ref, first.diagnosis),
    body: renderIssueBody(record, group),
    labels: issueLabels(group, inputs),
  });
  await styleNewLabels(gh, repo, created as IssueData, inputs);

  const winner = trackingIssue(await listTrackedIssues(gh, repo, label, 'open', 'created'), fingerprint);
  if (winner && winner.issue.number !== created.number) {
    await gh.rest.issues.createComment({
      ...repo,
      issue_number: created.number,
      body: `Duplicate of #${winner.issue.number}.`,
    });
    await gh.rest.issues.update({ ...repo, issue_number: created.number, state: 'closed', state_reason: 'duplicate' });
    if (alreadyCounted(winner.record, ref)) return alreadyFiled(ref, winner);
    return recordRecurrence(gh, ref, winner, group, now);
  }
  return { action: 'created', number: created.number, url: created.html_url };
}

function alreadyFiled(ref: RunRef, tracked: TrackedIssue): FilingResult {
  return {
    action: 'skipped',
    number: tracked.issue.number,
    url: tracked.issue.html_url,
    reason: `issue #${tracked.issue.number} already counts run ${ref.runId} (attempt ${ref.attempt})`,
  };
}

async function recordRecurrence(
  gh: GitHubClient,
  ref: RunRef,
  tracked: TrackedIssue,
  group: JobDiagnosis[],
  now: Date,
): Promise<FilingResult> {
  const repo = { owner: ref.owner, repo: ref.repo };
  const { issue } = tracked;
  // Occurrence data moves on; the run, job and branch the issue was filed for stay.
  const lastRun: Sighting = {
    runId: ref.runId,
    attempt: ref.attempt,
    htmlUrl: ref.htmlUrl,
    headBranch: ref.headBranch,
  };
  const seen: [number, number][] = [...seenList(tracked.record), [ref.runId, ref.attempt]];
  const record: MonitorRecord = redactDeep({
    ...tracked.record,
    occurrences: tracked.record.occurrences + 1,
    lastSeen: now.toISOString(),
    lastRun,
    seen: seen.slice(-MAX_SEEN),
  });
  // A failure that comes back after its issue was closed as fixed reopens it; one a maintainer
  // closed as not planned stays closed and only gets the comment.
  const reopen = issue.state === 'closed' && issue.state_reason !== 'not_planned';
  await gh.rest.issues.createComment({
    ...repo,
    issue_number: issue.number,
    body: recurrenceComment(record, ref, group, reopen),
  });
  await gh.rest.issues.update({
    ...repo,
    issue_number: issue.number,
    body: withRecord(issue.body ?? '', record),
    ...(reopen ? { state: 'open' as const, state_reason: 'reopened' as const } : {}),
  });
  return { action: 'commented', number: issue.number, url: issue.html_url, ...(reopen ? { reopened: true } : {}) };
}

/** The colour GitHub gives a label it creates on the fly (an issue named it and it did not exist). */
const NEW_LABEL_COLOR = 'ededed';

/**
 * GitHub creates unknown labels on the fly, grey and without description: give ours their look.
 * Labels that existed before (a maintainer's, whatever their colour) are left as they are.
 */
async function styleNewLabels(
  gh: GitHubClient,
  repo: { owner: string; repo: string },
  issue: IssueData,
  inputs: MonitorInputs,
): Promise<void> {
  for (const label of issue.labels) {
    if (typeof label === 'string' || !label.name || label.description) continue;
    if (label.color?.toLowerCase() !== NEW_LABEL_COLOR) continue;
    const style = labelStyle(label.name, inputs);
    if (style) await gh.rest.issues.updateLabel({ ...repo, name: label.name, ...style });
  }
}
