import { adjustPvalues, decideDrift } from './decision.js';
import { DEFAULT_SETTINGS, type DriftSettings } from './settings.js';
import { analyzeColumn, type ColumnDriftResult } from './stats/index.js';

const settings = (overrides: Partial<DriftSettings> = {}): DriftSettings => ({ ...DEFAULT_SETTINGS, ...overrides });

test('Bonferroni and Benjamini–Hochberg adjusted p-values, in input order (statsmodels multipletests)', () => {
  const p = [0.01, 0.04, 0.03, 0.2];
  expect(adjustPvalues(p, 'bonferroni')).toEqual([0.04, 0.16, 0.12, 0.8]);
  // sorted 0.01 0.03 0.04 0.2 → 4p/rank 0.04 0.06 0.0533 0.2 → running minimum from the top
  const bh = adjustPvalues(p, 'fdr');
  expect(bh[0]).toBeCloseTo(0.04, 15);
  expect(bh[1]).toBeCloseTo(0.04 * (4 / 3), 15);
  expect(bh[2]).toBeCloseTo(0.04 * (4 / 3), 15);
  expect(bh[3]).toBeCloseTo(0.2, 15);
  expect(adjustPvalues([0.5, 0.9], 'bonferroni')).toEqual([1, 1]);
  expect(adjustPvalues([], 'fdr')).toEqual([]);
});

// Small samples (≤ 1000 reference values): Evidently picks KS for numbers, chi-square for categories.
const numeric = (shift: number): ColumnDriftResult =>
  analyzeColumn('n', {
    type: 'numeric',
    reference: Float64Array.from({ length: 40 }, (_, i) => i),
    current: Float64Array.from({ length: 40 }, (_, i) => i + shift),
  });
const categorical = (): ColumnDriftResult =>
  analyzeColumn('c', {
    type: 'categorical',
    reference: ['a', 'a', 'b', 'b', 'c', 'c'],
    current: ['a', 'b', 'c', 'c', 'c', 'c'],
  });

test('auto takes Evidently’s test and threshold; a score exactly at the threshold follows Evidently’s comparison', () => {
  const ks = numeric(9);
  const chi = categorical();
  const auto = decideDrift(
    [
      { name: 'n', result: ks },
      { name: 'c', result: chi },
    ],
    settings(),
  );
  expect(auto.columns[0]).toMatchObject({ test: 'ks', chosen_by: 'auto', kind: 'p_value', threshold: 0.05 });
  expect(auto.columns[0]?.score).toBe(ks.evidently_default?.score);
  expect(auto.columns[1]).toMatchObject({ test: 'chi2', chosen_by: 'auto', threshold: 0.05 });

  // KS drifts at p ≤ threshold, chi-square at p < threshold, distances at ≥ threshold
  const pKs = (ks.type === 'numeric' && ks.ks?.pvalue_auto) as number;
  const pChi = chi.chi2?.evidently_gof.pvalue as number;
  const psi = ks.psi_evidently?.value as number;
  const at = decideDrift(
    [
      { name: 'n', result: ks },
      { name: 'c', result: chi },
    ],
    settings({ thresholds: { ...DEFAULT_SETTINGS.thresholds, ks: pKs, chi2: pChi } }),
  );
  expect(at.columns.map((c) => c.drift)).toEqual([true, false]);
  const psiAt = decideDrift(
    [{ name: 'n', result: ks }],
    settings({ tests: { numeric: 'psi', categorical: 'auto' }, thresholds: { ...DEFAULT_SETTINGS.thresholds, psi } }),
  );
  expect(psiAt.columns[0]).toMatchObject({
    test: 'psi',
    chosen_by: 'settings',
    kind: 'distance',
    score: psi,
    drift: true,
  });
  const psiAbove = decideDrift(
    [{ name: 'n', result: ks }],
    settings({
      tests: { numeric: 'psi', categorical: 'auto' },
      thresholds: { ...DEFAULT_SETTINGS.thresholds, psi: psi * (1 + 1e-12) },
    }),
  );
  expect(psiAbove.columns[0]?.drift).toBe(false);
});

test('tests per type take their score from the matching statistic', () => {
  const n = numeric(3);
  const c = categorical();
  const picked = decideDrift(
    [
      { name: 'n', result: n },
      { name: 'c', result: c },
    ],
    settings({ tests: { numeric: 'wasserstein', categorical: 'js' } }),
  );
  expect(picked.columns[0]?.score).toBe(n.type === 'numeric' ? n.wasserstein?.normed_evidently : Number.NaN);
  expect(picked.columns[1]?.score).toBe(c.jensenshannon_evidently?.distance);
  expect(picked.columns.map((d) => d.threshold)).toEqual([0.1, 0.1]);
});

test('a correction adjusts only p-value tests, decides on the corrected value, and the share follows', () => {
  const strong = numeric(20);
  const weak = numeric(13);
  const pWeak = (weak.type === 'numeric' && weak.ks?.pvalue_auto) as number;
  expect(pWeak).toBeLessThan(0.05);
  expect(pWeak * 3).toBeGreaterThan(0.05);
  const columns = [
    { name: 'strong', result: strong },
    { name: 'weak', result: weak },
    { name: 'c', result: categorical() },
  ];
  const none = decideDrift(columns, settings());
  expect(none.columns[1]).not.toHaveProperty('corrected_pvalue');
  expect(none.dataset.drifted_columns).toContain('weak');
  const bonferroni = decideDrift(columns, settings({ correction: 'bonferroni' }));
  expect(bonferroni.columns[1]?.corrected_pvalue).toBeCloseTo(pWeak * 3, 15);
  expect(bonferroni.columns[1]?.drift).toBe(false);
  expect(bonferroni.dataset.drifted_columns).not.toContain('weak');
  expect(bonferroni.dataset.correction).toBe('bonferroni');

  // distances are not corrected, and with them only two p-values are in the family
  const mixed = decideDrift(
    columns,
    settings({ correction: 'bonferroni', tests: { numeric: 'auto', categorical: 'js' } }),
  );
  expect(mixed.columns[2]).not.toHaveProperty('corrected_pvalue');
  expect(mixed.columns[1]?.corrected_pvalue).toBeCloseTo(pWeak * 2, 15);
});

test('the data set drifts when the share of drifted columns reaches drift-share', () => {
  const columns = [
    { name: 'a', result: numeric(20) },
    { name: 'b', result: numeric(0) },
    { name: 'c', result: numeric(0) },
    { name: 'd', result: numeric(0) },
  ];
  expect(decideDrift(columns, settings()).dataset).toMatchObject({
    n_columns: 4,
    n_drifted: 1,
    share: 0.25,
    dataset_drift: false,
  });
  expect(decideDrift(columns, settings({ driftShare: 0.25 })).dataset.dataset_drift).toBe(true);
  expect(decideDrift([], settings()).dataset).toMatchObject({ n_columns: 0, share: 0, dataset_drift: false });
});
