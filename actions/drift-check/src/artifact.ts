import { dirname, resolve } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';

/** The uploaded artifact, or why there is none. */
export type ArtifactUpload = { uploaded: true; id: number; url: string } | { uploaded: false; reason: string };

export interface ArtifactTarget {
  name: string;
  /** Files to upload; all in one folder. */
  files: string[];
  serverUrl: string;
  owner: string;
  repo: string;
  runId: string;
}

/**
 * Uploads the report files as one artifact of this run. Off GitHub (no ACTIONS_RUNTIME_TOKEN, e.g.
 * under `act` or a local run) there is no artifact service: the upload is skipped with a reason.
 */
export async function uploadReportArtifact(
  target: ArtifactTarget,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ArtifactUpload> {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return {
      uploaded: false,
      reason: 'not running on GitHub Actions (no ACTIONS_RUNTIME_TOKEN): the report stays on disk only',
    };
  }
  const files = target.files.map((file) => resolve(file));
  const root = dirname(files[0] as string);
  const client = new DefaultArtifactClient();
  const { id } = await client.uploadArtifact(target.name, files, root, { retentionDays: 0 });
  if (id === undefined) return { uploaded: false, reason: 'the artifact service returned no artifact id' };
  return {
    uploaded: true,
    id,
    url: `${target.serverUrl}/${target.owner}/${target.repo}/actions/runs/${target.runId}/artifacts/${id}`,
  };
}
