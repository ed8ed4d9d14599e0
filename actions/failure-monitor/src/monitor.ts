import type { ActionContext } from '../../../packages/shared/src/action/context.js';
import { UserError } from '../../../packages/shared/src/errors.js';
import { issueOfFixBranch } from '../../../packages/shared/src/fix-branch.js';
import type { GitHubClient } from '../../../packages/shared/src/github/client.js';
import { analyzeLines, analyzeLog } from '../../../packages/shared/src/log/analyze-log.js';
import { fingerprint } from '../../../packages/shared/src/log/fingerprint.js';
import { redactDeep } from '../../../packages/shared/src/redact.js';
import type { Diagnosis, FailedJob, RunRef } from '../../../packages/shared/src/types.js';
import { type FilingResult, fileFailure } from './file-failure.js';
import type { MonitorInputs } from './inputs.js';
import { fetchJobLog } from './job-log.js';
import { failedConclusions, failedJobsOf, listJobs } from './jobs.js';
import { runRefFrom, type WorkflowRunData } from './run-ref.js';
import { reportFixRun } from './verify-fix.js';

export type MonitorAction = 'created' | 'commented' | 'rerun' | 'skipped';

export interface JobDiagnosis {
  job: FailedJob;
  diagnosis: Diagnosis;
  /** Why the log could not be read, when it could not. */
  logNote?: string;
}

export interface MonitorResult {
  action: MonitorAction;
  reason?: string;
  run?: RunRef;
  failures: (JobDiagnosis & { filing?: FilingResult })[];
  /** Set for a run on a fix branch: the issue it verifies and whether it passed. */
  verification?: { issue: number; passed: boolean };
}

/** The run to examine: the event's, or the one named by `run-id`. */
async function resolveRun(gh: GitHubClient, ctx: ActionContext, inputs: MonitorInputs): Promise<WorkflowRunData> {
  if (inputs.runId) {
    const { data } = await gh.rest.actions.getWorkflowRun({ owner: ctx.owner, repo: ctx.repo, run_id: inputs.runId });
    return data as WorkflowRunData;
  }
  const run = ctx.payload.workflow_run as WorkflowRunData | undefined;
  if (ctx.eventName !== 'workflow_run' || !run) {
    throw new UserError(
      `failure-monitor reads a workflow_run event (on: workflow_run, types: [completed]); this was "${ctx.eventName}". To examine a past run, set the run-id input.`,
    );
  }
  return run;
}

/** Why a run is not for the monitor, or undefined when it is. */
export function skipReason(
  run: WorkflowRunData,
  ref: RunRef,
  ctx: ActionContext,
  inputs: MonitorInputs,
): string | undefined {
  // Loop guard: the monitor's own workflow failing must not file issues about itself.
  const ownPath = ctx.workflowRef.replace(/^[^/]+\/[^/]+\//, '').replace(/@.*$/, '');
  if (ownPath && ref.workflowPath === ownPath) return `run ${ref.runId} is of this workflow (${ownPath})`;
  if (inputs.workflows.length) {
    const file = ref.workflowPath.split('/').pop() ?? '';
    const watched = inputs.workflows.some((w) => w === ref.workflowName || w === file || w === ref.workflowPath);
    if (!watched) return `workflow "${ref.workflowName}" is not in the workflows input`;
  }
  if (run.status && run.status !== 'completed') return `run ${ref.runId} has not completed (status ${run.status})`;
  if (!run.conclusion || !failedConclusions(inputs.includeCancelled).has(run.conclusion)) {
    return `run ${ref.runId} concluded ${run.conclusion ?? 'without a conclusion'}`;
  }
  return undefined;
}

const NO_JOBS_DIAGNOSIS = (ref: RunRef): Diagnosis => ({
  category: 'workflow-config',
  ruleId: 'actions-run-without-jobs',
  summary: `the run failed before any job started: ${ref.workflowPath || 'the workflow file'} is probably invalid`,
  lines: [],
  facts: ref.workflowPath ? { file: ref.workflowPath } : {},
  ecosystem: 'actions',
  fingerprint: `no-jobs:${ref.workflowPath}`,
  transient: false,
  confidence: 0.6,
});

function unreadableLogDiagnosis(ref: RunRef, job: FailedJob, why: string): Diagnosis {
  const where = [ref.workflowPath, job.name, job.step?.name ?? ''];
  return {
    ...analyzeLines([]),
    ruleId: 'log-unavailable',
    summary: `job ${job.name}${job.step ? `, step ${job.step.name}` : ''} failed; ${why}`,
    facts: { job: job.name, ...(job.step ? { step: job.step.name } : {}) },
    fingerprint: fingerprint('log-unavailable', {}, where),
    confidence: 0.2,
  };
}

/** Diagnoses one failed job from its log, falling back to its check-run annotations. */
async function diagnoseJob(
  gh: GitHubClient,
  ref: RunRef,
  job: FailedJob & { checkRunId?: number },
  inputs: MonitorInputs,
): Promise<JobDiagnosis> {
  const log = await fetchJobLog(gh, ref, job.id, inputs.maxLogBytes);
  let diagnosis: Diagnosis | undefined;
  let logNote: string | undefined;
  if (log.kind === 'log') {
    // Step numbers count sections from the start of the log, so they mean nothing in a tail.
    const narrow = log.skippedBytes ? {} : { step: job.step?.name, stepNumber: job.step?.number };
    diagnosis = await analyzeLog(log.chunks, narrow);
    if (log.skippedBytes) logNote = `Only the last ${inputs.maxLogBytes} bytes of the log were read (max-log-mb).`;
  } else {
    logNote = log.reason;
  }
  if ((!diagnosis || diagnosis.category === 'unknown') && job.checkRunId) {
    // Annotations carry the errors the runner and problem matchers raised; they outlive logs.
    const { data } = await gh.rest.checks.listAnnotations({
      owner: ref.owner,
      repo: ref.repo,
      check_run_id: job.checkRunId,
      per_page: 50,
    });
    const messages = data.filter((a) => a.annotation_level === 'failure').map((a) => a.message ?? '');
    const fromAnnotations = messages.length ? analyzeLines(messages) : undefined;
    if (fromAnnotations && (fromAnnotations.category !== 'unknown' || !diagnosis)) diagnosis = fromAnnotations;
  }
  // With neither log nor annotations, all that tells failures apart is where they happened.
  diagnosis ??= unreadableLogDiagnosis(ref, job, logNote ?? 'the log could not be read');
  // Log text is untrusted and may hold secrets: redact once, here, before anything is shown or posted.
  return { job, diagnosis: redactDeep(diagnosis), ...(logNote ? { logNote } : {}) };
}

export async function monitor(
  gh: GitHubClient,
  ctx: ActionContext,
  inputs: MonitorInputs,
  now: Date = new Date(),
): Promise<MonitorResult> {
  const run = await resolveRun(gh, ctx, inputs);
  const ref = runRefFrom(run);
  const fixIssue = issueOfFixBranch(ref.headBranch);

  // A run on auto-heal's fix branch verifies a fix: report it there, never file a new issue.
  if (fixIssue !== undefined && run.status === 'completed') {
    const failures = run.conclusion === 'success' ? [] : await diagnoseRun(gh, ref, inputs);
    await reportFixRun(gh, ref, fixIssue, run.conclusion ?? 'unknown', failures, inputs);
    return {
      action: 'commented',
      run: ref,
      failures,
      reason: `run on the fix branch of issue #${fixIssue}`,
      verification: { issue: fixIssue, passed: run.conclusion === 'success' },
    };
  }
  const skip = skipReason(run, ref, ctx, inputs);
  if (skip) return { action: 'skipped', reason: skip, run: ref, failures: [] };

  const failures = await diagnoseRun(gh, ref, inputs);
  if (!failures.length)
    return { action: 'skipped', reason: `no failed job found in run ${ref.runId}`, run: ref, failures };

  if (inputs.rerunTransient && failures.every((f) => f.diagnosis.transient) && ref.attempt <= inputs.maxReruns) {
    await gh.rest.actions.reRunWorkflowFailedJobs({ owner: ref.owner, repo: ref.repo, run_id: ref.runId });
    return {
      action: 'rerun',
      reason: `transient failure; re-running the failed jobs (attempt ${ref.attempt + 1} of ${inputs.maxReruns + 1})`,
      run: ref,
      failures,
    };
  }

  const filed: MonitorResult['failures'] = [];
  for (const group of groupByFingerprint(failures)) {
    const filing = await fileFailure(gh, ref, group, inputs, now);
    for (const failure of group) filed.push({ ...failure, filing });
  }
  const action = filed.some((f) => f.filing?.action === 'created') ? 'created' : 'commented';
  return { action, run: ref, failures: filed };
}

async function diagnoseRun(gh: GitHubClient, ref: RunRef, inputs: MonitorInputs): Promise<JobDiagnosis[]> {
  const jobs = await listJobs(gh, ref);
  if (!jobs.length) {
    return [{ job: { id: 0, name: '(no job started)', htmlUrl: ref.htmlUrl }, diagnosis: NO_JOBS_DIAGNOSIS(ref) }];
  }
  const failed = failedJobsOf(jobs, inputs.includeCancelled);
  const out: JobDiagnosis[] = [];
  for (const job of failed) out.push(await diagnoseJob(gh, ref, job, inputs));
  return out;
}

/**
 * One issue per distinct failure: a matrix whose legs fail the same way is one issue listing
 * every leg, while two different failures in one run are two issues, each healable on its own.
 */
export function groupByFingerprint(failures: JobDiagnosis[]): JobDiagnosis[][] {
  const groups = new Map<string, JobDiagnosis[]>();
  for (const failure of failures) {
    const key = failure.diagnosis.fingerprint;
    groups.set(key, [...(groups.get(key) ?? []), failure]);
  }
  return [...groups.values()];
}
