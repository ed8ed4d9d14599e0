import type { RunRef } from '../../../packages/shared/src/types.js';

/** The fields of a workflow run (event payload or `GET /actions/runs/{id}`) that the monitor reads. */
export interface WorkflowRunData {
  id: number;
  name?: string | null;
  path?: string;
  run_attempt?: number;
  head_branch: string | null;
  head_sha: string;
  event: string;
  status: string | null;
  conclusion: string | null;
  html_url: string;
  repository: { name: string; owner: { login: string } };
}

export function runRefFrom(run: WorkflowRunData): RunRef {
  return {
    owner: run.repository.owner.login,
    repo: run.repository.name,
    runId: run.id,
    attempt: run.run_attempt ?? 1,
    workflowName: run.name ?? run.path ?? 'workflow',
    // `path` may carry a ref suffix (`.github/workflows/ci.yml@refs/heads/main`) in some payloads.
    workflowPath: (run.path ?? '').replace(/@.*$/, ''),
    headBranch: run.head_branch ?? '',
    headSha: run.head_sha,
    event: run.event,
    htmlUrl: run.html_url,
  };
}
