import { strToU8, zipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import {
  errorBody,
  type Handler,
  HttpError,
  json,
  noContent,
  notFound,
  type RequestContext,
  unprocessable,
} from '../http.js';
import { paginate } from '../pagination.js';
import { readTextFile } from '../repo-ops.js';
import {
  type JobRecord,
  type RepoState,
  type RunAttemptRecord,
  resolveCommitish,
  type WorkflowRecord,
  type WorkflowRunRecord,
} from '../state.js';

/** Conclusions that `status=` also filters on, as GitHub's list-runs does. */
const CONCLUSION_FILTERS = new Set([
  'success',
  'failure',
  'neutral',
  'cancelled',
  'skipped',
  'timed_out',
  'action_required',
  'stale',
]);

export function findWorkflow(repo: RepoState, idOrFile: string): WorkflowRecord | undefined {
  if (/^\d+$/.test(idOrFile)) return repo.workflows.find((w) => w.id === Number(idOrFile));
  return repo.workflows.find((w) => w.path === idOrFile || w.path.split('/').pop() === idOrFile);
}

function workflowParam(ctx: RequestContext): WorkflowRecord {
  const workflow = findWorkflow(ctx.repo, String(ctx.params.workflow_id));
  if (!workflow) throw notFound(ctx);
  return workflow;
}

export function latestAttempt(run: WorkflowRunRecord): RunAttemptRecord {
  return run.attempts[run.attempts.length - 1] as RunAttemptRecord;
}

function findRun(ctx: RequestContext): WorkflowRunRecord {
  const run = ctx.repo.runs.find((r) => r.id === Number(ctx.params.run_id));
  if (!run) throw notFound(ctx);
  return run;
}

function findAttempt(ctx: RequestContext, run: WorkflowRunRecord): RunAttemptRecord {
  const attempt = run.attempts.find((a) => a.attempt === Number(ctx.params.attempt_number));
  if (!attempt) throw notFound(ctx);
  return attempt;
}

function workflowOf(ctx: RequestContext, run: WorkflowRunRecord): WorkflowRecord {
  const workflow = ctx.repo.workflows.find((w) => w.id === run.workflowId);
  if (!workflow) throw new Error(`run ${run.id} names unknown workflow ${run.workflowId}`);
  return workflow;
}

function renderRun(ctx: RequestContext, run: WorkflowRunRecord, attempt = latestAttempt(run)) {
  return ctx.render.workflowRun(ctx.repo, run, workflowOf(ctx, run), attempt);
}

/** Every job of a repository with the run it belongs to, for lookups by job or check-run id. */
export function findJob(repo: RepoState, jobId: number): { run: WorkflowRunRecord; job: JobRecord } | undefined {
  for (const run of repo.runs) {
    for (const attempt of run.attempts) {
      const job = attempt.jobs.find((j) => j.id === jobId);
      if (job) return { run, job };
    }
  }
  return undefined;
}

const listWorkflows: Handler = (ctx) => {
  const page = paginate(ctx, ctx.repo.workflows);
  return json(
    200,
    { total_count: page.totalCount, workflows: page.items.map((w) => ctx.render.workflow(ctx.repo, w)) },
    page.headers,
  );
};

const getWorkflow: Handler = (ctx) => json(200, ctx.render.workflow(ctx.repo, workflowParam(ctx)));

function listRuns(ctx: RequestContext, workflow?: WorkflowRecord) {
  const q = ctx.query;
  const branch = q.get('branch');
  const event = q.get('event');
  const status = q.get('status');
  const headSha = q.get('head_sha');
  const actor = q.get('actor')?.toLowerCase();
  const runs = ctx.repo.runs
    .filter((r) => !workflow || r.workflowId === workflow.id)
    .filter((r) => !branch || r.headBranch === branch)
    .filter((r) => !event || r.event === event)
    .filter((r) => !headSha || r.headSha === headSha)
    .filter((r) => !actor || r.actor.login.toLowerCase() === actor)
    .filter((r) => {
      if (!status) return true;
      const attempt = latestAttempt(r);
      return CONCLUSION_FILTERS.has(status) ? attempt.conclusion === status : attempt.status === status;
    })
    .sort((a, b) => b.id - a.id);
  const page = paginate(ctx, runs);
  return json(
    200,
    { total_count: page.totalCount, workflow_runs: page.items.map((r) => renderRun(ctx, r)) },
    page.headers,
  );
}

const getRun: Handler = (ctx) => json(200, renderRun(ctx, findRun(ctx)));

const getRunAttempt: Handler = (ctx) => {
  const run = findRun(ctx);
  return json(200, renderRun(ctx, run, findAttempt(ctx, run)));
};

function jobsReply(ctx: RequestContext, run: WorkflowRunRecord, jobs: JobRecord[]) {
  const page = paginate(ctx, jobs);
  return json(
    200,
    { total_count: page.totalCount, jobs: page.items.map((j) => ctx.render.job(ctx.repo, run, j)) },
    page.headers,
  );
}

const listJobs: Handler = (ctx) => {
  const run = findRun(ctx);
  const all = ctx.query.get('filter') === 'all';
  const jobs = all ? run.attempts.flatMap((a) => a.jobs) : latestAttempt(run).jobs;
  return jobsReply(ctx, run, jobs);
};

const listAttemptJobs: Handler = (ctx) => {
  const run = findRun(ctx);
  return jobsReply(ctx, run, findAttempt(ctx, run).jobs);
};

const getJob: Handler = (ctx) => {
  const found = findJob(ctx.repo, Number(ctx.params.job_id));
  if (!found) throw notFound(ctx);
  return json(200, ctx.render.job(ctx.repo, found.run, found.job));
};

/** A capability URL on the emulator, standing in for the blob-storage links GitHub redirects to. */
export function logUrl(ctx: RequestContext, kind: 'jobs' | 'runs', ...ids: number[]): string {
  return `${ctx.baseUrl}/_emulator/logs/${ctx.repo.owner.login}/${ctx.repo.name}/${kind}/${ids.join('/')}`;
}

const downloadJobLogs: Handler = (ctx) => {
  const found = findJob(ctx.repo, Number(ctx.params.job_id));
  if (!found) throw notFound(ctx);
  return { status: 302, headers: { location: logUrl(ctx, 'jobs', found.job.id) } };
};

const downloadRunLogs: Handler = (ctx) => {
  const run = findRun(ctx);
  const attempt = ctx.params.attempt_number ? findAttempt(ctx, run) : latestAttempt(run);
  return { status: 302, headers: { location: logUrl(ctx, 'runs', run.id, attempt.attempt) } };
};

/** Characters GitHub leaves out of file names in the run-logs archive. */
function archiveName(name: string): string {
  return name.replace(/[/\\:*?"<>|]/g, '');
}

/**
 * The run-logs archive as GitHub builds it: `<n>_<job>.txt` with each job's whole log at the
 * root, and a folder per job holding `<step number>_<step name>.txt` per step.
 */
export function runLogsZip(attempt: RunAttemptRecord): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  attempt.jobs.forEach((job, index) => {
    const folder = archiveName(job.name);
    files[`${index}_${folder}.txt`] = strToU8(job.log);
    for (const step of job.steps) files[`${folder}/${step.number}_${archiveName(step.name)}.txt`] = strToU8(step.log);
  });
  return zipSync(files);
}

function requeue(ctx: RequestContext, run: WorkflowRunRecord, retry: (job: JobRecord) => boolean): RunAttemptRecord {
  const previous = latestAttempt(run);
  const now = ctx.state.timestamp();
  const attempt: RunAttemptRecord = {
    attempt: previous.attempt + 1,
    status: 'queued',
    conclusion: null,
    startedAt: now,
    updatedAt: now,
    triggeringActor: ctx.actor,
    jobs: previous.jobs.map((job) => {
      const again = retry(job);
      return {
        ...structuredClone(job),
        id: ctx.state.nextId(),
        runAttempt: previous.attempt + 1,
        ...(again
          ? {
              status: 'queued' as const,
              conclusion: null,
              createdAt: now,
              startedAt: now,
              completedAt: null,
              steps: [],
              log: '',
              annotations: [],
            }
          : {}),
      };
    }),
  };
  run.attempts.push(attempt);
  return attempt;
}

function checkRerunnable(ctx: RequestContext, run: WorkflowRunRecord): void {
  if (latestAttempt(run).status !== 'completed') {
    throw new HttpError(403, errorBody(403, 'This workflow is already running', ctx.route.documentationUrl));
  }
}

const FAILED = new Set(['failure', 'cancelled', 'timed_out']);

const rerunFailedJobs: Handler = (ctx) => {
  const run = findRun(ctx);
  checkRerunnable(ctx, run);
  if (!latestAttempt(run).jobs.some((j) => FAILED.has(j.conclusion ?? ''))) {
    throw new HttpError(
      403,
      errorBody(403, 'This workflow run has no failed jobs to re-run', ctx.route.documentationUrl),
    );
  }
  const attempt = requeue(ctx, run, (job) => FAILED.has(job.conclusion ?? ''));
  ctx.repo.reruns.push({
    runId: run.id,
    kind: 'failed-jobs',
    enableDebugLogging: (ctx.body as { enable_debug_logging?: boolean } | null)?.enable_debug_logging ?? false,
    newAttempt: attempt.attempt,
    at: ctx.state.timestamp(),
  });
  return json(201, {});
};

const rerunWorkflow: Handler = (ctx) => {
  const run = findRun(ctx);
  checkRerunnable(ctx, run);
  const attempt = requeue(ctx, run, () => true);
  ctx.repo.reruns.push({
    runId: run.id,
    kind: 'all',
    enableDebugLogging: (ctx.body as { enable_debug_logging?: boolean } | null)?.enable_debug_logging ?? false,
    newAttempt: attempt.attempt,
    at: ctx.state.timestamp(),
  });
  return json(201, {});
};

interface DispatchInputSpec {
  required?: boolean;
  default?: unknown;
  type?: string;
  options?: unknown[];
}

/** What a workflow file says about `workflow_dispatch`: undefined when it has no such trigger. */
export function dispatchTrigger(yamlText: string): { inputs: Record<string, DispatchInputSpec> } | undefined {
  let document: unknown;
  try {
    document = parseYaml(yamlText);
  } catch {
    return undefined;
  }
  const on = (document as { on?: unknown } | null)?.on;
  if (on === 'workflow_dispatch') return { inputs: {} };
  if (Array.isArray(on)) return on.includes('workflow_dispatch') ? { inputs: {} } : undefined;
  if (on && typeof on === 'object' && 'workflow_dispatch' in on) {
    const trigger = (on as Record<string, unknown>).workflow_dispatch as {
      inputs?: Record<string, DispatchInputSpec>;
    } | null;
    return { inputs: trigger?.inputs ?? {} };
  }
  return undefined;
}

const dispatchWorkflow: Handler = (ctx) => {
  const workflow = workflowParam(ctx);
  const body = ctx.body as { ref: string; inputs?: Record<string, unknown>; return_run_details?: boolean };
  const sha = resolveCommitish(ctx.repo, body.ref);
  if (!sha) throw unprocessable(ctx, `No ref found for: ${body.ref}`);
  const file = readTextFile(ctx.repo, sha, workflow.path);
  const trigger =
    workflow.dispatchable === false
      ? undefined
      : file !== undefined
        ? dispatchTrigger(file)
        : workflow.dispatchable
          ? { inputs: {} }
          : undefined;
  if (!trigger) throw unprocessable(ctx, "Workflow does not have 'workflow_dispatch' trigger");
  const inputs = body.inputs ?? {};
  const unexpected = Object.keys(inputs).filter((name) => !(name in trigger.inputs));
  if (unexpected.length > 0) throw unprocessable(ctx, `Unexpected inputs provided: ${JSON.stringify(unexpected)}`);
  for (const [name, spec] of Object.entries(trigger.inputs)) {
    const value = inputs[name];
    if (spec?.required && value === undefined && spec.default === undefined) {
      throw unprocessable(ctx, `Required input '${name}' not provided`);
    }
    if (spec?.type === 'choice' && value !== undefined && !(spec.options ?? []).includes(value)) {
      throw unprocessable(
        ctx,
        `Provided value '${String(value)}' for input '${name}' not in the list of allowed values`,
      );
    }
  }
  const now = ctx.state.timestamp();
  const branch = body.ref.replace(/^refs\/heads\//, '');
  const run: WorkflowRunRecord = {
    id: ctx.state.nextId(),
    workflowId: workflow.id,
    name: workflow.name,
    runNumber: ctx.repo.runs.filter((r) => r.workflowId === workflow.id).length + 1,
    event: 'workflow_dispatch',
    headBranch: ctx.repo.refs.has(`refs/heads/${branch}`) ? branch : null,
    headSha: sha,
    displayTitle: workflow.name,
    actor: ctx.actor,
    createdAt: now,
    attempts: [
      {
        attempt: 1,
        status: 'queued',
        conclusion: null,
        jobs: [],
        startedAt: now,
        updatedAt: now,
        triggeringActor: ctx.actor,
      },
    ],
  };
  ctx.repo.runs.push(run);
  ctx.repo.dispatches.push({
    workflowId: workflow.id,
    workflowPath: workflow.path,
    ref: body.ref,
    inputs,
    runId: run.id,
    at: now,
  });
  if (body.return_run_details) {
    return json(200, {
      workflow_run_id: run.id,
      run_url: `${ctx.render.repoUrl(ctx.repo)}/actions/runs/${run.id}`,
      html_url: `${ctx.render.repoHtml(ctx.repo)}/actions/runs/${run.id}`,
    });
  }
  return noContent();
};

const listAnnotations: Handler = (ctx) => {
  const found = findJob(ctx.repo, Number(ctx.params.check_run_id));
  if (!found) throw notFound(ctx);
  const page = paginate(ctx, found.job.annotations);
  return json(
    200,
    page.items.map((a) => ctx.render.annotation(ctx.repo, found.run.headSha, a)),
    page.headers,
  );
};

export const actionRoutes: Record<string, Handler> = {
  'actions/list-repo-workflows': listWorkflows,
  'actions/get-workflow': getWorkflow,
  'actions/list-workflow-runs-for-repo': (ctx) => listRuns(ctx),
  'actions/list-workflow-runs': (ctx) => listRuns(ctx, workflowParam(ctx)),
  'actions/get-workflow-run': getRun,
  'actions/get-workflow-run-attempt': getRunAttempt,
  'actions/list-jobs-for-workflow-run': listJobs,
  'actions/list-jobs-for-workflow-run-attempt': listAttemptJobs,
  'actions/get-job-for-workflow-run': getJob,
  'actions/download-job-logs-for-workflow-run': downloadJobLogs,
  'actions/download-workflow-run-logs': downloadRunLogs,
  'actions/download-workflow-run-attempt-logs': downloadRunLogs,
  'actions/re-run-workflow-failed-jobs': rerunFailedJobs,
  'actions/re-run-workflow': rerunWorkflow,
  'actions/create-workflow-dispatch': dispatchWorkflow,
  'checks/list-annotations': listAnnotations,
};
