import type { SpecRoute } from './openapi-spec.js';
import type { TokenKind } from './token-policy.js';

/**
 * The permission scopes the emulated routes need: `GITHUB_TOKEN`'s, plus `administration`,
 * which only GitHub Apps and fine-grained PATs can hold.
 */
export type PermissionScope =
  | 'actions'
  | 'administration'
  | 'checks'
  | 'contents'
  | 'issues'
  | 'metadata'
  | 'pull_requests';
export type Access = 'read' | 'write' | 'none';
/**
 * A token's permissions, as a workflow's `permissions:` block grants them: scopes not listed
 * are `none`, except `metadata`, which every token can read.
 */
export type TokenPermissions = Partial<Record<PermissionScope, Access>>;

const CONTENTS_OPERATIONS = new Set([
  'repos/get-content',
  'repos/create-or-update-file-contents',
  'repos/delete-file',
  'repos/get-branch',
  'repos/list-branches',
]);

/** Repository settings: GitHub asks for "Administration", which `GITHUB_TOKEN` never has. */
const ADMINISTRATION_OPERATIONS = new Set([
  'actions/get-github-actions-default-workflow-permissions-repository',
  'actions/set-github-actions-default-workflow-permissions-repository',
]);

/** The scope and access an operation needs, or undefined for routes outside any repository scope. */
export function requiredAccess(
  route: SpecRoute,
): { scope: PermissionScope; access: Exclude<Access, 'none'> } | undefined {
  const access = route.method === 'GET' || route.method === 'HEAD' ? 'read' : 'write';
  const [category] = route.operationId.split('/');
  if (CONTENTS_OPERATIONS.has(route.operationId)) return { scope: 'contents', access };
  if (ADMINISTRATION_OPERATIONS.has(route.operationId)) return { scope: 'administration', access };
  switch (category) {
    case 'git':
      return { scope: 'contents', access };
    case 'issues':
      return { scope: 'issues', access };
    case 'pulls':
      return { scope: 'pull_requests', access };
    case 'actions':
      return { scope: 'actions', access };
    case 'checks':
      return { scope: 'checks', access };
    case 'repos':
      return { scope: 'metadata', access: 'read' };
    default:
      return undefined;
  }
}

export function allows(
  permissions: TokenPermissions | undefined,
  need: { scope: PermissionScope; access: Access },
  kind?: TokenKind,
): boolean {
  if (need.scope === 'metadata') return true;
  if (need.scope === 'administration' && kind === 'github-token') return false;
  if (!permissions) return true;
  const granted = permissions[need.scope] ?? 'none';
  return granted === 'write' || (granted === 'read' && need.access === 'read');
}
