import type { TokenPermissions } from './permissions.js';

/**
 * What kind of credential a token is, as GitHub tells them apart: `github-token` is the
 * `GITHUB_TOKEN` of a workflow run (a GitHub App installation token that can never be granted
 * `workflows`), `app` another GitHub App installation token, `pat` a personal access token
 * (classic when `scopes` are given, fine-grained otherwise).
 */
export type TokenKind = 'github-token' | 'app' | 'pat';

export interface TokenConfig {
  /** Scopes not listed are `none` (metadata stays readable); leave out for every permission. */
  permissions?: TokenPermissions;
  /** The account the token acts as; `github-actions[bot]` by default. */
  login?: string;
  /** Answer 401 `Bad credentials`, as for an expired or revoked token. */
  revoked?: boolean;
  /**
   * The kind of credential. A `github-token` is refused pull-request creation while the
   * repository's "Allow GitHub Actions to create and approve pull requests" is off, never gets
   * `administration`, and never gets `workflows`.
   */
  kind?: TokenKind;
  /**
   * The "Workflows" permission of a GitHub App or fine-grained PAT: without it, a push that
   * adds, changes or deletes a file under `.github/workflows/` is refused. Defaults to true for
   * a token without `kind` or `scopes` (every permission), false once `kind` is given (Apps and
   * fine-grained PATs must be granted it), and to "has the `workflow` scope" for `scopes`.
   */
  workflows?: boolean;
  /**
   * OAuth scopes of a classic PAT (implies `kind: 'pat'`), e.g. `['repo', 'workflow']`. Every
   * response then carries `x-oauth-scopes`, as GitHub's do for classic tokens; the `workflow`
   * scope decides workflow pushes. Other scopes are reported, not enforced.
   */
  scopes?: string[];
}

/** What the handlers need to know about the token of a request. */
export interface TokenPolicy {
  kind: TokenKind | undefined;
  /** May add, change or delete files under `.github/workflows/`. */
  workflows: boolean;
  /** Classic PAT scopes, when the token is one. */
  scopes: readonly string[] | undefined;
}

/** The policy of a token not configured at all: the emulator's historical "can do everything". */
export const UNRESTRICTED_TOKEN: TokenPolicy = { kind: undefined, workflows: true, scopes: undefined };

/** Throws when a configuration describes a token GitHub cannot issue. */
export function checkTokenConfig(token: string, config: TokenConfig): void {
  const where = `emulator: token "${token}"`;
  if (config.scopes !== undefined) {
    if (config.kind !== undefined && config.kind !== 'pat') {
      throw new Error(`${where}: scopes belong to classic personal access tokens, not to kind "${config.kind}"`);
    }
    if (config.workflows !== undefined) {
      throw new Error(`${where}: give either scopes (classic PAT: add "workflow") or workflows, not both`);
    }
  }
  if (config.kind === 'github-token') {
    if (config.workflows === true) {
      throw new Error(`${where}: GITHUB_TOKEN can never be granted the workflows permission`);
    }
    if (config.permissions?.administration !== undefined) {
      throw new Error(`${where}: GITHUB_TOKEN can never be granted the administration permission`);
    }
  }
}

export function tokenPolicy(config: TokenConfig | undefined): TokenPolicy {
  if (!config) return UNRESTRICTED_TOKEN;
  const kind = config.kind ?? (config.scopes ? 'pat' : undefined);
  const workflows =
    config.workflows ?? (config.scopes ? config.scopes.includes('workflow') : config.kind === undefined);
  return { kind, workflows, scopes: config.scopes };
}

/** GitHub's words when a push would touch a workflow file the token may not touch. */
export function workflowRefusalMessage(policy: TokenPolicy, path: string): string {
  if (policy.scopes) {
    return `refusing to allow a Personal Access Token to create or update workflow \`${path}\` without \`workflow\` scope`;
  }
  const who = policy.kind === 'pat' ? 'a Personal Access Token' : 'a GitHub App';
  return `refusing to allow ${who} to create or update workflow \`${path}\` without \`workflows\` permission`;
}
