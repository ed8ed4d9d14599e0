import type { GitHubClient } from '../../../packages/shared/src/github/client.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

/** A repository's files at one commit, read lazily through the git data API. */
export interface RepoSnapshot {
  commitSha: string;
  treeSha: string;
  /** Every file path (blobs only). */
  tree: string[];
  /** A file's text, or null when the commit has no such file. */
  read(path: string): Promise<string | null>;
}

/** Files larger than this are not read: no fixer edits them and the LLM would not be shown them whole. */
const MAX_FILE_BYTES = 1_000_000;

export async function snapshotAt(gh: GitHubClient, repo: RepoRef, commitSha: string): Promise<RepoSnapshot> {
  const { data: commit } = await gh.rest.git.getCommit({ ...repo, commit_sha: commitSha });
  const { data: tree } = await gh.rest.git.getTree({ ...repo, tree_sha: commit.tree.sha, recursive: 'true' });
  const blobs = new Map<string, { sha: string; size?: number }>();
  for (const entry of tree.tree) {
    if (entry.type === 'blob' && entry.path && entry.sha) blobs.set(entry.path, { sha: entry.sha, size: entry.size });
  }
  const cache = new Map<string, Promise<string | null>>();
  const fetchText = async (path: string): Promise<string | null> => {
    const blob = blobs.get(path);
    if (!blob || (blob.size ?? 0) > MAX_FILE_BYTES) return null;
    const { data } = await gh.rest.git.getBlob({ ...repo, file_sha: blob.sha });
    return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
  };
  return {
    commitSha,
    treeSha: commit.tree.sha,
    tree: [...blobs.keys()].sort(),
    read(path) {
      let text = cache.get(path);
      if (!text) {
        text = fetchText(path);
        cache.set(path, text);
      }
      return text;
    },
  };
}
