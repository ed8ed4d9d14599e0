/**
 * A local OpenAI-compatible Chat Completions endpoint for tests: node:http on 127.0.0.1 and a
 * random port, answering `POST <basePath>/chat/completions` from a script (a queue of
 * answers, errors, dropped connections and delays), and recording every request so tests
 * can assert what reached the wire. It checks requests the way OpenAI does where a client
 * bug would otherwise pass unnoticed: a JSON body with `model` and `messages`, a strict
 * json_schema that really is strict, the word "json" in the messages for json_object, the
 * API key when one is configured.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

interface ReplyFields {
  /** The `model` field of the response; defaults to the requested model. */
  model?: string;
  /** Defaults to an estimate from the request and content sizes (~4 characters per token); null omits it. */
  usage?: ScriptedUsage | null;
  finishReason?: 'stop' | 'length' | 'content_filter';
}

/** One scripted response. */
export type ScriptedReply =
  /** An assistant message whose content is `JSON.stringify(answer)`. */
  | ({ answer: unknown } & ReplyFields)
  /** An assistant message with this exact content (or a refusal). */
  | ({ content: string | null; refusal?: string } & ReplyFields)
  /** An HTTP error with an OpenAI-style body. */
  | { status: number; headers?: Record<string, string>; body?: unknown }
  /** Close the connection without answering. */
  | { reset: true }
  /** Wait, then reply (or, if the client gave up, nothing). */
  | { delayMs: number; reply: ScriptedReply };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** The raw body text, exactly as received. */
  raw: string;
  /** The parsed JSON body (undefined when it is not JSON). */
  body: ChatBody | undefined;
}

export interface ChatBody {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  max_completion_tokens?: number;
  [key: string]: unknown;
}

export interface OpenAIServerOptions {
  /** Path prefix of the API; default `/v1`. */
  basePath?: string;
  /** When set, requests must carry `Authorization: Bearer <apiKey>` or get a 401. */
  apiKey?: string;
  /** response_format types this endpoint does not support (400, as from a model without them). */
  unsupportedFormats?: ('json_schema' | 'json_object')[];
}

export interface OpenAIServer {
  /** What to pass as the SDK's `baseURL`, e.g. `http://127.0.0.1:4711/v1`. */
  baseURL: string;
  requests: RecordedRequest[];
  enqueue(...replies: ScriptedReply[]): void;
  /** Scripted replies not yet used. */
  pending(): number;
  close(): Promise<void>;
}

/** OpenAI's error bodies for the cases tests script most. */
export const apiErrors = {
  rateLimited: (retryAfterSeconds: string): ScriptedReply => ({
    status: 429,
    headers: { 'retry-after': retryAfterSeconds },
    body: errorBody('Rate limit reached for requests. Please try again later.', 'requests', 'rate_limit_exceeded'),
  }),
  insufficientQuota: (): ScriptedReply => ({
    status: 429,
    body: errorBody(
      'You exceeded your current quota, please check your plan and billing details.',
      'insufficient_quota',
      'insufficient_quota',
    ),
  }),
  serverError: (status = 500): ScriptedReply => ({
    status,
    body: errorBody('The server had an error while processing your request.', 'server_error', null),
  }),
  contextLengthExceeded: (): ScriptedReply => ({
    status: 400,
    body: errorBody(
      "This model's maximum context length is 8192 tokens. However, your messages resulted in 9001 tokens. Please reduce the length of the messages.",
      'invalid_request_error',
      'context_length_exceeded',
      'messages',
    ),
  }),
  unsupportedResponseFormat: (type = 'json_schema'): ScriptedReply => ({
    status: 400,
    body: errorBody(
      `Invalid parameter: 'response_format' of type '${type}' is not supported with this model.`,
      'invalid_request_error',
      null,
      'response_format',
    ),
  }),
  invalidApiKey: (): ScriptedReply => ({
    status: 401,
    body: errorBody('Incorrect API key provided: sk-te*****1234.', 'invalid_request_error', 'invalid_api_key'),
  }),
};

function errorBody(message: string, type: string, code: string | null, param: string | null = null) {
  return { error: { message, type, param, code } };
}

export async function startOpenAIServer(options: OpenAIServerOptions = {}): Promise<OpenAIServer> {
  const basePath = (options.basePath ?? '/v1').replace(/\/+$/, '');
  const queue: ScriptedReply[] = [];
  const requests: RecordedRequest[] = [];
  let served = 0;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: ChatBody | undefined;
      try {
        body = JSON.parse(raw) as ChatBody;
      } catch {
        body = undefined;
      }
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      requests.push({ method: req.method ?? '', path, headers: flatHeaders(req), raw, body });
      void handle(req, res, path, body).catch((error: unknown) => {
        if (!res.headersSent) send(res, 500, errorBody(`openai-server: ${String(error)}`, 'server_error', null));
      });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse, path: string, body: ChatBody | undefined) {
    if (req.method !== 'POST' || path !== `${basePath}/chat/completions`) {
      send(res, 404, errorBody(`Invalid URL (${req.method} ${path})`, 'invalid_request_error', null));
      return;
    }
    if (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      send(res, 401, errorBody('Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key'));
      return;
    }
    const invalid = requestProblem(body);
    if (invalid) {
      send(res, 400, errorBody(invalid.message, 'invalid_request_error', null, invalid.param));
      return;
    }
    const request = body as ChatBody;
    const format = request.response_format?.type;
    if ((format === 'json_schema' || format === 'json_object') && options.unsupportedFormats?.includes(format)) {
      send(
        res,
        400,
        errorBody(
          `Invalid parameter: 'response_format' of type '${format}' is not supported with this model.`,
          'invalid_request_error',
          null,
          'response_format',
        ),
      );
      return;
    }
    await reply(res, request, queue.shift());
  }

  async function reply(res: ServerResponse, request: ChatBody, scripted: ScriptedReply | undefined): Promise<void> {
    if (scripted === undefined) {
      // Not retryable, so a test that scripted too few replies fails at once and says why.
      send(res, 500, errorBody('openai-server: no scripted reply left', 'server_error', null), {
        'x-should-retry': 'false',
      });
      return;
    }
    if ('delayMs' in scripted) {
      await new Promise((resolve) => setTimeout(resolve, scripted.delayMs));
      if (res.destroyed || res.socket?.destroyed) return;
      await reply(res, request, scripted.reply);
      return;
    }
    if ('reset' in scripted) {
      res.socket?.destroy();
      return;
    }
    if ('status' in scripted) {
      send(
        res,
        scripted.status,
        scripted.body ?? errorBody(`status ${scripted.status}`, 'error', null),
        scripted.headers,
      );
      return;
    }
    const content = 'answer' in scripted ? JSON.stringify(scripted.answer) : scripted.content;
    const refusal = 'refusal' in scripted ? (scripted.refusal ?? null) : null;
    served += 1;
    const promptTokens = Math.ceil(request.messages.reduce((n, m) => n + String(m.content).length, 0) / 4);
    const completionTokens = Math.ceil((content ?? refusal ?? '').length / 4);
    const usage =
      scripted.usage === undefined
        ? {
            prompt_tokens: promptTokens,
            completion_tokens: completionTokens,
            total_tokens: promptTokens + completionTokens,
          }
        : scripted.usage;
    send(res, 200, {
      id: `chatcmpl-test${String(served).padStart(6, '0')}`,
      object: 'chat.completion',
      created: 1_700_000_000 + served,
      model: scripted.model ?? request.model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content, refusal, annotations: [] },
          logprobs: null,
          finish_reason: scripted.finishReason ?? 'stop',
        },
      ],
      ...(usage === null ? {} : { usage }),
      system_fingerprint: 'fp_openai_server_test',
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    pending: () => queue.length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** What OpenAI would reject in the body, as its message and the offending parameter. */
function requestProblem(body: ChatBody | undefined): { message: string; param: string } | undefined {
  if (body === undefined || typeof body !== 'object' || body === null) {
    return { message: 'We could not parse the JSON body of your request.', param: 'body' };
  }
  if (typeof body.model !== 'string' || !body.model) {
    return { message: 'you must provide a model parameter', param: 'model' };
  }
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    return { message: "Invalid 'messages': empty array.", param: 'messages' };
  }
  for (const [i, m] of body.messages.entries()) {
    if (!['system', 'developer', 'user', 'assistant', 'tool'].includes(m?.role) || typeof m?.content !== 'string') {
      return { message: `Invalid 'messages[${i}]': needs a role and string content.`, param: `messages[${i}]` };
    }
  }
  const format = body.response_format;
  if (format?.type === 'json_object' && !body.messages.some((m) => /json/i.test(m.content))) {
    return {
      message: "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
      param: 'messages',
    };
  }
  if (format?.type === 'json_schema') {
    const spec = format.json_schema;
    if (!spec || typeof spec.name !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(spec.name)) {
      return { message: "Invalid 'response_format.json_schema.name'.", param: 'response_format' };
    }
    const problem = spec.strict ? strictSchemaProblem(spec.schema, '') : undefined;
    if (problem) {
      return {
        message: `Invalid schema for response_format '${spec.name}': In context=(${problem}`,
        param: 'response_format',
      };
    }
  }
  return undefined;
}

/** Structured Outputs' strict-mode rules for objects: every property required, no additional ones. */
function strictSchemaProblem(schema: unknown, at: string): string | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const node = schema as Record<string, unknown>;
  const types = Array.isArray(node.type) ? node.type : [node.type];
  if (types.includes('object')) {
    const properties = (node.properties ?? {}) as Record<string, unknown>;
    if (node.additionalProperties !== false)
      return `${at}), 'additionalProperties' is required to be supplied and to be false.`;
    const required = Array.isArray(node.required) ? node.required : [];
    const missing = Object.keys(properties).filter((key) => !required.includes(key));
    if (missing.length > 0) {
      return `${at}), 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing[0]}'.`;
    }
    for (const [key, value] of Object.entries(properties)) {
      const problem = strictSchemaProblem(value, `${at}${at ? ', ' : ''}'properties', '${key}'`);
      if (problem) return problem;
    }
  }
  if (types.includes('array')) return strictSchemaProblem(node.items, `${at}${at ? ', ' : ''}'items'`);
  return undefined;
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-request-id': `req_test_${status}`,
    ...headers,
  });
  res.end(text);
}
