import { apiErrors, type OpenAIServer, startOpenAIServer } from './server.js';

let server: OpenAIServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const chat = (s: OpenAIServer, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${s.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

interface Completion {
  id: string;
  object: string;
  model: string;
  choices: { message: Record<string, unknown>; finish_reason: string }[];
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}

const minimal = { model: 'm', messages: [{ role: 'user', content: 'hi' }] };

describe('openai-server', () => {
  it('returns scripted answers as chat completions with usage, in order, and records each request', async () => {
    server = await startOpenAIServer();
    server.enqueue({ answer: { ok: 1 } }, { content: 'plain', usage: null, model: 'served-model' });
    const first = (await (await chat(server, minimal)).json()) as Completion;
    expect(first.object).toBe('chat.completion');
    expect(first.model).toBe('m');
    expect(first.choices[0]?.message).toMatchObject({ role: 'assistant', content: '{"ok":1}', refusal: null });
    expect(first.choices[0]?.finish_reason).toBe('stop');
    expect(first.usage?.total_tokens).toBe((first.usage?.prompt_tokens ?? 0) + (first.usage?.completion_tokens ?? 0));
    const second = (await (await chat(server, minimal)).json()) as Completion;
    expect(second.choices[0]?.message.content).toBe('plain');
    expect(second.model).toBe('served-model');
    expect(second.usage).toBeUndefined();
    expect(second.id).not.toBe(first.id);
    expect(server.requests.map((r) => r.body?.model)).toEqual(['m', 'm']);
    expect(server.pending()).toBe(0);
  });

  it('fails loudly, without inviting a retry, when the script runs out', async () => {
    server = await startOpenAIServer();
    const res = await chat(server, minimal);
    expect(res.status).toBe(500);
    expect(res.headers.get('x-should-retry')).toBe('false');
    expect(await res.text()).toContain('no scripted reply left');
  });

  it('serves scripted errors with their headers, and 404 outside the base path', async () => {
    server = await startOpenAIServer({ basePath: '/openai/v1' });
    server.enqueue(apiErrors.rateLimited('2'));
    const limited = await chat(server, minimal);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    const wrongPath = await fetch(server.baseURL.replace('/openai/v1', '/v1/chat/completions'), { method: 'POST' });
    expect(wrongPath.status).toBe(404);
  });

  it('drops the connection for a reset', async () => {
    server = await startOpenAIServer();
    server.enqueue({ reset: true });
    await expect(chat(server, minimal)).rejects.toThrow();
  });

  it('rejects what OpenAI rejects: bad API key, non-strict strict schemas, json_object without "json"', async () => {
    server = await startOpenAIServer({ apiKey: 'sk-good' });
    expect((await chat(server, minimal, { authorization: 'Bearer sk-bad' })).status).toBe(401);
    const auth = { authorization: 'Bearer sk-good' };
    const loose = {
      ...minimal,
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'x',
          strict: true,
          schema: { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } }, required: [] },
        },
      },
    };
    const res = await chat(server, loose, auth);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Missing 'a'");
    const noJsonWord = { ...minimal, response_format: { type: 'json_object' } };
    expect((await chat(server, noJsonWord, auth)).status).toBe(400);
    expect(server.requests).toHaveLength(3);
  });

  it('answers 400 for response formats it is told not to support', async () => {
    server = await startOpenAIServer({ unsupportedFormats: ['json_schema'] });
    server.enqueue({ answer: {} });
    const body = { ...minimal, response_format: { type: 'json_schema', json_schema: { name: 'x', schema: {} } } };
    const res = await chat(server, body);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("'response_format' of type 'json_schema' is not supported");
    expect(server.pending()).toBe(1);
  });
});
