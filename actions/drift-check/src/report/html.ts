/**
 * The drift report as one self-contained HTML page (CLI `--html`, and beside the JSON in the artifact):
 * verdict, per-column table, schema and category changes, and an inline SVG chart per column, drifted
 * columns first. No script, stylesheet link or font: it opens offline. Every text from the data is escaped.
 */
import type { ColumnReport, DriftReport, TableSummary } from '../drift-report.js';
import { formatDecisionScore, formatEffect, formatPercent, formatThreshold, testLabel } from './format.js';
import { chartData } from './histogram.js';
import { sideName } from './markdown.js';
import { MAX_VALUE, shortText } from './short-text.js';
import { CURRENT_COLOUR, escapeHtml, REFERENCE_COLOUR, svgChart } from './svg.js';

const MAX_CHARTS = 100;

const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:1100px}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;font-size:.9rem}
th{background:#f4f4f4}.drift{color:#b00020;font-weight:600}.ok{color:#1b7f3b}
.legend span{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 1rem;vertical-align:middle}
figure{margin:1.5rem 0}figcaption{font-weight:600;margin-bottom:.3rem}code{background:#f4f4f4;padding:0 .2rem}`;

function side(label: string, table: TableSummary): string {
  const rows = table.sampled
    ? `${table.rows.toLocaleString('en')} sampled of ${table.rows_read.toLocaleString('en')} rows`
    : `${table.rows.toLocaleString('en')} rows`;
  const files = table.files.map((f) => `<code>${escapeHtml(f)}</code>`).join(', ');
  return `<li>${label}: ${files} (${escapeHtml(table.format)}, ${rows})</li>`;
}

function row(name: string, column: ColumnReport): string {
  const d = column.decision;
  const cells = [
    escapeHtml(name),
    column.type,
    escapeHtml(testLabel(d)),
    escapeHtml(formatDecisionScore(d)),
    escapeHtml(formatThreshold(d)),
    d.drift ? '<span class="drift">drift</span>' : '<span class="ok">ok</span>',
    escapeHtml(formatEffect(column)),
    formatPercent(column.missing_share_ref),
    formatPercent(column.missing_share_cur),
  ];
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

function schemaItems(report: DriftReport): string[] {
  const s = report.schema;
  const names = (list: string[]) => list.map((n) => `<code>${escapeHtml(n)}</code>`).join(', ');
  const items: string[] = [];
  if (s.only_in_reference.length) items.push(`Only in the reference: ${names(s.only_in_reference)}`);
  if (s.only_in_current.length) items.push(`Only in the current data: ${names(s.only_in_current)}`);
  for (const c of s.type_changes) {
    items.push(
      `<code>${escapeHtml(c.column)}</code> is ${c.reference} in the reference and ${c.current} in the current data (compared as categories)`,
    );
  }
  for (const e of s.empty_columns)
    items.push(`<code>${escapeHtml(e.column)}</code> has no values in ${sideName(e.side)}`);
  if (s.excluded.length) items.push(`Excluded: ${names(s.excluded)}`);
  for (const [name, column] of Object.entries(report.columns)) {
    const changes = column.categories;
    if (!changes) continue;
    const list = (l: { category: string; count: number }[]) =>
      l
        .slice(0, 20)
        .map((c) => `<code>${escapeHtml(shortText(c.category, MAX_VALUE))}</code> (${c.count})`)
        .join(', ');
    if (changes.n_new)
      items.push(`<code>${escapeHtml(name)}</code>: ${changes.n_new} new categories: ${list(changes.new)}`);
    if (changes.n_vanished)
      items.push(
        `<code>${escapeHtml(name)}</code>: ${changes.n_vanished} vanished categories: ${list(changes.vanished)}`,
      );
  }
  return items;
}

export function driftHtml(report: DriftReport): string {
  const decision = report.dataset.decision;
  const entries = Object.entries(report.columns);
  const ordered = [...entries.filter(([, c]) => c.decision.drift), ...entries.filter(([, c]) => !c.decision.drift)];
  const charts = ordered.slice(0, MAX_CHARTS).flatMap(([name, column]) => {
    const chart = chartData(column);
    if (!chart) return [];
    const verdict = column.decision.drift ? '<span class="drift">drift</span>' : '<span class="ok">ok</span>';
    return [`<figure><figcaption>${escapeHtml(name)} — ${verdict}</figcaption>${svgChart(name, chart)}</figure>`];
  });
  const schema = schemaItems(report);
  const title = `Data drift: ${decision.dataset_drift ? 'detected' : 'none'}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${title}</h1>
<p><strong>${decision.n_drifted} of ${decision.n_columns} columns drifted (${formatPercent(decision.share)})</strong>; the data set drifts at ${formatPercent(decision.drift_share)} or more${decision.correction !== 'none' ? `, p-values corrected (${decision.correction})` : ''}.</p>
<ul>${side('Reference', report.inputs.reference)}${side('Current', report.inputs.current)}</ul>
<table>
<thead><tr><th>Column</th><th>Type</th><th>Test</th><th>Score</th><th>Drift if</th><th>Verdict</th><th>Effect</th><th>Missing (ref)</th><th>Missing (cur)</th></tr></thead>
<tbody>
${entries.map(([name, column]) => row(name, column)).join('\n')}
</tbody>
</table>
${schema.length ? `<h2>Schema and category changes</h2>\n<ul>${schema.map((i) => `<li>${i}</li>`).join('')}</ul>` : ''}
<h2>Distributions</h2>
<p class="legend">Share of each side's values per bin:<span style="background:${REFERENCE_COLOUR}"></span>reference<span style="background:${CURRENT_COLOUR}"></span>current</p>
${charts.join('\n')}
<p><small>${escapeHtml(report.generator.name)} ${escapeHtml(report.generator.version)}, ${escapeHtml(report.generated_at)}, report schema ${report.schema_version}</small></p>
</body>
</html>
`;
}
