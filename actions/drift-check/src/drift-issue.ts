/**
 * create-issue: one open issue per repository labelled `data-drift`. Confirmed drift opens it, or,
 * when one is open, comments on it; closing the issue (after retraining) lets the next drift open a
 * new one. Column names are untrusted data: escaped, and the body kept within GitHub's limits.
 */
import type { GitHubClient } from '../../../packages/shared/src/github/client.js';
import { escapeMarkdown, fitBody, inlineCode, issueTitle } from '../../../packages/shared/src/markdown.js';
import type { DriftReport } from './drift-report.js';
import { formatDecisionScore, formatEffect, formatPercent } from './report/format.js';

export const DRIFT_LABEL = 'data-drift';
const MAX_LISTED = 50;

export interface DriftIssueContext {
  owner: string;
  repo: string;
  /** The drift-check run's page. */
  runUrl: string;
  reportUrl: string | null;
  /** What happened to retraining, one sentence ("Dispatched retrain.yml on main."). */
  retraining: string;
}

export interface DriftIssueResult {
  action: 'created' | 'commented';
  number: number;
  url: string;
}

function driftedTable(report: DriftReport): string {
  const drifted = Object.entries(report.columns).filter(([, c]) => c.decision.drift);
  const rows = drifted
    .slice(0, MAX_LISTED)
    .map(
      ([name, c]) =>
        `| ${escapeMarkdown(name)} | ${c.decision.test} | ${formatDecisionScore(c.decision)} | ${formatEffect(c)} |`,
    );
  const more = drifted.length > MAX_LISTED ? `\n\n… and ${drifted.length - MAX_LISTED} more drifted columns.` : '';
  return ['| Column | Test | Score | Effect |', '|---|---|---|---|', ...rows].join('\n') + more;
}

function summaryLine(report: DriftReport): string {
  const d = report.dataset.decision;
  return `**${d.n_drifted} of ${d.n_columns} columns drifted (${formatPercent(d.share)})**, at or above the ${formatPercent(d.drift_share)} that makes the data set drift.`;
}

function links(context: DriftIssueContext): string {
  const parts = [`[drift-check run](${context.runUrl})`];
  if (context.reportUrl && context.reportUrl !== context.runUrl) parts.push(`[JSON report](${context.reportUrl})`);
  return `${parts.join(' · ')}. ${escapeMarkdown(context.retraining)}`;
}

export function driftIssueBody(report: DriftReport, context: DriftIssueContext): string {
  return fitBody([
    'The current data no longer looks like the reference data the model was trained on.',
    summaryLine(report),
    `Reference: ${inlineCode(report.inputs.reference.source)} · current: ${inlineCode(report.inputs.current.source)}`,
    driftedTable(report),
    links(context),
    `New drift is added here as a comment while this issue is open. Close it once the model is retrained or the drift is accepted.`,
  ]);
}

export function driftCommentBody(report: DriftReport, context: DriftIssueContext): string {
  return fitBody([
    `Drift seen again (${report.generated_at}).`,
    summaryLine(report),
    driftedTable(report),
    links(context),
  ]);
}

/** Opens the repository's `data-drift` issue, or comments on the open one. */
export async function reportDriftIssue(
  gh: GitHubClient,
  report: DriftReport,
  context: DriftIssueContext,
): Promise<DriftIssueResult> {
  const { owner, repo } = context;
  const open = await gh.rest.issues.listForRepo({
    owner,
    repo,
    labels: DRIFT_LABEL,
    state: 'open',
    sort: 'created',
    direction: 'asc',
    per_page: 100,
  });
  const existing = open.data.find((issue) => !issue.pull_request);
  if (existing) {
    await gh.rest.issues.createComment({
      owner,
      repo,
      issue_number: existing.number,
      body: driftCommentBody(report, context),
    });
    return { action: 'commented', number: existing.number, url: existing.html_url };
  }
  const d = report.dataset.decision;
  const { data } = await gh.rest.issues.create({
    owner,
    repo,
    title: issueTitle(`Data drift: ${d.n_drifted} of ${d.n_columns} columns drifted`),
    body: driftIssueBody(report, context),
    labels: [DRIFT_LABEL],
  });
  return { action: 'created', number: data.number, url: data.html_url };
}
