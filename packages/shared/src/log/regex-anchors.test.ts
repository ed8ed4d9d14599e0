import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG } from './catalog/index.js';
import { stripLine } from './clean-line.js';
import { isOrdinary, patternLiterals } from './regex-anchors.js';

describe('patternLiterals', () => {
  it.each([
    ['plain text', 'No space left on device', ['no space left on device']],
    ['the cheapest of several runs', '^\\[ERROR\\] (?<file>\\S+)\\.java:\\[\\d+', ['[error] ']],
    [
      'a run through plain-text groups',
      'npm (?:ERR!|error) code ERESOLVE',
      ['npm err! code eresolve', 'npm error code eresolve'],
    ],
    ['one literal per branch of an alternation', 'disk full|quota exceeded', ['disk full', 'quota exceeded']],
    ['x{3,} as three x', '^_{3,} (?<test>\\S+) _{3,}$', [' ___']],
    ['escapes', 'Could not resolve host: \\S+', ['could not resolve host: ']],
  ])('finds %s', (_, source, expected) => {
    expect(patternLiterals(source)).toEqual(expected);
  });

  it.each([
    ['only optional text', '(?:fatal error)?\\d+'],
    ['nothing but classes', '^\\s*\\d+\\) \\S+$'],
    ['a branch without text', 'timed out|\\d+s'],
  ])('finds none with %s', (_, source) => {
    expect(patternLiterals(source)).toBeNull();
  });

  it('prefers literals that ordinary passing output does not contain', () => {
    expect(isOrdinary([' in '])).toBe(true);
    expect(isOrdinary(['no space left on device'])).toBe(false);
  });
});

/**
 * Soundness: every line a catalog pattern matches contains one of the pattern's literals
 * (case-insensitively), so the scanner never skips a line a rule would match.
 */
describe('catalog literals are sound', () => {
  const lines: string[] = [];
  for (const f of [
    'actions-jest-failure.log',
    'actions-lint-and-test.log',
    'actions-python-missing-module.log',
    'actions-timeout.log',
  ]) {
    lines.push(...readFileSync(join(import.meta.dirname, 'fixtures', f), 'utf8').split('\n'));
  }
  const corpus = join(import.meta.dirname, '../../../../../shared/corpus');
  if (existsSync(join(corpus, 'labels.jsonl'))) {
    const labels = readFileSync(join(corpus, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, 150);
    for (const l of labels) {
      const c = JSON.parse(l) as { log: string; failure_lines: number[] };
      const text = readFileSync(join(corpus, c.log), 'utf8').split('\n');
      for (const n of c.failure_lines.slice(0, 60)) lines.push(text[n - 1] ?? '');
    }
  }
  const cleaned = lines.map(stripLine).map((l) => l.replace(/^##\[\w+\]/, ''));

  it.each(CATALOG.filter((r) => r.target !== 'command').map((r) => [r.id, r] as const))('%s', (_, rule) => {
    for (const source of rule.patterns) {
      const literals = patternLiterals(source);
      if (!literals) continue;
      const re = new RegExp(source, rule.flags ?? '');
      for (const line of cleaned) {
        if (!re.test(line)) continue;
        const lower = line.toLowerCase();
        expect({ source, line, found: literals.some((l) => lower.includes(l)) }).toEqual({ source, line, found: true });
      }
    }
  });
});
