import type { PathEntry, Signature, TreeChange } from './git-store.js';
import type { RepoState } from './state.js';

export interface CommitFilesInput {
  /** Branch to advance; created from `from` (or the default branch) when it does not exist. */
  branch: string;
  /** Path → new content (string or bytes), or null to delete the file. */
  files: Record<string, string | Buffer | null>;
  message: string;
  author: Signature;
  committer?: Signature;
  from?: string;
}

/** Writes one commit on a branch with the given file changes, as a push would. Returns its SHA. */
export function commitFiles(repo: RepoState, input: CommitFilesInput): string {
  const ref = `refs/heads/${input.branch}`;
  const parent =
    repo.refs.get(ref) ??
    (input.from !== undefined ? repo.refs.get(`refs/heads/${input.from}`) : undefined) ??
    repo.refs.get(`refs/heads/${repo.defaultBranch}`);
  const baseTree = parent ? repo.git.commit(parent)?.tree : undefined;
  const changes: Array<[string, TreeChange]> = Object.entries(input.files).map(([path, content]) => [
    path,
    content === null ? null : { content: typeof content === 'string' ? Buffer.from(content) : content },
  ]);
  const tree = repo.git.applyChanges(baseTree, changes);
  const sha = repo.git.writeCommit({
    tree,
    parents: parent ? [parent] : [],
    author: input.author,
    committer: input.committer ?? input.author,
    message: input.message,
  });
  repo.refs.set(ref, sha);
  return sha;
}

/** The file or directory entry at `path` in a commit, with its size; the root for an empty path. */
export function entryAtCommit(repo: RepoState, commitSha: string, path: string): PathEntry | undefined {
  const commit = repo.git.commit(commitSha);
  if (!commit) return undefined;
  const clean = path.replace(/^\/+|\/+$/g, '');
  const entry = repo.git.entryAt(commit.tree, clean);
  if (!entry) return undefined;
  const size = entry.type === 'blob' ? repo.git.blob(entry.sha)?.length : undefined;
  return { ...entry, path: clean, ...(size === undefined ? {} : { size }) };
}

/** A file's text at a branch, tag or SHA, or undefined when it is not there. */
export function readTextFile(repo: RepoState, commitSha: string, path: string): string | undefined {
  const entry = entryAtCommit(repo, commitSha, path);
  if (entry?.type !== 'blob') return undefined;
  return repo.git.blob(entry.sha)?.toString('utf8');
}
