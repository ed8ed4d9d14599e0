/**
 * What a drift comparison is asked to do, shared by the action (inputs) and the CLI (flags): which
 * columns, which test per column type, thresholds, the dataset share, PSI binning, p-value correction
 * and sampling. The text forms ("numeric: ks, categorical: chi2") are parsed here once, with errors that
 * name the input or flag (`label`) and say what is accepted.
 */
import { UserError } from '../../../packages/shared/src/errors.js';
import type { ColumnKind, DataFormat } from './read/index.js';
import { DATA_FORMATS } from './read/index.js';

/** The tests a column's verdict can come from (Evidently's chisquare is `chi2`, jensenshannon is `js`). */
export type DriftTestName = 'ks' | 'chi2' | 'z' | 'psi' | 'wasserstein' | 'js';
export const DRIFT_TESTS: readonly DriftTestName[] = ['ks', 'chi2', 'z', 'psi', 'wasserstein', 'js'];

/** Tests whose score is a p-value (drift when small); the others are distances (drift when large). */
export const PVALUE_TESTS: ReadonlySet<DriftTestName> = new Set(['ks', 'chi2', 'z']);

export type NumericTestChoice = 'auto' | 'ks' | 'psi' | 'wasserstein' | 'js';
export type CategoricalTestChoice = 'auto' | 'chi2' | 'psi' | 'js';
const NUMERIC_CHOICES: readonly NumericTestChoice[] = ['auto', 'ks', 'psi', 'wasserstein', 'js'];
const CATEGORICAL_CHOICES: readonly CategoricalTestChoice[] = ['auto', 'chi2', 'psi', 'js'];

export interface TestSelection {
  numeric: NumericTestChoice;
  categorical: CategoricalTestChoice;
}

/** Evidently's defaults: p-value 0.05 for ks, chi-square and z; 0.1 for PSI, normed Wasserstein and JS. */
export const DEFAULT_THRESHOLDS: Readonly<Record<DriftTestName, number>> = {
  ks: 0.05,
  chi2: 0.05,
  z: 0.05,
  psi: 0.1,
  wasserstein: 0.1,
  js: 0.1,
};

export type PsiBins = { method: 'sturges-pooled' } | { method: 'quantile'; bins: number };
export type Correction = 'none' | 'bonferroni' | 'fdr';
export const CORRECTIONS: readonly Correction[] = ['none', 'bonferroni', 'fdr'];

export interface DriftSettings {
  /** Undefined: by file extension. */
  format?: DataFormat;
  /** Columns to compare; empty compares every column both sides have. */
  columns: string[];
  excludeColumns: string[];
  columnTypes: Record<string, ColumnKind>;
  tests: TestSelection;
  thresholds: Record<DriftTestName, number>;
  /** The data set drifts when the share of drifted columns is at least this. */
  driftShare: number;
  psiBins: PsiBins;
  correction: Correction;
  /** Compare a seeded random sample of this many rows per side; null compares every row. */
  sample: { rows: number; seed: number } | null;
}

export const DEFAULT_SETTINGS: Readonly<DriftSettings> = {
  columns: [],
  excludeColumns: [],
  columnTypes: {},
  tests: { numeric: 'auto', categorical: 'auto' },
  thresholds: { ...DEFAULT_THRESHOLDS },
  driftShare: 0.5,
  psiBins: { method: 'sturges-pooled' },
  correction: 'none',
  sample: null,
};

const ALIASES: Record<string, DriftTestName> = {
  ks: 'ks',
  chi2: 'chi2',
  chisquare: 'chi2',
  z: 'z',
  psi: 'psi',
  wasserstein: 'wasserstein',
  js: 'js',
  jensenshannon: 'js',
};

/** `a: 1, b: 2` or one pair per line → [key, value] pairs; the key is what precedes the last colon. */
function pairs(raw: string, label: string, example: string): [string, string][] {
  return raw
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const colon = item.lastIndexOf(':');
      const key = item.slice(0, colon).trim();
      const value = item.slice(colon + 1).trim();
      if (colon < 0 || !key || !value) {
        throw new UserError(`${label}: "${item}" is not a "name: value" pair; write it like "${example}".`);
      }
      return [key, value];
    });
}

export function parseFormat(raw: string, label: string): DataFormat | undefined {
  const value = raw.trim().toLowerCase();
  if (!value || value === 'auto') return undefined;
  if ((DATA_FORMATS as readonly string[]).includes(value)) return value as DataFormat;
  throw new UserError(
    `${label} must be one of ${DATA_FORMATS.join(', ')} (or empty to go by extension), not "${raw}".`,
  );
}

/** A list of column names, comma or newline separated. */
export function parseColumnList(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(/[\n,]/)
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ];
}

export function parseColumnTypes(raw: string, label: string): Record<string, ColumnKind> {
  const types: Record<string, ColumnKind> = {};
  for (const [column, type] of pairs(raw, label, 'zip: categorical, age: numeric')) {
    const kind = type.toLowerCase();
    if (kind !== 'numeric' && kind !== 'categorical') {
      throw new UserError(`${label}: the type of column "${column}" must be numeric or categorical, not "${type}".`);
    }
    types[column] = kind;
  }
  return types;
}

/** `auto`, or per type: "numeric: ks, categorical: chi2"; a type left out stays auto; "psi" or "js" alone sets both. */
export function parseTests(raw: string, label: string): TestSelection {
  const text = raw.trim();
  const selection: TestSelection = { numeric: 'auto', categorical: 'auto' };
  if (!text || text.toLowerCase() === 'auto') return selection;
  if (!text.includes(':')) {
    const test = ALIASES[text.toLowerCase()];
    if (test === 'psi' || test === 'js') return { numeric: test, categorical: test };
    throw new UserError(
      `${label} must be auto or tests per column type, e.g. "numeric: ks, categorical: chi2"; a single test applies to both types only for psi and js, not "${raw}".`,
    );
  }
  for (const [type, name] of pairs(text, label, 'numeric: ks, categorical: chi2')) {
    const kind = type.toLowerCase();
    const test = name.toLowerCase() === 'auto' ? 'auto' : ALIASES[name.toLowerCase()];
    if (kind === 'numeric') {
      if (!test || !(NUMERIC_CHOICES as readonly string[]).includes(test)) {
        throw new UserError(
          `${label}: "${name}" cannot test numeric columns; use ${NUMERIC_CHOICES.join(', ')}${test === 'chi2' ? ' (or set column-types to compare a column as categories)' : ''}.`,
        );
      }
      selection.numeric = test as NumericTestChoice;
    } else if (kind === 'categorical') {
      if (!test || !(CATEGORICAL_CHOICES as readonly string[]).includes(test)) {
        throw new UserError(
          `${label}: "${name}" cannot test categorical columns; use ${CATEGORICAL_CHOICES.join(', ')}.`,
        );
      }
      selection.categorical = test as CategoricalTestChoice;
    } else {
      throw new UserError(`${label}: "${type}" is not a column type; use numeric or categorical.`);
    }
  }
  return selection;
}

/** "ks: 0.01, psi: 0.2": thresholds per test; tests left out keep Evidently's default. */
export function parseThresholds(raw: string, label: string): Record<DriftTestName, number> {
  const thresholds = { ...DEFAULT_THRESHOLDS };
  for (const [name, text] of pairs(raw, label, 'ks: 0.05, psi: 0.1')) {
    const test = ALIASES[name.toLowerCase()];
    if (!test) throw new UserError(`${label}: "${name}" is not a test; use ${DRIFT_TESTS.join(', ')}.`);
    const value = Number(text);
    if (PVALUE_TESTS.has(test)) {
      if (!Number.isFinite(value) || value <= 0 || value >= 1) {
        throw new UserError(`${label}: the ${test} threshold is a p-value, a number between 0 and 1, not "${text}".`);
      }
    } else if (!Number.isFinite(value) || value <= 0) {
      throw new UserError(`${label}: the ${test} threshold is a distance, a number above 0, not "${text}".`);
    }
    thresholds[test] = value;
  }
  return thresholds;
}

export function parseDriftShare(raw: string, label: string): number {
  const text = raw.trim();
  if (!text) return DEFAULT_SETTINGS.driftShare;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || value > 1) {
    throw new UserError(`${label} must be a share above 0 and at most 1 (e.g. 0.5), not "${raw}".`);
  }
  return value;
}

export const MAX_QUANTILE_BINS = 1000;

export function parsePsiBins(raw: string, label: string): PsiBins {
  const text = raw.trim().toLowerCase();
  if (!text || text === 'sturges-pooled') return { method: 'sturges-pooled' };
  const match = /^quantile:(\d+)$/.exec(text.replace(/\s+/g, ''));
  const bins = match ? Number(match[1]) : Number.NaN;
  if (!Number.isInteger(bins) || bins < 2 || bins > MAX_QUANTILE_BINS) {
    throw new UserError(
      `${label} must be sturges-pooled or quantile:N with N from 2 to ${MAX_QUANTILE_BINS} (e.g. quantile:10), not "${raw}".`,
    );
  }
  return { method: 'quantile', bins };
}

export function parseCorrection(raw: string, label: string): Correction {
  const text = raw.trim().toLowerCase();
  if (!text) return 'none';
  if ((CORRECTIONS as readonly string[]).includes(text)) return text as Correction;
  throw new UserError(`${label} must be one of ${CORRECTIONS.join(', ')}, not "${raw}".`);
}

/** `sample` 0 (or empty) compares every row. */
export function parseSample(
  rawRows: string,
  rawSeed: string,
  labels: { rows: string; seed: string },
): DriftSettings['sample'] {
  const rowsText = rawRows.trim();
  const rows = rowsText ? Number(rowsText) : 0;
  if (!Number.isSafeInteger(rows) || rows < 0) {
    throw new UserError(`${labels.rows} must be a whole number of rows (0 = every row), not "${rawRows}".`);
  }
  const seedText = rawSeed.trim();
  const seed = seedText ? Number(seedText) : 1;
  if (!Number.isSafeInteger(seed)) throw new UserError(`${labels.seed} must be a whole number, not "${rawSeed}".`);
  return rows === 0 ? null : { rows, seed };
}

/** The column names both lists name: a column cannot be compared and excluded at once. */
export function checkColumnSelection(settings: DriftSettings, labels: { columns: string; exclude: string }): void {
  const both = settings.columns.filter((name) => settings.excludeColumns.includes(name));
  if (both.length > 0) {
    throw new UserError(`${labels.columns} and ${labels.exclude} both name ${both.map((n) => `"${n}"`).join(', ')}.`);
  }
}
