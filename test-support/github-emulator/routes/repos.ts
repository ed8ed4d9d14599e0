import { errorBody, type Handler, HttpError, json, notFound, type RequestContext, unprocessable } from '../http.js';
import { paginate } from '../pagination.js';
import { commitFiles, entryAtCommit } from '../repo-ops.js';
import { type Permission, type RepoState, resolveCommitish } from '../state.js';
import { assertMayWriteWorkflowFile } from '../workflow-guard.js';
import { defaultSignature, wantsRaw, wrappedBase64 } from './git.js';

/** Files above 1 MB come back without content from the contents API, as on GitHub. */
const CONTENT_LIMIT = 1024 * 1024;

export function openIssueCount(repo: RepoState): number {
  return [...repo.issues.values()].filter((i) => i.state === 'open').length;
}

const getRepo: Handler = (ctx) =>
  json(200, {
    ...ctx.render.repository(ctx.repo, openIssueCount(ctx.repo)),
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    network_count: 0,
    subscribers_count: 0,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_rebase_merge: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
    allow_update_branch: false,
  });

function branchJson(ctx: RequestContext, name: string, sha: string) {
  const commit = ctx.repo.git.commit(sha);
  if (!commit) throw notFound(ctx, 'Branch not found');
  const url = `${ctx.render.repoUrl(ctx.repo)}/branches/${name}`;
  return {
    name,
    commit: ctx.render.repoCommit(ctx.repo, sha, commit),
    _links: { self: url, html: `${ctx.render.repoHtml(ctx.repo)}/tree/${name}` },
    protected: false,
    protection: {
      enabled: false,
      required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
    },
    protection_url: `${url}/protection`,
  };
}

const getBranch: Handler = (ctx) => {
  const name = String(ctx.params.branch);
  const sha = ctx.repo.refs.get(`refs/heads/${name}`);
  if (!sha) throw notFound(ctx, 'Branch not found');
  return json(200, branchJson(ctx, name, sha));
};

const listBranches: Handler = (ctx) => {
  const branches = [...ctx.repo.refs.entries()]
    .filter(([ref]) => ref.startsWith('refs/heads/'))
    .map(([ref, sha]) => ({ name: ref.slice('refs/heads/'.length), sha }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const page = paginate(ctx, branches);
  return json(
    200,
    page.items.map((b) => ({
      name: b.name,
      commit: { sha: b.sha, url: `${ctx.render.repoUrl(ctx.repo)}/commits/${b.sha}` },
      protected: false,
    })),
    page.headers,
  );
};

const getContent: Handler = (ctx) => {
  const ref = ctx.query.get('ref') || ctx.repo.defaultBranch;
  const commitSha = resolveCommitish(ctx.repo, ref);
  if (!commitSha) throw notFound(ctx, `No commit found for the ref ${ref}`);
  const path = String(ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
  const entry = entryAtCommit(ctx.repo, commitSha, path);
  if (!entry) throw notFound(ctx);
  if (entry.type === 'tree') {
    const children = ctx.repo.git.listTree(entry.sha, false).map((child) => {
      const childPath = path ? `${path}/${child.path}` : child.path;
      return ctx.render.contentItem(ctx.repo, childPath, { ...child, path: childPath }, ref);
    });
    return json(200, children);
  }
  const content = ctx.repo.git.blob(entry.sha) ?? Buffer.alloc(0);
  if (wantsRaw(ctx)) return { status: 200, raw: { data: content, contentType: 'text/plain; charset=utf-8' } };
  const item = ctx.render.contentItem(ctx.repo, path, entry, ref);
  const tooLarge = content.length > CONTENT_LIMIT;
  return json(200, {
    ...item,
    content: tooLarge ? '' : wrappedBase64(content),
    encoding: tooLarge ? 'none' : 'base64',
  });
};

const putContent: Handler = (ctx) => {
  const body = ctx.body as {
    message: string;
    content: string;
    sha?: string;
    branch?: string;
    committer?: { name: string; email: string; date?: string };
    author?: { name: string; email: string; date?: string };
  };
  const branch = body.branch ?? ctx.repo.defaultBranch;
  const head = ctx.repo.refs.get(`refs/heads/${branch}`);
  if (!head && ctx.repo.refs.size > 0) throw notFound(ctx, `Branch ${branch} not found`);
  const path = String(ctx.params.path).replace(/^\/+|\/+$/g, '');
  assertMayWriteWorkflowFile(ctx, path);
  const existing = head ? entryAtCommit(ctx.repo, head, path) : undefined;
  if (existing?.type === 'tree') throw unprocessable(ctx, `${path} is a directory`);
  if (existing && body.sha === undefined) throw unprocessable(ctx, 'Invalid request.\n\n"sha" wasn\'t supplied.');
  if (existing && body.sha !== existing.sha) {
    throw new HttpError(409, errorBody(409, `${path} does not match ${body.sha}`, ctx.route.documentationUrl));
  }
  const now = ctx.state.timestamp();
  const sign = (s: typeof body.author) => (s ? { name: s.name, email: s.email, date: s.date ?? now } : undefined);
  const committer = sign(body.committer) ?? defaultSignature(ctx.actor, now);
  const author = sign(body.author) ?? committer;
  const sha = commitFiles(ctx.repo, {
    branch,
    files: { [path]: Buffer.from(body.content, 'base64') },
    message: body.message,
    author,
    committer,
  });
  const commit = ctx.repo.git.commit(sha);
  const entry = entryAtCommit(ctx.repo, sha, path);
  if (!commit || !entry) throw new Error('commit just written is missing');
  return json(existing ? 200 : 201, {
    content: ctx.render.contentItem(ctx.repo, path, entry, branch),
    commit: ctx.render.gitCommit(ctx.repo, sha, commit),
  });
};

const ROLE_BY_PERMISSION: Record<Permission, { permission: string; role: string }> = {
  admin: { permission: 'admin', role: 'admin' },
  maintain: { permission: 'write', role: 'maintain' },
  write: { permission: 'write', role: 'write' },
  triage: { permission: 'read', role: 'triage' },
  read: { permission: 'read', role: 'read' },
  none: { permission: 'none', role: 'none' },
};

const getCollaboratorPermission: Handler = (ctx) => {
  const login = String(ctx.params.username);
  const level = ctx.repo.collaborators.get(login.toLowerCase()) ?? (ctx.repo.private ? undefined : 'read');
  if (!level) throw notFound(ctx, `${login} is not a user`);
  const { permission, role } = ROLE_BY_PERMISSION[level];
  const user = ctx.render.user({ login, id: ctx.state.accountId(login), type: 'User' });
  const flags = {
    admin: level === 'admin',
    maintain: level === 'admin' || level === 'maintain',
    push: ['admin', 'maintain', 'write'].includes(level),
    triage: ['admin', 'maintain', 'write', 'triage'].includes(level),
    pull: level !== 'none',
  };
  return json(200, { permission, role_name: role, user: { ...user, permissions: flags, role_name: role } });
};

export const repoRoutes: Record<string, Handler> = {
  'repos/get': getRepo,
  'repos/get-branch': getBranch,
  'repos/list-branches': listBranches,
  'repos/get-content': getContent,
  'repos/create-or-update-file-contents': putContent,
  'repos/get-collaborator-permission-level': getCollaboratorPermission,
};
