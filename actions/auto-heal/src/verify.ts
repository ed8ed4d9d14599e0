import { parse } from 'yaml';
import type { GitHubClient } from '../../../packages/shared/src/github/client.js';
import type { FailureRecord, Fix } from '../../../packages/shared/src/types.js';
import type { FileSource } from './produce-fix.js';
import type { RepoRef } from './repo-files.js';

export interface VerificationPlan {
  /** Dispatch the failed workflow on the fix branch. */
  dispatch: boolean;
  /** What the pull request tells its reader when auto-heal dispatches (or cannot dispatch) in this run. */
  text: string;
  /** What it tells when the run could dispatch but did not, the branch being unchanged. */
  notDispatched?: string;
}

/** True when a workflow file's `on:` accepts workflow_dispatch. */
export function acceptsDispatch(workflowYaml: string): boolean {
  let on: unknown;
  try {
    const doc = parse(workflowYaml) as Record<string, unknown> | null;
    on = doc?.on ?? doc?.true; // YAML 1.1 readers turn a bare `on` key into true
  } catch {
    return false;
  }
  if (on === 'workflow_dispatch') return true;
  if (Array.isArray(on)) return on.includes('workflow_dispatch');
  return typeof on === 'object' && on !== null && 'workflow_dispatch' in on;
}

/**
 * Pull requests opened with GITHUB_TOKEN start no workflow runs, so the fix is verified by
 * dispatching the failed workflow on the fix branch; failure-monitor reports the result.
 */
export async function verificationPlan(record: FailureRecord, fix: Fix, source: FileSource): Promise<VerificationPlan> {
  const path = record.run.workflowPath;
  const edited = fix.edits.find((e) => e.path === path);
  const yaml = edited ? edited.after : await source.read(path);
  if (yaml && acceptsDispatch(yaml)) {
    return {
      dispatch: true,
      text: `auto-heal dispatched \`${path}\` on this branch; failure-monitor comments here with the result (label \`fix-verified\` when it passes).`,
      notDispatched: `auto-heal dispatches \`${path}\` on this branch when it pushes a new fix; this run left the branch unchanged and dispatched nothing. failure-monitor comments here with the result of each run (label \`fix-verified\` when it passes); run the workflow on this branch to check it again.`,
    };
  }
  return {
    dispatch: false,
    text: `\`${path || 'The failed workflow'}\` has no \`workflow_dispatch\` trigger, so auto-heal cannot run it on this branch (and pull requests opened with GITHUB_TOKEN start no runs). Add \`workflow_dispatch:\` to its \`on:\`, or push a commit to this branch, to see the checks.`,
  };
}

export async function dispatchVerification(
  gh: GitHubClient,
  repo: RepoRef,
  record: FailureRecord,
  branch: string,
): Promise<void> {
  const workflow = record.run.workflowPath.split('/').pop() as string;
  await gh.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: workflow, ref: branch });
}
