import { UserError } from '../errors.js';

interface RequestErrorLike {
  status?: number;
  message?: string;
  request?: { method?: string; url?: string };
  response?: { data?: unknown; headers?: Record<string, string | undefined> };
}

/**
 * Turns a GitHub API error the user can fix into a UserError that names the fix: a missing
 * `permissions:` entry, a disabled Issues feature, a bad token. `needs` maps each permission the
 * action uses to what it needs it for. Other errors pass through unchanged.
 */
export function explainGitHubError(error: unknown, needs: Record<string, string>): unknown {
  const e = error as RequestErrorLike;
  if (typeof e?.status !== 'number') return error;
  const where = e.request
    ? `${e.request.method} ${e.request.url?.replace(/^https?:\/\/[^/]+/, '')}`
    : 'a GitHub API call';
  const message = e.message ?? '';
  const permissions = Object.entries(needs)
    .map(([permission, why]) => `\`${permission}\` (to ${why})`)
    .join(', ');
  if (e.status === 401) {
    return new UserError(`GitHub rejected the token (401 on ${where}): check the \`token\` input or secret.`);
  }
  if (e.status === 410 && /issues (are|is) disabled/i.test(message)) {
    return new UserError(
      `Issues are disabled for this repository (${where}): enable them in Settings → General → Features.`,
    );
  }
  if (e.status === 403 && /Resource not accessible by integration|Must have admin rights|permission/i.test(message)) {
    return new UserError(
      `The token may not do this (403 "${message}" on ${where}). Add to the workflow's \`permissions:\`: ${permissions}.`,
    );
  }
  if (e.status === 404 && /\/repos\//.test(where) && !/\/logs$/.test(where)) {
    return new UserError(
      `GitHub answered 404 on ${where}: the repository or object does not exist, or the token cannot see it (permissions needed: ${permissions}).`,
    );
  }
  return error;
}
