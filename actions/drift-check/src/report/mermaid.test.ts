import { mermaidChart } from './mermaid.js';

test('an xychart-beta with reference bars and a current line in percent', () => {
  const chart = mermaidChart('age', {
    kind: 'range',
    labels: ['0', '10'],
    reference: [0.25, 0.75],
    current: [0.5, 0.5],
  });
  expect(chart).toBe(
    [
      '```mermaid',
      'xychart-beta',
      '  title "age: reference (bars) vs current (line)"',
      '  x-axis "bin from" ["0", "10"]',
      '  y-axis "% of values" 0 --> 85',
      '  bar [25, 75]',
      '  line [50, 50]',
      '```',
    ].join('\n'),
  );
});

test('untrusted names cannot end a string, close the fence or smuggle HTML', () => {
  const chart = mermaidChart('x"]\n```\n<script>', {
    kind: 'value',
    labels: ['a"b', '`c`', '#1;'],
    reference: [1, 0, 0],
    current: [0, 0, 1],
  });
  const body = chart.split('\n').slice(1, -1).join('\n');
  expect(body).not.toContain('```');
  const texts = chart.split('\n').filter((line) => /^ {2}(title|x-axis)/.test(line));
  expect(texts).toHaveLength(2);
  for (const line of texts) expect(line).not.toMatch(/[<>]/);
  expect(chart.split('\n')).toHaveLength(8);
  expect(chart).toContain(`["a'b", "'c'", "＃1;"]`);
  expect(chart).toContain(`title "x'] ''' ＜script＞: reference`);
});
