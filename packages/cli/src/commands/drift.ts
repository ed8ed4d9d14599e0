import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../../../../actions/drift-check/src/atomic-write.js';
import { checkDrift, dataFilesOf } from '../../../../actions/drift-check/src/drift.js';
import { driftHtml } from '../../../../actions/drift-check/src/report/html.js';
import { reportJson } from '../../../../actions/drift-check/src/report/json.js';
import { driftMarkdown } from '../../../../actions/drift-check/src/report/markdown.js';
import {
  checkColumnSelection,
  type DriftSettings,
  parseColumnList,
  parseColumnTypes,
  parseCorrection,
  parseDriftShare,
  parseFormat,
  parsePsiBins,
  parseSample,
  parseTests,
  parseThresholds,
} from '../../../../actions/drift-check/src/settings.js';
import type { CliIo } from '../io.js';
import { reportInputError, reportUsage } from '../io.js';

const HELP = `Usage: self-heal drift --reference A --current B [options]

Compares current data with reference data column by column (KS, PSI, chi-square, Wasserstein,
Jensen-Shannon as scipy and Evidently define them) and prints the drift report, the same report
the drift-check action writes. A and B are paths or globs of CSV, TSV, JSON lines or Parquet files.

Options:
  --reference PATH       reference (training) data
  --current PATH         current (production) data
  --format FORMAT        csv, tsv, jsonl or parquet (default: by file extension)
  --columns A,B          compare only these columns
  --exclude-columns A,B  leave these columns out (ids, timestamps)
  --column-types SPEC    e.g. "zip: categorical, age: numeric"
  --tests SPEC           auto (Evidently's choice), or e.g. "numeric: ks, categorical: chi2"
  --thresholds SPEC      e.g. "ks: 0.01, psi: 0.2" (defaults: Evidently's)
  --drift-share X        share of drifted columns that makes the data set drift (default 0.5)
  --psi-bins SPEC        sturges-pooled (default) or quantile:N
  --correction METHOD    none (default), bonferroni or fdr, for p-value tests
  --sample N             compare a seeded random sample of N rows per side
  --seed N               seed for --sample (default 1)
  --json                 print the JSON report (one object) instead of Markdown
  --output FILE          also write the JSON report to FILE
  --html FILE            also write a self-contained HTML page with charts to FILE
  --fail-on-drift        exit 1 when the data set drifted

Exit status: 0 compared (drift or not, unless --fail-on-drift), 1 drift with --fail-on-drift,
2 bad usage or unreadable data.
`;

const OPTIONS = {
  reference: { type: 'string' },
  current: { type: 'string' },
  format: { type: 'string', default: '' },
  columns: { type: 'string', default: '' },
  'exclude-columns': { type: 'string', default: '' },
  'column-types': { type: 'string', default: '' },
  tests: { type: 'string', default: 'auto' },
  thresholds: { type: 'string', default: '' },
  'drift-share': { type: 'string', default: '' },
  'psi-bins': { type: 'string', default: '' },
  correction: { type: 'string', default: '' },
  sample: { type: 'string', default: '0' },
  seed: { type: 'string', default: '1' },
  json: { type: 'boolean', default: false },
  output: { type: 'string' },
  html: { type: 'string' },
  'fail-on-drift': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type DriftArgs = ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; strict: true }>>['values'];

/** The flags as the same settings the action's inputs give. */
function settingsFrom(values: DriftArgs): DriftSettings {
  const format = parseFormat(values.format, '--format');
  const settings: DriftSettings = {
    ...(format ? { format } : {}),
    columns: parseColumnList(values.columns),
    excludeColumns: parseColumnList(values['exclude-columns']),
    columnTypes: parseColumnTypes(values['column-types'], '--column-types'),
    tests: parseTests(values.tests, '--tests'),
    thresholds: parseThresholds(values.thresholds, '--thresholds'),
    driftShare: parseDriftShare(values['drift-share'], '--drift-share'),
    psiBins: parsePsiBins(values['psi-bins'], '--psi-bins'),
    correction: parseCorrection(values.correction, '--correction'),
    sample: parseSample(values.sample, values.seed, { rows: '--sample', seed: '--seed' }),
  };
  checkColumnSelection(settings, { columns: '--columns', exclude: '--exclude-columns' });
  return settings;
}

export async function drift(args: string[], io: CliIo): Promise<number> {
  let values: DriftArgs;
  try {
    ({ values } = parseArgs({ args, options: OPTIONS, strict: true }));
  } catch (error) {
    return reportUsage(io, 'drift', (error as Error).message);
  }
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (!values.reference || !values.current) return reportUsage(io, 'drift', '--reference and --current are required');
  for (const option of ['output', 'html'] as const) {
    if (values[option] === '') return reportUsage(io, 'drift', `--${option} needs a file name`);
  }
  try {
    const settings = settingsFrom(values);
    const { report } = await checkDrift({ reference: values.reference, current: values.current }, settings);
    const data = dataFilesOf(report);
    if (values.output) await writeFileAtomic(values.output, reportJson(report), 'the JSON report', data);
    if (values.html) await writeFileAtomic(values.html, driftHtml(report), 'the HTML report', data);
    io.stdout(values.json ? reportJson(report) : driftMarkdown(report));
    return values['fail-on-drift'] && report.dataset.decision.dataset_drift ? 1 : 0;
  } catch (error) {
    // Bad data or settings (unreadable file, ragged row, unknown column): exit 2 with the reason.
    return reportInputError(io, 'drift', error);
  }
}
