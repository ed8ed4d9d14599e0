import {
  errorBody,
  type Handler,
  HttpError,
  json,
  noContent,
  notFound,
  type RequestContext,
  validationFailed,
} from '../http.js';
import { paginate } from '../pagination.js';
import type { CommentRecord, IssueRecord, LabelRecord, RepoState } from '../state.js';

/** 410 as GitHub answers issue routes of a repository whose issues are turned off. */
function issuesDisabled(ctx: RequestContext): HttpError {
  return new HttpError(410, errorBody(410, 'Issues are disabled for this repo', ctx.route.documentationUrl));
}

/** Issue routes of a repository without issues answer 410, except for pull-request numbers. */
function checkIssuesEnabled(ctx: RequestContext, issue?: IssueRecord): void {
  if (!ctx.repo.hasIssues && !issue?.pullRequest) throw issuesDisabled(ctx);
}

function issueNumber(ctx: RequestContext): number {
  return Number(ctx.params.issue_number);
}

export function findIssue(ctx: RequestContext): IssueRecord {
  const issue = ctx.repo.issues.get(issueNumber(ctx));
  checkIssuesEnabled(ctx, issue);
  if (!issue) throw notFound(ctx);
  return issue;
}

export function commentCount(repo: RepoState, number: number): number {
  return repo.comments.filter((c) => c.issueNumber === number).length;
}

export function renderIssue(ctx: RequestContext, issue: IssueRecord) {
  return ctx.render.issue(ctx.repo, issue, commentCount(ctx.repo, issue.number));
}

/** The label with this name (any case), created with GitHub's default colour when missing. */
export function ensureLabel(ctx: Pick<RequestContext, 'repo' | 'state'>, name: string): LabelRecord {
  const key = name.toLowerCase();
  let label = ctx.repo.labels.get(key);
  if (!label) {
    label = { id: ctx.state.nextId(), name, color: 'ededed', description: null, default: false };
    ctx.repo.labels.set(key, label);
  }
  return label;
}

type LabelInput = string | { name?: string };

function labelNames(input: unknown): string[] {
  const list = Array.isArray(input) ? input : typeof input === 'string' ? [input] : [];
  return (list as LabelInput[])
    .map((l) => (typeof l === 'string' ? l : (l.name ?? '')))
    .filter((name) => name.trim() !== '');
}

/** Replaces or extends an issue's labels with canonical names, without duplicates. */
function applyLabels(ctx: RequestContext, issue: IssueRecord, names: string[], mode: 'set' | 'add'): void {
  const next = mode === 'set' ? [] : [...issue.labels];
  for (const name of names) {
    const label = ensureLabel(ctx, name);
    if (!next.some((n) => n.toLowerCase() === label.name.toLowerCase())) next.push(label.name);
  }
  issue.labels = next;
}

const createIssue: Handler = (ctx) => {
  checkIssuesEnabled(ctx);
  const body = ctx.body as {
    title: string | number;
    body?: string;
    labels?: LabelInput[];
    assignees?: string[];
    assignee?: string | null;
  };
  const now = ctx.state.timestamp();
  const issue: IssueRecord = {
    id: ctx.state.nextId(),
    number: ctx.repo.nextNumber++,
    title: String(body.title),
    body: body.body ?? null,
    state: 'open',
    stateReason: null,
    labels: [],
    assignees: body.assignees ?? (body.assignee ? [body.assignee] : []),
    user: ctx.actor,
    locked: false,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
  };
  applyLabels(ctx, issue, labelNames(body.labels), 'set');
  ctx.repo.issues.set(issue.number, issue);
  const rendered = renderIssue(ctx, issue);
  return json(201, rendered, { location: rendered.url });
};

const getIssue: Handler = (ctx) => json(200, renderIssue(ctx, findIssue(ctx)));

const updateIssue: Handler = (ctx) => {
  const issue = findIssue(ctx);
  const body = (ctx.body ?? {}) as {
    title?: string | number | null;
    body?: string | null;
    state?: 'open' | 'closed';
    state_reason?: IssueRecord['stateReason'];
    labels?: LabelInput[];
    assignees?: string[];
  };
  if (body.title !== undefined && body.title !== null) issue.title = String(body.title);
  if (body.body !== undefined) issue.body = body.body;
  if (body.labels !== undefined) applyLabels(ctx, issue, labelNames(body.labels), 'set');
  if (body.assignees !== undefined) issue.assignees = body.assignees;
  const now = ctx.state.timestamp();
  if (body.state === 'closed') {
    if (issue.state === 'open') {
      issue.closedAt = now;
      issue.closedBy = ctx.actor;
    }
    issue.state = 'closed';
    issue.stateReason =
      body.state_reason ?? (issue.stateReason === 'reopened' || !issue.stateReason ? 'completed' : issue.stateReason);
  } else if (body.state === 'open' && issue.state === 'closed') {
    issue.state = 'open';
    issue.stateReason = 'reopened';
    issue.closedAt = null;
    issue.closedBy = null;
  }
  issue.updatedAt = now;
  return json(200, renderIssue(ctx, issue));
};

const SORT_KEYS: Record<string, (repo: RepoState, issue: IssueRecord) => string | number> = {
  created: (_repo, i) => i.createdAt,
  updated: (_repo, i) => i.updatedAt,
  comments: (repo, i) => commentCount(repo, i.number),
};

const listIssues: Handler = (ctx) => {
  checkIssuesEnabled(ctx);
  const q = ctx.query;
  const state = q.get('state') ?? 'open';
  const wanted = (q.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  const since = q.get('since');
  const creator = q.get('creator')?.toLowerCase();
  const assignee = q.get('assignee')?.toLowerCase();
  const sortKey = SORT_KEYS[q.get('sort') ?? 'created'] ?? SORT_KEYS.created;
  const direction = q.get('direction') === 'asc' ? 1 : -1;
  const issues = [...ctx.repo.issues.values()]
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) => wanted.every((name) => i.labels.some((l) => l.toLowerCase() === name)))
    .filter((i) => !since || i.updatedAt >= new Date(since).toISOString().replace(/\.\d{3}Z$/, 'Z'))
    .filter((i) => !creator || i.user.login.toLowerCase() === creator)
    .filter((i) => {
      if (!assignee) return true;
      if (assignee === 'none') return i.assignees.length === 0;
      if (assignee === '*') return i.assignees.length > 0;
      return i.assignees.some((a) => a.toLowerCase() === assignee);
    })
    .sort((a, b) => {
      const ka = sortKey?.(ctx.repo, a) ?? 0;
      const kb = sortKey?.(ctx.repo, b) ?? 0;
      if (ka !== kb) return (ka < kb ? -1 : 1) * direction;
      return (a.number - b.number) * direction;
    });
  const page = paginate(ctx, issues);
  return json(
    200,
    page.items.map((i) => renderIssue(ctx, i)),
    page.headers,
  );
};

function findComment(ctx: RequestContext): CommentRecord {
  const id = Number(ctx.params.comment_id);
  const comment = ctx.repo.comments.find((c) => c.id === id);
  if (!comment) throw notFound(ctx);
  checkIssuesEnabled(ctx, ctx.repo.issues.get(comment.issueNumber));
  return comment;
}

const createComment: Handler = (ctx) => {
  const issue = findIssue(ctx);
  const now = ctx.state.timestamp();
  const comment: CommentRecord = {
    id: ctx.state.nextId(),
    issueNumber: issue.number,
    body: (ctx.body as { body: string }).body,
    user: ctx.actor,
    createdAt: now,
    updatedAt: now,
  };
  ctx.repo.comments.push(comment);
  issue.updatedAt = now;
  const rendered = ctx.render.comment(ctx.repo, comment);
  return json(201, rendered, { location: rendered.url });
};

const listComments: Handler = (ctx) => {
  const issue = findIssue(ctx);
  const since = ctx.query.get('since');
  const comments = ctx.repo.comments
    .filter((c) => c.issueNumber === issue.number)
    .filter((c) => !since || Date.parse(c.updatedAt) >= Date.parse(since));
  const page = paginate(ctx, comments);
  return json(
    200,
    page.items.map((c) => ctx.render.comment(ctx.repo, c)),
    page.headers,
  );
};

const getComment: Handler = (ctx) => json(200, ctx.render.comment(ctx.repo, findComment(ctx)));

const updateComment: Handler = (ctx) => {
  const comment = findComment(ctx);
  comment.body = (ctx.body as { body: string }).body;
  comment.updatedAt = ctx.state.timestamp();
  return json(200, ctx.render.comment(ctx.repo, comment));
};

const deleteComment: Handler = (ctx) => {
  const comment = findComment(ctx);
  ctx.repo.comments = ctx.repo.comments.filter((c) => c !== comment);
  return noContent();
};

function findLabel(ctx: RequestContext): LabelRecord {
  const label = ctx.repo.labels.get(String(ctx.params.name).toLowerCase());
  if (!label) throw notFound(ctx);
  return label;
}

const COLOR = /^[0-9a-fA-F]{6}$/;

const createLabel: Handler = (ctx) => {
  const body = ctx.body as { name: string; color?: string; description?: string };
  if (ctx.repo.labels.has(body.name.toLowerCase())) {
    throw validationFailed(ctx, [{ resource: 'Label', code: 'already_exists', field: 'name' }]);
  }
  if (body.color !== undefined && !COLOR.test(body.color)) {
    throw validationFailed(ctx, [{ resource: 'Label', code: 'invalid', field: 'color' }]);
  }
  const label: LabelRecord = {
    id: ctx.state.nextId(),
    name: body.name,
    color: (body.color ?? 'ededed').toLowerCase(),
    description: body.description ?? null,
    default: false,
  };
  ctx.repo.labels.set(label.name.toLowerCase(), label);
  return json(201, ctx.render.label(ctx.repo, label));
};

const getLabel: Handler = (ctx) => json(200, ctx.render.label(ctx.repo, findLabel(ctx)));

const updateLabel: Handler = (ctx) => {
  const label = findLabel(ctx);
  const body = (ctx.body ?? {}) as { new_name?: string; color?: string; description?: string };
  if (body.color !== undefined && !COLOR.test(body.color)) {
    throw validationFailed(ctx, [{ resource: 'Label', code: 'invalid', field: 'color' }]);
  }
  if (body.new_name !== undefined && body.new_name.toLowerCase() !== label.name.toLowerCase()) {
    if (ctx.repo.labels.has(body.new_name.toLowerCase())) {
      throw validationFailed(ctx, [{ resource: 'Label', code: 'already_exists', field: 'name' }]);
    }
    ctx.repo.labels.delete(label.name.toLowerCase());
    for (const issue of ctx.repo.issues.values()) {
      issue.labels = issue.labels.map((n) =>
        n.toLowerCase() === label.name.toLowerCase() ? (body.new_name as string) : n,
      );
    }
    label.name = body.new_name;
    ctx.repo.labels.set(label.name.toLowerCase(), label);
  } else if (body.new_name !== undefined) {
    label.name = body.new_name;
  }
  if (body.color !== undefined) label.color = body.color.toLowerCase();
  if (body.description !== undefined) label.description = body.description;
  return json(200, ctx.render.label(ctx.repo, label));
};

const deleteLabel: Handler = (ctx) => {
  const label = findLabel(ctx);
  ctx.repo.labels.delete(label.name.toLowerCase());
  for (const issue of ctx.repo.issues.values()) {
    issue.labels = issue.labels.filter((n) => n.toLowerCase() !== label.name.toLowerCase());
  }
  return noContent();
};

const listLabelsForRepo: Handler = (ctx) => {
  const labels = [...ctx.repo.labels.values()].sort((a, b) => a.id - b.id);
  const page = paginate(ctx, labels);
  return json(
    200,
    page.items.map((l) => ctx.render.label(ctx.repo, l)),
    page.headers,
  );
};

function labelsBody(body: unknown): string[] {
  if (Array.isArray(body) || typeof body === 'string') return labelNames(body);
  return labelNames((body as { labels?: unknown } | undefined)?.labels);
}

const listLabelsOnIssue: Handler = (ctx) => {
  const issue = findIssue(ctx);
  const page = paginate(ctx, ctx.render.issueLabels(ctx.repo, issue));
  return json(200, page.items, page.headers);
};

const addLabels: Handler = (ctx) => {
  const issue = findIssue(ctx);
  applyLabels(ctx, issue, labelsBody(ctx.body), 'add');
  issue.updatedAt = ctx.state.timestamp();
  return json(200, ctx.render.issueLabels(ctx.repo, issue));
};

const setLabels: Handler = (ctx) => {
  const issue = findIssue(ctx);
  applyLabels(ctx, issue, labelsBody(ctx.body), 'set');
  issue.updatedAt = ctx.state.timestamp();
  return json(200, ctx.render.issueLabels(ctx.repo, issue));
};

const removeLabel: Handler = (ctx) => {
  const issue = findIssue(ctx);
  const name = String(ctx.params.name).toLowerCase();
  if (!issue.labels.some((l) => l.toLowerCase() === name)) throw notFound(ctx, 'Label does not exist');
  issue.labels = issue.labels.filter((l) => l.toLowerCase() !== name);
  issue.updatedAt = ctx.state.timestamp();
  return json(200, ctx.render.issueLabels(ctx.repo, issue));
};

const removeAllLabels: Handler = (ctx) => {
  const issue = findIssue(ctx);
  issue.labels = [];
  issue.updatedAt = ctx.state.timestamp();
  return noContent();
};

export const issueRoutes: Record<string, Handler> = {
  'issues/create': createIssue,
  'issues/get': getIssue,
  'issues/update': updateIssue,
  'issues/list-for-repo': listIssues,
  'issues/create-comment': createComment,
  'issues/list-comments': listComments,
  'issues/get-comment': getComment,
  'issues/update-comment': updateComment,
  'issues/delete-comment': deleteComment,
  'issues/create-label': createLabel,
  'issues/get-label': getLabel,
  'issues/update-label': updateLabel,
  'issues/delete-label': deleteLabel,
  'issues/list-labels-for-repo': listLabelsForRepo,
  'issues/list-labels-on-issue': listLabelsOnIssue,
  'issues/add-labels': addLabels,
  'issues/set-labels': setLabels,
  'issues/remove-label': removeLabel,
  'issues/remove-all-labels': removeAllLabels,
};
