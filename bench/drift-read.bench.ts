// drift-check's readers on the oracle's large pair: 1,000,000 rows × 10 numeric columns per side
// (2 × ~91 MB CSV). Generates the pair into .bench/oracle (git-ignored) when it is absent, then reads
// both files into typed columns and reports wall time, CPU time, MB/s and peak RSS.
// Reference on the project machine: pandas reads the pair in 2.7 s.
import { readTable } from '../actions/drift-check/src/read/index.js';
import { largePair } from './oracle-data.js';

const PANDAS_READ_SECONDS = 2.7;

const { expected, bytes, ...paths } = largePair();

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
