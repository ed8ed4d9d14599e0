/** Validation of proposed edits, shared by the rule-based fixers and the LLM path. */
export { validateEdit, validateEdits } from './edit.js';
export { normaliseRepoPath, repoPathProblem } from './repo-path.js';
export { checkWorkflowSchema, isWorkflowPath, type ValidationResult, validateWorkflow } from './workflow.js';
