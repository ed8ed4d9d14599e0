// drift-check end to end on the oracle's large pair (1,000,000 rows × 10 numeric columns per side),
// through the same core as the action and the CLI: read both CSVs, every statistic per column, the
// decisions, and the report rendered as JSON, Markdown and HTML. Reports wall time split into read /
// statistics / report, peak RSS, and the ratio against the scipy + pandas reference measured on the
// project machine: 13.4 s wall (2.7 s read, 3.8 s KS, 3.1 s PSI), 515 MiB peak. Target: ≤ 0.5× the
// wall time and ≤ 515 MiB.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { checkDrift } from '../actions/drift-check/src/drift.js';
import { driftHtml } from '../actions/drift-check/src/report/html.js';
import { reportJson } from '../actions/drift-check/src/report/json.js';
import { driftMarkdown } from '../actions/drift-check/src/report/markdown.js';
import { DEFAULT_SETTINGS } from '../actions/drift-check/src/settings.js';
import { largePair } from './oracle-data.js';

const REFERENCE = { wall: 13.4, read: 2.7, ks: 3.8, psi: 3.1, peakMiB: 515 };
const TARGET_RATIO = 0.5;

const pair = largePair();
const cpuStart = process.cpuUsage();
const start = performance.now();
const { report, timings } = await checkDrift(
  { reference: pair.reference, current: pair.current },
  { ...DEFAULT_SETTINGS },
);
const checked = performance.now();
const json = reportJson(report);
const markdown = driftMarkdown(report);
const html = driftHtml(report);
const end = performance.now();
const cpu = process.cpuUsage(cpuStart);

const columns = Object.values(report.columns);
const rowsOk = report.inputs.rows_reference === (pair.expected?.reference.rows ?? 1_000_000);
if (
  !rowsOk ||
  columns.length !== 10 ||
  columns.some((c) => c.type !== 'numeric' || c.n_ref !== report.inputs.rows_reference)
) {
  throw new Error(`unexpected report: ${report.inputs.rows_reference} rows, ${columns.length} columns`);
}

const seconds = (ms: number) => ms / 1000;
const read = seconds(timings.readMs);
const statistics = seconds(timings.computeMs);
const rendering = seconds(end - checked);
const wall = seconds(end - start);
const peakMiB = process.resourceUsage().maxRSS / 1024;
const ratio = wall / REFERENCE.wall;
const met = ratio <= TARGET_RATIO && peakMiB <= REFERENCE.peakMiB;

console.log(
  `input: 2 × ${report.inputs.rows_reference.toLocaleString('en')} rows × ${columns.length} numeric columns, ${(pair.bytes / 2 ** 20).toFixed(1)} MiB of CSV`,
);
console.log(
  `drifted: ${report.dataset.decision.drifted_columns.join(', ') || 'none'} (share ${report.dataset.decision.share})`,
);
console.log(
  `report: ${(json.length / 1024).toFixed(0)} KiB JSON, ${(markdown.length / 1024).toFixed(0)} KiB Markdown, ${(html.length / 1024).toFixed(0)} KiB HTML\n`,
);
console.log('| phase | drift-check | scipy + pandas | ratio |');
console.log('|---|---:|---:|---:|');
console.log(`| read both CSVs | ${read.toFixed(2)} s | ${REFERENCE.read} s | ${(read / REFERENCE.read).toFixed(2)} |`);
console.log(
  `| statistics + decisions (KS, PSI ×2, Wasserstein, JS, …) | ${statistics.toFixed(2)} s | ≥ ${(REFERENCE.ks + REFERENCE.psi).toFixed(1)} s (KS ${REFERENCE.ks} + PSI ${REFERENCE.psi}) | ${(statistics / (REFERENCE.ks + REFERENCE.psi)).toFixed(2)} |`,
);
console.log(`| report (JSON, Markdown, HTML) | ${rendering.toFixed(2)} s | — | |`);
console.log(
  `| **wall** | **${wall.toFixed(2)} s** | ${REFERENCE.wall} s | **${ratio.toFixed(2)}** (target ≤ ${TARGET_RATIO}) |`,
);
console.log(`| cpu | ${seconds((cpu.user + cpu.system) / 1000).toFixed(2)} s | | |`);
console.log(
  `| **peak RSS** | **${peakMiB.toFixed(0)} MiB** | ${REFERENCE.peakMiB} MiB | ${(peakMiB / REFERENCE.peakMiB).toFixed(2)} |`,
);

// The same-run reference: scipy and numpy on the same files, when this machine has them.
const scipyRun = spawnSync('python3', [join(import.meta.dirname, 'scipy-reference.py'), pair.reference, pair.current], {
  encoding: 'utf8',
});
let scipy: { read: number; ks: number; psi: number; wasserstein: number; wall: number; peakMiB: number } | undefined;
if (scipyRun.status === 0) {
  scipy = JSON.parse(scipyRun.stdout.trim());
} else {
  console.log(
    `\n(no same-run scipy reference: ${(scipyRun.stderr || scipyRun.error?.message || '').trim().split('\n').pop()})`,
  );
}
if (scipy) {
  const scipyStats = scipy.ks + scipy.psi + scipy.wasserstein;
  console.log('\nSame run, scipy + numpy on the same files (numpy.loadtxt instead of pandas):\n');
  console.log('| phase | drift-check | scipy + numpy | ratio |');
  console.log('|---|---:|---:|---:|');
  console.log(`| read | ${read.toFixed(2)} s | ${scipy.read.toFixed(2)} s | ${(read / scipy.read).toFixed(2)} |`);
  console.log(
    `| statistics (scipy: KS, PSI, Wasserstein only) | ${statistics.toFixed(2)} s | ${scipyStats.toFixed(2)} s | ${(statistics / scipyStats).toFixed(2)} |`,
  );
  console.log(
    `| **wall** | **${wall.toFixed(2)} s** | ${scipy.wall.toFixed(2)} s | **${(wall / scipy.wall).toFixed(2)}** |`,
  );
  console.log(
    `| peak RSS | ${peakMiB.toFixed(0)} MiB | ${scipy.peakMiB.toFixed(0)} MiB | ${(peakMiB / scipy.peakMiB).toFixed(2)} |`,
  );
}
console.log(`\ntarget ${met ? 'met' : 'NOT met'}`);
console.log(
  JSON.stringify({
    bench: 'drift-check',
    seconds: Number(wall.toFixed(3)),
    readSeconds: Number(read.toFixed(3)),
    statisticsSeconds: Number(statistics.toFixed(3)),
    reportSeconds: Number(rendering.toFixed(3)),
    peakRssMiB: Math.round(peakMiB),
    vsReference: Number(ratio.toFixed(3)),
    targetMet: met,
    ...(scipy ? { vsScipySameRun: Number((wall / scipy.wall).toFixed(3)) } : {}),
  }),
);
