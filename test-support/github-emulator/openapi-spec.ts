import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The parts of GitHub's OpenAPI description the emulator reads. */
export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export type JsonSchema = Record<string, unknown>;

export interface OpenApiOperation {
  operationId: string;
  parameters?: Array<OpenApiParameter | { $ref: string }>;
  requestBody?: { required?: boolean; content: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: JsonSchema }> }>;
  externalDocs?: { url?: string };
}

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
}

/** One operation of the description, ready to match requests against. */
export interface SpecRoute {
  method: string;
  /** The path template as the description writes it, e.g. `/repos/{owner}/{repo}/issues`. */
  template: string;
  operationId: string;
  operation: OpenApiOperation;
  /** Path and query parameters, `$ref`s resolved, path-item parameters included. */
  parameters: OpenApiParameter[];
  documentationUrl: string;
  segments: string[];
}

export interface RouteMatch {
  route: SpecRoute;
  params: Record<string, string>;
}

/**
 * Parameters that hold a slash-separated name and may be sent unencoded when they are the last
 * segment (GitHub answers `/contents/a/b.txt` and `/git/ref/heads/main` as well as `%2F`).
 */
const GREEDY_TRAILING_PARAMS = new Set(['path', 'ref', 'branch']);

let cachedDocument: OpenApiDocument | undefined;
let cachedRoutes: Map<string, SpecRoute[]> | undefined;

/**
 * GitHub's REST description (13 MB), parsed once per process (per jest test file) and kept:
 * every emulator started afterwards reuses it.
 */
export function openApiDocument(): OpenApiDocument {
  if (!cachedDocument) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    cachedDocument = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  }
  return cachedDocument;
}

/** Resolves a local `#/components/...` reference in the description. */
export function resolveRef<T>(value: T | { $ref: string }): T {
  if (value && typeof value === 'object' && '$ref' in value && typeof value.$ref === 'string') {
    const parts = value.$ref.replace(/^#\//, '').split('/');
    let node: unknown = openApiDocument();
    for (const part of parts) node = (node as Record<string, unknown>)[part];
    if (node === undefined) throw new Error(`Unresolvable $ref ${value.$ref} in the OpenAPI description`);
    return node as T;
  }
  return value as T;
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);

function routesByMethod(): Map<string, SpecRoute[]> {
  if (cachedRoutes) return cachedRoutes;
  const byMethod = new Map<string, SpecRoute[]>();
  for (const [template, item] of Object.entries(openApiDocument().paths)) {
    const shared = (item.parameters as OpenApiParameter[] | undefined) ?? [];
    for (const [method, value] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method)) continue;
      const operation = value as OpenApiOperation;
      const parameters = [...shared, ...(operation.parameters ?? [])].map((p) => resolveRef<OpenApiParameter>(p));
      const route: SpecRoute = {
        method: method.toUpperCase(),
        template,
        operationId: operation.operationId,
        operation,
        parameters,
        documentationUrl: operation.externalDocs?.url ?? 'https://docs.github.com/rest',
        segments: template.split('/').slice(1),
      };
      const list = byMethod.get(route.method) ?? [];
      list.push(route);
      byMethod.set(route.method, list);
    }
  }
  cachedRoutes = byMethod;
  return byMethod;
}

function paramName(segment: string): string | undefined {
  const match = /^\{([^{}]+)\}$/.exec(segment);
  return match?.[1];
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function matchSegments(route: SpecRoute, raw: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  const { segments } = route;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string;
    const name = paramName(segment);
    const isLast = i === segments.length - 1;
    if (name && isLast && GREEDY_TRAILING_PARAMS.has(name) && raw.length > segments.length) {
      const rest = raw.slice(i).map(decodeSegment);
      if (rest.some((part) => part === undefined)) return undefined;
      params[name] = rest.join('/');
      return params;
    }
    const value = raw[i];
    // `/contents` without a trailing slash also lists the repository root.
    if (value === undefined && name === 'path' && isLast && raw.length === segments.length - 1) {
      params[name] = '';
      return params;
    }
    if (value === undefined) return undefined;
    if (name) {
      const decoded = decodeSegment(value);
      // An empty `path` names the repository root in the contents API.
      if (decoded === undefined || (decoded === '' && name !== 'path')) return undefined;
      params[name] = decoded;
    } else if (segment !== value) {
      return undefined;
    }
  }
  return raw.length === segments.length ? params : undefined;
}

/** Literal segments earlier in the path win over parameters, as GitHub's router does. */
function specificity(route: SpecRoute): string {
  return route.segments.map((s) => (paramName(s) ? '0' : '1')).join('');
}

/** Finds the operation for a request path, or undefined when GitHub has no such route. */
export function matchRoute(method: string, pathname: string): RouteMatch | undefined {
  const candidates = routesByMethod().get(method.toUpperCase()) ?? [];
  const raw = pathname.replace(/^\/+/, '').split('/');
  let best: RouteMatch | undefined;
  let bestScore = '';
  for (const route of candidates) {
    const params = matchSegments(route, raw);
    if (!params) continue;
    // Exact segment counts beat greedy matches; then literal-first specificity.
    const score = `${route.segments.length === raw.length ? '1' : '0'}${specificity(route)}`;
    if (!best || score > bestScore) {
      best = { route, params };
      bestScore = score;
    }
  }
  return best;
}

/** The operation with this id, for tests and for the response validator. */
export function routeByOperationId(operationId: string): SpecRoute | undefined {
  for (const routes of routesByMethod().values()) {
    const found = routes.find((r) => r.operationId === operationId);
    if (found) return found;
  }
  return undefined;
}
