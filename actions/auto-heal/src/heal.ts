import type { ActionContext } from '../../../packages/shared/src/action/context.js';
import { UserError } from '../../../packages/shared/src/errors.js';
import {
  readFailureRecord,
  readVerificationRecord,
  type VerificationRecord,
} from '../../../packages/shared/src/failure-record.js';
import { fixBranchFor, issueOfFixBranch } from '../../../packages/shared/src/fix-branch.js';
import type { GitHubClient } from '../../../packages/shared/src/github/client.js';
import { readMarker } from '../../../packages/shared/src/github/markers.js';
import type { Diagnosis, FailureRecord, FileEdit, Fix } from '../../../packages/shared/src/types.js';
import type { HealInputs } from './inputs.js';
import type { ChatClient } from './llm/chat.js';
import type { PreviousAttempt } from './llm/context.js';
import {
  commitMessage,
  DECLINED_MARKER,
  declinedFixComment,
  FOREIGN_BRANCH_MARKER,
  foreignBranchComment,
  HEAL_MARKER,
  type HealRecord,
  isHealCommit,
  noFixComment,
  pullRequestBody,
  pullRequestTitle,
  suggestionComment,
  USAGE_MARKER,
  unifiedDiff,
  unverifiedFixComment,
  usageComment,
} from './messages.js';
import { type FixAttempt, produceFix } from './produce-fix.js';
import { branchHead, pushFixCommit, upsertPullRequest } from './publish.js';
import { type RepoRef, type RepoSnapshot, snapshotAt } from './repo-files.js';
import { dispatchVerification, verificationPlan } from './verify.js';

export type HealResult = 'opened' | 'updated' | 'suggested' | 'no-fix' | 'skipped';

export interface HealOutcome {
  result: HealResult;
  reason?: string;
  issue?: number;
  branch?: string;
  fixer?: string;
  pr?: { number: number; url: string };
  /** Unified diff of the fix, when there is one. */
  diff?: string;
  attempt?: FixAttempt;
  /** mode dry-run: the writes auto-heal would have made, for the job summary. */
  planned?: string[];
}

/** Every write to the repository goes through here, so that mode dry-run writes nothing. */
class Writes {
  readonly planned: string[] = [];
  constructor(readonly dryRun: boolean) {}
  async do(what: string, write: () => Promise<unknown>): Promise<void> {
    if (this.dryRun) this.planned.push(what);
    else await write();
  }
}

export const NEEDS_MANUAL_FIX = 'needs-manual-fix';

const isHealRecord = (v: unknown): v is HealRecord =>
  typeof v === 'object' &&
  v !== null &&
  Number.isSafeInteger((v as HealRecord).issue) &&
  typeof (v as HealRecord).fixer === 'string' &&
  Number.isSafeInteger((v as HealRecord).llmAttempts) &&
  ((v as HealRecord).paths === undefined ||
    (Array.isArray((v as HealRecord).paths) &&
      ((v as HealRecord).paths as unknown[]).every((p) => typeof p === 'string' && p.length < 500)));

function issueNumberOf(ctx: ActionContext, inputs: HealInputs): number {
  if (inputs.issueNumber) return inputs.issueNumber;
  const issue = ctx.payload.issue as { number?: number } | undefined;
  if (ctx.eventName === 'issues' && issue?.number) return issue.number;
  throw new UserError(
    `auto-heal needs an issue: run it on \`issues\` events (types: [labeled, opened]) or set the issue-number input (this was a "${ctx.eventName}" event).`,
  );
}

/** Errors GitHub gives when a token may not touch workflow files. */
const WORKFLOW_PERMISSION =
  /refusing to allow .* to (create or update|update|create) workflow|`?workflows?`? (permission|scope)/i;
const WORKFLOWS_PERMISSION_HELP =
  'The fix changes a workflow file, and the token may not push changes under `.github/workflows` (GITHUB_TOKEN never can). To let auto-heal open the pull request, pass a GitHub App token or a PAT with the `workflows` permission (classic PAT: `workflow` scope) as the `token` input.';
const PR_CREATION_DISABLED = /not permitted to create or approve pull requests/i;

export async function heal(
  gh: GitHubClient,
  ctx: ActionContext,
  inputs: HealInputs,
  deps: { chat?: ChatClient } = {},
): Promise<HealOutcome> {
  const writes = new Writes(inputs.mode === 'dry-run');
  const outcome = await healIssue(gh, ctx, inputs, deps, writes);
  return writes.planned.length ? { ...outcome, planned: writes.planned } : outcome;
}

async function healIssue(
  gh: GitHubClient,
  ctx: ActionContext,
  inputs: HealInputs,
  deps: { chat?: ChatClient },
  writes: Writes,
): Promise<HealOutcome> {
  const repo: RepoRef = { owner: ctx.owner, repo: ctx.repo };
  const number = issueNumberOf(ctx, inputs);
  const eventLabel = (ctx.payload.label as { name?: string } | undefined)?.name;
  if (ctx.eventName === 'issues' && ctx.payload.action === 'labeled' && eventLabel !== inputs.label) {
    return { result: 'skipped', issue: number, reason: `the label added was "${eventLabel}", not "${inputs.label}"` };
  }
  const { data: issue } = await gh.rest.issues.get({ ...repo, issue_number: number });
  const labels = issue.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
  if (issue.pull_request) return { result: 'skipped', issue: number, reason: `#${number} is a pull request` };
  if (issue.state !== 'open') return { result: 'skipped', issue: number, reason: `issue #${number} is closed` };
  if (!labels.includes(inputs.label)) {
    return { result: 'skipped', issue: number, reason: `issue #${number} does not have the "${inputs.label}" label` };
  }
  if (labels.includes(NEEDS_MANUAL_FIX)) {
    return { result: 'skipped', issue: number, reason: `issue #${number} is labelled ${NEEDS_MANUAL_FIX}` };
  }
  const record = readFailureRecord(issue.body);
  if (!record) {
    await commentUsageOnce(gh, writes, repo, number, inputs.label);
    return { result: 'skipped', issue: number, reason: `issue #${number} has no failure record from failure-monitor` };
  }
  // The record is untrusted (issue bodies can be edited): it may only speak of this repository.
  if (
    record.run.owner.toLowerCase() !== repo.owner.toLowerCase() ||
    record.run.repo.toLowerCase() !== repo.repo.toLowerCase()
  ) {
    return {
      result: 'skipped',
      issue: number,
      reason: `the failure record names another repository (${record.run.owner}/${record.run.repo})`,
    };
  }

  const repoResponse = await gh.rest.repos.get({ ...repo });
  const repository = repoResponse.data;
  const base = await baseBranch(gh, repo, record, repository.default_branch);
  const snapshot = await snapshotAt(gh, repo, base.sha);
  const branch = fixBranchFor(number);
  const { data: openPulls } = await gh.rest.pulls.list({ ...repo, head: `${repo.owner}:${branch}`, state: 'open' });
  const openPull = openPulls[0];
  // The branch is only written in mode pr (dry-run shows what pr would do).
  let expectedHead: string | undefined;
  if (inputs.mode !== 'suggest') {
    const declined = openPull ? undefined : await declinedPull(gh, repo, branch, number);
    if (declined) {
      await commentOnce(
        gh,
        writes,
        repo,
        number,
        DECLINED_MARKER,
        { pr: declined },
        `comment on #${number} that #${declined} was closed without merging, so auto-heal opens no other`,
        declinedFixComment(declined, inputs.label),
      );
      return {
        result: 'skipped',
        issue: number,
        reason: `auto-heal's pull request #${declined} was closed without merging; auto-heal does not open another`,
      };
    }
    const head = await branchHead(gh, repo, branch);
    if (head && !isHealCommit(head.message, number)) {
      await commentOnce(
        gh,
        writes,
        repo,
        openPull?.number ?? number,
        FOREIGN_BRANCH_MARKER,
        { branch },
        `comment on #${openPull?.number ?? number} that \`${branch}\` has commits by others, which auto-heal leaves alone`,
        foreignBranchComment(
          branch,
          { sha: head.sha, author: head.author, subject: head.message.split('\n')[0] ?? '' },
          inputs.label,
        ),
      );
      return {
        result: 'skipped',
        issue: number,
        branch,
        reason: `${branch} has commits auto-heal did not make (head ${head.sha.slice(0, 7)}); auto-heal does not overwrite them`,
      };
    }
    expectedHead = head?.sha;
  }
  const previous = readMarker(openPull?.body, HEAL_MARKER, isHealRecord);
  const llmAttempts = previous?.llmAttempts ?? 0;

  // The published fix failed its verification run: only a model can do better, shown what failed.
  const unverified =
    openPull && previous ? await failedVerification(gh, repo, number, openPull.user?.login, openPull.head.sha) : null;
  if (unverified && openPull && previous && !(inputs.llm && deps.chat)) {
    await writes.do(`comment on #${number} that the fix in #${openPull.number} did not pass verification`, () =>
      gh.rest.issues.createComment({
        ...repo,
        issue_number: number,
        body: unverifiedFixComment(openPull.number, previous.fixer, unverified),
      }),
    );
    await labelNeedsManualFix(gh, writes, repo, number);
    return { result: 'no-fix', issue: number, reason: `the fix in #${openPull.number} did not pass verification` };
  }
  const previousAttempts =
    unverified && openPull && previous
      ? [await previousAttempt(gh, repo, snapshot, openPull.head.sha, previous, unverified)]
      : [];

  const attempt = await produceFix(record, snapshot, {
    fix: inputs.fix,
    ...(inputs.llm && deps.chat
      ? { llm: { options: inputs.llm, chat: deps.chat, attemptsUsed: llmAttempts, previousAttempts } }
      : {}),
  });
  const fix = attempt.fix;
  if (!fix) {
    await writes.do(`comment on #${number} why no fix was found`, () =>
      gh.rest.issues.createComment({
        ...repo,
        issue_number: number,
        body: noFixComment(record, attempt.declined, attempt.llm),
      }),
    );
    await labelNeedsManualFix(gh, writes, repo, number);
    return { result: 'no-fix', issue: number, attempt, reason: 'no fixer could fix this failure' };
  }
  const outcome: HealOutcome = {
    result: 'suggested',
    issue: number,
    fixer: fix.fixer,
    diff: unifiedDiff(fix.edits),
    attempt,
  };
  if (inputs.mode === 'suggest') {
    await suggest(gh, repo, number, record, fix, 'Mode `suggest`: no branch was pushed.', attempt);
    return outcome;
  }

  const verification = inputs.verify
    ? await verificationPlan(record, fix, snapshot)
    : { dispatch: false, text: 'Verification is off (`verify: false`): re-run the failed workflow on this branch.' };
  if (writes.dryRun) {
    writes.planned.push(
      `push the fix to branch \`${branch}\` (on \`${base.name}\`)`,
      openPull
        ? `update pull request #${openPull.number}`
        : `open a pull request from \`${branch}\` to \`${base.name}\``,
      ...(verification.dispatch ? [`dispatch \`${record.run.workflowPath}\` on \`${branch}\` to verify the fix`] : []),
      `comment on #${number} with the pull request`,
    );
    return { ...outcome, reason: 'dry-run: nothing was written' };
  }

  const touchesWorkflows = fix.edits.some((e) => e.path.startsWith('.github/workflows/'));
  // A classic PAT lists its scopes in every response: without `workflow` it cannot push this fix.
  const scopes = repoResponse.headers['x-oauth-scopes'];
  if (touchesWorkflows && typeof scopes === 'string' && !/\bworkflow\b/.test(scopes)) {
    await suggest(gh, repo, number, record, fix, WORKFLOWS_PERMISSION_HELP, attempt);
    return { ...outcome, reason: 'the token lacks the workflow scope; suggested the fix instead' };
  }
  const heal: HealRecord = {
    issue: number,
    fixer: fix.fixer,
    llmAttempts: llmAttempts + (attempt.llm?.attempts.length ?? 0),
    paths: fix.edits.map((e) => e.path),
  };

  let pushed: Awaited<ReturnType<typeof pushFixCommit>>;
  try {
    pushed = await pushFixCommit(gh, repo, {
      branch,
      baseSha: base.sha,
      baseTreeSha: snapshot.treeSha,
      edits: fix.edits,
      message: commitMessage(number, fix),
      expectedHead,
    });
  } catch (error) {
    if (touchesWorkflows && WORKFLOW_PERMISSION.test(String((error as Error).message))) {
      await suggest(gh, repo, number, record, fix, WORKFLOWS_PERMISSION_HELP, attempt);
      return { ...outcome, reason: 'the token lacks the workflows permission; suggested the fix instead' };
    }
    throw error;
  }

  // Verify what this run pushed, or the branch of a pull request opened now; claim only that.
  const dispatch = verification.dispatch && (pushed.changed || !openPull);
  const verificationText = dispatch ? verification.text : (verification.notDispatched ?? verification.text);
  let pr: Awaited<ReturnType<typeof upsertPullRequest>>;
  try {
    pr = await upsertPullRequest(gh, repo, {
      branch,
      base: base.name,
      title: pullRequestTitle(record, fix),
      body: pullRequestBody({
        issue: number,
        record,
        fix,
        heal,
        ...(attempt.llm ? { llm: attempt.llm } : {}),
        verification: verificationText,
      }),
    });
  } catch (error) {
    if (PR_CREATION_DISABLED.test(String((error as Error).message))) {
      await suggest(
        gh,
        repo,
        number,
        record,
        fix,
        `The fix is on branch \`${branch}\`, but GitHub Actions may not open pull requests in this repository. Open one from that branch, or turn on **Settings → Actions → General → Workflow permissions → Allow GitHub Actions to create and approve pull requests**.`,
        attempt,
      );
      return {
        ...outcome,
        branch,
        reason: 'GitHub Actions may not create pull requests here; suggested the fix instead',
      };
    }
    throw error;
  }
  if (dispatch) await dispatchVerification(gh, repo, record, branch);
  if (pr.created || pushed.changed) {
    await gh.rest.issues.createComment({
      ...repo,
      issue_number: number,
      body: `auto-heal ${pr.created ? 'opened' : 'updated'} #${pr.number} with a fix (${fix.fixer}).${dispatch ? ' Verification is running on its branch.' : ''}`,
    });
  }
  return { ...outcome, result: pr.created ? 'opened' : 'updated', branch, pr: { number: pr.number, url: pr.url } };
}

async function suggest(
  gh: GitHubClient,
  repo: RepoRef,
  number: number,
  record: FailureRecord,
  fix: Fix,
  why: string,
  attempt: FixAttempt,
): Promise<void> {
  await gh.rest.issues.createComment({
    ...repo,
    issue_number: number,
    body: suggestionComment(record, fix, why, attempt.llm),
  });
}

/** The fix goes on top of the branch that failed, when it is a branch of this repository; else the default branch. */
async function baseBranch(
  gh: GitHubClient,
  repo: RepoRef,
  record: FailureRecord,
  defaultBranch: string,
): Promise<{ name: string; sha: string }> {
  const candidates = [record.run.headBranch, defaultBranch].filter((b) => b && issueOfFixBranch(b) === undefined);
  for (const name of candidates) {
    try {
      const { data } = await gh.rest.git.getRef({ ...repo, ref: `heads/${name}` });
      return { name, sha: data.object.sha };
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
  throw new UserError(`Neither the failing branch nor the default branch (${defaultBranch}) exists.`);
}

/**
 * The latest verification of the fix branch's current commit, when it failed. Only comments by
 * the account that opened the pull request count: anyone may comment, and a marker is just text.
 */
async function failedVerification(
  gh: GitHubClient,
  repo: RepoRef,
  number: number,
  author: string | undefined,
  headSha: string,
): Promise<VerificationRecord | null> {
  if (!author) return null;
  const comments = await gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: number, per_page: 100 });
  for (const comment of comments.reverse()) {
    if (comment.user?.login !== author) continue;
    const verification = readVerificationRecord(comment.body);
    if (verification)
      return verification.headSha === headSha && verification.conclusion !== 'success' ? verification : null;
  }
  return null;
}

/** The published fix as the model should see it: the files it changed, before and after. */
async function previousAttempt(
  gh: GitHubClient,
  repo: RepoRef,
  base: RepoSnapshot,
  headSha: string,
  heal: HealRecord,
  verification: VerificationRecord,
): Promise<PreviousAttempt> {
  const fixed = await snapshotAt(gh, repo, headSha);
  const edits: FileEdit[] = [];
  for (const path of heal.paths ?? []) {
    const after = await fixed.read(path);
    if (after !== null) edits.push({ path, before: await base.read(path), after });
  }
  return { edits, verification: verification.diagnosis ?? unknownDiagnosis(verification) };
}

function unknownDiagnosis(verification: VerificationRecord): Diagnosis {
  return {
    category: 'unknown',
    ruleId: 'unknown',
    summary: `verification run ${verification.runId} concluded ${verification.conclusion}`,
    lines: [],
    facts: {},
    ecosystem: 'unknown',
    fingerprint: '',
    transient: false,
    confidence: 0,
  };
}

async function commentUsageOnce(
  gh: GitHubClient,
  writes: Writes,
  repo: RepoRef,
  number: number,
  label: string,
): Promise<void> {
  const comments = await gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: number, per_page: 100 });
  const said = comments.some((c) => readMarker(c.body, USAGE_MARKER, (v): v is unknown => v !== null));
  if (!said) {
    await writes.do(`comment on #${number} how to use auto-heal`, () =>
      gh.rest.issues.createComment({ ...repo, issue_number: number, body: usageComment(label) }),
    );
  }
}

/** Comments `body` on `number` unless a comment there already carries the same `kind` marker with `data`. */
async function commentOnce(
  gh: GitHubClient,
  writes: Writes,
  repo: RepoRef,
  number: number,
  kind: string,
  data: Record<string, unknown>,
  what: string,
  body: string,
): Promise<void> {
  const comments = await gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: number, per_page: 100 });
  const same = JSON.stringify(data);
  const said = comments.some(
    (c) => JSON.stringify(readMarker(c.body, kind, (v): v is unknown => typeof v === 'object' && v !== null)) === same,
  );
  if (!said) {
    await writes.do(what, () => gh.rest.issues.createComment({ ...repo, issue_number: number, body }));
  }
}

async function labelNeedsManualFix(gh: GitHubClient, writes: Writes, repo: RepoRef, number: number): Promise<void> {
  await writes.do(`label #${number} ${NEEDS_MANUAL_FIX}`, () =>
    gh.rest.issues.addLabels({ ...repo, issue_number: number, labels: [NEEDS_MANUAL_FIX] }),
  );
}

/**
 * The number of auto-heal's latest pull request for the issue when a person closed it without
 * merging: they declined the fix. A later merged one (or none) gives undefined.
 */
async function declinedPull(
  gh: GitHubClient,
  repo: RepoRef,
  branch: string,
  number: number,
): Promise<number | undefined> {
  const { data: closed } = await gh.rest.pulls.list({
    ...repo,
    head: `${repo.owner}:${branch}`,
    state: 'closed',
    sort: 'created',
    direction: 'desc',
    per_page: 100,
  });
  const latest = closed.find((p) => readMarker(p.body, HEAL_MARKER, isHealRecord)?.issue === number);
  return latest && !latest.merged_at ? latest.number : undefined;
}
