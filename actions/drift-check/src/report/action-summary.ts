/**
 * The job summary's second half: what the action did with the drift (policy streak and cooldown,
 * dispatch, issue, artifact). The first half is the report itself (markdown.ts).
 */
import { escapeMarkdown, inlineCode } from '../../../../packages/shared/src/markdown.js';
import type { ArtifactUpload } from '../artifact.js';
import type { DispatchResult } from '../dispatch.js';
import type { DriftIssueResult } from '../drift-issue.js';
import type { DriftCheckInputs } from '../inputs.js';
import type { PolicyDecision } from '../policy.js';

export interface ActionOutcome {
  policy: PolicyDecision;
  artifact: ArtifactUpload | null;
  dispatch: (DispatchResult & { workflow: string | number }) | null;
  issue: DriftIssueResult | null;
  /** The error that stopped the action after the report was written. */
  error: string | null;
}

function duration(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes % 1440 === 0) return `${minutes / 1440} d`;
  if (minutes % 60 === 0) return `${minutes / 60} h`;
  return `${minutes} min`;
}

export function actionSummary(inputs: DriftCheckInputs, outcome: ActionOutcome): string {
  const { policy } = outcome;
  const lines: string[] = [];
  const rule = `retrain after ${inputs.consecutive} consecutive drifted run${inputs.consecutive === 1 ? '' : 's'}${inputs.cooldownMs > 0 ? `, at most once per ${duration(inputs.cooldownMs)}` : ''}`;
  lines.push(`- Policy: ${escapeMarkdown(policy.reason)} (${rule}).`);
  if (outcome.dispatch) {
    const run = outcome.dispatch.runUrl ? ` ([run](${outcome.dispatch.runUrl}))` : '';
    lines.push(
      `- Retraining: dispatched ${inlineCode(String(outcome.dispatch.workflow))} on ${inlineCode(outcome.dispatch.ref)}${run}.`,
    );
  } else if (inputs.retrainWorkflow === null) {
    lines.push('- Retraining: no `retrain-workflow` set.');
  } else {
    lines.push(
      `- Retraining: ${inlineCode(String(inputs.retrainWorkflow))} not dispatched${policy.cooldownUntil && policy.confirmed ? ` (cooling down until ${policy.cooldownUntil})` : ''}.`,
    );
  }
  if (outcome.issue) lines.push(`- Issue: ${outcome.issue.action} [#${outcome.issue.number}](${outcome.issue.url}).`);
  if (outcome.artifact?.uploaded)
    lines.push(`- Report artifact: [${escapeMarkdown(inputs.artifactName)}](${outcome.artifact.url}).`);
  else if (outcome.artifact)
    lines.push(`- Report artifact: not uploaded (${escapeMarkdown(outcome.artifact.reason)}).`);
  lines.push(`- Report file: ${inlineCode(inputs.reportPath)}.`);
  if (outcome.error) lines.push(`- **Stopped:** ${escapeMarkdown(outcome.error)}`);
  return `\n### What drift-check did\n\n${lines.join('\n')}\n`;
}
