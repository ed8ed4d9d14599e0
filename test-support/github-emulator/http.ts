import type { SpecRoute } from './openapi-spec.js';
import type { ValidationIssue } from './openapi-validator.js';
import type { Renderer } from './render.js';
import type { Account, EmulatorState, RepoState } from './state.js';
import type { TokenPolicy } from './token-policy.js';

/** What a route handler answers: a JSON body, or raw bytes with their content type. */
export interface Reply {
  status: number;
  body?: unknown;
  raw?: { data: Buffer | string; contentType: string };
  headers?: Record<string, string>;
}

/** Everything a handler needs to know about the request it serves. */
export interface RequestContext {
  state: EmulatorState;
  render: Renderer;
  route: SpecRoute;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  actor: Account;
  /** What the request's token is and may do beyond its permission scopes (workflows, kind). */
  token: TokenPolicy;
  /** The repository named by `{owner}/{repo}`; handlers of repository routes may rely on it. */
  repo: RepoState;
  url: URL;
  accept: string;
  /** The emulator's root URL, e.g. `http://127.0.0.1:43125`. */
  baseUrl: string;
}

export type Handler = (ctx: RequestContext) => Reply | Promise<Reply>;

/** An error answered with GitHub's error body: `{ message, documentation_url, status }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message));
  }
}

export function errorBody(status: number, message: string, documentationUrl: string, extra: object = {}) {
  return { message, ...extra, documentation_url: documentationUrl, status: String(status) };
}

export function notFound(ctx: { route: SpecRoute }, message = 'Not Found'): HttpError {
  return new HttpError(404, errorBody(404, message, ctx.route.documentationUrl));
}

/** 422 with only a message, as GitHub answers most semantic refusals (`Reference already exists`). */
export function unprocessable(ctx: { route: SpecRoute }, message: string): HttpError {
  return new HttpError(422, errorBody(422, message, ctx.route.documentationUrl));
}

/** 422 `Validation Failed` with an `errors` list. */
export function validationFailed(ctx: { route: SpecRoute }, errors: Array<Partial<ValidationIssue>>): HttpError {
  return new HttpError(422, errorBody(422, 'Validation Failed', ctx.route.documentationUrl, { errors }));
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return { status, body, ...(headers ? { headers } : {}) };
}

export function noContent(): Reply {
  return { status: 204 };
}
