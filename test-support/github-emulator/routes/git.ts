import { GitError, type Signature, type TreeChange, type TreeEntry } from '../git-store.js';
import { type Handler, json, noContent, notFound, type RequestContext, unprocessable } from '../http.js';
import { type Account, resolveCommitish } from '../state.js';
import { assertMayMoveRef } from '../workflow-guard.js';

/** Base64 as GitHub sends blob and file content: wrapped at 60 characters, newline-terminated. */
export function wrappedBase64(data: Buffer): string {
  const encoded = data.toString('base64');
  if (encoded === '') return '';
  return `${encoded.match(/.{1,60}/g)?.join('\n')}\n`;
}

export function wantsRaw(ctx: RequestContext): boolean {
  return /application\/vnd\.github(\.v3)?\.raw/.test(ctx.accept);
}

/** The identity GitHub writes into commits made through the API when none is given. */
export function defaultSignature(actor: Account, date: string): Signature {
  const email =
    actor.type === 'Bot'
      ? `${actor.id}+${actor.login}@users.noreply.github.com`
      : `${actor.login}@users.noreply.github.com`;
  return { name: actor.login, email, date };
}

interface SignatureInput {
  name: string;
  email: string;
  date?: string;
}

function gitFailure(ctx: RequestContext, error: unknown): never {
  if (error instanceof GitError) throw unprocessable(ctx, error.message);
  throw error;
}

const createBlob: Handler = (ctx) => {
  const { content, encoding = 'utf-8' } = ctx.body as { content: string; encoding?: string };
  let bytes: Buffer;
  if (encoding === 'utf-8' || encoding === 'utf8') bytes = Buffer.from(content, 'utf8');
  else if (encoding === 'base64') bytes = Buffer.from(content, 'base64');
  else throw unprocessable(ctx, `encoding must be "utf-8" or "base64", not "${encoding}"`);
  const sha = ctx.repo.git.writeBlob(bytes);
  return json(201, { sha, url: `${ctx.render.repoUrl(ctx.repo)}/git/blobs/${sha}` });
};

const getBlob: Handler = (ctx) => {
  const sha = String(ctx.params.file_sha).toLowerCase();
  const content = ctx.repo.git.blob(sha);
  if (!content) throw notFound(ctx);
  if (wantsRaw(ctx)) return { status: 200, raw: { data: content, contentType: 'application/vnd.github.raw' } };
  return json(200, {
    sha,
    node_id: Buffer.from(`04:Blob${ctx.repo.id}:${sha}`).toString('base64'),
    size: content.length,
    url: `${ctx.render.repoUrl(ctx.repo)}/git/blobs/${sha}`,
    content: wrappedBase64(content),
    encoding: 'base64',
  });
};

interface TreeInput {
  path?: string;
  mode?: TreeEntry['mode'];
  type?: TreeEntry['type'];
  sha?: string | null;
  content?: string;
}

const createTree: Handler = (ctx) => {
  const { tree, base_tree: baseTree } = ctx.body as { tree: TreeInput[]; base_tree?: string };
  const git = ctx.repo.git;
  if (baseTree !== undefined && !git.tree(baseTree)) throw unprocessable(ctx, `base_tree ${baseTree} is not a tree`);
  const changes: Array<[string, TreeChange]> = [];
  for (const [index, entry] of tree.entries()) {
    const where = `tree[${index}]`;
    if (!entry.path) throw unprocessable(ctx, `${where}.path is missing`);
    if (!entry.mode || !entry.type) throw unprocessable(ctx, `${where} needs both mode and type`);
    const hasSha = entry.sha !== undefined;
    if (hasSha && entry.content !== undefined) {
      throw unprocessable(ctx, `${where}: use either tree.sha or content, not both`);
    }
    if (entry.content !== undefined) {
      if (entry.type !== 'blob') throw unprocessable(ctx, `${where}: content is only valid for blobs`);
      const mode = entry.mode === '100755' ? '100755' : '100644';
      changes.push([entry.path, { content: Buffer.from(entry.content, 'utf8'), mode }]);
    } else if (entry.sha === null) {
      changes.push([entry.path, null]);
    } else if (typeof entry.sha === 'string') {
      const object = git.get(entry.sha);
      if (entry.type !== 'commit' && object?.type !== entry.type) {
        throw unprocessable(ctx, `${where}.sha ${entry.sha} is not a valid ${entry.type}`);
      }
      changes.push([entry.path, { mode: entry.mode, type: entry.type, sha: entry.sha.toLowerCase() }]);
    } else {
      throw unprocessable(ctx, `${where} needs tree.sha or content`);
    }
  }
  let sha: string;
  try {
    sha = git.applyChanges(baseTree, changes);
  } catch (error) {
    // A deletion of a path the base tree does not have: GitHub's own words.
    if (error instanceof GitError && /does not exist/.test(error.message)) {
      throw unprocessable(ctx, 'GitRPC::BadObjectState');
    }
    gitFailure(ctx, error);
  }
  return json(201, ctx.render.gitTree(ctx.repo, sha, git.listTree(sha, false)));
};

/** `tree_sha` may name a tree, a commit, or a branch or tag (GitHub resolves all three). */
function resolveTree(ctx: RequestContext, name: string): string | undefined {
  const git = ctx.repo.git;
  if (git.tree(name)) return name.toLowerCase();
  const commitSha = git.commit(name) ? name : resolveCommitish(ctx.repo, name);
  return commitSha ? git.commit(commitSha)?.tree : undefined;
}

const getTree: Handler = (ctx) => {
  const sha = resolveTree(ctx, String(ctx.params.tree_sha));
  if (!sha) throw notFound(ctx);
  // Any value of `recursive`, even "false" or "0", asks for the whole tree, as GitHub documents.
  const recursive = ctx.query.has('recursive');
  return json(200, ctx.render.gitTree(ctx.repo, sha, ctx.repo.git.listTree(sha, recursive)));
};

const createCommit: Handler = (ctx) => {
  const body = ctx.body as {
    message: string;
    tree: string;
    parents?: string[];
    author?: SignatureInput;
    committer?: SignatureInput;
  };
  const git = ctx.repo.git;
  if (!git.tree(body.tree)) throw unprocessable(ctx, 'Tree SHA does not exist');
  for (const parent of body.parents ?? []) {
    if (!git.commit(parent)) throw unprocessable(ctx, 'Parent SHA does not exist or is not a commit object');
  }
  const now = ctx.state.timestamp();
  const sign = (s: SignatureInput | undefined): Signature | undefined =>
    s ? { name: s.name, email: s.email, date: s.date ?? now } : undefined;
  const author = sign(body.author) ?? sign(body.committer) ?? defaultSignature(ctx.actor, now);
  const committer = sign(body.committer) ?? author;
  const commit = {
    tree: body.tree.toLowerCase(),
    parents: (body.parents ?? []).map((p) => p.toLowerCase()),
    author,
    committer,
    message: body.message,
  };
  let sha: string;
  try {
    sha = git.writeCommit(commit);
  } catch (error) {
    gitFailure(ctx, error);
  }
  return json(201, ctx.render.gitCommit(ctx.repo, sha, commit));
};

const getCommit: Handler = (ctx) => {
  const sha = String(ctx.params.commit_sha).toLowerCase();
  const commit = ctx.repo.git.commit(sha);
  if (!commit) throw notFound(ctx);
  return json(200, ctx.render.gitCommit(ctx.repo, sha, commit));
};

/**
 * `heads/main` → `refs/heads/main`. GitHub does not strip a leading `refs/` from the path
 * parameter (`git/ref/refs/heads/main` is 404), and neither does the emulator.
 */
function fullRef(ref: string): string {
  return `refs/${ref}`;
}

const getRef: Handler = (ctx) => {
  const name = fullRef(String(ctx.params.ref));
  const sha = ctx.repo.refs.get(name);
  if (!sha) throw notFound(ctx);
  return json(200, ctx.render.gitRef(ctx.repo, name, sha));
};

const listMatchingRefs: Handler = (ctx) => {
  const prefix = fullRef(String(ctx.params.ref));
  const refs = [...ctx.repo.refs.entries()]
    .filter(([name]) => name.startsWith(prefix))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, sha]) => ctx.render.gitRef(ctx.repo, name, sha));
  return json(200, refs);
};

const createRef: Handler = (ctx) => {
  const { ref, sha } = ctx.body as { ref: string; sha: string };
  if (!ref.startsWith('refs/') || ref.split('/').length < 3 || ref.split('/').some((p) => p === '')) {
    throw unprocessable(ctx, `${ref} is not a valid ref name.`);
  }
  if (ctx.repo.refs.has(ref)) throw unprocessable(ctx, 'Reference already exists');
  if (!ctx.repo.git.get(sha)) throw unprocessable(ctx, 'Object does not exist');
  assertMayMoveRef(ctx, ref, undefined, sha.toLowerCase());
  ctx.repo.refs.set(ref, sha.toLowerCase());
  return json(201, ctx.render.gitRef(ctx.repo, ref, sha.toLowerCase()));
};

const updateRef: Handler = (ctx) => {
  const name = fullRef(String(ctx.params.ref));
  const { sha, force = false } = ctx.body as { sha: string; force?: boolean };
  const current = ctx.repo.refs.get(name);
  if (!current) throw unprocessable(ctx, 'Reference does not exist');
  const target = sha.toLowerCase();
  if (!ctx.repo.git.get(target)) throw unprocessable(ctx, 'Object does not exist');
  if (!force && !ctx.repo.git.isAncestor(current, target)) throw unprocessable(ctx, 'Update is not a fast forward');
  assertMayMoveRef(ctx, name, current, target);
  ctx.repo.refs.set(name, target);
  return json(200, ctx.render.gitRef(ctx.repo, name, target));
};

const deleteRef: Handler = (ctx) => {
  const name = fullRef(String(ctx.params.ref));
  if (!ctx.repo.refs.delete(name)) throw unprocessable(ctx, 'Reference does not exist');
  return noContent();
};

export const gitRoutes: Record<string, Handler> = {
  'git/create-blob': createBlob,
  'git/get-blob': getBlob,
  'git/create-tree': createTree,
  'git/get-tree': getTree,
  'git/create-commit': createCommit,
  'git/get-commit': getCommit,
  'git/get-ref': getRef,
  'git/list-matching-refs': listMatchingRefs,
  'git/create-ref': createRef,
  'git/update-ref': updateRef,
  'git/delete-ref': deleteRef,
};
