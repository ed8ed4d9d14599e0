import { escapeMarkdown, inlineCode } from '../../../packages/shared/src/markdown.js';
import type { MonitorResult } from './monitor.js';

/** The job summary: what the monitor did, with links, one row per failed job. */
export function monitorSummary(result: MonitorResult): string {
  const lines = [`## failure-monitor: ${result.action}`, ''];
  if (result.run) {
    lines.push(
      `Run [${result.run.runId}](${result.run.htmlUrl}) of ${escapeMarkdown(result.run.workflowName)}, attempt ${result.run.attempt}.`,
      '',
    );
  }
  if (result.reason) lines.push(escapeMarkdown(result.reason), '');
  if (result.failures.length) {
    lines.push('| Job | Step | Category | Summary | Issue |', '| --- | --- | --- | --- | --- |');
    for (const f of result.failures) {
      const issue = f.filing ? `[#${f.filing.number}](${f.filing.url}) (${f.filing.action})` : '';
      lines.push(
        `| ${escapeMarkdown(f.job.name)} | ${f.job.step ? escapeMarkdown(f.job.step.name) : ''} | ${inlineCode(f.diagnosis.category)} | ${escapeMarkdown(f.diagnosis.summary)} | ${issue} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
