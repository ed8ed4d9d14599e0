import type { GitStore } from './git-store.js';
import { errorBody, HttpError, type RequestContext } from './http.js';
import type { RepoState } from './state.js';
import { workflowRefusalMessage } from './token-policy.js';

/** The directory GitHub protects: only tokens with `workflows` (or the `workflow` scope) may change it. */
export const WORKFLOWS_DIR = '.github/workflows';

export function isWorkflowPath(path: string): boolean {
  return path.replace(/^\/+/, '').startsWith(`${WORKFLOWS_DIR}/`);
}

/** `path → "mode sha"` for every file under `.github/workflows/` in a tree (none for no tree). */
function workflowFiles(git: GitStore, treeSha: string | undefined): Map<string, string> {
  const files = new Map<string, string>();
  if (!treeSha) return files;
  const dir = git.entryAt(treeSha, WORKFLOWS_DIR);
  if (dir?.type !== 'tree') return files;
  for (const entry of git.listTree(dir.sha, true)) {
    if (entry.type !== 'tree') files.set(`${WORKFLOWS_DIR}/${entry.path}`, `${entry.mode} ${entry.sha}`);
  }
  return files;
}

/** Paths under `.github/workflows/` that were added, changed (content or mode) or deleted, sorted. */
export function changedWorkflowPaths(git: GitStore, beforeTree: string | undefined, afterTree: string | undefined) {
  const before = workflowFiles(git, beforeTree);
  const after = workflowFiles(git, afterTree);
  const changed = new Set<string>();
  for (const [path, id] of after) if (before.get(path) !== id) changed.add(path);
  for (const path of before.keys()) if (!after.has(path)) changed.add(path);
  return [...changed].sort();
}

function treeOf(repo: RepoState, commitSha: string | undefined): string | undefined {
  return commitSha ? repo.git.commit(commitSha)?.tree : undefined;
}

/**
 * The tree a ref's new commit is compared with. A moved ref: the commit it pointed to (so a
 * stale branch force-moved onto a newer base "changes" every workflow the base changed, as
 * GitHub reports). A new ref: the default branch's head, as GitHub compares releases and new
 * branches; the commit's first parent when the default branch does not exist (yet).
 */
function baselineTree(repo: RepoState, refName: string, oldSha: string | undefined, newSha: string) {
  if (oldSha) return treeOf(repo, oldSha);
  const defaultRef = `refs/heads/${repo.defaultBranch}`;
  const defaultHead = refName === defaultRef ? undefined : repo.refs.get(defaultRef);
  if (defaultHead) return treeOf(repo, defaultHead);
  return treeOf(repo, repo.git.commit(newSha)?.parents[0]);
}

/** True when a branch tip holds exactly this file: the one case a classic PAT needs no `workflow` scope. */
function onSomeBranch(repo: RepoState, path: string, afterTree: string): boolean {
  const wanted = repo.git.entryAt(afterTree, path);
  if (!wanted) return false;
  for (const [name, sha] of repo.refs) {
    if (!name.startsWith('refs/heads/')) continue;
    const tree = treeOf(repo, sha);
    const entry = tree ? repo.git.entryAt(tree, path) : undefined;
    if (entry && entry.sha === wanted.sha && entry.mode === wanted.mode) return true;
  }
  return false;
}

/**
 * Refuses, as GitHub does, to point `refName` at `newSha` when that adds, changes or deletes a
 * file under `.github/workflows/` and the token lacks the `workflows` permission (`workflow`
 * scope for a classic PAT): 403 naming the first such file. Only the ref update is refused;
 * blobs, trees and commits are created freely, as on GitHub.
 */
export function assertMayMoveRef(ctx: RequestContext, refName: string, oldSha: string | undefined, newSha: string) {
  if (ctx.token.workflows) return;
  const afterTree = treeOf(ctx.repo, newSha);
  if (!afterTree) return;
  const changed = changedWorkflowPaths(ctx.repo.git, baselineTree(ctx.repo, refName, oldSha, newSha), afterTree);
  // GitHub's documented exception for OAuth and classic tokens: a workflow file may be committed
  // without the scope when the same path with the same content is on another branch.
  const refused = ctx.token.scopes ? changed.filter((path) => !onSomeBranch(ctx.repo, path, afterTree)) : changed;
  const [first] = refused;
  if (first === undefined) return;
  throw new HttpError(403, errorBody(403, workflowRefusalMessage(ctx.token, first), ctx.route.documentationUrl));
}

/**
 * The contents API hides workflow files from a token that may not write them: a create, update
 * or delete under `.github/workflows/` answers 404 Not Found, as GitHub does.
 */
export function assertMayWriteWorkflowFile(ctx: RequestContext, path: string) {
  if (ctx.token.workflows || !isWorkflowPath(path)) return;
  throw new HttpError(404, errorBody(404, 'Not Found', ctx.route.documentationUrl));
}
