/** What the model must answer: a diagnosis and a patch, as one JSON object. */

export type EditKind = 'replace_file' | 'search_replace';

export interface AnswerEdit {
  path: string;
  kind: EditKind;
  /** New whole contents, for `replace_file`. */
  content: string | null;
  /** Text to find exactly once, for `search_replace`. */
  search: string | null;
  /** What replaces it, for `search_replace` (may be empty). */
  replace: string | null;
}

export interface LlmAnswer {
  root_cause: string;
  /** 0..1 */
  confidence: number;
  edits: AnswerEdit[];
  explanation: string;
}

const nullableString = (description: string) => ({ type: ['string', 'null'], description });

/**
 * The JSON Schema sent as `response_format.json_schema.schema` with `strict: true`.
 * Strict mode wants every property required and `additionalProperties: false`, so the
 * per-kind fields are nullable instead of optional; ranges are checked in parseAnswer.
 */
export const ANSWER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['root_cause', 'confidence', 'edits', 'explanation'],
  properties: {
    root_cause: { type: 'string', description: 'One or two sentences: why the step failed.' },
    confidence: { type: 'number', description: 'How sure you are that the edits fix the failure, from 0 to 1.' },
    edits: {
      type: 'array',
      description: 'The changes; empty when no safe fix is possible.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'kind', 'content', 'search', 'replace'],
        properties: {
          path: { type: 'string', description: 'Repository-relative path with forward slashes.' },
          kind: { type: 'string', enum: ['replace_file', 'search_replace'] },
          content: nullableString('replace_file: the complete new file contents; otherwise null.'),
          search: nullableString(
            'search_replace: exact text copied from the file, found exactly once; otherwise null.',
          ),
          replace: nullableString('search_replace: the text that replaces `search`; otherwise null.'),
        },
      },
    },
    explanation: { type: 'string', description: 'Why these edits fix the failure, for the pull request.' },
  },
} as const;

export const ANSWER_SCHEMA_NAME = 'auto_heal_fix';

export type ParsedAnswer = { ok: true; answer: LlmAnswer } | { ok: false; errors: string[] };

/**
 * Checks a decoded answer against the schema (the json_object and text fallbacks get no
 * server-side guarantee), naming each wrong field. Missing per-kind fields count as null.
 */
export function parseAnswer(value: unknown): ParsedAnswer {
  const errors: string[] = [];
  if (!isRecord(value)) return { ok: false, errors: ['the answer must be a JSON object'] };
  const known = new Set(['root_cause', 'confidence', 'edits', 'explanation']);
  for (const key of Object.keys(value)) if (!known.has(key)) errors.push(`unexpected field "${key}"`);
  const rootCause = value.root_cause;
  if (typeof rootCause !== 'string' || !rootCause.trim()) errors.push('root_cause must be a non-empty string');
  const explanation = value.explanation;
  if (typeof explanation !== 'string') errors.push('explanation must be a string');
  const confidence = value.confidence;
  if (typeof confidence !== 'number' || !Number.isFinite(confidence) || confidence < 0 || confidence > 1) {
    errors.push(`confidence must be a number from 0 to 1, not ${JSON.stringify(confidence) ?? 'missing'}`);
  }
  const edits: AnswerEdit[] = [];
  if (!Array.isArray(value.edits)) {
    errors.push('edits must be an array');
  } else {
    value.edits.forEach((raw: unknown, i: number) => {
      const edit = parseEdit(raw, `edits[${i}]`, errors);
      if (edit) edits.push(edit);
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    answer: {
      root_cause: rootCause as string,
      confidence: confidence as number,
      edits,
      explanation: explanation as string,
    },
  };
}

function parseEdit(raw: unknown, at: string, errors: string[]): AnswerEdit | undefined {
  if (!isRecord(raw)) {
    errors.push(`${at} must be an object`);
    return undefined;
  }
  const before = errors.length;
  const known = new Set(['path', 'kind', 'content', 'search', 'replace']);
  for (const key of Object.keys(raw)) if (!known.has(key)) errors.push(`${at} has an unexpected field "${key}"`);
  const { path, kind } = raw;
  const optional = (name: 'content' | 'search' | 'replace'): string | null => {
    const v = raw[name];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') {
      errors.push(`${at}.${name} must be a string or null`);
      return null;
    }
    return v;
  };
  const content = optional('content');
  const search = optional('search');
  const replace = optional('replace');
  if (typeof path !== 'string' || !path) errors.push(`${at}.path must be a non-empty string`);
  if (kind === 'replace_file') {
    if (content === null) errors.push(`${at}.content must be the new file contents for kind replace_file`);
  } else if (kind === 'search_replace') {
    if (!search) errors.push(`${at}.search must be non-empty text for kind search_replace`);
    if (replace === null) errors.push(`${at}.replace must be a string (may be empty) for kind search_replace`);
  } else {
    errors.push(`${at}.kind must be "replace_file" or "search_replace", not ${JSON.stringify(kind) ?? 'missing'}`);
  }
  if (errors.length > before) return undefined;
  return { path: path as string, kind: kind as EditKind, content, search, replace };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
