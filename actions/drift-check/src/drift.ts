/**
 * The drift-check core, shared by the action, the CLI and the benchmark: read both sides, pair their
 * columns, run every statistic per column, decide under the user's settings, and assemble the
 * DriftReport. No @actions/*, no environment: files in, plain data out.
 */
import { PRODUCT, VERSION } from '../../../packages/shared/src/version.js';
import { decideDrift } from './decision.js';
import {
  type ColumnReport,
  DRIFT_REPORT_SCHEMA_VERSION,
  type DriftReport,
  type PsiQuantileReport,
  type ReportSettings,
  type TableSummary,
} from './drift-report.js';
import { categoricalEffectSize, categoryChanges, numericEffectSize } from './effect-size.js';
import { psiQuantile } from './psi-quantile.js';
import { type AlignedColumn, alignColumns, type ReadOptions, readTables, type Table } from './read/index.js';
import { MAX_VALUE, shortText } from './report/short-text.js';
import type { DriftSettings } from './settings.js';
import { analyzeColumn, type ColumnDriftResult, summarizeDataset } from './stats/index.js';

export interface DriftTimings {
  /** Reading and parsing both sides, and pairing their columns. */
  readMs: number;
  /** Statistics, decisions and the report. */
  computeMs: number;
}

export interface DriftRun {
  report: DriftReport;
  timings: DriftTimings;
}

export interface DriftSources {
  /** Path or glob of the reference data. */
  reference: string;
  current: string;
}

/** Reads both sides as the settings ask (format, columns, sample). */
async function readPair(sources: DriftSources, settings: DriftSettings): Promise<[Table, Table]> {
  const options: ReadOptions = {
    ...(settings.format ? { format: settings.format } : {}),
    ...(settings.columns.length > 0 ? { columns: settings.columns } : {}),
    ...(settings.sample ? { sample: settings.sample } : {}),
  };
  const reference = await readTables(sources.reference, options);
  const current = await readTables(sources.current, options);
  return [reference, current];
}

/** Reads both sides and compares them: the whole check. `now` stamps the report. */
export async function checkDrift(sources: DriftSources, settings: DriftSettings, now = new Date()): Promise<DriftRun> {
  const start = performance.now();
  const [reference, current] = await readPair(sources, settings);
  const alignment = await alignColumns(reference, current, {
    types: settings.columnTypes,
    exclude: settings.excludeColumns,
  });
  const read = performance.now();
  const report = compareAligned(reference, current, alignment, settings, now);
  return { report, timings: { readMs: read - start, computeMs: performance.now() - read } };
}

function analyze(column: AlignedColumn): ColumnDriftResult {
  if (column.type === 'numeric') {
    return analyzeColumn(column.name, {
      type: 'numeric',
      reference: column.reference.values,
      current: column.current.values,
      missingRef: column.reference.missing,
      missingCur: column.current.missing,
      nonfiniteRef: column.reference.nonFinite,
      nonfiniteCur: column.current.nonFinite,
    });
  }
  return analyzeColumn(column.name, {
    type: 'categorical',
    reference: column.reference.values,
    current: column.current.values,
    missingRef: column.reference.missing,
    missingCur: column.current.missing,
  });
}

function compareAligned(
  reference: Table,
  current: Table,
  alignment: Awaited<ReturnType<typeof alignColumns>>,
  settings: DriftSettings,
  now: Date,
): DriftReport {
  const analysed = alignment.columns.map((column) => {
    const result = analyze(column);
    const psi =
      settings.psiBins.method === 'quantile' && column.type === 'numeric'
        ? psiQuantile(column.reference.values, column.current.values, settings.psiBins.bins)
        : undefined;
    return { column, result, psi };
  });
  const decisions = decideDrift(
    analysed.map(({ column, result, psi }) => ({ name: column.name, result, ...(psi ? { psiQuantile: psi } : {}) })),
    settings,
  );

  const columns: Record<string, ColumnReport> = {};
  analysed.forEach(({ column, result, psi }, i) => {
    columns[column.name] = columnReport(column, result, psi, decisions.columns[i] as ColumnReport['decision']);
  });
  const dataset = summarizeDataset(analysed.map(({ column, result }) => [column.name, result] as const));

  return {
    schema_version: DRIFT_REPORT_SCHEMA_VERSION,
    generator: { name: `${PRODUCT} drift-check`, version: VERSION },
    generated_at: now.toISOString(),
    inputs: {
      reference: tableSummary(reference),
      current: tableSummary(current),
      rows_reference: reference.rows,
      rows_current: current.rows,
    },
    settings: reportSettings(settings),
    schema: {
      only_in_reference: alignment.onlyInReference,
      only_in_current: alignment.onlyInCurrent,
      type_changes: alignment.typeChanges.map((change) => ({
        column: change.column,
        reference: change.reference,
        current: change.current,
        example: change.example
          ? `${change.example.file} row ${change.example.row}: ${shortText(change.example.value, MAX_VALUE)}`
          : null,
      })),
      excluded: alignment.excluded,
      empty_columns: alignment.empty,
    },
    columns,
    dataset: { ...dataset, decision: decisions.dataset },
  };
}

function columnReport(
  column: AlignedColumn,
  result: ColumnDriftResult,
  psi: PsiQuantileReport | undefined,
  decision: ColumnReport['decision'],
): ColumnReport {
  const share = (missing: number, rows: number) => (rows === 0 ? 0 : missing / rows);
  const base = {
    ...result,
    // every dropped cell (missing or ±∞) over the side's rows
    missing_share_ref: share(result.missing_ref, column.reference.rows),
    missing_share_cur: share(result.missing_cur, column.current.rows),
  };
  if (column.type === 'numeric' && result.type === 'numeric') {
    return {
      ...base,
      ...(psi ? { psi_quantile: psi } : {}),
      effect_size: numericEffectSize(column.reference.values, column.current.values, result),
      decision,
    };
  }
  if (result.type !== 'categorical')
    throw new Error(`column ${column.name}: categorical data gave a ${result.type} result`);
  return {
    ...base,
    effect_size: categoricalEffectSize(result),
    categories: categoryChanges(result),
    decision,
  };
}

/** The data files a report was computed from, which its outputs must never replace. */
export function dataFilesOf(report: DriftReport): string[] {
  return [...report.inputs.reference.files, ...report.inputs.current.files];
}

function tableSummary(table: Table): TableSummary {
  return {
    source: table.source,
    files: table.files,
    format: table.format,
    rows: table.rows,
    rows_read: table.rowsRead,
    sampled: table.rows < table.rowsRead,
  };
}

function reportSettings(settings: DriftSettings): ReportSettings {
  return {
    columns: settings.columns.length > 0 ? settings.columns : null,
    exclude_columns: settings.excludeColumns,
    column_types: settings.columnTypes,
    tests: { ...settings.tests },
    thresholds: { ...settings.thresholds },
    drift_share: settings.driftShare,
    psi_bins: settings.psiBins.method === 'quantile' ? `quantile:${settings.psiBins.bins}` : 'sturges-pooled',
    correction: settings.correction,
    sample: settings.sample,
  };
}
