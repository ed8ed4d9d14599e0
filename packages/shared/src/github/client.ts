import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import { UserError } from '../errors.js';
import { PRODUCT, VERSION } from '../version.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** The action's `token` input; empty falls back to `GITHUB_TOKEN`. */
  token?: string;
  /** REST API root; defaults to `GITHUB_API_URL` (set on GitHub Enterprise Server) or api.github.com. */
  baseUrl?: string;
  /** Retries for 5xx and network errors, and for rate limits. */
  retries?: number;
  /**
   * Milliseconds per second of waiting: 1000 on GitHub. Tests shrink it so that a
   * `retry-after: 2` or the one-write-per-second pacing does not cost real seconds.
   */
  msPerSecond?: number;
  /** Where to read GITHUB_TOKEN and GITHUB_API_URL; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  log?: { warn(message: string): void };
}

/**
 * The one way to get an Octokit: retrying 5xx and transient errors, honouring primary and
 * secondary rate limits (pausing and retrying), pacing writes as GitHub asks.
 */
export function createGitHubClient(options: GitHubClientOptions = {}): GitHubClient {
  const env = options.env ?? process.env;
  const token = options.token || env.GITHUB_TOKEN;
  if (!token) {
    throw new UserError(
      'No GitHub token: set the `token` input (default `${{ github.token }}`) or the GITHUB_TOKEN environment variable.',
    );
  }
  const baseUrl = (options.baseUrl || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const retries = options.retries ?? 3;
  // SELF_HEAL_MS_PER_SECOND lets end-to-end tests and the demo run an action's real main() fast.
  const msPerSecond = options.msPerSecond ?? (Number(env.SELF_HEAL_MS_PER_SECOND) || 1000);
  const warn = options.log?.warn ?? (() => {});
  const limitHandler =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const again = retryCount < retries;
      warn(
        `${kind} rate limit hit for ${request.method} ${request.url}; ${again ? `retrying after ${retryAfter} s` : 'giving up'}`,
      );
      return again;
    };
  return getOctokit(
    token,
    {
      baseUrl,
      userAgent: `${PRODUCT}/${VERSION}`,
      retry: { retries, retryAfterBaseValue: msPerSecond },
      throttle: {
        id: `${PRODUCT}-${baseUrl}`,
        retryAfterBaseValue: msPerSecond,
        // GitHub asks for at least a second between content-creating requests.
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: msPerSecond }),
        // The plugin's own spacing for notifying writes (issues, comments, pull requests: 3 s)
        // and for search (2 s) must follow msPerSecond too, or each costs real seconds in tests.
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * msPerSecond }),
        search: new Bottleneck.Group({ maxConcurrent: 1, minTime: 2 * msPerSecond }),
        onRateLimit: limitHandler('Primary'),
        onSecondaryRateLimit: limitHandler('Secondary'),
      },
    },
    retry,
    throttling,
  );
}
