// Checks that keep the repository's pieces in step with each other.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseInputs as healInputs } from '../actions/auto-heal/src/inputs.js';
import { parseInputs as driftInputs } from '../actions/drift-check/src/inputs.js';
import { parseInputs as monitorInputs } from '../actions/failure-monitor/src/inputs.js';
import { VERSION } from '../packages/shared/src/version.js';
// @ts-expect-error plain ESM script without types
import { rootAction } from '../scripts/root-action.mjs';

test('the product version is the package version', () => {
  expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
});

test('the root action.yml is generated from the sub-actions (run `npm run build`)', () => {
  expect(readFileSync('action.yml', 'utf8')).toBe(rootAction());
});

test.each(['failure-monitor', 'auto-heal', 'drift-check'])('%s/action.yml runs its bundle on node24', (name) => {
  const action = parse(readFileSync(`actions/${name}/action.yml`, 'utf8'));
  expect(action.runs).toEqual({ using: 'node24', main: `../../dist/${name}/index.js` });
  expect(action.branding.icon).toBeTruthy();
  for (const [input, spec] of Object.entries<{ description?: string }>(action.inputs)) {
    expect([input, spec.description?.length]).toEqual([input, expect.any(Number)]);
  }
});

// A default written in action.yml reaches the code on a runner; the code's own fallback is what the CLI,
// the demo and the tests get. Both must be the same value.
test.each([
  ['failure-monitor', monitorInputs],
  ['auto-heal', healInputs],
  ['drift-check', driftInputs],
] as const)('%s: the defaults in action.yml are the code defaults', (name, parseInputs) => {
  const action = parse(readFileSync(`actions/${name}/action.yml`, 'utf8')) as {
    inputs: Record<string, { default?: unknown }>;
  };
  // Required inputs, the token whose default is an expression the runner evaluates, and auto-heal's model
  // mode on so that its options are read too.
  const given: Record<string, string> = {
    token: 'a-token',
    reference: 'ref.csv',
    current: 'cur.csv',
    llm: 'true',
    'openai-api-key': 'sk-test',
  };
  // Where an empty value means something of its own (no artifact upload outside a runner).
  const emptyMeans = ['artifact-name'];
  const defaultOf = (input: string) => (emptyMeans.includes(input) ? '' : String(action.inputs[input]?.default ?? ''));
  const fromActionYml = parseInputs((input) => given[input] ?? defaultOf(input));
  const fromCode = parseInputs((input) => given[input] ?? '');
  expect(fromActionYml).toEqual(fromCode);
});

test.each(['failure-monitor', 'auto-heal', 'drift-check'])(
  '%s sets exactly the outputs its action.yml declares',
  (name) => {
    const action = parse(readFileSync(`actions/${name}/action.yml`, 'utf8')) as { outputs: Record<string, unknown> };
    const sources = readdirSync(`actions/${name}/src`, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => readFileSync(`actions/${name}/src/${f}`, 'utf8'));
    const set = new Set(sources.flatMap((text) => [...text.matchAll(/setOutput\(\s*'([\w-]+)'/g)].map((m) => m[1])));
    expect([...set].sort()).toEqual(Object.keys(action.outputs).sort());
  },
);

test.each(['failure-monitor', 'auto-heal', 'drift-check'])(
  'the README documents every input and output of %s',
  (name) => {
    const action = parse(readFileSync(`actions/${name}/action.yml`, 'utf8')) as {
      inputs: Record<string, unknown>;
      outputs: Record<string, unknown>;
    };
    const readme = readFileSync('README.md', 'utf8');
    const names = [...Object.keys(action.inputs), ...Object.keys(action.outputs)];
    expect(names.filter((n) => !readme.includes(`\`${n}\``))).toEqual([]);
  },
);
