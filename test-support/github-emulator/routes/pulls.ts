import { errorBody, type Handler, HttpError, json, notFound, type RequestContext, validationFailed } from '../http.js';
import { paginate } from '../pagination.js';
import type { IssueRecord } from '../state.js';

function branchSha(ctx: RequestContext, branch: string): string | undefined {
  return ctx.repo.refs.get(`refs/heads/${branch}`);
}

/** `owner:branch` or `branch` → the branch, when it belongs to this repository's owner. */
function headBranch(ctx: RequestContext, head: string): string | undefined {
  const colon = head.indexOf(':');
  if (colon < 0) return head;
  const owner = head.slice(0, colon);
  return owner.toLowerCase() === ctx.repo.owner.login.toLowerCase() ? head.slice(colon + 1) : undefined;
}

function renderPull(ctx: RequestContext, issue: IssueRecord, full: boolean) {
  const pull = issue.pullRequest;
  if (!pull) throw notFound(ctx);
  // A merged or deleted head keeps the last SHA GitHub saw; the emulator falls back to the base.
  const base = branchSha(ctx, pull.base) ?? '';
  const head = branchSha(ctx, pull.head) ?? base;
  return ctx.render.pullRequest(ctx.repo, issue, { head, base }, full);
}

function findPull(ctx: RequestContext): IssueRecord {
  const issue = ctx.repo.issues.get(Number(ctx.params.pull_number));
  if (!issue?.pullRequest) throw notFound(ctx);
  return issue;
}

function openPullFor(ctx: RequestContext, head: string, base: string, except?: number): IssueRecord | undefined {
  return [...ctx.repo.issues.values()].find(
    (i) =>
      i.pullRequest &&
      i.state === 'open' &&
      i.number !== except &&
      i.pullRequest.head === head &&
      i.pullRequest.base === base,
  );
}

const createPull: Handler = (ctx) => {
  const body = ctx.body as {
    title?: string;
    head: string;
    base: string;
    body?: string;
    draft?: boolean;
    maintainer_can_modify?: boolean;
    issue?: number;
  };
  if (ctx.token.kind === 'github-token' && !ctx.repo.actionsCanCreatePullRequests) {
    throw new HttpError(
      403,
      errorBody(403, 'GitHub Actions is not permitted to create or approve pull requests.', ctx.route.documentationUrl),
    );
  }
  const head = headBranch(ctx, body.head);
  const errors: Array<Record<string, string>> = [];
  if (head === undefined || !branchSha(ctx, head))
    errors.push({ resource: 'PullRequest', field: 'head', code: 'invalid' });
  if (!branchSha(ctx, body.base)) errors.push({ resource: 'PullRequest', field: 'base', code: 'invalid' });
  if (body.title === undefined && body.issue === undefined) {
    errors.push({ resource: 'PullRequest', field: 'title', code: 'missing_field' });
  }
  if (errors.length > 0 || head === undefined) throw validationFailed(ctx, errors);
  const existing = openPullFor(ctx, head, body.base);
  if (existing) {
    throw validationFailed(ctx, [
      {
        resource: 'PullRequest',
        code: 'custom',
        message: `A pull request already exists for ${ctx.repo.owner.login}:${head}.`,
      },
    ]);
  }
  const headSha = branchSha(ctx, head) as string;
  const baseSha = branchSha(ctx, body.base) as string;
  if (ctx.repo.git.isAncestor(headSha, baseSha)) {
    throw validationFailed(ctx, [
      { resource: 'PullRequest', code: 'custom', message: `No commits between ${body.base} and ${head}` },
    ]);
  }
  const now = ctx.state.timestamp();
  const fromIssue = body.issue !== undefined ? ctx.repo.issues.get(body.issue) : undefined;
  if (body.issue !== undefined && (!fromIssue || fromIssue.pullRequest)) {
    throw validationFailed(ctx, [{ resource: 'PullRequest', field: 'issue', code: 'invalid' }]);
  }
  const issue: IssueRecord = fromIssue ?? {
    id: ctx.state.nextId(),
    number: ctx.repo.nextNumber++,
    title: body.title ?? '',
    body: body.body ?? null,
    state: 'open',
    stateReason: null,
    labels: [],
    assignees: [],
    user: ctx.actor,
    locked: false,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
  };
  issue.pullRequest = {
    id: ctx.state.nextId(),
    number: issue.number,
    head,
    base: body.base,
    draft: body.draft ?? false,
    maintainerCanModify: body.maintainer_can_modify ?? true,
    merged: false,
    mergedAt: null,
  };
  ctx.repo.issues.set(issue.number, issue);
  const rendered = renderPull(ctx, issue, true);
  return json(201, rendered, { location: rendered.url });
};

const getPull: Handler = (ctx) => json(200, renderPull(ctx, findPull(ctx), true));

const updatePull: Handler = (ctx) => {
  const issue = findPull(ctx);
  const pull = issue.pullRequest;
  if (!pull) throw notFound(ctx);
  const body = (ctx.body ?? {}) as {
    title?: string;
    body?: string;
    state?: 'open' | 'closed';
    base?: string;
    maintainer_can_modify?: boolean;
  };
  if (body.base !== undefined) {
    if (!branchSha(ctx, body.base))
      throw validationFailed(ctx, [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
    pull.base = body.base;
  }
  if (body.state === 'open' && issue.state === 'closed' && openPullFor(ctx, pull.head, pull.base, issue.number)) {
    throw validationFailed(ctx, [
      {
        resource: 'PullRequest',
        code: 'custom',
        message: `A pull request already exists for ${ctx.repo.owner.login}:${pull.head}.`,
      },
    ]);
  }
  if (body.title !== undefined) issue.title = body.title;
  if (body.body !== undefined) issue.body = body.body;
  if (body.maintainer_can_modify !== undefined) pull.maintainerCanModify = body.maintainer_can_modify;
  const now = ctx.state.timestamp();
  if (body.state === 'closed' && issue.state === 'open') {
    issue.state = 'closed';
    issue.closedAt = now;
    issue.closedBy = ctx.actor;
  } else if (body.state === 'open' && issue.state === 'closed') {
    issue.state = 'open';
    issue.closedAt = null;
    issue.closedBy = null;
  }
  issue.updatedAt = now;
  return json(200, renderPull(ctx, issue, true));
};

const listPulls: Handler = (ctx) => {
  const q = ctx.query;
  const state = q.get('state') ?? 'open';
  // GitHub only filters by head in the `owner:branch` form; a bare branch name is ignored.
  const headFilter = q.get('head');
  const head = headFilter?.includes(':') ? headFilter : undefined;
  const base = q.get('base');
  const sort = q.get('sort') ?? 'created';
  const direction = (q.get('direction') ?? (sort === 'created' ? 'desc' : 'desc')) === 'asc' ? 1 : -1;
  const pulls = [...ctx.repo.issues.values()]
    .filter((i) => i.pullRequest)
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) => !head || `${ctx.repo.owner.login}:${i.pullRequest?.head}`.toLowerCase() === head.toLowerCase())
    .filter((i) => !base || i.pullRequest?.base === base)
    .sort((a, b) => {
      const ka = sort === 'updated' ? a.updatedAt : a.createdAt;
      const kb = sort === 'updated' ? b.updatedAt : b.createdAt;
      if (ka !== kb) return (ka < kb ? -1 : 1) * direction;
      return (a.number - b.number) * direction;
    });
  const page = paginate(ctx, pulls);
  return json(
    200,
    page.items.map((i) => renderPull(ctx, i, false)),
    page.headers,
  );
};

export const pullRoutes: Record<string, Handler> = {
  'pulls/create': createPull,
  'pulls/get': getPull,
  'pulls/update': updatePull,
  'pulls/list': listPulls,
};
