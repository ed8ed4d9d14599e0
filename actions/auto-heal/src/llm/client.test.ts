import { type OpenAIServer, startOpenAIServer } from '../../../../test-support/openai-server/server.js';
import type { ChatRequest } from './chat.js';
import { createOpenAIChatClient } from './client.js';
import { LlmApiError } from './errors.js';
import { DEFAULT_LLM_OPTIONS } from './options.js';

let server: OpenAIServer;
beforeEach(async () => {
  server = await startOpenAIServer({ basePath: '/openai/v1' });
});
afterEach(async () => {
  await server.close();
});

const client = () =>
  createOpenAIChatClient({ ...DEFAULT_LLM_OPTIONS, apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
const request: ChatRequest = {
  model: 'my-deployment',
  messages: [{ role: 'user', content: 'Answer in JSON.' }],
  format: 'text',
  maxCompletionTokens: 100,
};
const failure = (status: number, message: string, extra: Record<string, unknown> = {}) => ({
  status,
  body: { error: { message, type: 'invalid_request_error', param: null, code: null, ...extra } },
});

async function errorOf(): Promise<LlmApiError> {
  const error = await client()
    .complete(request)
    .catch((e: unknown) => e);
  if (!(error instanceof LlmApiError)) throw new Error(`expected an LlmApiError, got ${String(error)}`);
  return error;
}

describe('createOpenAIChatClient', () => {
  it('returns content, refusal, finish reason and usage, under a base path', async () => {
    server.enqueue({ content: '{"a":1}', finishReason: 'length', model: 'served' }, { content: 'x', usage: null });
    const reply = await client().complete(request);
    expect(reply).toMatchObject({ content: '{"a":1}', refusal: null, finishReason: 'length', model: 'served' });
    expect(reply.id).toMatch(/^chatcmpl-/);
    expect(reply.usage?.total).toBe((reply.usage?.prompt ?? 0) + (reply.usage?.completion ?? 0));
    expect((await client().complete(request)).usage).toBeNull();
    expect(server.requests[0]?.path).toBe('/openai/v1/chat/completions');
    expect(server.requests[0]?.body).not.toHaveProperty('response_format');
  });

  it('does not pick up organization or project from the environment', async () => {
    process.env.OPENAI_ORG_ID = 'org-from-env';
    try {
      server.enqueue({ content: 'x' });
      await client().complete(request);
    } finally {
      delete process.env.OPENAI_ORG_ID;
    }
    expect(server.requests[0]?.headers['openai-organization']).toBeUndefined();
  });

  it.each([
    [403, 'permission', /may not use model `my-deployment`.*403: denied/],
    [404, 'not-found', /Model `my-deployment` or the chat completions endpoint was not found.*deployment name/],
  ])('explains a %i', async (status, kind, message) => {
    server.enqueue(failure(status, 'denied'));
    const error = await errorOf();
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expect(error.status).toBe(status);
  });

  it('tells apart the 400s the loop can work around', async () => {
    server.enqueue(failure(400, "This model's maximum context length is 4096 tokens."));
    expect((await errorOf()).kind).toBe('context-length');
    server.enqueue(failure(422, 'json_schema is not supported by this backend'));
    expect((await errorOf()).kind).toBe('unsupported-response-format');
    server.enqueue(failure(400, 'Invalid value for temperature'));
    const other = await errorOf();
    expect(other.kind).toBe('bad-request');
    expect(other.message).toContain('(400: Invalid value for temperature)');
  });

  it('names the endpoint when it cannot be reached', async () => {
    await server.close();
    const error = await errorOf();
    expect(error.kind).toBe('connection');
    expect(error.message).toContain(`Could not reach the model endpoint ${server.baseURL}`);
    server = await startOpenAIServer();
  });
});
