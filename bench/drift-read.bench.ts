// drift-check's readers on the oracle's large pair: 1,000,000 rows × 10 numeric columns per side
// (2 × ~91 MB CSV). Generates the pair into .bench/oracle (git-ignored) when it is absent, then reads
// both files into typed columns and reports wall time, CPU time, MB/s and peak RSS.
// Reference on the project machine: pandas reads the pair in 2.7 s.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTable } from '../actions/drift-check/src/read/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const oracleDir = process.env.DRIFT_ORACLE_DIR ?? join(root, '..', 'shared', 'oracle');
const dataDir = join(root, '.bench', 'oracle');
const PANDAS_READ_SECONDS = 2.7;

interface ManifestSide {
  bytes: number;
  rows: number;
  columns: string[];
}

function ensureLargePair(): { reference: string; current: string } {
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
  return { reference, current };
}

/** The oracle manifest's byte and row counts, to check the generated files are the oracle's. */
function expectedSides(): Record<'reference' | 'current', ManifestSide> | null {
  const manifest = join(oracleDir, 'MANIFEST.json');
  if (!existsSync(manifest)) return null;
  const large = (JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, Record<string, ManifestSide>>).large;
  return large ? { reference: large.reference as ManifestSide, current: large.current as ManifestSide } : null;
}

const paths = ensureLargePair();
const expected = expectedSides();
const bytes = statSync(paths.reference).size + statSync(paths.current).size;
for (const side of ['reference', 'current'] as const) {
  const want = expected?.[side];
  if (want && statSync(paths[side]).size !== want.bytes) {
    throw new Error(`${paths[side]} has ${statSync(paths[side]).size} bytes, the oracle manifest says ${want.bytes}`);
  }
}

const cpuStart = process.cpuUsage();
const start = performance.now();
const reference = await readTable(paths.reference);
const referenceDone = performance.now();
const current = await readTable(paths.current);
const end = performance.now();
const cpu = process.cpuUsage(cpuStart);

for (const [side, table] of [
  ['reference', reference],
  ['current', current],
] as const) {
  const want = expected?.[side];
  const columns = [...table.columns.values()];
  const wrong = columns.filter((c) => c.kind !== 'numeric' || (c.numeric?.length ?? 0) !== table.rows);
  if ((want && table.rows !== want.rows) || wrong.length > 0 || columns.length !== (want?.columns.length ?? 10)) {
    throw new Error(
      `${side}: read ${table.rows} rows and ${columns.length} columns (${wrong.length} not fully numeric)`,
    );
  }
}

const seconds = (end - start) / 1000;
const mib = bytes / 2 ** 20;
const peakRssMiB = process.resourceUsage().maxRSS / 1024;
console.log(
  `input            2 × ${reference.rows.toLocaleString('en')} rows × ${reference.columns.size} columns, ${mib.toFixed(1)} MiB`,
);
console.log(`reference.csv    ${((referenceDone - start) / 1000).toFixed(2)} s`);
console.log(`current.csv      ${((end - referenceDone) / 1000).toFixed(2)} s`);
console.log(
  `wall             ${seconds.toFixed(2)} s  (${(seconds / PANDAS_READ_SECONDS).toFixed(2)} × pandas' ${PANDAS_READ_SECONDS} s)`,
);
console.log(
  `cpu              ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s  (user ${(cpu.user / 1e6).toFixed(2)}, system ${(cpu.system / 1e6).toFixed(2)})`,
);
console.log(`throughput       ${(mib / seconds).toFixed(0)} MiB/s`);
console.log(`peak RSS         ${peakRssMiB.toFixed(0)} MiB`);
console.log(
  JSON.stringify({
    bench: 'drift-read',
    seconds: Number(seconds.toFixed(3)),
    mibPerSecond: Number((mib / seconds).toFixed(1)),
    peakRssMiB: Math.round(peakRssMiB),
    vsPandas: Number((seconds / PANDAS_READ_SECONDS).toFixed(3)),
  }),
);
