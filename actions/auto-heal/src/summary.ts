import { codeBlock, escapeMarkdown, inlineCode } from '../../../packages/shared/src/markdown.js';
import { redact } from '../../../packages/shared/src/redact.js';
import type { HealOutcome } from './heal.js';

/** The job summary: what auto-heal did, the diff, and token usage when a model was asked. */
export function healSummary(outcome: HealOutcome): string {
  const lines = [`## auto-heal: ${outcome.result}`, ''];
  if (outcome.issue) lines.push(`Issue #${outcome.issue}.`);
  if (outcome.reason) lines.push(escapeMarkdown(outcome.reason));
  if (outcome.pr)
    lines.push(`Pull request: [#${outcome.pr.number}](${outcome.pr.url}) on ${inlineCode(outcome.branch ?? '')}.`);
  if (outcome.planned?.length) {
    lines.push('', 'Mode `dry-run`: nothing was written. auto-heal would have:', '');
    for (const step of outcome.planned) lines.push(`- ${step}`);
    lines.push('');
  }
  if (outcome.fixer) lines.push(`Fixer: ${inlineCode(outcome.fixer)}.`);
  for (const d of outcome.attempt?.declined ?? [])
    lines.push(`- ${inlineCode(d.fixer)} declined: ${escapeMarkdown(d.reason)}`);
  const llm = outcome.attempt?.llm;
  if (llm) {
    lines.push(
      '',
      `Model ${inlineCode(llm.model)}: ${llm.attempts.length} answer(s), ${llm.usage.prompt} prompt + ${llm.usage.completion} completion = ${llm.usage.total} tokens.`,
    );
  }
  if (outcome.diff) lines.push('', codeBlock(redact(outcome.diff), 'diff'));
  return `${lines.join('\n')}\n`;
}
