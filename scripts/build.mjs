// Bundles each entry point with ncc into dist/<name>/index.js. dist/ is committed and CI
// checks that it equals a fresh build, so the output must depend on the sources alone.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const entries = {
  'failure-monitor': 'actions/failure-monitor/src/index.ts',
  'auto-heal': 'actions/auto-heal/src/index.ts',
  'drift-check': 'actions/drift-check/src/index.ts',
  main: 'actions/index.ts',
  cli: 'packages/cli/src/index.ts',
};

const only = process.argv.slice(2);
for (const [name, entry] of Object.entries(entries)) {
  if (only.length && !only.includes(name)) continue;
  const out = `dist/${name}`;
  rmSync(out, { recursive: true, force: true });
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2023'], {
    stdio: 'inherit',
  });
}
