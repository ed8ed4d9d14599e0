// The oracle's large pair for the benches: 1,000,000 rows × 10 numeric columns per side (2 × ~91 MB CSV),
// generated into .bench/oracle (git-ignored) by the oracle's make_data.py when absent, and checked
// against the oracle manifest's byte counts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const oracleDir = process.env.DRIFT_ORACLE_DIR ?? join(root, '..', 'shared', 'oracle');
const dataDir = join(root, '.bench', 'oracle');

export interface ManifestSide {
  bytes: number;
  rows: number;
  columns: string[];
}

export interface LargePair {
  reference: string;
  current: string;
  /** Both files. */
  bytes: number;
  /** The manifest's description of each side, when the oracle has a manifest. */
  expected: Record<'reference' | 'current', ManifestSide> | null;
}

/** The oracle manifest's byte and row counts, to check the generated files are the oracle's. */
function expectedSides(): Record<'reference' | 'current', ManifestSide> | null {
  const manifest = join(oracleDir, 'MANIFEST.json');
  if (!existsSync(manifest)) return null;
  const large = (JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, Record<string, ManifestSide>>).large;
  return large ? { reference: large.reference as ManifestSide, current: large.current as ManifestSide } : null;
}

/** The large pair's paths, generating it first when needed (about a minute). */
export function largePair(): LargePair {
  const reference = join(dataDir, 'large', 'reference.csv');
  const current = join(dataDir, 'large', 'current.csv');
  if (!existsSync(reference) || !existsSync(current)) {
    console.log(`generating the large pair into ${dataDir} (about a minute) …`);
    const result = spawnSync('python3', [join(oracleDir, 'make_data.py'), '--only', 'large', '--out', dataDir], {
      stdio: 'inherit',
    });
    if (result.status !== 0)
      throw new Error(`make_data.py failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
  const expected = expectedSides();
  const paths = { reference, current };
  for (const side of ['reference', 'current'] as const) {
    const want = expected?.[side];
    const size = statSync(paths[side]).size;
    if (want && size !== want.bytes)
      throw new Error(`${paths[side]} has ${size} bytes, the oracle manifest says ${want.bytes}`);
  }
  return { reference, current, bytes: statSync(reference).size + statSync(current).size, expected };
}
