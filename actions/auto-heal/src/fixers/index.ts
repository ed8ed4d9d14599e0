/** The rule-based fixers: what auto-heal and the CLI call. */
export { FIXERS, type FixProposal, filesToRead, fixersFor, proposeFix } from './registry.js';
export type { FixContext, Fixer, FixOptions, FixOutcome, FixPlanContext, JobRef, NoFix, StepRef } from './types.js';
export { isFix, noFix } from './types.js';
