import { analyzeColumn } from './column-drift.js';
import { summarizeDataset } from './dataset-drift.js';

const f = (values: number[]) => Float64Array.from(values);

describe('summarizeDataset', () => {
  const shifted = analyzeColumn('shifted', {
    type: 'numeric',
    reference: new Float64Array(30).map((_, i) => i),
    current: new Float64Array(30).map((_, i) => i + 20),
  });
  const same = analyzeColumn('same', {
    type: 'numeric',
    reference: new Float64Array(30).map((_, i) => i),
    current: new Float64Array(30).map((_, i) => i + 0.5),
  });
  const empty = analyzeColumn('empty', { type: 'numeric', reference: f([1, 2]), current: f([]) });
  const colors = analyzeColumn('colors', { type: 'categorical', reference: ['r', 'g', 'b'], current: ['r', 'g', 'b'] });

  test('share of drifted columns among the columns with a verdict', () => {
    const d = summarizeDataset([
      ['shifted', shifted],
      ['same', same],
      ['empty', empty],
      ['colors', colors],
    ]);
    expect(d.evidently_default).toEqual({
      n_columns: 3,
      n_drifted: 1,
      drifted_columns: ['shifted'],
      share: 1 / 3,
      drift_share_threshold: 0.5,
      dataset_drift: false,
    });
    expect(d.ks_multiple_testing_pvalue_auto.n_tests).toBe(2);
    expect(d.ks_multiple_testing_pvalue_auto.bonferroni_rejected).toEqual(['shifted']);
  });
  test('half of the columns drifting is dataset drift; a Map keeps its order', () => {
    const d = summarizeDataset(
      new Map([
        ['same', same],
        ['shifted', shifted],
      ]),
    );
    expect(d.evidently_default.dataset_drift).toBe(true);
    expect(d.evidently_default.share).toBe(0.5);
  });
});
