import { UserError } from '../../../packages/shared/src/errors.js';
import type { GitHubClient } from '../../../packages/shared/src/github/client.js';
import type { FileEdit } from '../../../packages/shared/src/types.js';
import type { RepoRef } from './repo-files.js';

export interface BranchUpdate {
  branch: string;
  commitSha: string;
  /** False when the branch already held exactly this change on the same base. */
  changed: boolean;
}

/** The head commit of a branch that exists. */
export interface BranchHead {
  sha: string;
  message: string;
  author: string;
}

export async function branchHead(gh: GitHubClient, repo: RepoRef, branch: string): Promise<BranchHead | undefined> {
  const sha = await getBranchHead(gh, repo, branch);
  if (!sha) return undefined;
  const { data } = await gh.rest.git.getCommit({ ...repo, commit_sha: sha });
  return { sha, message: data.message, author: data.author?.name ?? 'unknown' };
}

/**
 * Puts `edits` on `branch` as one commit on top of `baseSha`, through the git data API. Re-running
 * rebuilds the same commit on the current base, so the branch always holds one fix commit and an
 * unchanged fix leaves it untouched. `expectedHead` is the branch head the caller checked to be
 * auto-heal's own commit (undefined: no branch); if the branch has moved since, nothing is written.
 */
export async function pushFixCommit(
  gh: GitHubClient,
  repo: RepoRef,
  spec: {
    branch: string;
    baseSha: string;
    baseTreeSha: string;
    edits: readonly FileEdit[];
    message: string;
    expectedHead: string | undefined;
  },
): Promise<BranchUpdate> {
  const existing = await getBranchHead(gh, repo, spec.branch);
  if (existing !== spec.expectedHead) {
    throw new UserError(
      `The branch ${spec.branch} changed while auto-heal ran (someone pushed to it); auto-heal left it alone. Run auto-heal again.`,
    );
  }
  const { data: tree } = await gh.rest.git.createTree({
    ...repo,
    base_tree: spec.baseTreeSha,
    tree: spec.edits.map((edit) => ({
      path: edit.path,
      mode: '100644' as const,
      type: 'blob' as const,
      content: edit.after,
    })),
  });
  if (existing) {
    const { data: head } = await gh.rest.git.getCommit({ ...repo, commit_sha: existing });
    if (head.tree.sha === tree.sha && head.parents.map((p) => p.sha).join() === spec.baseSha) {
      return { branch: spec.branch, commitSha: existing, changed: false };
    }
  }
  const { data: commit } = await gh.rest.git.createCommit({
    ...repo,
    message: spec.message,
    tree: tree.sha,
    parents: [spec.baseSha],
  });
  if (existing) {
    // Forced: the head was checked to be auto-heal's own commit, always one commit on the base, which may have moved.
    await gh.rest.git.updateRef({ ...repo, ref: `heads/${spec.branch}`, sha: commit.sha, force: true });
  } else {
    await gh.rest.git.createRef({ ...repo, ref: `refs/heads/${spec.branch}`, sha: commit.sha });
  }
  return { branch: spec.branch, commitSha: commit.sha, changed: true };
}

async function getBranchHead(gh: GitHubClient, repo: RepoRef, branch: string): Promise<string | undefined> {
  try {
    const { data } = await gh.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

export interface PullRequestRef {
  number: number;
  url: string;
  created: boolean;
}

/** Opens the pull request for `branch`, or updates the open one: never a second. */
export async function upsertPullRequest(
  gh: GitHubClient,
  repo: RepoRef,
  spec: { branch: string; base: string; title: string; body: string },
): Promise<PullRequestRef> {
  const { data: open } = await gh.rest.pulls.list({ ...repo, head: `${repo.owner}:${spec.branch}`, state: 'open' });
  const current = open[0];
  if (current) {
    await gh.rest.pulls.update({ ...repo, pull_number: current.number, title: spec.title, body: spec.body });
    return { number: current.number, url: current.html_url, created: false };
  }
  const { data: created } = await gh.rest.pulls.create({
    ...repo,
    head: spec.branch,
    base: spec.base,
    title: spec.title,
    body: spec.body,
    maintainer_can_modify: true,
  });
  return { number: created.number, url: created.html_url, created: true };
}
