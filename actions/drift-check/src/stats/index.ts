/** drift-check statistics: what the report and the action call. */
export { type ColumnType, chooseEvidentlyTest, type EvidentlyTestName } from './auto-test.js';
export type { Chi2Result, ChiSquareTest, ContingencyTest } from './chi2.js';
export {
  analyzeColumn,
  type CategoricalColumnInput,
  type ColumnInput,
  type NumericColumnInput,
} from './column-drift.js';
export { summarizeDataset } from './dataset-drift.js';
export {
  type CategoricalColumnResult,
  type ColumnDriftResult,
  type DatasetDriftResult,
  driftJsonReplacer,
  type EvidentlyDefaultResult,
  type NumericColumnResult,
} from './drift-result.js';
export { chi2Sf, gammaP, gammaQ } from './incomplete-gamma.js';
export type { JensenShannonResult } from './jensen-shannon.js';
export { type KsResult, ksTwoSample } from './ks.js';
export { kstwoCdf, kstwoSf } from './kstwo.js';
export type { MultipleTestingResult } from './multiple-testing.js';
export { type PsiDecilesResult, type PsiEvidentlyResult, psiDeciles } from './psi.js';
export { sortedCopy } from './sort-float64.js';
export type { WassersteinResult } from './wasserstein.js';
export type { ZTestResult } from './z-test.js';
