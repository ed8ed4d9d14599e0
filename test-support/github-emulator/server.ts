import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultInjector, type FaultResponse } from './fault-injector.js';
import { errorBody, type Handler, HttpError, type Reply, type RequestContext } from './http.js';
import { matchRoute, type SpecRoute } from './openapi-spec.js';
import {
  type ValidationIssue,
  validateParameters,
  validateRequestBody,
  validateResponseBody,
} from './openapi-validator.js';
import { allows, requiredAccess } from './permissions.js';
import { Renderer } from './render.js';
import { readTextFile } from './repo-ops.js';
import { actionRoutes, findJob, latestAttempt, runLogsZip } from './routes/actions.js';
import { actionsSettingsRoutes } from './routes/actions-settings.js';
import { gitRoutes } from './routes/git.js';
import { issueRoutes } from './routes/issues.js';
import { pullRoutes } from './routes/pulls.js';
import { repoRoutes } from './routes/repos.js';
import { Seeder } from './seed.js';
import { type Account, EmulatorState, GITHUB_ACTIONS_BOT, type RepoState, resolveCommitish } from './state.js';
import { checkTokenConfig, type TokenConfig, tokenPolicy } from './token-policy.js';

export type { TokenConfig, TokenKind } from './token-policy.js';

const HANDLERS: Record<string, Handler> = {
  ...gitRoutes,
  ...repoRoutes,
  ...issueRoutes,
  ...pullRoutes,
  ...actionRoutes,
  ...actionsSettingsRoutes,
};

/** The operation ids the emulator answers; any other route GitHub has answers 404 and is recorded. */
export const IMPLEMENTED_OPERATIONS: readonly string[] = [...Object.keys(HANDLERS), 'rate-limit/get'].sort();

const RATE_LIMIT = 5000;

export interface EmulatorOptions {
  /**
   * Check every 2xx JSON response against the description's schema for that status and record
   * mismatches in `invalidResponses`: the emulator's self-test against shape drift.
   */
  validateResponses?: boolean;
  /** The clock for timestamps; real time by default. */
  now?: () => Date;
  /** Per-token identity and permissions; tokens not listed act as github-actions[bot] with every permission. */
  tokens?: Record<string, TokenConfig>;
  /**
   * The configuration of every token not listed in `tokens` or `setToken`, e.g.
   * `{ kind: 'github-token' }` to make any token behave like a workflow's `GITHUB_TOKEN`.
   */
  defaultToken?: TokenConfig;
}

export interface RequestLogEntry {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  status: number;
  /** The parsed JSON request body, or undefined when there was none. */
  body: unknown;
  /** The OpenAPI operation the request matched, when it matched one. */
  operationId?: string;
}

export type InvalidReason =
  | 'unknown-route'
  | 'not-implemented'
  | 'invalid-parameters'
  | 'invalid-body'
  | 'invalid-json';

/** A request that GitHub's description rejects: a bug in the client that sent it. */
export interface InvalidRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  reason: InvalidReason;
  status: number;
  operationId?: string;
  errors: ValidationIssue[];
}

export interface InvalidResponse {
  method: string;
  path: string;
  operationId: string;
  status: number;
  problems: string[];
}

export interface GitHubEmulator {
  /** Root URL, e.g. `http://127.0.0.1:43125`: pass it as the client's `baseUrl`. */
  url: string;
  stop(): Promise<void>;
  seed: Seeder;
  faults: FaultInjector;
  /** Every request in arrival order (emulator-internal log and raw downloads included). */
  requests: RequestLogEntry[];
  invalidRequests: InvalidRequest[];
  invalidResponses: InvalidResponse[];
  /** Unexpected exceptions inside the emulator (answered 500): always a bug in the emulator. */
  internalErrors: string[];
  state: EmulatorState;
  /** The repository's state, for assertions: issues, comments, labels, refs, dispatches, reruns... */
  repo(fullName: string): RepoState;
  /** A file's text at a branch, tag or SHA (default branch when left out), or undefined. */
  readFile(fullName: string, path: string, ref?: string): string | undefined;
  /** Sets or replaces the configuration of one token. */
  setToken(token: string, config: TokenConfig): void;
  /** Requests whose method and route template (or path) match, e.g. `count('POST', '/repos/{owner}/{repo}/issues')`. */
  count(method: string, path: string): number;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function tokenOf(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^(?:token|bearer|basic)\s+(.+)$/i.exec(header.trim());
  return match?.[1]?.trim();
}

/**
 * Starts a GitHub REST API emulator on 127.0.0.1 with a random port. It is stateful and in
 * memory; every request is checked against GitHub's OpenAPI description first.
 */
export async function startGitHubEmulator(options: EmulatorOptions = {}): Promise<GitHubEmulator> {
  const state = new EmulatorState(options.now);
  const validateResponses = options.validateResponses ?? process.env.GITHUB_EMULATOR_VALIDATE_RESPONSES === '1';
  const tokens = new Map(Object.entries(options.tokens ?? {}));
  for (const [token, config] of tokens) checkTokenConfig(token, config);
  if (options.defaultToken) checkTokenConfig('(default)', options.defaultToken);
  const configOf = (token: string | undefined): TokenConfig | undefined =>
    token === undefined ? undefined : (tokens.get(token) ?? options.defaultToken);
  const faults = new FaultInjector();
  const seed = new Seeder(state);
  const requests: RequestLogEntry[] = [];
  const invalidRequests: InvalidRequest[] = [];
  const invalidResponses: InvalidResponse[] = [];
  const internalErrors: string[] = [];
  const used = new Map<string, number>();
  const resetAt = Math.floor(Date.now() / 1000) + 3600;
  let baseUrl = '';
  let render: Renderer;

  const rateHeaders = (token: string | undefined): Record<string, string> => {
    const count = (used.get(token ?? '') ?? 0) + 1;
    used.set(token ?? '', count);
    return {
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(Math.max(RATE_LIMIT - count, 0)),
      'x-ratelimit-reset': String(resetAt),
      'x-ratelimit-used': String(count),
      'x-ratelimit-resource': 'core',
    };
  };

  const send = (res: ServerResponse, reply: Reply, extraHeaders: Record<string, string>, range?: string): void => {
    const headers: Record<string, string> = {
      'x-github-request-id': randomUUID().toUpperCase(),
      'x-github-api-version-selected': '2022-11-28',
      ...extraHeaders,
      ...reply.headers,
    };
    if (reply.raw) {
      const data = typeof reply.raw.data === 'string' ? Buffer.from(reply.raw.data) : reply.raw.data;
      // Downloads honour a byte range (`bytes=N-` or `bytes=N-M`), as blob storage does.
      const wanted = range ? /^bytes=(\d+)-(\d*)$/.exec(range) : null;
      if (reply.status === 200 && wanted) {
        const start = Number(wanted[1]);
        const end = Math.min(wanted[2] ? Number(wanted[2]) : data.length - 1, data.length - 1);
        if (start > end) {
          res.writeHead(416, { ...headers, 'content-range': `bytes */${data.length}` });
          res.end();
          return;
        }
        res.writeHead(206, {
          ...headers,
          'content-type': reply.raw.contentType,
          'content-length': end - start + 1,
          'content-range': `bytes ${start}-${end}/${data.length}`,
          'accept-ranges': 'bytes',
        });
        res.end(data.subarray(start, end + 1));
        return;
      }
      res.writeHead(reply.status, {
        ...headers,
        'content-type': reply.raw.contentType,
        'content-length': data.length,
        'accept-ranges': 'bytes',
      });
      res.end(data);
    } else if (reply.body !== undefined && reply.status !== 204) {
      const data = Buffer.from(JSON.stringify(reply.body));
      res.writeHead(reply.status, {
        ...headers,
        'content-type': 'application/json; charset=utf-8',
        'x-github-media-type': 'github.v3; format=json',
        'content-length': data.length,
      });
      res.end(data);
    } else {
      res.writeHead(reply.status, headers);
      res.end();
    }
  };

  const faultReply = async (fault: FaultResponse, res: ServerResponse): Promise<Reply | 'reset' | 'continue'> => {
    if (fault === 'reset') {
      res.socket?.destroy();
      return 'reset';
    }
    if (typeof fault === 'number') {
      return { status: fault, body: errorBody(fault, STATUS_CODES[fault] ?? 'Error', 'https://docs.github.com/rest') };
    }
    if (fault.delayMs) await sleep(fault.delayMs);
    if (!('status' in fault)) return 'continue';
    return {
      status: fault.status,
      body:
        fault.body ?? errorBody(fault.status, STATUS_CODES[fault.status] ?? 'Error', 'https://docs.github.com/rest'),
      ...(fault.headers ? { headers: fault.headers } : {}),
    };
  };

  /** Log and archive downloads: capability URLs like GitHub's signed blob links, no token needed. */
  const internalReply = (pathname: string): Reply => {
    const notFoundReply = { status: 404, body: errorBody(404, 'Not Found', 'https://docs.github.com/rest') };
    const logs = /^\/_emulator\/logs\/([^/]+)\/([^/]+)\/(jobs|runs)\/(\d+)(?:\/(\d+))?$/.exec(pathname);
    if (logs) {
      const repo = state.findRepo(decodeURIComponent(logs[1] ?? ''), decodeURIComponent(logs[2] ?? ''));
      if (!repo) return notFoundReply;
      if (logs[3] === 'jobs') {
        const found = findJob(repo, Number(logs[4]));
        if (!found) return notFoundReply;
        return { status: 200, raw: { data: found.job.log, contentType: 'text/plain; charset=utf-8' } };
      }
      const run = repo.runs.find((r) => r.id === Number(logs[4]));
      const attempt =
        run?.attempts.find((a) => a.attempt === Number(logs[5])) ?? (run ? latestAttempt(run) : undefined);
      if (!attempt) return notFoundReply;
      return { status: 200, raw: { data: Buffer.from(runLogsZip(attempt)), contentType: 'application/zip' } };
    }
    const raw = /^\/_emulator\/raw\/([^/]+)\/([^/]+)\/([^/]+)\/(.+)$/.exec(pathname);
    if (raw) {
      const repo = state.findRepo(decodeURIComponent(raw[1] ?? ''), decodeURIComponent(raw[2] ?? ''));
      const sha = repo ? resolveCommitish(repo, decodeURIComponent(raw[3] ?? '')) : undefined;
      const text = repo && sha ? readTextFile(repo, sha, decodeURIComponent(raw[4] ?? '')) : undefined;
      if (text === undefined) return notFoundReply;
      return { status: 200, raw: { data: text, contentType: 'text/plain; charset=utf-8' } };
    }
    return notFoundReply;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', baseUrl);
    const query = Object.fromEntries(url.searchParams);
    const bodyBytes = await readBody(req);
    const hasBody = bodyBytes.length > 0;
    let body: unknown;
    let bodyIsJson = true;
    if (hasBody) {
      try {
        body = JSON.parse(bodyBytes.toString('utf8'));
      } catch {
        bodyIsJson = false;
        body = bodyBytes.toString('utf8');
      }
    }
    const token = tokenOf(req);
    const match = url.pathname.startsWith('/_emulator/') ? undefined : matchRoute(method, url.pathname);
    const route: SpecRoute | undefined = match?.route;
    const entry: RequestLogEntry = {
      method,
      path: url.pathname,
      query,
      status: 0,
      body,
      ...(route ? { operationId: route.operationId } : {}),
    };
    requests.push(entry);
    const invalid = (reason: InvalidReason, status: number, errors: ValidationIssue[]) =>
      invalidRequests.push({
        method,
        path: url.pathname,
        query,
        body,
        reason,
        status,
        errors,
        ...(route ? { operationId: route.operationId } : {}),
      });

    let reply: Reply;
    const extraHeaders = rateHeaders(token);
    const scopes = configOf(token)?.scopes;
    // GitHub names a classic token's scopes on every response, so clients can check before acting.
    if (scopes && !configOf(token)?.revoked) extraHeaders['x-oauth-scopes'] = scopes.join(', ');
    try {
      const fault = faults.take(method, url.pathname, route);
      const scripted = fault === undefined ? 'continue' : await faultReply(fault, res);
      if (scripted === 'reset') {
        entry.status = -1;
        return;
      }
      if (scripted !== 'continue') {
        reply = scripted;
      } else if (url.pathname.startsWith('/_emulator/')) {
        reply = internalReply(url.pathname);
      } else {
        reply = await answer(req, url, match, token, hasBody, bodyIsJson, body, invalid);
      }
    } catch (error) {
      if (error instanceof HttpError) {
        reply = { status: error.status, body: error.body, headers: error.headers };
      } else {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        internalErrors.push(`${method} ${url.pathname}: ${message}`);
        reply = {
          status: 500,
          body: errorBody(500, `Emulator error: ${String(error)}`, 'https://docs.github.com/rest'),
        };
      }
    }
    entry.status = reply.status;
    if (validateResponses && route && reply.status >= 200 && reply.status < 300 && reply.body !== undefined) {
      const problems = validateResponseBody(route, reply.status, reply.body);
      if (problems.length > 0) {
        invalidResponses.push({
          method,
          path: url.pathname,
          operationId: route.operationId,
          status: reply.status,
          problems,
        });
      }
    }
    send(res, reply, extraHeaders, req.headers.range);
  };

  const answer = async (
    req: IncomingMessage,
    url: URL,
    match: ReturnType<typeof matchRoute>,
    token: string | undefined,
    hasBody: boolean,
    bodyIsJson: boolean,
    body: unknown,
    invalid: (reason: InvalidReason, status: number, errors: ValidationIssue[]) => void,
  ): Promise<Reply> => {
    if (!token) return { status: 401, body: errorBody(401, 'Requires authentication', 'https://docs.github.com/rest') };
    const config = configOf(token);
    const policy = tokenPolicy(config);
    if (config?.revoked)
      return { status: 401, body: errorBody(401, 'Bad credentials', 'https://docs.github.com/rest') };
    if (!match) {
      invalid('unknown-route', 404, []);
      return { status: 404, body: errorBody(404, 'Not Found', 'https://docs.github.com/rest') };
    }
    const { route, params } = match;
    const docs = route.documentationUrl;
    if (hasBody && !bodyIsJson) {
      invalid('invalid-json', 400, []);
      return { status: 400, body: errorBody(400, 'Problems parsing JSON', docs) };
    }
    const paramCheck = validateParameters(route, params, url.searchParams);
    if (paramCheck.badPath.length > 0) {
      invalid('invalid-parameters', 404, paramCheck.badPath);
      return { status: 404, body: errorBody(404, 'Not Found', docs) };
    }
    const errors = [...paramCheck.badQuery, ...validateRequestBody(route, body, hasBody)];
    if (errors.length > 0) {
      invalid(paramCheck.badQuery.length > 0 ? 'invalid-parameters' : 'invalid-body', 422, errors);
      return { status: 422, body: errorBody(422, 'Validation Failed', docs, { errors }) };
    }
    const actor: Account = config?.login ? state.account(config.login) : GITHUB_ACTIONS_BOT;
    if (route.operationId === 'rate-limit/get') return rateLimitReply(token);
    const handler = HANDLERS[route.operationId];
    if (!handler) {
      invalid('not-implemented', 404, [
        {
          resource: route.operationId,
          field: '',
          code: 'invalid',
          message: `${route.operationId} is a GitHub route the emulator does not implement`,
        },
      ]);
      return { status: 404, body: errorBody(404, 'Not Found', docs) };
    }
    const repo = params.owner && params.repo ? state.findRepo(params.owner, params.repo) : undefined;
    if (!repo) return { status: 404, body: errorBody(404, 'Not Found', docs) };
    const need = requiredAccess(route);
    if (need && !allows(config?.permissions, need, policy.kind)) {
      return {
        status: 403,
        body: errorBody(403, 'Resource not accessible by integration', docs),
        headers: { 'x-accepted-github-permissions': `${need.scope}=${need.access}` },
      };
    }
    const ctx: RequestContext = {
      state,
      render,
      route,
      params,
      query: url.searchParams,
      body,
      actor,
      token: policy,
      repo,
      url,
      accept: String(req.headers.accept ?? ''),
      baseUrl,
    };
    return handler(ctx);
  };

  const rateLimitReply = (token: string): Reply => {
    const count = used.get(token) ?? 0;
    const core = { limit: RATE_LIMIT, used: count, remaining: Math.max(RATE_LIMIT - count, 0), reset: resetAt };
    const other = (limit: number) => ({ limit, used: 0, remaining: limit, reset: resetAt });
    return {
      status: 200,
      body: {
        resources: { core, search: other(30), graphql: other(5000), integration_manifest: other(5000) },
        rate: core,
      },
    };
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      internalErrors.push(`${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  render = new Renderer(baseUrl, state);

  const repoOf = (fullName: string): RepoState => {
    const [owner = '', name = ''] = fullName.split('/');
    const repo = state.findRepo(owner, name);
    if (!repo) throw new Error(`emulator: no repository "${fullName}"`);
    return repo;
  };

  return {
    url: baseUrl,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
    seed,
    faults,
    requests,
    invalidRequests,
    invalidResponses,
    internalErrors,
    state,
    repo: repoOf,
    readFile: (fullName, path, ref) => {
      const repo = repoOf(fullName);
      const sha = resolveCommitish(repo, ref ?? repo.defaultBranch);
      return sha ? readTextFile(repo, sha, path) : undefined;
    },
    setToken: (token, config) => {
      checkTokenConfig(token, config);
      tokens.set(token, config);
    },
    count: (method, path) =>
      requests.filter((r) => {
        if (r.method !== method.toUpperCase()) return false;
        if (!path.includes('{')) return r.path === path;
        return matchRoute(r.method, r.path)?.route.template === path;
      }).length,
  };
}
