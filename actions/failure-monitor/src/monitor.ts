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
import { FIX_FAILED_CONCLUSIONS, reportFixRun, sameWorkflow, trackedFailure, unreportedTargets } from './verify-fix.js';

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

/** Why runs of this workflow are not for the monitor (its own workflow, or not watched), or undefined. */
function workflowSkipReason(ref: RunRef, ctx: ActionContext, inputs: MonitorInputs): string | undefined {
  // Loop guard: the monitor's own workflow failing must not file issues about itself.
  const ownPath = ctx.workflowRef.replace(/^[^/]+\/[^/]+\//, '').replace(/@.*$/, '');
  if (ownPath && ref.workflowPath === ownPath) return `run ${ref.runId} is of this workflow (${ownPath})`;
  if (inputs.workflows.length) {
    const file = ref.workflowPath.split('/').pop() ?? '';
    const watched = inputs.workflows.some((w) => w === ref.workflowName || w === file || w === ref.workflowPath);
    if (!watched) return `workflow "${ref.workflowName}" is not in the workflows input`;
  }
  return undefined;
}

/** Why a run is not for the monitor, or undefined when it is. */
export function skipReason(
  run: WorkflowRunData,
  ref: RunRef,
  ctx: ActionContext,
  inputs: MonitorInputs,
): string | undefined {
  const unwatched = workflowSkipReason(ref, ctx, inputs);
  if (unwatched) return unwatched;
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

/**
 * A fingerprint from where a job failed (workflow, job, step), for failures whose log shows no
 * failure line: without lines, all that tells such failures apart is where they happened.
 */
function placeFingerprint(ref: RunRef, job: FailedJob, ruleId: string, facts: Diagnosis['facts'] = {}): string {
  return fingerprint(ruleId, facts, [ref.workflowPath, job.name, job.step?.name ?? '']);
}

function unreadableLogDiagnosis(ref: RunRef, job: FailedJob, why: string): Diagnosis {
  return {
    ...analyzeLines([]),
    ruleId: 'log-unavailable',
    summary: `job ${job.name}${job.step ? `, step ${job.step.name}` : ''} failed; ${why}`,
    facts: { job: job.name, ...(job.step ? { step: job.step.name } : {}) },
    fingerprint: placeFingerprint(ref, job, 'log-unavailable'),
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
  // Likewise for a log without failure lines: its line-less fingerprint would be shared by
  // every such failure of every workflow.
  if (!diagnosis.lines.length && diagnosis.ruleId !== 'log-unavailable') {
    diagnosis = { ...diagnosis, fingerprint: placeFingerprint(ref, job, diagnosis.ruleId, diagnosis.facts) };
  }
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

  // A run on auto-heal's fix branch may verify a fix: never file a new issue for it.
  if (fixIssue !== undefined) return verifyFix(gh, ctx, inputs, run, ref, fixIssue);
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
  if (filed.every((f) => f.filing?.action === 'skipped')) {
    const reasons = [...new Set(filed.map((f) => f.filing?.reason))].join('; ');
    return {
      action: 'skipped',
      reason: `run ${ref.runId} was already examined: ${reasons}`,
      run: ref,
      failures: filed,
    };
  }
  const action = filed.some((f) => f.filing?.action === 'created') ? 'created' : 'commented';
  return { action, run: ref, failures: filed };
}

/**
 * A run on the fix branch of an issue: a verdict on the fix when it is a run of the workflow whose
 * failure the issue tracks (and that workflow is watched) and it passed or failed. Other runs
 * there (other workflows, cancelled or skipped runs, a run already reported) are skipped.
 */
async function verifyFix(
  gh: GitHubClient,
  ctx: ActionContext,
  inputs: MonitorInputs,
  run: WorkflowRunData,
  ref: RunRef,
  fixIssue: number,
): Promise<MonitorResult> {
  const skip = (why: string): MonitorResult => ({
    action: 'skipped',
    reason: `run ${ref.runId} on the fix branch of issue #${fixIssue}: ${why}`,
    run: ref,
    failures: [],
  });
  const unwatched = workflowSkipReason(ref, ctx, inputs);
  if (unwatched) return skip(unwatched);
  if (run.status && run.status !== 'completed') return skip(`the run has not completed (status ${run.status})`);
  const conclusion = run.conclusion ?? '';
  const passed = conclusion === 'success';
  if (!passed && !FIX_FAILED_CONCLUSIONS.has(conclusion)) {
    return skip(`the run concluded ${conclusion || 'without a conclusion'}, which says nothing about the fix`);
  }
  const tracked = await trackedFailure(gh, ref, fixIssue);
  if ('reason' in tracked) return skip(tracked.reason);
  const { run: failed } = tracked.record;
  if (!sameWorkflow(ref, failed)) {
    return skip(
      `it is of workflow "${ref.workflowName}" (${ref.workflowPath || '?'}), but the issue tracks a failure of "${failed.workflowName}" (${failed.workflowPath || '?'}); only that workflow verifies the fix`,
    );
  }
  const targets = await unreportedTargets(gh, ref, fixIssue);
  if (!targets.length) return skip(`attempt ${ref.attempt} was already reported`);
  const failures = passed ? [] : await diagnoseRun(gh, ref, inputs);
  await reportFixRun(gh, ref, targets, conclusion, failures);
  return {
    action: 'commented',
    run: ref,
    failures,
    reason: `run on the fix branch of issue #${fixIssue}`,
    verification: { issue: fixIssue, passed },
  };
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
