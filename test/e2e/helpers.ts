// Shared set-up for end-to-end tests: an emulator, a client on it, and a way to run an
// action's run() against it as the runner would.
import { createGitHubClient, type GitHubClient } from '../../packages/shared/src/github/client.js';
import { type ActionResult, runActionInProcess } from '../../test-support/action-runner.js';
import { type GitHubEmulator, startGitHubEmulator } from '../../test-support/github-emulator/index.js';

export const TOKEN = 'ghs_e2eTestToken0000000000000000000000';

export async function emulator(): Promise<{ gh: GitHubEmulator; client: GitHubClient }> {
  const gh = await startGitHubEmulator();
  return { gh, client: createGitHubClient({ token: TOKEN, baseUrl: gh.url, msPerSecond: 1 }) };
}

/** The `workflow_run` payload GitHub sends for a run: the run as the API returns it. */
export async function workflowRunPayload(client: GitHubClient, fullName: string, runId: number) {
  const [owner, repo] = fullName.split('/') as [string, string];
  const { data: run } = await client.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
  return { action: 'completed', workflow_run: run, repository: run.repository };
}

export function runAction(
  run: () => Promise<void>,
  gh: GitHubEmulator,
  spec: { repository: string; eventName: string; payload: unknown; inputs?: Record<string, string> },
): Promise<ActionResult> {
  return runActionInProcess(run, {
    ...spec,
    apiUrl: gh.url,
    inputs: { token: TOKEN, ...spec.inputs },
    // Keep the client's pacing fast in tests; see createGitHubClient's msPerSecond.
    env: { SELF_HEAL_MS_PER_SECOND: '1' },
  });
}
