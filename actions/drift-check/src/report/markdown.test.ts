import { driftHtml } from './html.js';
import { driftMarkdown } from './markdown.js';
import { HOSTILE_CATEGORY, HOSTILE_COLUMN, hostileReport } from './test-report.js';

test('verdict, per-column table, schema and category changes, and a chart per drifted column', async () => {
  const report = await hostileReport();
  const markdown = driftMarkdown(report);
  const d = report.dataset.decision;
  expect(d.drifted_columns).toContain('age');
  expect(markdown).toMatch(new RegExp(`^## Data drift: ${d.dataset_drift ? 'detected' : 'none'}\\n`));
  expect(markdown).toContain(`**${d.n_drifted} of ${d.n_columns} columns drifted`);
  expect(markdown).toContain(
    '| Column | Type | Test | Score | Drift if | Verdict | Effect | Missing (ref) | Missing (cur) |',
  );
  expect(markdown).toMatch(
    /\| age \| numeric \| ks \(auto\) \| p = [0-9.e-]+ \| ≤ 0\.05 \| \*\*drift\*\* \| d = [0-9.]+ \| 0% \| 0% \|/,
  );
  expect(markdown).toMatch(/\| steady \| numeric \| ks \(auto\) \| p = [0-9.]+ \| ≤ 0\.05 \| ok \|/);
  expect(markdown).toContain('- Only in the reference (not compared): `only_ref`');
  expect(markdown).toContain('- Only in the current data (not compared): `new_col`');
  expect(markdown).toMatch(
    /- `flag` is numeric in the reference and categorical in the current data; compared as categories \(e\.g\. `.*cur\.csv row 6: yes`\)/,
  );
  expect(markdown).toContain('### Category changes');
  const charts = markdown.match(/```mermaid/g) ?? [];
  expect(charts).toHaveLength(d.n_drifted);
  expect(markdown).toContain('title "age: reference (bars) vs current (line)"');
  expect(markdown).toContain(`### Drifted columns\n`);
  expect(HOSTILE_CATEGORY).toContain('<img');
});

/** Markdown with its code spans removed: an unescaped run of n backticks up to the next run of exactly n. */
function withoutCodeSpans(text: string): string {
  return text.replace(/(?<![`\\])(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
}

test('names from the data are escaped: no raw HTML, no pipe breaking the table, no mention', async () => {
  const markdown = driftMarkdown(await hostileReport());
  // outside code spans (where text is literal) no HTML survives
  const outsideCode = withoutCodeSpans(markdown.replace(/```mermaid[\s\S]*?```/g, ''));
  expect(outsideCode).not.toMatch(/(?<!\\)<(b|img)\b/);
  expect(markdown).toContain('`<img src=x onerror=alert(1)>` (30)');
  const row = markdown.split('\n').find((line) => line.startsWith('| plan')) ?? '';
  expect(row).toMatch(/^\| plan\\\|\\<b\\>@\u200badmin\\`x\\` \| categorical \|/);
  expect(row.split(/(?<!\\)\|/)).toHaveLength(11);
});

test('long tables keep the drifted columns; charts are capped', async () => {
  const report = await hostileReport();
  const markdown = driftMarkdown(report, { maxRows: 1, maxCharts: 1 });
  expect(markdown).not.toContain('| steady |');
  expect(markdown).toMatch(/\d+ columns without drift are not listed\./);
  expect(markdown.match(/```mermaid/g)).toHaveLength(1);
  if (report.dataset.decision.n_drifted > 1)
    expect(markdown).toContain(`(first 1 of ${report.dataset.decision.n_drifted})`);
});

test('a huge category from the data is listed by its head, in Markdown and HTML', async () => {
  const report = await hostileReport();
  const changes = report.columns[HOSTILE_COLUMN]?.categories;
  if (!changes?.new[0]) throw new Error('the test report has a new category');
  changes.new[0].category = 'y'.repeat(10 * 1024 * 1024);
  const markdown = driftMarkdown(report);
  expect(markdown.length).toBeLessThan(50_000);
  expect(markdown).toContain(`\`${'y'.repeat(79)}…\``);
  const html = driftHtml(report);
  expect(html.length).toBeLessThan(200_000);
  expect(html).toContain(`<code>${'y'.repeat(79)}…</code>`);
});
