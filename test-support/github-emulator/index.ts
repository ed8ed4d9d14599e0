/**
 * A local GitHub REST API for tests: `startGitHubEmulator()` serves GitHub's routes over real
 * HTTP on 127.0.0.1, checks every request against GitHub's OpenAPI description, and keeps
 * repositories, issues, pull requests and workflow runs in memory. See README.md.
 */
export type { FaultResponse, FaultRule } from './fault-injector.js';
export { FaultInjector } from './fault-injector.js';
export { type CommitData, GitStore, type PathEntry, type TreeEntry } from './git-store.js';
export type { ValidationIssue } from './openapi-validator.js';
export type { Access, PermissionScope, TokenPermissions } from './permissions.js';
export type {
  AnnotationSeed,
  CommitSeed,
  IssueSeed,
  JobSeed,
  LabelSeed,
  RepoSeed,
  RunSeed,
  Seeder,
  StepSeed,
  WorkflowSeed,
} from './seed.js';
export {
  type EmulatorOptions,
  type GitHubEmulator,
  IMPLEMENTED_OPERATIONS,
  type InvalidReason,
  type InvalidRequest,
  type InvalidResponse,
  type RequestLogEntry,
  startGitHubEmulator,
  type TokenConfig,
  type TokenKind,
} from './server.js';
export {
  type Account,
  type CommentRecord,
  type DispatchRecord,
  GITHUB_ACTIONS_BOT,
  type IssueRecord,
  type JobRecord,
  type LabelRecord,
  type PullRecord,
  type RepoState,
  type RerunRecord,
  type WorkflowRecord,
  type WorkflowRunRecord,
} from './state.js';
export type { TokenPolicy } from './token-policy.js';
export { changedWorkflowPaths, WORKFLOWS_DIR } from './workflow-guard.js';
