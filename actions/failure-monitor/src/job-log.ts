import type { GitHubClient } from '../../../packages/shared/src/github/client.js';
import type { RunRef } from '../../../packages/shared/src/types.js';

export type JobLog =
  | { kind: 'log'; chunks: AsyncIterable<Uint8Array>; skippedBytes: number }
  | { kind: 'unavailable'; reason: string };

/**
 * Streams one job's log. The API answers with a redirect to a short-lived storage URL; we
 * follow it ourselves so the log is never held whole and, when it is larger than
 * `maxBytes`, only its tail (where failures are) is fetched with a Range request.
 */
export async function fetchJobLog(gh: GitHubClient, run: RunRef, jobId: number, maxBytes: number): Promise<JobLog> {
  let location: string | undefined;
  try {
    const response = await gh.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
      owner: run.owner,
      repo: run.repo,
      job_id: jobId,
      request: { redirect: 'manual' },
    });
    location = (response.headers as Record<string, string | undefined>).location;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 410)
      return {
        kind: 'unavailable',
        reason: 'The logs of this run have expired (GitHub keeps them for a limited time).',
      };
    if (status === 404)
      return { kind: 'unavailable', reason: 'The log of this job was not found (it may have been deleted).' };
    throw error;
  }
  if (!location) return { kind: 'unavailable', reason: 'GitHub did not say where the log is.' };

  let response = await fetch(location);
  if (!response.ok || !response.body) {
    return { kind: 'unavailable', reason: `Downloading the log failed with HTTP ${response.status}.` };
  }
  const size = Number(response.headers.get('content-length'));
  let skippedBytes = 0;
  if (Number.isFinite(size) && size > maxBytes) {
    await response.body.cancel();
    skippedBytes = size - maxBytes;
    response = await fetch(location, { headers: { range: `bytes=${skippedBytes}-` } });
    if (response.status !== 206 || !response.body) {
      return { kind: 'unavailable', reason: `The log is ${size} bytes, over the ${maxBytes}-byte limit (max-log-mb).` };
    }
  }
  return { kind: 'log', chunks: response.body as unknown as AsyncIterable<Uint8Array>, skippedBytes };
}
