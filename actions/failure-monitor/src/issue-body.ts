import {
  boundedRecord,
  renderFailureMarker,
  renderVerificationMarker,
  replaceFailureMarker,
} from '../../../packages/shared/src/failure-record.js';
import {
  codeBlock,
  details,
  type Excerpt,
  escapeMarkdown,
  fitBody,
  GITHUB_BODY_LIMIT,
  inlineCode,
  issueTitle as titleOf,
} from '../../../packages/shared/src/markdown.js';
import { redact } from '../../../packages/shared/src/redact.js';
import type { Diagnosis, FailureRecord, RunRef } from '../../../packages/shared/src/types.js';
import { hintFor } from './hints.js';
import type { JobDiagnosis } from './monitor.js';

const PRODUCT_LINK = '[self-healing-actions](https://github.com/marketplace?type=actions&query=self-healing-actions)';

/** How many failure lines the body shows open; the rest go in the collapsed excerpt. */
const SHOWN_LINES = 20;

export function issueTitle(run: RunRef, diagnosis: Diagnosis): string {
  return titleOf(redact(`${run.workflowName} failed: ${diagnosis.summary || diagnosis.category}`));
}

const numbered = (lines: Diagnosis['lines']): string[] => lines.map((l) => `${String(l.n).padStart(6)} | ${l.text}`);

function jobRow(failure: JobDiagnosis): string {
  const { job } = failure;
  const name = job.htmlUrl ? `[${escapeMarkdown(job.name)}](${job.htmlUrl})` : escapeMarkdown(job.name);
  const step = job.step ? ` → step ${job.step.number} ${inlineCode(job.step.name)}` : '';
  return `${name}${step}`;
}

function runTable(run: RunRef, group: JobDiagnosis[], diagnosis: Diagnosis): string {
  const rows: [string, string][] = [
    ['Workflow', `[${escapeMarkdown(run.workflowName)}](${run.htmlUrl}) (${inlineCode(run.workflowPath || '?')})`],
    ['Run', `[${run.runId}](${run.htmlUrl}), attempt ${run.attempt}`],
    ['Branch', inlineCode(run.headBranch || '?')],
    ['Commit', inlineCode(run.headSha.slice(0, 12))],
    ['Event', inlineCode(run.event)],
    [group.length > 1 ? 'Failed jobs' : 'Failed job', group.map(jobRow).join('<br>')],
    [
      'Category',
      `${inlineCode(diagnosis.category)} (rule ${inlineCode(diagnosis.ruleId)}, confidence ${Math.round(diagnosis.confidence * 100)}%)`,
    ],
  ];
  return ['| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

function factsList(diagnosis: Diagnosis): string {
  const entries = Object.entries(diagnosis.facts);
  if (!entries.length) return '';
  const show = (v: unknown) =>
    Array.isArray(v) ? v.map((x) => inlineCode(String(x))).join(', ') : inlineCode(String(v));
  return ['**Facts**', '', ...entries.map(([k, v]) => `- ${escapeMarkdown(k)}: ${show(v)}`)].join('\n');
}

/** The issue body: readable first, trimmed to GitHub's limit by shortening excerpts, marker last. */
export function renderIssueBody(record: FailureRecord, group: JobDiagnosis[]): string {
  const { diagnosis, run } = record;
  const lines = numbered(diagnosis.lines.map((l) => ({ n: l.n, text: redact(l.text) })));
  const notes = group.flatMap((f) => (f.logNote ? [`> ${escapeMarkdown(`${f.job.name}: ${f.logNote}`)}`] : []));
  const shown: Excerpt = { lines: lines.slice(0, SHOWN_LINES), keep: 'ends', render: (t) => codeBlock(t, 'text') };
  const rest: Excerpt = {
    lines: lines.slice(SHOWN_LINES),
    keep: 'head',
    render: (t) => details(`${lines.length - SHOWN_LINES} more failure lines`, codeBlock(t, 'text')),
  };
  return fitBody(
    [
      `### ${escapeMarkdown(redact(diagnosis.summary || `${diagnosis.category} failure`))}`,
      runTable(run, group, diagnosis),
      ...notes,
      '**What failed**',
      ...(lines.length ? [shown] : ['_No failure lines were found in the log._']),
      ...(lines.length > SHOWN_LINES ? [rest] : []),
      factsList(diagnosis),
      `**Likely fix**: ${hintFor(diagnosis)}`,
      `<sub>Filed by ${PRODUCT_LINK} failure-monitor. A recurrence of this failure (fingerprint ${inlineCode(
        record.fingerprint.slice(0, 16),
      )}) adds a comment here instead of a new issue.</sub>`,
    ].filter(Boolean),
    // Headroom below GitHub's limit: recurrences rewrite the marker, which may grow a little.
    { marker: renderFailureMarker(boundedRecord(record)), limit: GITHUB_BODY_LIMIT - 2048 },
  );
}

/** The issue body with an updated record (occurrences, last seen), its text unchanged. */
export function withRecord(body: string, record: FailureRecord): string {
  return replaceFailureMarker(body, boundedRecord(record));
}

/** The comment on a recurrence seen in `run`; `record` is the updated record of the issue. */
export function recurrenceComment(
  record: FailureRecord,
  run: RunRef,
  group: JobDiagnosis[],
  reopened: boolean,
): string {
  const filedOn = record.run.headBranch;
  const otherBranch =
    filedOn && run.headBranch !== filedOn
      ? ` This issue tracks the failure on ${inlineCode(filedOn)}; it stays based there.`
      : '';
  return fitBody([
    `${reopened ? '**This failure is back** after the issue was closed; reopening. ' : ''}Seen again in [run ${run.runId}](${run.htmlUrl}) (attempt ${run.attempt}) on ${inlineCode(run.headBranch || '?')} at ${inlineCode(run.headSha.slice(0, 12))}, event ${inlineCode(run.event)}.${otherBranch}`,
    `Failed: ${group.map(jobRow).join(', ')}`,
    `Occurrences: **${record.occurrences}** · first seen ${record.firstSeen} · last seen ${record.lastSeen}`,
  ]);
}

export function verificationComment(run: RunRef, conclusion: string, failures: JobDiagnosis[]): string {
  const marker = renderVerificationMarker({
    runId: run.runId,
    attempt: run.attempt,
    headSha: run.headSha,
    conclusion,
    ...(failures[0] ? { diagnosis: failures[0].diagnosis } : {}),
  });
  if (conclusion === 'success') {
    return fitBody(
      [
        `✅ **Fix verified**: [run ${run.runId}](${run.htmlUrl}) of ${escapeMarkdown(run.workflowName)} passed on ${inlineCode(run.headBranch)} at ${inlineCode(run.headSha.slice(0, 12))}.`,
      ],
      { marker },
    );
  }
  const sections: (string | Excerpt)[] = [
    `❌ **Fix not verified**: [run ${run.runId}](${run.htmlUrl}) of ${escapeMarkdown(run.workflowName)} concluded ${inlineCode(conclusion)} on ${inlineCode(run.headBranch)} at ${inlineCode(run.headSha.slice(0, 12))}.`,
  ];
  for (const failure of failures) {
    const d = failure.diagnosis;
    sections.push(`${jobRow(failure)}: ${inlineCode(d.category)}: ${escapeMarkdown(redact(d.summary))}`);
    if (d.lines.length) {
      sections.push({ lines: numbered(d.lines.map((l) => ({ n: l.n, text: redact(l.text) }))), keep: 'ends' });
    }
  }
  return fitBody(sections, { marker });
}
