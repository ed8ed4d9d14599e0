import { CATALOG } from './catalog/index.js';
import { compileRules, loadRules, RuleError } from './rule.js';

const valid = {
  id: 'acme-timeout',
  category: 'timeout',
  ecosystem: 'generic',
  patterns: ['took (?<minutes>\\d+) minutes'],
};

describe('loadRules', () => {
  it('accepts the catalog itself', () => {
    expect(loadRules(JSON.parse(JSON.stringify(CATALOG)))).toHaveLength(CATALOG.length);
  });

  it('keeps what it was given and defaults the ecosystem', () => {
    const [rule] = loadRules([{ ...valid, ecosystem: undefined, priority: 80, context: { after: 3, while: '^\\s' } }]);
    expect(rule).toEqual({
      id: 'acme-timeout',
      category: 'timeout',
      ecosystem: 'generic',
      patterns: ['took (?<minutes>\\d+) minutes'],
      priority: 80,
      context: { after: 3, while: '^\\s' },
    });
  });

  it.each([
    ['not a list', { rules: [] }, 'rules must be a list'],
    ['a non-object rule', ['x'], 'rule 1 must be a mapping'],
    [
      'a bad regular expression',
      [{ ...valid, patterns: ['(unclosed'] }],
      /rule 1 \(acme-timeout\): patterns\[0\]: invalid regular expression \/\(unclosed\//,
    ],
    [
      'an unknown category',
      [{ ...valid, category: 'flaky' }],
      /unknown category "flaky"; expected one of dependency, /,
    ],
    ['an id that is not kebab-case', [{ ...valid, id: 'Acme Timeout' }], /id must be kebab-case/],
    ['a duplicate id', [valid, valid], "rule 2 (acme-timeout): duplicate id 'acme-timeout'"],
    ['no patterns', [{ ...valid, patterns: [] }], /patterns must be a non-empty list/],
    ['an empty pattern', [{ ...valid, patterns: [''] }], /patterns\[0\] must be a non-empty string/],
    ['an unknown field', [{ ...valid, pattern: 'x' }], "rule 1 (acme-timeout): unknown field 'pattern'"],
    ['bad flags', [{ ...valid, flags: 'g' }], /flags may only be '' or 'i'/],
    ['a non-numeric priority', [{ ...valid, priority: 'high' }], /priority must be a number/],
    ['a bad context regex', [{ ...valid, context: { until: '[' } }], /context\.until: invalid regular expression/],
    ['an unknown context field', [{ ...valid, context: { lines: 3 } }], /unknown field 'context\.lines'/],
    [
      'a negative context size',
      [{ ...valid, context: { after: -1 } }],
      /context\.after must be an integer from 0 to 500/,
    ],
    ['facts of the wrong type', [{ ...valid, facts: { manager: { name: 'pip' } } }], /facts\.manager must be a string/],
    ['a bad target', [{ ...valid, target: 'step' }], /target must be 'line' or 'command'/],
    ['an unknown causedBy category', [{ ...valid, causedBy: ['weather'] }], /causedBy must be a list of categories/],
  ])('rejects %s with a message naming the rule and field', (_, data, message) => {
    expect(() => loadRules(data)).toThrow(RuleError);
    expect(() => loadRules(data)).toThrow(message);
  });
});

describe('compileRules', () => {
  it('compiles patterns once, with defaults for priority, transience and context', () => {
    const [network] = compileRules(loadRules([{ ...valid, id: 'acme-net', category: 'network' }]));
    expect(network?.priority).toBe(50);
    expect(network?.transient).toBe(true);
    expect(network?.after).toBe(6);
    expect(network?.patterns[0]?.exec('took 12 minutes')?.groups).toEqual({ minutes: '12' });
    expect(network?.literals).toEqual([[' minutes']]);
  });

  it('derives a literal for every catalog pattern that has one', () => {
    const compiled = compileRules(CATALOG);
    const without = compiled.flatMap((r) =>
      r.rule.target === 'command'
        ? []
        : r.literals.flatMap((l, i) => (l ? [] : [`${r.rule.id}: ${r.rule.patterns[i]}`])),
    );
    // Patterns with no literal of 3+ bytes are only tried on lines kept for other reasons; keep them few.
    expect(without.length).toBeLessThan(12);
  });
});
