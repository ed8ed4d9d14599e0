import { GitStore } from './git-store.js';

/** A GitHub account as the emulator knows it. */
export interface Account {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

/** The account `GITHUB_TOKEN` acts as. */
export const GITHUB_ACTIONS_BOT: Account = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export type IssueState = 'open' | 'closed';
export type StateReason = 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;

/** An issue, or the issue half of a pull request (GitHub numbers both from one sequence). */
export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: IssueState;
  stateReason: StateReason;
  /** Label names, in the order they were added. */
  labels: string[];
  assignees: string[];
  user: Account;
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: Account | null;
  /** Set when this number is a pull request. */
  pullRequest?: PullRecord;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: Account;
  createdAt: string;
  updatedAt: string;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface PullRecord {
  id: number;
  number: number;
  /** Branch name in this repository. */
  head: string;
  base: string;
  draft: boolean;
  maintainerCanModify: boolean;
  merged: boolean;
  mergedAt: string | null;
}

export interface StepRecord {
  name: string;
  number: number;
  status: JobStatus;
  conclusion: Conclusion | null;
  startedAt: string | null;
  completedAt: string | null;
  /** This step's part of the log, the text of its file in the run-logs zip. */
  log: string;
}

export type JobStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
export type Conclusion =
  | 'success'
  | 'failure'
  | 'neutral'
  | 'cancelled'
  | 'skipped'
  | 'timed_out'
  | 'action_required'
  | 'stale';

export interface AnnotationRecord {
  path: string;
  startLine: number;
  endLine: number;
  startColumn: number | null;
  endColumn: number | null;
  level: 'notice' | 'warning' | 'failure';
  title: string | null;
  message: string;
  rawDetails: string | null;
}

export interface JobRecord {
  id: number;
  runId: number;
  runAttempt: number;
  name: string;
  status: JobStatus;
  conclusion: Conclusion | null;
  createdAt: string;
  startedAt: string;
  completedAt: string | null;
  steps: StepRecord[];
  labels: string[];
  runnerName: string | null;
  /** The job's whole log, as "download job logs" serves it. */
  log: string;
  annotations: AnnotationRecord[];
}

export interface RunAttemptRecord {
  attempt: number;
  status: JobStatus;
  conclusion: Conclusion | null;
  jobs: JobRecord[];
  startedAt: string;
  updatedAt: string;
  triggeringActor: Account;
}

export interface WorkflowRunRecord {
  id: number;
  workflowId: number;
  name: string;
  runNumber: number;
  event: string;
  headBranch: string | null;
  headSha: string;
  displayTitle: string;
  actor: Account;
  createdAt: string;
  /** Attempts in order; the last is the run's current state. */
  attempts: RunAttemptRecord[];
}

export interface WorkflowRecord {
  id: number;
  name: string;
  /** `.github/workflows/ci.yml` */
  path: string;
  state: 'active' | 'disabled_manually';
  createdAt: string;
  updatedAt: string;
  /** Overrides what the workflow file says about a `workflow_dispatch` trigger. */
  dispatchable?: boolean;
}

/** A recorded `workflow_dispatch`, for tests to assert on. */
export interface DispatchRecord {
  workflowId: number;
  workflowPath: string;
  ref: string;
  inputs: Record<string, unknown>;
  runId: number;
  at: string;
}

export interface RerunRecord {
  runId: number;
  kind: 'failed-jobs' | 'all';
  enableDebugLogging: boolean;
  newAttempt: number;
  at: string;
}

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface RepoState {
  id: number;
  owner: Account;
  name: string;
  fullName: string;
  defaultBranch: string;
  private: boolean;
  /** When false, issue routes answer 410 "Issues are disabled for this repo". */
  hasIssues: boolean;
  /**
   * "Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General):
   * when false, a `github-token` token's pull-request creation answers 403.
   */
  actionsCanCreatePullRequests: boolean;
  /** "Workflow permissions": what `GITHUB_TOKEN` gets by default, as the settings API reports it. */
  defaultWorkflowPermissions: 'read' | 'write';
  createdAt: string;
  git: GitStore;
  /** Full ref name (`refs/heads/main`) → commit SHA. */
  refs: Map<string, string>;
  issues: Map<number, IssueRecord>;
  comments: CommentRecord[];
  /** Lower-cased name → label. */
  labels: Map<string, LabelRecord>;
  workflows: WorkflowRecord[];
  runs: WorkflowRunRecord[];
  dispatches: DispatchRecord[];
  reruns: RerunRecord[];
  collaborators: Map<string, Permission>;
  nextNumber: number;
}

/** Everything the emulator holds; ids come from one counter so no two objects share one. */
export class EmulatorState {
  readonly repos = new Map<string, RepoState>();
  private readonly accounts = new Map<string, Account>([[GITHUB_ACTIONS_BOT.login.toLowerCase(), GITHUB_ACTIONS_BOT]]);
  private nextIdValue = 1000;
  readonly now: () => Date;

  constructor(now: () => Date = () => new Date()) {
    this.now = now;
  }

  nextId(): number {
    this.nextIdValue += 1;
    return this.nextIdValue;
  }

  /** The account with this login, created on first use so that its id stays the same. */
  account(login: string, type: Account['type'] = login.endsWith('[bot]') ? 'Bot' : 'User'): Account {
    const key = login.toLowerCase();
    let account = this.accounts.get(key);
    if (!account) {
      account = { login, id: this.nextId(), type };
      this.accounts.set(key, account);
    }
    return account;
  }

  accountId(login: string): number {
    return this.account(login).id;
  }

  /** GitHub's timestamp format: ISO 8601 in UTC without milliseconds. */
  timestamp(date: Date = this.now()): string {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  findRepo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  addRepo(repo: RepoState): void {
    this.repos.set(repo.fullName.toLowerCase(), repo);
  }

  newRepo(
    owner: string,
    name: string,
    options: {
      defaultBranch: string;
      private: boolean;
      hasIssues: boolean;
      actionsCanCreatePullRequests: boolean;
      defaultWorkflowPermissions: 'read' | 'write';
    },
  ) {
    const repo: RepoState = {
      id: this.nextId(),
      owner: this.account(owner),
      name,
      fullName: `${owner}/${name}`,
      defaultBranch: options.defaultBranch,
      private: options.private,
      hasIssues: options.hasIssues,
      actionsCanCreatePullRequests: options.actionsCanCreatePullRequests,
      defaultWorkflowPermissions: options.defaultWorkflowPermissions,
      createdAt: this.timestamp(),
      git: new GitStore(),
      refs: new Map(),
      issues: new Map(),
      comments: [],
      labels: new Map(),
      workflows: [],
      runs: [],
      dispatches: [],
      reruns: [],
      collaborators: new Map([[owner.toLowerCase(), 'admin']]),
      nextNumber: 1,
    };
    this.addRepo(repo);
    return repo;
  }
}

/** The head commit of a branch, tag, full ref or commit SHA, or undefined. */
export function resolveCommitish(repo: RepoState, ref: string): string | undefined {
  const candidates = ref.startsWith('refs/') ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`];
  for (const name of candidates) {
    const sha = repo.refs.get(name);
    if (sha) return sha;
  }
  if (/^[0-9a-f]{40}$/i.test(ref) && repo.git.commit(ref)) return ref.toLowerCase();
  return undefined;
}
