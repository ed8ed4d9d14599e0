// Bundles each entry point with ncc into dist/<name>/index.js and writes the root action.yml.
// dist/ is committed and CI checks that it equals a fresh build, so the output must depend on
// the sources alone.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { rootAction } from './root-action.mjs';

const entries = {
  'failure-monitor': 'actions/failure-monitor/src/index.ts',
  'auto-heal': 'actions/auto-heal/src/index.ts',
  'drift-check': 'actions/drift-check/src/index.ts',
  cli: 'packages/cli/src/index.ts',
};

const only = process.argv.slice(2);
const names = Object.keys(entries).filter((name) => !only.length || only.includes(name));
const ncc = promisify(execFile);
// Two at a time: ncc is mostly single-threaded and CI machines have two cores.
const queue = [...names];
async function worker() {
  for (let name = queue.shift(); name; name = queue.shift()) {
    const out = `dist/${name}`;
    rmSync(out, { recursive: true, force: true });
    await ncc('npx', [
      'ncc',
      'build',
      entries[name],
      '-o',
      out,
      '--license',
      'licenses.txt',
      '--quiet',
      '--target',
      'es2023',
    ]);
  }
}
await Promise.all([worker(), worker()]);

if (!only.length) {
  // The root action is not a bundle of its own: it loads the sub-action's bundle.
  rmSync('dist/main', { recursive: true, force: true });
  mkdirSync('dist/main', { recursive: true });
  copyFileSync('scripts/root-entry.mjs', 'dist/main/index.js');
  writeFileSync('dist/main/package.json', '{"type":"module"}\n');
  writeFileSync('action.yml', rootAction());
}
