import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FRESH_STATE } from './policy.js';
import { loadDriftState, saveDriftState } from './state-file.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drift-state-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('a missing or corrupt state file starts fresh with a warning that says why', async () => {
  const warnings: string[] = [];
  expect(await loadDriftState(join(dir, 'none.json'), (m) => warnings.push(m))).toEqual(FRESH_STATE);
  writeFileSync(join(dir, 'bad.json'), '{"version":1,"streak":"two"}');
  expect(await loadDriftState(join(dir, 'bad.json'), (m) => warnings.push(m))).toEqual(FRESH_STATE);
  expect(warnings).toEqual([
    expect.stringMatching(
      /^No drift state at .*none\.json: starting fresh \(expected on the first run; otherwise restore it with actions\/cache/,
    ),
    expect.stringMatching(/bad\.json is unusable \(streak "two" is not a count\): starting fresh/),
  ]);
});

test('saving writes the whole state, in a new folder if need be, leaving no temporary file', async () => {
  const path = join(dir, 'nested', 'state.json');
  const state = { ...FRESH_STATE, streak: 3, last_run_at: '2026-01-01T00:00:00.000Z' };
  await saveDriftState(path, state);
  expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(state);
  expect(readdirSync(join(dir, 'nested'))).toEqual(['state.json']);
  expect(await loadDriftState(path, () => {})).toEqual(state);
});

test('a state path that cannot be written is a clear error and leaves nothing behind', async () => {
  writeFileSync(join(dir, 'file'), 'x');
  await expect(saveDriftState(join(dir, 'file', 'state.json'), FRESH_STATE)).rejects.toThrow(
    /Cannot write the drift state to .*file\/state\.json \((ENOTDIR|EEXIST)\)/,
  );
  expect(readdirSync(dir)).toEqual(['file']);
});
