import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { redact } from '../../../../packages/shared/src/redact.js';
import type { ChatClient, ChatReply, ChatRequest } from './chat.js';
import { LlmApiError } from './errors.js';
import type { LlmOptions } from './options.js';
import { ANSWER_SCHEMA, ANSWER_SCHEMA_NAME } from './schema.js';

export interface OpenAIChatClientOptions
  extends Pick<LlmOptions, 'apiKey' | 'baseURL' | 'timeoutMs' | 'maxRetries' | 'msPerSecond'> {
  /** Where the SDK's retry notices go (one line per retried request). */
  log?: { info(message: string): void; warn(message: string): void };
}

const OPENAI_BASE_URL = 'https://api.openai.com/v1';

/**
 * The model endpoint through the official SDK, using Chat Completions: every
 * OpenAI-compatible server (Azure OpenAI's v1 API, vLLM, Ollama, LiteLLM, llama.cpp)
 * implements it, whereas the Responses API is OpenAI's own. The SDK retries 408, 409, 429,
 * 5xx, timeouts and dropped connections `maxRetries` times, waiting as `retry-after-ms` or
 * `retry-after` says (else exponential backoff from 0.5 s).
 */
export function createOpenAIChatClient(options: OpenAIChatClientOptions): ChatClient {
  const baseURL = options.baseURL ?? OPENAI_BASE_URL;
  const log = options.log;
  const client = new OpenAI({
    apiKey: options.apiKey,
    // Explicit, so the SDK does not pick these up from OPENAI_* environment variables.
    baseURL,
    organization: null,
    project: null,
    adminAPIKey: null,
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
    fetch: sdkFetch(options.msPerSecond),
    logLevel: log ? 'info' : 'off',
    ...(log
      ? {
          logger: {
            error: (m: string) => log.warn(m),
            warn: (m: string) => log.warn(m),
            info: (m: string) => log.info(m),
            debug: () => {},
          },
        }
      : {}),
  });

  return {
    async complete(request: ChatRequest): Promise<ChatReply> {
      const params: ChatCompletionCreateParamsNonStreaming = {
        model: request.model,
        messages: request.messages,
        max_completion_tokens: request.maxCompletionTokens,
      };
      if (request.format === 'json_schema') {
        params.response_format = {
          type: 'json_schema',
          json_schema: { name: ANSWER_SCHEMA_NAME, strict: true, schema: ANSWER_SCHEMA },
        };
      } else if (request.format === 'json_object') {
        params.response_format = { type: 'json_object' };
      }
      let completion: ChatCompletion;
      try {
        completion = await client.chat.completions.create(params);
      } catch (error) {
        throw describeApiError(error, { baseURL, model: request.model, options });
      }
      const choice = completion.choices[0];
      return {
        id: completion.id,
        model: completion.model || request.model,
        content: choice?.message.content ?? null,
        refusal: choice?.message.refusal ?? null,
        finishReason: choice?.finish_reason ?? 'missing',
        usage: completion.usage
          ? {
              prompt: completion.usage.prompt_tokens,
              completion: completion.usage.completion_tokens,
              total: completion.usage.total_tokens,
            }
          : null,
      };
    },
  };
}

/**
 * The SDK's fetch, with two adjustments. Waits: real at msPerSecond = 1000; otherwise every
 * retryable response gets a `retry-after-ms` scaled from its `retry-after` (0.5 s when
 * absent), which the SDK honours before `retry-after`, so tests keep the SDK's own retry
 * logic without its real delays. Errors: a fetch from another realm (a test VM) throws
 * errors that are not this realm's Error, and the SDK, unable to read their name, would
 * report a timeout's AbortError as a plain connection error; they are re-thrown as ours.
 */
function sdkFetch(msPerSecond: number): typeof fetch {
  return async (input, init) => {
    let response: Response;
    try {
      response = await globalThis.fetch(input, init);
    } catch (error) {
      throw error instanceof Error ? error : sameRealmError(error);
    }
    if (msPerSecond === 1000 || response.ok || response.headers.has('retry-after-ms')) return response;
    const seconds = Number.parseFloat(response.headers.get('retry-after') ?? '');
    const headers = new Headers(response.headers);
    headers.set('retry-after-ms', String((Number.isFinite(seconds) ? seconds : 0.5) * msPerSecond));
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}

function sameRealmError(error: unknown): unknown {
  if (typeof error !== 'object' || error === null || !('message' in error)) return error;
  const { name, message, cause } = error as { name?: unknown; message: unknown; cause?: unknown };
  const copy = new Error(String(message), { cause });
  if (typeof name === 'string') copy.name = name;
  return copy;
}

interface ErrorSetting {
  baseURL: string;
  model: string;
  options: OpenAIChatClientOptions;
}

/** An SDK error as an LlmApiError whose message says what to check. */
export function describeApiError(error: unknown, { baseURL, model, options }: ErrorSetting): LlmApiError {
  const retried = `after ${options.maxRetries} ${options.maxRetries === 1 ? 'retry' : 'retries'}`;
  if (error instanceof APIConnectionTimeoutError) {
    return new LlmApiError(
      'timeout',
      `The model endpoint ${baseURL} did not answer within ${options.timeoutMs} ms, ${retried}. Try again later; if the endpoint is up, check that it serves the model.`,
    );
  }
  if (error instanceof APIConnectionError) {
    return new LlmApiError(
      'connection',
      `Could not reach the model endpoint ${baseURL} (${error.message}), ${retried}. Check the base URL and the network.`,
    );
  }
  if (!(error instanceof APIError)) {
    return new LlmApiError('connection', `The model request failed: ${String(error)}`);
  }
  const status = error.status;
  const detail = serverMessage(error);
  if (error instanceof AuthenticationError) {
    return new LlmApiError(
      'auth',
      `The model endpoint ${baseURL} rejected the API key (401). Check the \`openai-api-key\` secret: it must hold a valid, active key for this endpoint.`,
      status,
    );
  }
  if (error instanceof PermissionDeniedError) {
    return new LlmApiError(
      'permission',
      `The API key may not use model \`${model}\` at ${baseURL} (403${detail}). Check the key's project and model permissions.`,
      status,
    );
  }
  if (error instanceof NotFoundError) {
    return new LlmApiError(
      'not-found',
      `Model \`${model}\` or the chat completions endpoint was not found at ${baseURL} (404${detail}). Check the model name and base URL (for Azure OpenAI: the deployment name, and a base URL ending in /openai/v1/).`,
      status,
    );
  }
  if (error instanceof RateLimitError) {
    if (error.code === 'insufficient_quota') {
      return new LlmApiError(
        'quota',
        `The account behind the API key has no quota left (429 insufficient_quota). Check its plan and billing.`,
        status,
      );
    }
    return new LlmApiError(
      'rate-limit',
      `The model endpoint is still rate limiting (429) ${retried}. Try again later or lower the request rate.`,
      status,
    );
  }
  if (error instanceof InternalServerError) {
    return new LlmApiError(
      'server',
      `The model endpoint ${baseURL} kept failing (${status}${detail}) ${retried}. Try again later.`,
      status,
    );
  }
  const text = `${error.code ?? ''} ${error.param ?? ''} ${error.message}`;
  if (error.code === 'context_length_exceeded' || /context[ _]length|maximum context|too many tokens/i.test(text)) {
    return new LlmApiError(
      'context-length',
      `The prompt is longer than the model's context (${status}${detail}).`,
      status,
    );
  }
  if ((error instanceof BadRequestError || status === 422) && /response_format|json_schema|json_object/i.test(text)) {
    return new LlmApiError(
      'unsupported-response-format',
      `The endpoint does not accept this response_format (${status}${detail}).`,
      status,
    );
  }
  return new LlmApiError('bad-request', `The model endpoint refused the request (${status}${detail}).`, status);
}

function serverMessage(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  const message = typeof body?.message === 'string' ? body.message : '';
  // Servers echo parts of the request in their errors; those may end up in an issue comment.
  return message ? `: ${redact(message.slice(0, 300))}` : '';
}
