import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { type JsonSchema, type OpenApiParameter, openApiDocument, resolveRef, type SpecRoute } from './openapi-spec.js';

// ajv and ajv-formats are CommonJS: under NodeNext their default export is the module object.
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;

/** Base URI under which each `components/schemas` entry is registered with ajv, on first use. */
const SCHEMA_BASE = 'https://github-emulator.invalid/schemas/';
const COMPONENT_REF = '#/components/schemas/';

/** One reason a request breaks the operation's description, in GitHub's `errors[]` shape. */
export interface ValidationIssue {
  resource: string;
  field: string;
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom';
  message: string;
}

// Keys of a schema object that carry documentation or data, not constraints.
const DROPPED_KEYWORDS = new Set(['example', 'examples', 'discriminator', 'xml', 'externalDocs', 'deprecated']);
const DATA_KEYWORDS = new Set(['enum', 'default', 'const', 'required']);
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);

/**
 * OpenAPI 3.0 schema → JSON Schema: `nullable` becomes a `null` type (or an `anyOf` with null
 * where there is no `type`), component `$ref`s point at the per-component schemas registered
 * with ajv; the names of the components referenced are added to `refs`.
 */
export function toJsonSchema(node: unknown, refs: Set<string> = new Set()): unknown {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, refs));
  if (!node || typeof node !== 'object') return node;
  const source = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'nullable' || DROPPED_KEYWORDS.has(key) || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string') {
      if (!value.startsWith(COMPONENT_REF)) throw new Error(`Unsupported $ref ${value} in the OpenAPI description`);
      const name = value.slice(COMPONENT_REF.length);
      refs.add(name);
      out.$ref = `${SCHEMA_BASE}${name}`;
    } else if (DATA_KEYWORDS.has(key)) {
      out[key] = value;
    } else if (SCHEMA_MAP_KEYWORDS.has(key) && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toJsonSchema(sub, refs)]));
    } else {
      out[key] = toJsonSchema(value, refs);
    }
  }
  if (source.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [{ type: 'null' }, out] };
}

type AjvInstance = InstanceType<typeof Ajv>;
let cachedAjv: AjvInstance | undefined;
const registered = new Set<string>();
const compiled = new Map<string, ValidateFunction>();

function ajv(): AjvInstance {
  if (cachedAjv) return cachedAjv;
  const instance = new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false });
  addFormats(instance);
  // Formats the description uses that JSON Schema does not define: documentation only.
  for (const format of ['int32', 'int64', 'double', 'repo.nwo', 'binary', 'timestamp'])
    instance.addFormat(format, true);
  cachedAjv = instance;
  return instance;
}

/** Converts and registers the named component schemas and everything they reference, once each. */
function registerComponents(names: Iterable<string>): void {
  const pending = [...names];
  const schemas = openApiDocument().components.schemas ?? {};
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (registered.has(name)) continue;
    registered.add(name);
    const source = schemas[name];
    if (source === undefined) throw new Error(`The OpenAPI description has no schema "${name}"`);
    const refs = new Set<string>();
    const schema = toJsonSchema(source, refs) as Record<string, unknown>;
    ajv().addSchema({ ...schema, $id: `${SCHEMA_BASE}${name}` }, undefined, undefined, false);
    pending.push(...refs);
  }
}

/** Compiles a schema of the description lazily, registering only the components it reaches. */
function compile(key: string, schema: JsonSchema): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    const refs = new Set<string>();
    const converted = toJsonSchema(schema, refs) as object;
    registerComponents(refs);
    validate = ajv().compile(converted);
    compiled.set(key, validate);
  }
  return validate;
}

/** The name GitHub puts in `errors[].resource`, e.g. `Issue` for `issues/create`. */
export function resourceName(route: SpecRoute): string {
  const [category = '', action = ''] = route.operationId.split('/');
  if (/label/.test(action)) return 'Label';
  if (/comment/.test(action)) return 'IssueComment';
  const byCategory: Record<string, string> = {
    issues: 'Issue',
    pulls: 'PullRequest',
    git: /ref/.test(action) ? 'Reference' : /tree/.test(action) ? 'Tree' : /blob/.test(action) ? 'Blob' : 'Commit',
    actions: 'Workflow',
    repos: 'Repository',
    checks: 'CheckRun',
  };
  return byCategory[category] ?? category;
}

function fieldOf(error: ErrorObject): string {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'required') path.push(String((error.params as { missingProperty: string }).missingProperty));
  return path.join('.');
}

function toIssues(route: SpecRoute, errors: ErrorObject[] | null | undefined, prefix = ''): ValidationIssue[] {
  const resource = resourceName(route);
  // One issue per field: a `oneOf` failure reports every branch, which reads better joined.
  const byField = new Map<string, ValidationIssue>();
  for (const error of errors ?? []) {
    const field = [prefix, fieldOf(error)].filter(Boolean).join('.');
    const message =
      error.keyword === 'required' ? `${field} is missing` : `${field || 'body'} ${error.message ?? 'is invalid'}`;
    const existing = byField.get(field);
    if (!existing) {
      byField.set(field, {
        resource,
        field,
        code: error.keyword === 'required' ? 'missing_field' : 'invalid',
        message,
      });
    } else if (!existing.message.split('; ').includes(message)) {
      existing.message = `${existing.message}; ${message}`;
    }
  }
  return [...byField.values()];
}

/**
 * Where the description is stricter than GitHub itself, the emulator follows GitHub:
 * "Set labels" documents `labels: []` as the way to clear labels, yet its schema says minItems 1.
 */
function acceptedDespiteSchema(route: SpecRoute, body: unknown): boolean {
  if (route.operationId === 'issues/set-labels') {
    const labels = (body as { labels?: unknown } | undefined)?.labels;
    return Array.isArray(labels) && labels.length === 0;
  }
  return false;
}

/** Checks a request body against the operation's `application/json` request-body schema. */
export function validateRequestBody(route: SpecRoute, body: unknown, hasBody: boolean): ValidationIssue[] {
  const requestBody = route.operation.requestBody;
  if (!requestBody) return [];
  const schema = requestBody.content['application/json']?.schema;
  if (!hasBody) {
    return requestBody.required
      ? [{ resource: resourceName(route), field: '', code: 'missing', message: 'Request body is required' }]
      : [];
  }
  if (!schema || acceptedDespiteSchema(route, body)) return [];
  const validate = compile(`body:${route.method} ${route.template}`, schema);
  return validate(body) ? [] : toIssues(route, validate.errors);
}

/** Request-side type conversion of one path or query value, or undefined when it does not fit. */
function coerce(value: string, schema: JsonSchema | undefined): unknown {
  const types = new Set<string>();
  const collect = (s: JsonSchema | undefined) => {
    if (!s) return;
    if (typeof s.type === 'string') types.add(s.type);
    for (const key of ['oneOf', 'anyOf'] as const) {
      for (const sub of (s[key] as JsonSchema[] | undefined) ?? []) collect(sub);
    }
  };
  collect(schema);
  if (types.has('integer') && /^-?\d+$/.test(value)) return Number(value);
  if (types.has('number') && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (types.has('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  if (types.size === 0 || types.has('string')) return value;
  if (types.has('array')) return value.split(',');
  return undefined;
}

export interface ParameterCheck {
  /** Parameters whose value does not fit their type (a path `issue_number` of `abc`): GitHub answers 404. */
  badPath: ValidationIssue[];
  /** Missing required or malformed query parameters: 422. */
  badQuery: ValidationIssue[];
}

/** Checks path and query parameters against their declared types and enums. */
export function validateParameters(
  route: SpecRoute,
  pathParams: Record<string, string>,
  query: URLSearchParams,
): ParameterCheck {
  const resource = resourceName(route);
  const check: ParameterCheck = { badPath: [], badQuery: [] };
  for (const parameter of route.parameters as OpenApiParameter[]) {
    if (parameter.in !== 'path' && parameter.in !== 'query') continue;
    const raw = parameter.in === 'path' ? pathParams[parameter.name] : (query.get(parameter.name) ?? undefined);
    const target = parameter.in === 'path' ? check.badPath : check.badQuery;
    if (raw === undefined) {
      if (parameter.required) {
        target.push({
          resource,
          field: parameter.name,
          code: 'missing_field',
          message: `${parameter.name} is missing`,
        });
      }
      continue;
    }
    const schema = parameter.schema ? resolveRef<JsonSchema>(parameter.schema) : undefined;
    const value = coerce(raw, schema);
    let valid = value !== undefined;
    if (valid && schema) {
      const validate = compile(`param:${route.method} ${route.template} ${parameter.in}:${parameter.name}`, schema);
      valid = validate(value);
    }
    if (!valid) {
      const allowed = Array.isArray(schema?.enum) ? ` (one of ${(schema.enum as unknown[]).join(', ')})` : '';
      target.push({
        resource,
        field: parameter.name,
        code: 'invalid',
        message: `${parameter.in} parameter ${parameter.name}=${JSON.stringify(raw)} is invalid${allowed}`,
      });
    }
  }
  return check;
}

/**
 * Checks a response the emulator produced against the description's schema for that status:
 * the emulator's own self-test (debug mode), so its shapes cannot drift from GitHub's.
 * Returns a list of problems; empty when the body fits or the description has no schema.
 */
export function validateResponseBody(route: SpecRoute, status: number, body: unknown): string[] {
  const response = route.operation.responses[String(status)];
  if (!response) {
    const documented = Object.keys(route.operation.responses).join(', ');
    return [`status ${status} is not documented for ${route.operationId} (documented: ${documented})`];
  }
  const resolved = resolveRef<{ content?: Record<string, { schema?: JsonSchema }> }>(response);
  const schema = resolved.content?.['application/json']?.schema;
  if (!schema) return [];
  const validate = compile(`response:${route.method} ${route.template} ${status}`, schema);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`);
}
