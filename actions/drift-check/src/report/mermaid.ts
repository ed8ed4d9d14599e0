/**
 * A Mermaid `xychart-beta` of one column for the job summary (GitHub renders ```mermaid blocks):
 * reference shares as bars, current shares as a line, in percent of each side's values. Column names
 * and categories are untrusted: quotes and backticks are replaced so they can neither end a string nor
 * the fence, and `<`, `>`, `#` (HTML and Mermaid entity syntax) by their full-width look-alikes.
 */
import type { ChartData } from './histogram.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we remove
const CONTROL = /[\u0000-\u001f\u007f]+/g;

function mermaidText(text: string): string {
  return text
    .replace(CONTROL, ' ')
    .replace(/["`]/g, "'")
    .replace(/</g, '\uff1c')
    .replace(/>/g, '\uff1e')
    .replace(/#/g, '\uff03');
}

const percent = (share: number) => Number((share * 100).toFixed(2));

export function mermaidChart(column: string, chart: ChartData): string {
  const reference = chart.reference.map(percent);
  const current = chart.current.map(percent);
  const top = Math.max(1, ...reference, ...current);
  const axisTop = Math.ceil((top * 1.1) / 5) * 5;
  const labels = chart.labels.map((label) => `"${mermaidText(label)}"`).join(', ');
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidText(column)}: reference (bars) vs current (line)"`,
    `  x-axis ${chart.kind === 'range' ? '"bin from"' : '"value"'} [${labels}]`,
    `  y-axis "% of values" 0 --> ${axisTop}`,
    `  bar [${reference.join(', ')}]`,
    `  line [${current.join(', ')}]`,
    '```',
  ].join('\n');
}
