// Checks that keep the repository's pieces in step with each other.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
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
