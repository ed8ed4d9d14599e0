import type { GitHubClient } from '../../../packages/shared/src/github/client.js';
import type { FailedJob, RunRef } from '../../../packages/shared/src/types.js';

/** Conclusions of a job that count as its failure. */
export function failedConclusions(includeCancelled: boolean): Set<string> {
  return new Set(includeCancelled ? ['failure', 'timed_out', 'cancelled'] : ['failure', 'timed_out']);
}

export interface JobData {
  id: number;
  name: string;
  html_url: string | null;
  conclusion: string | null;
  check_run_url?: string;
  steps?: { name: string; number: number; conclusion: string | null }[];
}

/** The failed jobs of a run attempt and, for each, the first failed step (pure). */
export function failedJobsOf(jobs: JobData[], includeCancelled: boolean): (FailedJob & { checkRunId?: number })[] {
  const failed = failedConclusions(includeCancelled);
  return jobs
    .filter((job) => job.conclusion !== null && failed.has(job.conclusion))
    .map((job) => {
      const step = job.steps?.find((s) => s.conclusion !== null && failed.has(s.conclusion));
      const checkRunId = Number(job.check_run_url?.split('/').pop());
      return {
        id: job.id,
        name: job.name,
        htmlUrl: job.html_url ?? '',
        ...(step ? { step: { name: step.name, number: step.number } } : {}),
        ...(Number.isInteger(checkRunId) && checkRunId > 0 ? { checkRunId } : {}),
      };
    });
}

/** Lists the jobs of the run attempt that failed (one request for runs of up to 100 jobs). */
export async function listJobs(gh: GitHubClient, run: RunRef): Promise<JobData[]> {
  return (await gh.paginate(gh.rest.actions.listJobsForWorkflowRunAttempt, {
    owner: run.owner,
    repo: run.repo,
    run_id: run.runId,
    attempt_number: run.attempt,
    per_page: 100,
  })) as JobData[];
}
