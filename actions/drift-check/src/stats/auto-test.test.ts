import { chooseEvidentlyTest, datasetDrift } from './auto-test.js';

describe('Evidently’s automatic test choice', () => {
  test.each([
    ['numeric', 1000, 6, 'ks'],
    ['numeric', 1000, 5, 'chisquare'],
    ['numeric', 50, 3, 'chisquare'],
    ['numeric', 50, 2, 'z'],
    ['numeric', 1001, 6, 'wasserstein'],
    ['numeric', 1001, 5, 'jensenshannon'],
    ['categorical', 1000, 40, 'chisquare'],
    ['categorical', 1000, 2, 'z'],
    ['categorical', 1001, 2, 'jensenshannon'],
  ] as const)('%s column, %i reference values, %i distinct → %s', (type, nRef, distinct, test) => {
    expect(chooseEvidentlyTest(type, nRef, distinct).test).toBe(test);
  });
  test('thresholds and which side of them drifts', () => {
    const ks = chooseEvidentlyTest('numeric', 10, 10);
    expect([ks.drifted(0.05), ks.drifted(0.0501)]).toEqual([true, false]);
    const chi = chooseEvidentlyTest('categorical', 10, 3);
    expect([chi.drifted(0.05), chi.drifted(0.049)]).toEqual([false, true]);
    const w = chooseEvidentlyTest('numeric', 5000, 100);
    expect([w.threshold, w.drifted(0.1), w.drifted(0.099)]).toEqual([0.1, true, false]);
  });
  test('dataset drift at a share of at least one half', () => {
    expect(datasetDrift(3, 7)).toEqual({ share: 3 / 7, dataset_drift: false });
    expect(datasetDrift(3, 6).dataset_drift).toBe(true);
    expect(datasetDrift(0, 0)).toEqual({ share: 0, dataset_drift: false });
  });
});
