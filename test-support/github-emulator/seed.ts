import { parse as parseYaml } from 'yaml';
import type { Signature } from './git-store.js';
import { commitFiles, readTextFile } from './repo-ops.js';
import { ensureLabel } from './routes/issues.js';
import {
  type AnnotationRecord,
  type CommentRecord,
  type Conclusion,
  type EmulatorState,
  type IssueRecord,
  type JobRecord,
  type JobStatus,
  type LabelRecord,
  type Permission,
  type RepoState,
  resolveCommitish,
  type StepRecord,
  type WorkflowRecord,
  type WorkflowRunRecord,
} from './state.js';

export interface RepoSeed {
  /** `owner/name` */
  fullName: string;
  defaultBranch?: string;
  /** Files of the first commit on the default branch; none leaves the repository empty. */
  files?: Record<string, string | Buffer>;
  message?: string;
  private?: boolean;
  /** False turns issues off: issue routes answer 410. */
  hasIssues?: boolean;
  /**
   * "Allow GitHub Actions to create and approve pull requests". True by default here (so tests
   * that do not care can open pull requests with any token); GitHub's default for new
   * repositories is false. When false, a `kind: 'github-token'` token's pull-request creation
   * answers 403 `GitHub Actions is not permitted to create or approve pull requests.`
   */
  actionsCanCreatePullRequests?: boolean;
  /** "Workflow permissions" default of `GITHUB_TOKEN` as the settings API reports it; `write` by default. */
  defaultWorkflowPermissions?: 'read' | 'write';
  /** Login → permission; the owner is always admin. */
  collaborators?: Record<string, Permission>;
}

export interface CommitSeed {
  /** Branch to commit on; created from `from` (default branch when left out) if missing. */
  branch?: string;
  from?: string;
  /** Path → content, or null to delete. */
  files: Record<string, string | Buffer | null>;
  message?: string;
  author?: Partial<Signature>;
}

export interface WorkflowSeed {
  /** `.github/workflows/ci.yml` */
  path: string;
  /** Defaults to the YAML's `name:`, else the path, as GitHub does. */
  name?: string;
  /** When given, committed to the default branch at `path` first. */
  content?: string;
  /**
   * Overrides the YAML when deciding whether `workflow_dispatch` is accepted: needed only for
   * workflows without a file in the repository.
   */
  dispatchable?: boolean;
  state?: WorkflowRecord['state'];
}

export interface StepSeed {
  name: string;
  status?: JobStatus;
  conclusion?: Conclusion | null;
  /** This step's log lines (its file in the run-logs zip). */
  log?: string;
}

export interface AnnotationSeed {
  path: string;
  startLine: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
  level?: AnnotationRecord['level'];
  title?: string;
  message: string;
  rawDetails?: string;
}

export interface JobSeed {
  name: string;
  status?: JobStatus;
  /** Defaults to `failure` when a step failed, else `success` for completed jobs. */
  conclusion?: Conclusion | null;
  steps?: StepSeed[];
  /** The job's whole log; defaults to its steps' logs joined. */
  log?: string;
  labels?: string[];
  runnerName?: string;
  annotations?: AnnotationSeed[];
}

export interface RunSeed {
  /** Workflow id, file name (`ci.yml`) or path. */
  workflow: string | number;
  event?: string;
  /** Defaults to the default branch. */
  headBranch?: string | null;
  /** Defaults to the head of `headBranch`. */
  headSha?: string;
  actor?: string;
  displayTitle?: string;
  createdAt?: string;
  /** Jobs of the first attempt; use `attempts` for several. */
  jobs?: JobSeed[];
  attempts?: JobSeed[][];
  /** Defaults to `completed` when every job is; otherwise `in_progress`. */
  status?: JobStatus;
  /** Defaults from the jobs: `failure` if any failed, `cancelled` if any was, else `success`. */
  conclusion?: Conclusion | null;
}

export interface IssueSeed {
  title: string;
  body?: string;
  labels?: string[];
  state?: 'open' | 'closed';
  stateReason?: IssueRecord['stateReason'];
  /** Author login; defaults to the repository owner. */
  user?: string;
  assignees?: string[];
  createdAt?: string;
  updatedAt?: string;
}

export interface LabelSeed {
  name: string;
  color?: string;
  description?: string;
}

/** Typed helpers that put a repository into a known state before a test, bypassing HTTP. */
export class Seeder {
  constructor(private readonly state: EmulatorState) {}

  private repoOf(fullName: string): RepoState {
    const [owner = '', name = ''] = fullName.split('/');
    const repo = this.state.findRepo(owner, name);
    if (!repo) throw new Error(`seed: no repository "${fullName}"; create it with seed.repo() first`);
    return repo;
  }

  private signature(author?: Partial<Signature>): Signature {
    return {
      name: author?.name ?? 'Seed Author',
      email: author?.email ?? 'seed@example.com',
      date: author?.date ?? this.state.timestamp(),
    };
  }

  /** Creates a repository; with `files`, its default branch holds one commit with exactly them. */
  repo(seed: RepoSeed): RepoState {
    const [owner, name, extra] = seed.fullName.split('/');
    if (!owner || !name || extra !== undefined)
      throw new Error(`seed.repo: fullName must be "owner/name", got "${seed.fullName}"`);
    if (this.state.findRepo(owner, name)) throw new Error(`seed.repo: "${seed.fullName}" already exists`);
    const repo = this.state.newRepo(owner, name, {
      defaultBranch: seed.defaultBranch ?? 'main',
      private: seed.private ?? false,
      hasIssues: seed.hasIssues ?? true,
      actionsCanCreatePullRequests: seed.actionsCanCreatePullRequests ?? true,
      defaultWorkflowPermissions: seed.defaultWorkflowPermissions ?? 'write',
    });
    for (const [login, permission] of Object.entries(seed.collaborators ?? {})) {
      repo.collaborators.set(login.toLowerCase(), permission);
    }
    if (seed.files) {
      commitFiles(repo, {
        branch: repo.defaultBranch,
        files: seed.files,
        message: seed.message ?? 'Initial commit',
        author: this.signature(),
      });
    }
    return repo;
  }

  /** One commit on a branch (created when missing); returns its SHA. */
  commit(fullName: string, seed: CommitSeed): string {
    const repo = this.repoOf(fullName);
    return commitFiles(repo, {
      branch: seed.branch ?? repo.defaultBranch,
      ...(seed.from !== undefined ? { from: seed.from } : {}),
      files: seed.files,
      message: seed.message ?? 'Update files',
      author: this.signature(seed.author),
    });
  }

  /** A branch pointing at `from` (a branch, tag or SHA; default branch when left out). */
  branch(fullName: string, name: string, from?: string): string {
    const repo = this.repoOf(fullName);
    const sha = resolveCommitish(repo, from ?? repo.defaultBranch);
    if (!sha) throw new Error(`seed.branch: "${from ?? repo.defaultBranch}" does not resolve in ${fullName}`);
    repo.refs.set(`refs/heads/${name}`, sha);
    return sha;
  }

  collaborator(fullName: string, login: string, permission: Permission): void {
    this.repoOf(fullName).collaborators.set(login.toLowerCase(), permission);
  }

  workflow(fullName: string, seed: WorkflowSeed): WorkflowRecord {
    const repo = this.repoOf(fullName);
    if (seed.content !== undefined) {
      this.commit(fullName, { files: { [seed.path]: seed.content }, message: `Add ${seed.path}` });
    }
    const head = repo.refs.get(`refs/heads/${repo.defaultBranch}`);
    const text = head ? readTextFile(repo, head, seed.path) : undefined;
    let yamlName: unknown;
    try {
      yamlName = text ? (parseYaml(text) as { name?: unknown } | null)?.name : undefined;
    } catch (error) {
      throw new Error(`seed.workflow: ${seed.path} in ${fullName} is not valid YAML: ${(error as Error).message}`);
    }
    const now = this.state.timestamp();
    const workflow: WorkflowRecord = {
      id: this.state.nextId(),
      name: seed.name ?? (typeof yamlName === 'string' ? yamlName : seed.path),
      path: seed.path,
      state: seed.state ?? 'active',
      createdAt: now,
      updatedAt: now,
      ...(seed.dispatchable !== undefined ? { dispatchable: seed.dispatchable } : {}),
    };
    repo.workflows.push(workflow);
    return workflow;
  }

  /** A workflow run with its jobs, steps, logs and annotations. */
  run(fullName: string, seed: RunSeed): WorkflowRunRecord {
    const repo = this.repoOf(fullName);
    const key = String(seed.workflow);
    const workflow = repo.workflows.find(
      (w) => String(w.id) === key || w.path === key || w.path.split('/').pop() === key,
    );
    if (!workflow) throw new Error(`seed.run: no workflow "${key}" in ${fullName}; add it with seed.workflow()`);
    const headBranch = seed.headBranch === undefined ? repo.defaultBranch : seed.headBranch;
    const headSha = seed.headSha ?? (headBranch ? repo.refs.get(`refs/heads/${headBranch}`) : undefined);
    if (!headSha) throw new Error(`seed.run: give headSha, or a headBranch that exists in ${fullName}`);
    const createdAt = seed.createdAt ?? this.state.timestamp();
    const runId = this.state.nextId();
    const attemptsSeed = seed.attempts ?? [seed.jobs ?? []];
    const attempts = attemptsSeed.map((jobs, index) => {
      const attempt = index + 1;
      const records = jobs.map((job) => this.job(runId, attempt, createdAt, job));
      const isLast = index === attemptsSeed.length - 1;
      const status =
        (isLast ? seed.status : undefined) ??
        (records.every((j) => j.status === 'completed') ? 'completed' : 'in_progress');
      const conclusion =
        isLast && seed.conclusion !== undefined
          ? seed.conclusion
          : status !== 'completed'
            ? null
            : records.some((j) => j.conclusion === 'failure' || j.conclusion === 'timed_out')
              ? 'failure'
              : records.some((j) => j.conclusion === 'cancelled')
                ? 'cancelled'
                : 'success';
      return {
        attempt,
        status,
        conclusion,
        jobs: records,
        startedAt: createdAt,
        updatedAt: createdAt,
        triggeringActor: this.state.account(seed.actor ?? repo.owner.login),
      };
    });
    const commit = repo.git.commit(headSha);
    const run: WorkflowRunRecord = {
      id: runId,
      workflowId: workflow.id,
      name: workflow.name,
      runNumber: repo.runs.filter((r) => r.workflowId === workflow.id).length + 1,
      event: seed.event ?? 'push',
      headBranch,
      headSha,
      displayTitle: seed.displayTitle ?? commit?.message.split('\n')[0] ?? workflow.name,
      actor: this.state.account(seed.actor ?? repo.owner.login),
      createdAt,
      attempts,
    };
    repo.runs.push(run);
    return run;
  }

  private job(runId: number, attempt: number, createdAt: string, seed: JobSeed): JobRecord {
    const start = Date.parse(createdAt);
    const at = (seconds: number) => this.state.timestamp(new Date(start + seconds * 1000));
    const status = seed.status ?? 'completed';
    const steps: StepRecord[] = (seed.steps ?? []).map((step, index) => {
      const stepStatus = step.status ?? status;
      return {
        name: step.name,
        number: index + 1,
        status: stepStatus,
        conclusion: step.conclusion !== undefined ? step.conclusion : stepStatus === 'completed' ? 'success' : null,
        startedAt: at(index),
        completedAt: stepStatus === 'completed' ? at(index + 1) : null,
        log: step.log ?? '',
      };
    });
    const conclusion =
      seed.conclusion !== undefined
        ? seed.conclusion
        : status !== 'completed'
          ? null
          : steps.some((s) => s.conclusion === 'failure')
            ? 'failure'
            : 'success';
    return {
      id: this.state.nextId(),
      runId,
      runAttempt: attempt,
      name: seed.name,
      status,
      conclusion,
      createdAt,
      startedAt: createdAt,
      completedAt: status === 'completed' ? at(steps.length) : null,
      steps,
      labels: seed.labels ?? ['ubuntu-latest'],
      runnerName: seed.runnerName ?? 'GitHub Actions 2',
      log: seed.log ?? steps.map((s) => s.log).join(''),
      annotations: (seed.annotations ?? []).map((a) => ({
        path: a.path,
        startLine: a.startLine,
        endLine: a.endLine ?? a.startLine,
        startColumn: a.startColumn ?? null,
        endColumn: a.endColumn ?? null,
        level: a.level ?? 'failure',
        title: a.title ?? null,
        message: a.message,
        rawDetails: a.rawDetails ?? null,
      })),
    };
  }

  label(fullName: string, seed: LabelSeed): LabelRecord {
    const repo = this.repoOf(fullName);
    const label = ensureLabel({ repo, state: this.state }, seed.name);
    if (seed.color !== undefined) label.color = seed.color;
    if (seed.description !== undefined) label.description = seed.description;
    return label;
  }

  issue(fullName: string, seed: IssueSeed): IssueRecord {
    const repo = this.repoOf(fullName);
    const createdAt = seed.createdAt ?? this.state.timestamp();
    const state = seed.state ?? 'open';
    const issue: IssueRecord = {
      id: this.state.nextId(),
      number: repo.nextNumber++,
      title: seed.title,
      body: seed.body ?? null,
      state,
      stateReason: seed.stateReason ?? (state === 'closed' ? 'completed' : null),
      labels: (seed.labels ?? []).map((name) => ensureLabel({ repo, state: this.state }, name).name),
      assignees: seed.assignees ?? [],
      user: this.state.account(seed.user ?? repo.owner.login),
      locked: false,
      createdAt,
      updatedAt: seed.updatedAt ?? createdAt,
      closedAt: state === 'closed' ? (seed.updatedAt ?? createdAt) : null,
      closedBy: null,
    };
    repo.issues.set(issue.number, issue);
    return issue;
  }

  comment(
    fullName: string,
    issueNumber: number,
    seed: { body: string; user?: string; createdAt?: string },
  ): CommentRecord {
    const repo = this.repoOf(fullName);
    if (!repo.issues.has(issueNumber)) throw new Error(`seed.comment: no issue #${issueNumber} in ${fullName}`);
    const createdAt = seed.createdAt ?? this.state.timestamp();
    const comment: CommentRecord = {
      id: this.state.nextId(),
      issueNumber,
      body: seed.body,
      user: this.state.account(seed.user ?? repo.owner.login),
      createdAt,
      updatedAt: createdAt,
    };
    repo.comments.push(comment);
    return comment;
  }
}
