import { driftHtml } from './html.js';
import { hostileReport } from './test-report.js';

test('one self-contained page: no script, stylesheet link, image or remote URL', async () => {
  const html = driftHtml(await hostileReport());
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
  expect(html).not.toMatch(/<[^>]*\s(src|href)=/i);
  expect(html).not.toMatch(/url\(/i);
  const urls = html.match(/https?:\/\/[^\s"'<>]+/g) ?? [];
  expect(urls.filter((u) => u !== 'http://www.w3.org/2000/svg')).toEqual([]);
});

test('a table row and an inline SVG chart per column, drifted columns first; data text escaped', async () => {
  const report = await hostileReport();
  const html = driftHtml(report);
  const columns = Object.keys(report.columns);
  expect(html.match(/<tr><td>/g)).toHaveLength(columns.length);
  expect(html.match(/<svg /g)).toHaveLength(columns.length);
  expect(html).toContain('plan|&lt;b&gt;@admin`x`');
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  const firstChart = /<figcaption>([^<]*) — /.exec(html)?.[1];
  expect(report.columns[firstChart as string]?.decision.drift).toBe(true);
  expect(html).toContain('Only in the reference: <code>only_ref</code>');
});
