import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';

/** What the runner tells an action about the workflow run it is part of. */
export interface ActionContext {
  eventName: string;
  /** The event's webhook payload; `{}` when there is none. */
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  serverUrl: string;
  apiUrl: string;
  /** `owner/repo/.github/workflows/file.yml@ref` of the workflow running this action. */
  workflowRef: string;
}

/**
 * Reads the context from the runner's environment at call time (not at import time, as
 * `@actions/github`'s `context` does), so one process can run several actions in turn.
 */
export function readActionContext(env: NodeJS.ProcessEnv = process.env): ActionContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) {
    throw new UserError('GITHUB_REPOSITORY is not set: this action must run in a GitHub Actions workflow.');
  }
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch (error) {
      throw new UserError(`Cannot read the event payload at ${env.GITHUB_EVENT_PATH}: ${(error as Error).message}`);
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    owner,
    repo,
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
  };
}
