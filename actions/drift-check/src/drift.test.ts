/**
 * The whole core (readers → statistics → decisions → report JSON) on the oracle's small and medium
 * pairs: every number the oracle JSON holds, key by key, within the oracle README's tolerances; and the
 * same data as CSV, JSON lines and Parquet gives the same report.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { checkDrift } from './drift.js';
import type { DriftReport } from './drift-report.js';
import { reportJson } from './report/json.js';
import { DEFAULT_SETTINGS, type DriftSettings } from './settings.js';

const ORACLE_DIR = fileURLToPath(new URL('../../../../shared/oracle/', import.meta.url));
const HAVE_ORACLE = existsSync(join(ORACLE_DIR, 'expected_medium.json'));
if (!HAVE_ORACLE) console.warn(`drift.test.ts: no oracle at ${ORACLE_DIR}; the oracle comparisons are skipped`);
const describeOracle = HAVE_ORACLE ? describe : describe.skip;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const settings = (overrides: Partial<DriftSettings> = {}): DriftSettings => ({ ...DEFAULT_SETTINGS, ...overrides });

/** The README's tolerance for the number at `path`: 0 means equal. */
function toleranceFor(path: string[], parent: Record<string, Json>): number {
  const key = path[path.length - 1] ?? '';
  const section = path[path.length - 2] ?? '';
  if (section === 'ks') {
    if (key === 'pvalue_asymp') return 1e-9;
    if (key === 'pvalue_auto') return parent.method_auto === 'exact' ? 1e-12 : 1e-9;
    if (key.startsWith('pvalue_')) return 1e-9;
    if (key === 'asymp_en') return 1e-15;
    return 0; // statistic, statistic_raw, location, sign, asymp_N: equal
  }
  if (path.includes('chi2') && (key === 'pvalue' || key === 'statistic')) return 1e-10;
  if (path.includes('z_test')) return 1e-10;
  if (section === 'evidently_default' && key === 'score' && (parent.test === 'chisquare' || parent.test === 'z')) {
    return 1e-10;
  }
  if (/^(n_|nunique_|missing_|nonfinite_)|^(dof|n_bins|sturges_k_formula|n_columns|n_drifted|n_tests)$/.test(key))
    return 0;
  if (path.includes('ref_counts') || path.includes('cur_counts')) return 0;
  return 1e-12;
}

/** Walks `expected` and records every difference of `actual` at the same path. */
function compare(
  expected: Json,
  actual: Json | undefined,
  path: string[],
  parent: Record<string, Json>,
  errors: string[],
) {
  const where = path.join('.');
  if (actual === undefined) {
    errors.push(`${where}: missing`);
  } else if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      errors.push(`${where}: expected ${expected.length} items, got ${JSON.stringify(actual)?.slice(0, 120)}`);
      return;
    }
    expected.forEach((item, i) => {
      compare(item, actual[i], [...path, String(i)], parent, errors);
    });
  } else if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      errors.push(`${where}: expected an object`);
      return;
    }
    for (const [key, value] of Object.entries(expected)) compare(value, actual[key], [...path, key], expected, errors);
  } else if (typeof expected === 'number' && typeof actual === 'number') {
    const tolerance = toleranceFor(path, parent);
    const diff = Math.abs(actual - expected);
    const ok = tolerance === 0 ? actual === expected : diff <= tolerance * Math.abs(expected) || diff <= 1e-15;
    if (!ok) errors.push(`${where}: expected ${expected}, got ${actual} (relative ${diff / Math.abs(expected)})`);
  } else if (expected !== actual) {
    errors.push(`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

test('the oracle walk reports a number off by more than its tolerance, a missing key and a wrong flag', () => {
  const errors: string[] = [];
  const expected: Json = {
    ks: { statistic: 0.2, pvalue_auto: 0.5, method_auto: 'exact' },
    psi: { value: 1 },
    drift: true,
  };
  const actual: Json = { ks: { statistic: 0.2, pvalue_auto: 0.5 * (1 + 1e-11), method_auto: 'exact' }, drift: false };
  compare(expected, actual, ['c'], {}, errors);
  expect(errors).toEqual([
    expect.stringMatching(/^c\.ks\.pvalue_auto: expected 0\.5/),
    'c.psi: missing',
    'c.drift: expected true, got false',
  ]);
});

async function reportFor(
  reference: string,
  current: string,
  options: Partial<DriftSettings> = {},
): Promise<DriftReport> {
  const { report } = await checkDrift({ reference, current }, settings(options), new Date('2026-01-02T03:04:05Z'));
  return report;
}

describeOracle.each(['small', 'medium'])('the report for the oracle pair %s', (name) => {
  let expected: { [key: string]: Json };
  let actual: { [key: string]: Json };
  beforeAll(async () => {
    expected = JSON.parse(readFileSync(join(ORACLE_DIR, `expected_${name}.json`), 'utf8'));
    const report = await reportFor(join(ORACLE_DIR, name, 'reference.csv'), join(ORACLE_DIR, name, 'current.csv'));
    actual = JSON.parse(reportJson(report));
  });

  test('holds every column of the oracle, in its order, and every number in it', () => {
    expect(Object.keys(actual.columns as object)).toEqual(Object.keys(expected.columns as object));
    const errors: string[] = [];
    compare(expected.columns as Json, actual.columns, ['columns'], {}, errors);
    expect(errors).toEqual([]);
  });

  test('holds the oracle dataset verdict, schema and row counts', () => {
    const errors: string[] = [];
    compare(expected.dataset as Json, actual.dataset, ['dataset'], {}, errors);
    compare(expected.schema as Json, actual.schema, ['schema'], {}, errors);
    const inputs = expected.inputs as Record<string, Json>;
    const got = actual.inputs as Record<string, Json>;
    compare(inputs.rows_reference as Json, got.rows_reference, ['inputs', 'rows_reference'], {}, errors);
    compare(inputs.rows_current as Json, got.rows_current, ['inputs', 'rows_current'], {}, errors);
    expect(errors).toEqual([]);
  });

  test("with default settings, each column's decision is Evidently's default verdict", () => {
    const columns = actual.columns as Record<string, Record<string, Record<string, Json>>>;
    for (const [column, result] of Object.entries(columns)) {
      const evidently = result.evidently_default as Record<string, Json>;
      const decision = result.decision as Record<string, Json>;
      const test = ({ chisquare: 'chi2', jensenshannon: 'js' } as Record<string, string>)[evidently.test as string];
      expect({ column, test: decision.test, score: decision.score, drift: decision.drift }).toEqual({
        column,
        test: test ?? evidently.test,
        score: evidently.score,
        drift: evidently.drift,
      });
    }
    const dataset = actual.dataset as Record<string, Record<string, Json>>;
    expect(dataset.decision?.drifted_columns).toEqual(dataset.evidently_default?.drifted_columns);
    expect(dataset.decision?.dataset_drift).toBe(dataset.evidently_default?.dataset_drift);
  });
});

describeOracle('medium under other settings', () => {
  const reference = join(ORACLE_DIR, 'medium', 'reference.csv');
  const current = join(ORACLE_DIR, 'medium', 'current.csv');

  test('psi-bins quantile:10 reproduces the oracle psi_quantile10 and decides on it', async () => {
    const report = await reportFor(reference, current, {
      psiBins: { method: 'quantile', bins: 10 },
      tests: { numeric: 'psi', categorical: 'auto' },
    });
    for (const column of Object.values(report.columns)) {
      if (column.type !== 'numeric') continue;
      const oracle = column.psi_quantile10;
      expect(column.psi_quantile?.value).toBeCloseTo(oracle?.value as number, 12);
      expect(column.psi_quantile?.ref_counts).toEqual(oracle?.ref_counts);
      expect(column.psi_quantile?.cur_counts).toEqual(oracle?.cur_counts);
      expect(column.decision).toMatchObject({ test: 'psi', chosen_by: 'settings', score: column.psi_quantile?.value });
      expect(column.decision.drift).toBe((column.psi_quantile?.value as number) >= 0.1);
    }
  });

  test('a lower drift share turns the 3-of-7 medium verdict into data set drift', async () => {
    const base = await reportFor(reference, current);
    expect(base.dataset.decision).toMatchObject({ n_drifted: 3, n_columns: 7, dataset_drift: false });
    const lower = await reportFor(reference, current, { driftShare: 0.4 });
    expect(lower.dataset.decision).toMatchObject({ n_drifted: 3, dataset_drift: true, drift_share: 0.4 });
  });

  test('columns, exclusions and type overrides shape what is compared', async () => {
    const report = await reportFor(reference, current, {
      excludeColumns: ['num_stable'],
      columnTypes: { num_discrete: 'categorical' },
    });
    expect(Object.keys(report.columns)).not.toContain('num_stable');
    expect(report.schema.excluded).toEqual(['num_stable']);
    expect(report.columns.num_discrete?.type).toBe('categorical');
    expect(report.columns.num_discrete?.decision.test).toBe('js');
    const only = await reportFor(reference, current, { columns: ['cat_drift', 'num_shift'] });
    expect(Object.keys(only.columns).sort()).toEqual(['cat_drift', 'num_shift']);
  });

  test('a sample is seeded: the same seed gives the same report, rows are counted as sampled', async () => {
    const a = await reportFor(reference, current, { sample: { rows: 2000, seed: 7 } });
    const b = await reportFor(reference, current, { sample: { rows: 2000, seed: 7 } });
    expect(reportJson(a)).toBe(reportJson(b));
    expect(a.inputs.reference).toMatchObject({ rows: 2000, rows_read: 10_000, sampled: true });
    expect(a.columns.num_stable?.n_ref).toBeLessThanOrEqual(2000);
  });
});

// ---- the same data as CSV, JSON lines and Parquet ----

const MISSING = new Set(['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', 'None']);

/** Writes `csvPath` (no quoted fields) as JSON lines and Parquet with the oracle's column types. */
function convert(csvPath: string, numeric: (column: string) => boolean, dir: string, stem: string) {
  const [headerLine, ...lines] = readFileSync(csvPath, 'utf8').trimEnd().split('\n');
  const header = (headerLine as string).split(',');
  const rows = lines.map((line) => line.split(','));
  const jsonValue = (cell: string, isNumber: boolean): unknown => {
    if (MISSING.has(cell)) return null;
    if (!isNumber) return cell;
    const value = Number(cell);
    return Number.isFinite(value) ? value : cell; // JSON has no ∞: "inf" stays text, which reads as ∞
  };
  const jsonl = join(dir, `${stem}.jsonl`);
  writeFileSync(
    jsonl,
    rows
      .map((row) =>
        JSON.stringify(Object.fromEntries(header.map((h, k) => [h, jsonValue(row[k] as string, numeric(h))]))),
      )
      .join('\n'),
  );
  const parquet = join(dir, `${stem}.parquet`);
  const buffer = parquetWriteBuffer({
    columnData: header.map((h, k) => {
      const cells = rows.map((row) => row[k] as string);
      if (!numeric(h)) return { name: h, type: 'STRING' as const, data: cells.map((c) => (MISSING.has(c) ? null : c)) };
      return {
        name: h,
        type: 'DOUBLE' as const,
        data: cells.map((c) => (MISSING.has(c) ? null : Number(c.replace(/^([+-]?)inf$/i, '$1Infinity')))),
      };
    }),
    rowGroupSize: 4096,
  });
  writeFileSync(parquet, new Uint8Array(buffer));
  return { jsonl, parquet };
}

/** The report without what names the files: everything computed from the data. */
function computed(report: DriftReport) {
  const { inputs, generated_at: _at, ...rest } = report;
  return { rows: [inputs.rows_reference, inputs.rows_current], ...rest };
}

describeOracle.each(['small', 'medium'])('%s as CSV, JSON lines and Parquet', (name) => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'drift-formats-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each<[string, Partial<DriftSettings>]>([
    ['all rows', {}],
    ['a seeded sample', { sample: { rows: 37, seed: 5 } }],
  ])('gives identical reports (%s)', async (_what, options) => {
    const expected = JSON.parse(readFileSync(join(ORACLE_DIR, `expected_${name}.json`), 'utf8')) as {
      columns: Record<string, { type: string }>;
    };
    const numeric = (column: string) => expected.columns[column]?.type === 'numeric';
    const files = {
      reference: convert(join(ORACLE_DIR, name, 'reference.csv'), numeric, dir, 'reference'),
      current: convert(join(ORACLE_DIR, name, 'current.csv'), numeric, dir, 'current'),
    };
    const csv = await reportFor(
      join(ORACLE_DIR, name, 'reference.csv'),
      join(ORACLE_DIR, name, 'current.csv'),
      options,
    );
    const jsonl = await reportFor(files.reference.jsonl, files.current.jsonl, options);
    const parquet = await reportFor(files.reference.parquet, files.current.parquet, options);
    expect(jsonl.inputs.reference.format).toBe('jsonl');
    expect(parquet.inputs.current.format).toBe('parquet');
    const want = JSON.parse(reportJson({ ...csv }));
    expect(JSON.parse(JSON.stringify(computed(JSON.parse(reportJson(jsonl)))))).toEqual(computed(want));
    expect(JSON.parse(JSON.stringify(computed(JSON.parse(reportJson(parquet)))))).toEqual(computed(want));
  });
});
