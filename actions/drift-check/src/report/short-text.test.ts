import { shortText } from './short-text.js';

test('a data value is shown on one line, cut with an ellipsis when long', () => {
  expect(shortText('basic', 10)).toBe('basic');
  expect(shortText('two\nlines\there', 20)).toBe('two lines here');
  expect(shortText('abcdefghijkl', 10)).toBe('abcdefghi…');
  // A 50 MB cell costs no more than its head.
  expect(shortText('x'.repeat(50 * 1024 * 1024), 80)).toBe(`${'x'.repeat(79)}…`);
  // Cut even when what is kept collapses to something short.
  expect(shortText(`${' '.repeat(400)}tail`, 80)).toBe(' …');
});
