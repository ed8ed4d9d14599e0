/**
 * An inline SVG bar chart of one column: reference and current shares side by side per bin. Plain SVG
 * with no script, font or link, so the HTML report works offline and from an artifact.
 */
import type { ChartData } from './histogram.js';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 44;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 64;
export const REFERENCE_COLOUR = '#4c78a8';
export const CURRENT_COLOUR = '#f58518';

export function svgChart(title: string, chart: ChartData): string {
  const n = chart.labels.length;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const top = Math.max(0.01, ...chart.reference, ...chart.current);
  const slot = plotWidth / Math.max(1, n);
  const bar = Math.max(1, (slot - 4) / 2);
  const y = (share: number) => TOP + plotHeight - (share / top) * plotHeight;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(title)}">`,
  );
  parts.push(`<title>${escapeHtml(title)}</title>`);
  // gridlines at quarters of the top share
  for (let k = 0; k <= 4; k++) {
    const share = (top * k) / 4;
    const gy = y(share).toFixed(1);
    parts.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${gy}" y2="${gy}" stroke="#ddd"/>`);
    parts.push(
      `<text x="${LEFT - 4}" y="${gy}" font-size="10" text-anchor="end" dominant-baseline="middle">${(share * 100).toFixed(share * 100 < 10 ? 1 : 0)}%</text>`,
    );
  }
  chart.labels.forEach((label, i) => {
    const x0 = LEFT + i * slot + 2;
    const ref = chart.reference[i] ?? 0;
    const cur = chart.current[i] ?? 0;
    parts.push(
      `<rect x="${x0.toFixed(1)}" y="${y(ref).toFixed(1)}" width="${bar.toFixed(1)}" height="${(TOP + plotHeight - y(ref)).toFixed(1)}" fill="${REFERENCE_COLOUR}"><title>reference ${escapeHtml(label)}: ${(ref * 100).toFixed(2)}%</title></rect>`,
    );
    parts.push(
      `<rect x="${(x0 + bar).toFixed(1)}" y="${y(cur).toFixed(1)}" width="${bar.toFixed(1)}" height="${(TOP + plotHeight - y(cur)).toFixed(1)}" fill="${CURRENT_COLOUR}"><title>current ${escapeHtml(label)}: ${(cur * 100).toFixed(2)}%</title></rect>`,
    );
    const lx = (x0 + bar).toFixed(1);
    const ly = TOP + plotHeight + 8;
    parts.push(
      `<text x="${lx}" y="${ly}" font-size="10" text-anchor="end" transform="rotate(-45 ${lx} ${ly})">${escapeHtml(label)}</text>`,
    );
  });
  parts.push(
    `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${TOP + plotHeight}" y2="${TOP + plotHeight}" stroke="#555"/>`,
  );
  parts.push('</svg>');
  return parts.join('');
}
