/**
 * The drift report as Markdown, for the job summary and the CLI: the verdict, a per-column table
 * (type, test, score, threshold, verdict, effect size, missing shares), schema and category changes,
 * and a Mermaid chart per drifted column. Column names, categories and paths come from the data:
 * every one is escaped.
 */
import { escapeMarkdown, inlineCode } from '../../../../packages/shared/src/markdown.js';
import type { ColumnReport, DriftReport, TableSummary } from '../drift-report.js';
import { formatDecisionScore, formatEffect, formatPercent, formatThreshold, testLabel } from './format.js';
import { chartData } from './histogram.js';
import { mermaidChart } from './mermaid.js';
import { MAX_VALUE, shortText } from './short-text.js';

export interface MarkdownOptions {
  /** Charts for at most this many drifted columns (default 10). */
  maxCharts?: number;
  /** Table rows beyond this show only drifted columns (default 300). */
  maxRows?: number;
  /** Heading level of the title (default 2). */
  headingLevel?: number;
}

function sideLine(label: string, side: TableSummary): string {
  const files =
    side.files.length === 1
      ? inlineCode(side.files[0] as string)
      : `${inlineCode(side.source)} (${side.files.length} files)`;
  const rows = side.sampled
    ? `${side.rows.toLocaleString('en')} sampled of ${side.rows_read.toLocaleString('en')} rows`
    : `${side.rows.toLocaleString('en')} rows`;
  return `${label}: ${files}, ${side.format}, ${rows}`;
}

function columnRow(name: string, column: ColumnReport): string {
  const d = column.decision;
  const cells = [
    escapeMarkdown(name),
    column.type,
    testLabel(d),
    formatDecisionScore(d),
    formatThreshold(d),
    d.drift ? '**drift**' : 'ok',
    formatEffect(column),
    formatPercent(column.missing_share_ref),
    formatPercent(column.missing_share_cur),
  ];
  return `| ${cells.join(' | ')} |`;
}

function listNames(names: readonly string[]): string {
  return names.map((n) => inlineCode(n)).join(', ');
}

/** `reference` → "the reference", `current` → "the current data", `both` → "either side". */
export function sideName(side: 'reference' | 'current' | 'both'): string {
  return side === 'both' ? 'either side' : side === 'reference' ? 'the reference' : 'the current data';
}

function schemaSection(report: DriftReport): string[] {
  const s = report.schema;
  const lines: string[] = [];
  if (s.only_in_reference.length)
    lines.push(`- Only in the reference (not compared): ${listNames(s.only_in_reference)}`);
  if (s.only_in_current.length)
    lines.push(`- Only in the current data (not compared): ${listNames(s.only_in_current)}`);
  for (const change of s.type_changes) {
    lines.push(
      `- ${inlineCode(change.column)} is ${change.reference} in the reference and ${change.current} in the current data; compared as categories${change.example ? ` (e.g. ${inlineCode(change.example)})` : ''}`,
    );
  }
  for (const empty of s.empty_columns) {
    lines.push(
      `- ${inlineCode(empty.column)} has no values in ${empty.side === 'both' ? 'either side' : `the ${empty.side}`}; not compared`,
    );
  }
  if (s.excluded.length) lines.push(`- Excluded: ${listNames(s.excluded)}`);
  return lines;
}

function categorySection(report: DriftReport): string[] {
  const lines: string[] = [];
  for (const [name, column] of Object.entries(report.columns)) {
    const changes = column.categories;
    if (!changes || (changes.n_new === 0 && changes.n_vanished === 0)) continue;
    const show = (list: { category: string; count: number }[], total: number) =>
      `${list
        .slice(0, 10)
        .map((c) => `${inlineCode(shortText(c.category, MAX_VALUE))} (${c.count})`)
        .join(', ')}${total > 10 ? `, … ${total - 10} more` : ''}`;
    const parts: string[] = [];
    if (changes.n_new) parts.push(`new: ${show(changes.new, changes.n_new)}`);
    if (changes.n_vanished) parts.push(`vanished: ${show(changes.vanished, changes.n_vanished)}`);
    lines.push(`- ${inlineCode(name)}: ${parts.join('; ')}`);
  }
  return lines;
}

export function driftMarkdown(report: DriftReport, options: MarkdownOptions = {}): string {
  const maxCharts = options.maxCharts ?? 10;
  const maxRows = options.maxRows ?? 300;
  const h = '#'.repeat(options.headingLevel ?? 2);
  const decision = report.dataset.decision;
  const out: string[] = [];
  out.push(`${h} Data drift: ${decision.dataset_drift ? 'detected' : 'none'}`);
  out.push(
    `**${decision.n_drifted} of ${decision.n_columns} columns drifted (${formatPercent(decision.share)})**; the data set drifts at ${formatPercent(decision.drift_share)} or more${decision.correction !== 'none' ? `, p-values corrected (${decision.correction})` : ''}.`,
  );
  out.push([sideLine('Reference', report.inputs.reference), sideLine('Current', report.inputs.current)].join('  \n'));

  const entries = Object.entries(report.columns);
  const shown = entries.length > maxRows ? entries.filter(([, c]) => c.decision.drift) : entries;
  if (entries.length > 0) {
    const table = [
      '| Column | Type | Test | Score | Drift if | Verdict | Effect | Missing (ref) | Missing (cur) |',
      '|---|---|---|---|---|---|---|---|---|',
      ...shown.map(([name, column]) => columnRow(name, column)),
    ];
    if (shown.length < entries.length)
      table.push('', `${entries.length - shown.length} columns without drift are not listed.`);
    out.push(table.join('\n'));
  } else {
    out.push('No column could be compared.');
  }

  const schema = schemaSection(report);
  if (schema.length) out.push(`${h}# Schema changes\n\n${schema.join('\n')}`);
  const categories = categorySection(report);
  if (categories.length) out.push(`${h}# Category changes\n\n${categories.join('\n')}`);

  const charted = entries.filter(([, c]) => c.decision.drift).slice(0, maxCharts);
  const charts = charted
    .map(([name, column]) => {
      const chart = chartData(column);
      return chart ? mermaidChart(name, chart) : '';
    })
    .filter(Boolean);
  if (charts.length) {
    const more = decision.n_drifted > charted.length ? ` (first ${charted.length} of ${decision.n_drifted})` : '';
    out.push(`${h}# Drifted columns${more}\n\n${charts.join('\n\n')}`);
  }
  return `${out.join('\n\n')}\n`;
}
