import type { CommitData, PathEntry, Signature } from './git-store.js';
import type {
  Account,
  AnnotationRecord,
  CommentRecord,
  IssueRecord,
  JobRecord,
  LabelRecord,
  RepoState,
  RunAttemptRecord,
  WorkflowRecord,
  WorkflowRunRecord,
} from './state.js';

/** Where GitHub's web pages live; links meant for people keep pointing there. */
export const HTML_ROOT = 'https://github.com';

/** GitHub's legacy global node id: base64 of `0<len>:<Type><id>`. */
export function nodeId(type: string, id: number | string): string {
  return Buffer.from(`0${type.length}:${type}${id}`).toString('base64');
}

/**
 * Builds response bodies in the shapes of GitHub's REST API (schemas `simple-user`, `issue`,
 * `pull-request`, `workflow-run`, `job`, ...), with API URLs on the emulator and HTML URLs on github.com.
 */
export class Renderer {
  constructor(
    readonly api: string,
    private readonly accounts: { account(login: string): Account },
  ) {}

  user(account: Account) {
    const api = `${this.api}/users/${encodeURIComponent(account.login)}`;
    const html =
      account.type === 'Bot'
        ? `${HTML_ROOT}/apps/${account.login.replace(/\[bot\]$/, '')}`
        : `${HTML_ROOT}/${account.login}`;
    return {
      login: account.login,
      id: account.id,
      node_id: nodeId(account.type === 'Bot' ? 'Bot' : 'User', account.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: html,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: account.type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  repoUrl(repo: RepoState): string {
    return `${this.api}/repos/${repo.fullName}`;
  }

  repoHtml(repo: RepoState): string {
    return `${HTML_ROOT}/${repo.fullName}`;
  }

  /** The `minimal-repository` fields: identity and URL templates. */
  minimalRepository(repo: RepoState) {
    const url = this.repoUrl(repo);
    return {
      id: repo.id,
      node_id: nodeId('Repository', repo.id),
      name: repo.name,
      full_name: repo.fullName,
      private: repo.private,
      owner: this.user(repo.owner),
      html_url: this.repoHtml(repo),
      description: null,
      fork: false,
      url,
      forks_url: `${url}/forks`,
      keys_url: `${url}/keys{/key_id}`,
      collaborators_url: `${url}/collaborators{/collaborator}`,
      teams_url: `${url}/teams`,
      hooks_url: `${url}/hooks`,
      issue_events_url: `${url}/issues/events{/number}`,
      events_url: `${url}/events`,
      assignees_url: `${url}/assignees{/user}`,
      branches_url: `${url}/branches{/branch}`,
      tags_url: `${url}/tags`,
      blobs_url: `${url}/git/blobs{/sha}`,
      git_tags_url: `${url}/git/tags{/sha}`,
      git_refs_url: `${url}/git/refs{/sha}`,
      trees_url: `${url}/git/trees{/sha}`,
      statuses_url: `${url}/statuses/{sha}`,
      languages_url: `${url}/languages`,
      stargazers_url: `${url}/stargazers`,
      contributors_url: `${url}/contributors`,
      subscribers_url: `${url}/subscribers`,
      subscription_url: `${url}/subscription`,
      commits_url: `${url}/commits{/sha}`,
      git_commits_url: `${url}/git/commits{/sha}`,
      comments_url: `${url}/comments{/number}`,
      issue_comment_url: `${url}/issues/comments{/number}`,
      contents_url: `${url}/contents/{+path}`,
      compare_url: `${url}/compare/{base}...{head}`,
      merges_url: `${url}/merges`,
      archive_url: `${url}/{archive_format}{/ref}`,
      downloads_url: `${url}/downloads`,
      issues_url: `${url}/issues{/number}`,
      pulls_url: `${url}/pulls{/number}`,
      milestones_url: `${url}/milestones{/number}`,
      notifications_url: `${url}/notifications{?since,all,participating}`,
      labels_url: `${url}/labels{/name}`,
      releases_url: `${url}/releases{/id}`,
      deployments_url: `${url}/deployments`,
    };
  }

  /** The `repository` / `full-repository` fields. */
  repository(repo: RepoState, openIssues: number) {
    return {
      ...this.minimalRepository(repo),
      created_at: repo.createdAt,
      updated_at: repo.createdAt,
      pushed_at: repo.createdAt,
      git_url: `git://github.com/${repo.fullName}.git`,
      ssh_url: `git@github.com:${repo.fullName}.git`,
      clone_url: `${this.repoHtml(repo)}.git`,
      svn_url: this.repoHtml(repo),
      homepage: null,
      size: 0,
      stargazers_count: 0,
      watchers_count: 0,
      language: null,
      has_issues: repo.hasIssues,
      has_projects: true,
      has_downloads: true,
      has_wiki: true,
      has_pages: false,
      has_discussions: false,
      forks_count: 0,
      mirror_url: null,
      archived: false,
      disabled: false,
      open_issues_count: openIssues,
      license: null,
      allow_forking: true,
      is_template: false,
      web_commit_signoff_required: false,
      topics: [],
      visibility: repo.private ? 'private' : 'public',
      forks: 0,
      open_issues: openIssues,
      watchers: 0,
      default_branch: repo.defaultBranch,
    };
  }

  label(repo: RepoState, label: LabelRecord) {
    return {
      id: label.id,
      node_id: nodeId('Label', label.id),
      url: `${this.repoUrl(repo)}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      color: label.color,
      default: label.default,
      description: label.description,
    };
  }

  issueLabels(repo: RepoState, issue: IssueRecord) {
    return issue.labels
      .map((name) => repo.labels.get(name.toLowerCase()))
      .filter((l): l is LabelRecord => l !== undefined)
      .map((l) => this.label(repo, l));
  }

  issue(repo: RepoState, issue: IssueRecord, commentCount: number) {
    const url = `${this.repoUrl(repo)}/issues/${issue.number}`;
    const pull = issue.pullRequest;
    const htmlKind = pull ? 'pull' : 'issues';
    return {
      url,
      repository_url: this.repoUrl(repo),
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${this.repoHtml(repo)}/${htmlKind}/${issue.number}`,
      id: issue.id,
      node_id: nodeId(pull ? 'PullRequest' : 'Issue', issue.id),
      number: issue.number,
      title: issue.title,
      user: this.user(issue.user),
      labels: this.issueLabels(repo, issue),
      state: issue.state,
      locked: issue.locked,
      assignee: issue.assignees[0] ? this.user(this.account(issue.assignees[0])) : null,
      assignees: issue.assignees.map((login) => this.user(this.account(login))),
      milestone: null,
      comments: commentCount,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      closed_by: issue.closedBy ? this.user(issue.closedBy) : null,
      author_association: this.association(repo, issue.user),
      active_lock_reason: null,
      ...(pull
        ? {
            draft: pull.draft,
            pull_request: {
              url: `${this.repoUrl(repo)}/pulls/${issue.number}`,
              html_url: `${this.repoHtml(repo)}/pull/${issue.number}`,
              diff_url: `${this.repoHtml(repo)}/pull/${issue.number}.diff`,
              patch_url: `${this.repoHtml(repo)}/pull/${issue.number}.patch`,
              merged_at: pull.mergedAt,
            },
          }
        : {}),
      body: issue.body,
      reactions: this.reactions(url),
      timeline_url: `${url}/timeline`,
      performed_via_github_app: null,
      state_reason: issue.stateReason,
    };
  }

  comment(repo: RepoState, comment: CommentRecord) {
    const issue = repo.issues.get(comment.issueNumber);
    const kind = issue?.pullRequest ? 'pull' : 'issues';
    const url = `${this.repoUrl(repo)}/issues/comments/${comment.id}`;
    return {
      url,
      html_url: `${this.repoHtml(repo)}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.repoUrl(repo)}/issues/${comment.issueNumber}`,
      id: comment.id,
      node_id: nodeId('IssueComment', comment.id),
      user: this.user(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: this.association(repo, comment.user),
      body: comment.body,
      reactions: this.reactions(url),
      performed_via_github_app: null,
    };
  }

  pullRequest(repo: RepoState, issue: IssueRecord, heads: { head: string; base: string }, full: boolean) {
    const pull = issue.pullRequest;
    if (!pull) throw new Error(`#${issue.number} is not a pull request`);
    const url = `${this.repoUrl(repo)}/pulls/${issue.number}`;
    const html = `${this.repoHtml(repo)}/pull/${issue.number}`;
    const issueUrl = `${this.repoUrl(repo)}/issues/${issue.number}`;
    const branch = (ref: string, sha: string) => ({
      label: `${repo.owner.login}:${ref}`,
      ref,
      sha,
      user: this.user(repo.owner),
      repo: this.repository(repo, 0),
    });
    const simple = {
      url,
      id: pull.id,
      node_id: nodeId('PullRequest', pull.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issueUrl,
      number: issue.number,
      state: issue.state,
      locked: issue.locked,
      title: issue.title,
      user: this.user(issue.user),
      body: issue.body,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      merged_at: pull.mergedAt,
      merge_commit_sha: null,
      assignee: issue.assignees[0] ? this.user(this.account(issue.assignees[0])) : null,
      assignees: issue.assignees.map((login) => this.user(this.account(login))),
      requested_reviewers: [],
      requested_teams: [],
      labels: this.issueLabels(repo, issue),
      milestone: null,
      draft: pull.draft,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${this.repoUrl(repo)}/pulls/comments{/number}`,
      comments_url: `${issueUrl}/comments`,
      statuses_url: `${this.repoUrl(repo)}/statuses/${heads.head}`,
      head: branch(pull.head, heads.head),
      base: branch(pull.base, heads.base),
      _links: {
        self: { href: url },
        html: { href: html },
        issue: { href: issueUrl },
        comments: { href: `${issueUrl}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: `${this.repoUrl(repo)}/pulls/comments{/number}` },
        commits: { href: `${url}/commits` },
        statuses: { href: `${this.repoUrl(repo)}/statuses/${heads.head}` },
      },
      author_association: this.association(repo, issue.user),
      auto_merge: null,
      active_lock_reason: null,
    };
    if (!full) return simple;
    return {
      ...simple,
      merged: pull.merged,
      mergeable: null,
      rebaseable: null,
      mergeable_state: 'unknown',
      merged_by: null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: pull.maintainerCanModify,
      commits: 1,
      additions: 0,
      deletions: 0,
      changed_files: 0,
    };
  }

  gitRef(repo: RepoState, ref: string, sha: string) {
    const type = repo.git.get(sha)?.type ?? 'commit';
    return {
      ref,
      node_id: nodeId('Ref', `${repo.id}:${ref}`),
      url: `${this.repoUrl(repo)}/git/${ref}`,
      object: { sha, type, url: `${this.repoUrl(repo)}/git/${type}s/${sha}` },
    };
  }

  private signature(s: Signature) {
    return { name: s.name, email: s.email, date: s.date };
  }

  gitCommit(repo: RepoState, sha: string, commit: CommitData) {
    return {
      sha,
      node_id: nodeId('Commit', `${repo.id}:${sha}`),
      url: `${this.repoUrl(repo)}/git/commits/${sha}`,
      html_url: `${this.repoHtml(repo)}/commit/${sha}`,
      author: this.signature(commit.author),
      committer: this.signature(commit.committer),
      tree: { sha: commit.tree, url: `${this.repoUrl(repo)}/git/trees/${commit.tree}` },
      message: commit.message,
      parents: commit.parents.map((p) => ({
        sha: p,
        url: `${this.repoUrl(repo)}/git/commits/${p}`,
        html_url: `${this.repoHtml(repo)}/commit/${p}`,
      })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    };
  }

  /** The `commit` schema (repos API), as get-branch embeds it. */
  repoCommit(repo: RepoState, sha: string, commit: CommitData) {
    const url = `${this.repoUrl(repo)}/commits/${sha}`;
    return {
      sha,
      node_id: nodeId('Commit', `${repo.id}:${sha}`),
      url,
      html_url: `${this.repoHtml(repo)}/commit/${sha}`,
      comments_url: `${url}/comments`,
      commit: {
        url: `${this.repoUrl(repo)}/git/commits/${sha}`,
        author: this.signature(commit.author),
        committer: this.signature(commit.committer),
        message: commit.message,
        comment_count: 0,
        tree: { sha: commit.tree, url: `${this.repoUrl(repo)}/git/trees/${commit.tree}` },
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
      },
      author: null,
      committer: null,
      parents: commit.parents.map((p) => ({
        sha: p,
        url: `${this.repoUrl(repo)}/commits/${p}`,
        html_url: `${this.repoHtml(repo)}/commit/${p}`,
      })),
    };
  }

  treeEntry(repo: RepoState, entry: PathEntry) {
    return {
      path: entry.path,
      mode: entry.mode,
      type: entry.type,
      sha: entry.sha,
      ...(entry.size === undefined ? {} : { size: entry.size }),
      ...(entry.type === 'commit' ? {} : { url: `${this.repoUrl(repo)}/git/${entry.type}s/${entry.sha}` }),
    };
  }

  gitTree(repo: RepoState, sha: string, entries: PathEntry[]) {
    return {
      sha,
      url: `${this.repoUrl(repo)}/git/trees/${sha}`,
      tree: entries.map((e) => this.treeEntry(repo, e)),
      truncated: false,
    };
  }

  /** One item of the contents API; `ref` is what the caller asked for (branch, tag or SHA). */
  contentItem(repo: RepoState, path: string, entry: PathEntry, ref: string) {
    const name = path.split('/').pop() ?? path;
    const type =
      entry.type === 'tree'
        ? 'dir'
        : entry.type === 'commit'
          ? 'submodule'
          : entry.mode === '120000'
            ? 'symlink'
            : 'file';
    const self = `${this.repoUrl(repo)}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`;
    const git = entry.type === 'commit' ? null : `${this.repoUrl(repo)}/git/${entry.type}s/${entry.sha}`;
    const html = `${this.repoHtml(repo)}/${entry.type === 'tree' ? 'tree' : 'blob'}/${ref}/${encodePath(path)}`;
    const download =
      type === 'file'
        ? `${this.api}/_emulator/raw/${repo.fullName}/${encodeURIComponent(ref)}/${encodePath(path)}`
        : null;
    return {
      name,
      path,
      sha: entry.sha,
      size: entry.size ?? 0,
      url: self,
      html_url: html,
      git_url: git,
      download_url: download,
      type,
      _links: { self, git, html },
    };
  }

  workflow(repo: RepoState, workflow: WorkflowRecord) {
    return {
      id: workflow.id,
      node_id: nodeId('Workflow', workflow.id),
      name: workflow.name,
      path: workflow.path,
      state: workflow.state,
      created_at: workflow.createdAt,
      updated_at: workflow.updatedAt,
      url: `${this.repoUrl(repo)}/actions/workflows/${workflow.id}`,
      html_url: `${this.repoHtml(repo)}/blob/${repo.defaultBranch}/${workflow.path}`,
      badge_url: `${this.repoHtml(repo)}/workflows/${encodeURIComponent(workflow.name)}/badge.svg`,
    };
  }

  workflowRun(repo: RepoState, run: WorkflowRunRecord, workflow: WorkflowRecord, attempt: RunAttemptRecord) {
    const url = `${this.repoUrl(repo)}/actions/runs/${run.id}`;
    const commit = repo.git.commit(run.headSha);
    return {
      id: run.id,
      name: run.name,
      node_id: nodeId('WorkflowRun', run.id),
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: workflow.path,
      display_title: run.displayTitle,
      run_number: run.runNumber,
      event: run.event,
      status: attempt.status,
      conclusion: attempt.conclusion,
      workflow_id: workflow.id,
      check_suite_id: run.id + 1,
      check_suite_node_id: nodeId('CheckSuite', run.id + 1),
      url,
      html_url: `${this.repoHtml(repo)}/actions/runs/${run.id}`,
      pull_requests: [],
      created_at: run.createdAt,
      updated_at: attempt.updatedAt,
      actor: this.user(run.actor),
      run_attempt: attempt.attempt,
      referenced_workflows: [],
      run_started_at: attempt.startedAt,
      triggering_actor: this.user(attempt.triggeringActor),
      jobs_url: `${url}/jobs`,
      logs_url: `${url}/logs`,
      check_suite_url: `${this.repoUrl(repo)}/check-suites/${run.id + 1}`,
      artifacts_url: `${url}/artifacts`,
      cancel_url: `${url}/cancel`,
      rerun_url: `${url}/rerun`,
      previous_attempt_url: attempt.attempt > 1 ? `${url}/attempts/${attempt.attempt - 1}` : null,
      workflow_url: `${this.repoUrl(repo)}/actions/workflows/${workflow.id}`,
      head_commit: commit
        ? {
            id: run.headSha,
            tree_id: commit.tree,
            message: commit.message,
            timestamp: normaliseDate(commit.committer.date),
            author: { name: commit.author.name, email: commit.author.email },
            committer: { name: commit.committer.name, email: commit.committer.email },
          }
        : null,
      repository: this.minimalRepository(repo),
      head_repository: this.minimalRepository(repo),
    };
  }

  job(repo: RepoState, run: WorkflowRunRecord, job: JobRecord) {
    return {
      id: job.id,
      run_id: run.id,
      workflow_name: run.name,
      head_branch: run.headBranch,
      run_url: `${this.repoUrl(repo)}/actions/runs/${run.id}`,
      run_attempt: job.runAttempt,
      node_id: nodeId('CheckRun', job.id),
      head_sha: run.headSha,
      url: `${this.repoUrl(repo)}/actions/jobs/${job.id}`,
      html_url: `${this.repoHtml(repo)}/actions/runs/${run.id}/job/${job.id}`,
      status: job.status,
      conclusion: job.conclusion,
      created_at: job.createdAt,
      started_at: job.startedAt,
      completed_at: job.completedAt,
      name: job.name,
      steps: job.steps.map((s) => ({
        name: s.name,
        status: s.status,
        conclusion: s.conclusion,
        number: s.number,
        started_at: s.startedAt,
        completed_at: s.completedAt,
      })),
      check_run_url: `${this.repoUrl(repo)}/check-runs/${job.id}`,
      labels: job.labels,
      runner_id: job.runnerName ? job.id % 100 : null,
      runner_name: job.runnerName,
      runner_group_id: job.runnerName ? 0 : null,
      runner_group_name: job.runnerName ? 'GitHub Actions' : null,
    };
  }

  annotation(repo: RepoState, sha: string, a: AnnotationRecord) {
    return {
      path: a.path,
      blob_href: `${this.repoHtml(repo)}/blob/${sha}/${encodePath(a.path)}`,
      start_line: a.startLine,
      end_line: a.endLine,
      start_column: a.startColumn,
      end_column: a.endColumn,
      annotation_level: a.level,
      title: a.title,
      message: a.message,
      raw_details: a.rawDetails,
    };
  }

  private reactions(url: string) {
    return {
      url: `${url}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    };
  }

  private association(repo: RepoState, account: Account): string {
    if (account.login.toLowerCase() === repo.owner.login.toLowerCase()) return 'OWNER';
    const permission = repo.collaborators.get(account.login.toLowerCase());
    if (permission && permission !== 'none' && permission !== 'read') return 'COLLABORATOR';
    return 'NONE';
  }

  private account(login: string): Account {
    return this.accounts.account(login);
  }
}

export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Commit dates may carry an offset; timestamps in API objects are UTC `...Z`. */
export function normaliseDate(date: string): string {
  return new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
