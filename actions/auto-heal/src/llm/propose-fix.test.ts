import {
  apiErrors,
  type ChatBody,
  type OpenAIServer,
  startOpenAIServer,
} from '../../../../test-support/openai-server/server.js';
import { createOpenAIChatClient } from './client.js';
import { LlmApiError } from './errors.js';
import {
  AWS_KEY_ID,
  diagnosis,
  GITHUB_TOKEN,
  GOOD_ANSWER,
  INJECTION,
  MATH_TS,
  readerFor,
  repoFiles,
  stepLines,
  withEdits,
} from './fixtures/failing-repo.js';
import { type LlmOptions, resolveLlmOptions } from './options.js';
import { type LlmFixInput, proposeLlmFix } from './propose-fix.js';
import { ANSWER_SCHEMA } from './schema.js';
import { estimatePromptTokens } from './tokens.js';

const API_KEY = 'sk-test-0123456789abcdefghij';
let server: OpenAIServer;

beforeEach(async () => {
  server = await startOpenAIServer({ apiKey: API_KEY });
});
afterEach(async () => {
  await server.close();
});

function settings(overrides: Partial<LlmOptions> = {}): LlmOptions {
  return resolveLlmOptions({
    apiKey: API_KEY,
    baseURL: server.baseURL,
    msPerSecond: 1,
    timeoutMs: 5_000,
    ...overrides,
  });
}

function input(overrides: Partial<LlmFixInput> = {}, files = repoFiles()): LlmFixInput {
  return {
    diagnosis: diagnosis(),
    tree: Object.keys(files),
    readFile: readerFor(files),
    workflowPath: '.github/workflows/ci.yml',
    stepLines: stepLines(),
    job: { name: 'test', step: 'Run npm test' },
    ...overrides,
  };
}

function run(overrides: Partial<LlmOptions> = {}, given: LlmFixInput = input()) {
  const options = settings(overrides);
  return proposeLlmFix(given, options, { chat: createOpenAIChatClient(options) });
}

const body = (i: number): ChatBody => {
  const b = server.requests[i]?.body;
  if (!b) throw new Error(`no request ${i}`);
  return b;
};
const lastMessage = (i: number) => body(i).messages.at(-1)?.content ?? '';
const userContext = (i: number) => body(i).messages.find((m) => m.role === 'user')?.content ?? '';

const padded = (n: number) =>
  Array.from({ length: n }, (_, i) => `export const value${i} = ${i}; // padding line ${i}`);

/** The text outside fenced code blocks (a fence closes only with a run of at least its own length). */
function outsideFences(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const marks = /^(`{3,})/.exec(line)?.[1];
    if (fence === undefined) {
      if (marks) fence = marks;
      else out.push(line);
    } else if (marks && marks.length >= fence.length && line.trim() === marks) fence = undefined;
  }
  return out.join('\n');
}

describe('proposeLlmFix against an OpenAI-compatible server through the SDK', () => {
  it('turns a good answer into checked FileEdits, with the model, root cause and token usage', async () => {
    server.enqueue({ answer: GOOD_ANSWER, model: 'gpt-4.1-mini-2025-04-14' });
    const result = await run();
    if (result.status !== 'fixed') throw new Error(result.summary);
    expect(result.fix.edits).toEqual([
      { path: 'src/math.ts', before: MATH_TS, after: MATH_TS.replace('return a - b;', 'return a + b;') },
    ]);
    expect(result.fix.fixer).toBe('llm');
    expect(result.model).toBe('gpt-4.1-mini-2025-04-14');
    expect(result.rootCause).toBe(GOOD_ANSWER.root_cause);
    expect(result.confidence).toBe(0.9);
    expect(result.fix.explanation).toContain(GOOD_ANSWER.root_cause);
    expect(result.usage.total).toBe(result.usage.prompt + result.usage.completion);
    expect(result.usage.prompt).toBeGreaterThan(100);

    expect(server.requests).toHaveLength(1);
    const sent = body(0);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(sent.model).toBe('gpt-4.1-mini');
    expect(sent.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'auto_heal_fix', strict: true, schema: ANSWER_SCHEMA },
    });
    expect(sent.max_completion_tokens).toBe(8_000);
    expect(sent.messages.map((m) => m.role)).toEqual(['system', 'user']);
    const context = userContext(0);
    expect(context).toContain(MATH_TS.trimEnd()); // named by the stack trace, shown whole
    expect(context).toContain('Keep changes minimal'); // AGENTS.md
    expect(context).toContain('runs-on: ubuntu-latest'); // the workflow file
  });

  it('rejects edits outside the repository or the allow-list and retries with the reasons', async () => {
    server.enqueue(
      {
        answer: withEdits([
          { path: '.github/workflows/deploy.yml', kind: 'replace_file', content: 'x', search: null, replace: null },
          { path: '../outside', kind: 'replace_file', content: 'x', search: null, replace: null },
          { path: '/etc/passwd', kind: 'replace_file', content: 'x', search: null, replace: null },
        ]),
      },
      { answer: GOOD_ANSWER },
    );
    const result = await run();
    expect(result.status).toBe('fixed');
    expect(server.requests).toHaveLength(2);
    const retry = body(1).messages;
    expect(retry.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    const reasons = lastMessage(1);
    expect(reasons).toContain('rejected and nothing was applied');
    expect(reasons).toMatch(/\.github\/workflows\/deploy\.yml".*CI and repository configuration.*may not be edited/);
    expect(reasons).toMatch(/"\.\.\/outside" leaves the repository/);
    expect(reasons).toMatch(/"\/etc\/passwd" is absolute/);
    expect(result.attempts.map((a) => a.outcome)).toEqual(['rejected', 'accepted']);
    expect(result.attempts[0]?.proposed).toEqual([
      'replace_file .github/workflows/deploy.yml',
      'replace_file ../outside',
      'replace_file /etc/passwd',
    ]);
  });

  it('reads each file once, so the edits are checked against what the model was shown', async () => {
    const files = repoFiles();
    const reads: string[] = [];
    const read = readerFor(files);
    server.enqueue({ answer: withEdits([{ ...GOOD_ANSWER.edits[0], search: 'nope' }]) }, { answer: GOOD_ANSWER });
    const given = input(
      {
        readFile: async (path) => {
          reads.push(path);
          return read(path);
        },
      },
      files,
    );
    expect((await run({}, given)).status).toBe('fixed');
    expect(reads.filter((p) => p === 'src/math.ts')).toHaveLength(1);
    expect(new Set(reads).size).toBe(reads.length);
  });

  it('retries an answer whose search text does not occur in the file', async () => {
    server.enqueue(
      { answer: withEdits([{ ...GOOD_ANSWER.edits[0], search: 'return a-b;' }]) },
      { answer: GOOD_ANSWER },
    );
    const result = await run();
    expect(result.status).toBe('fixed');
    expect(lastMessage(1)).toContain('in "src/math.ts", the search text "return a-b;" was not found');
  });

  it('quotes an injection planted in the log as data, and rejects the edit it asks for', async () => {
    const obeying = withEdits([
      {
        path: '.github/workflows/deploy.yml',
        kind: 'search_replace',
        content: null,
        search: 'run: ./deploy.sh',
        replace: 'run: env',
      },
    ]);
    server.enqueue({ answer: obeying }, { answer: obeying });
    const result = await run({ maxAttempts: 2 });
    expect(result.status).toBe('no-fix');
    const context = userContext(0);
    expect(context).toContain(INJECTION);
    expect(outsideFences(context)).not.toContain('ignore previous instructions');
    expect(body(0).messages[0]?.content).toContain('untrusted DATA');
    for (const request of server.requests) {
      const messages = request.body?.messages ?? [];
      const system = messages[0]?.content ?? '';
      expect(system).not.toContain('ignore previous instructions');
    }
    if (result.status !== 'no-fix') return;
    expect(result.reason).toBe('attempts-exhausted');
    expect(result.summary).toContain('.github/workflows/deploy.yml');
  });

  it('never sends the secrets in the log or in a file, and will not let the model rewrite a masked file', async () => {
    const files = {
      ...repoFiles(),
      'src/config.ts': `export const token = "${GITHUB_TOKEN}";\nexport const region = "eu-west-1";\n`,
    };
    const failing = diagnosis({
      lines: [...diagnosis().lines, { n: 120, text: 'Error at src/config.ts:2:1' }],
    });
    server.enqueue(
      {
        answer: withEdits([
          { path: 'src/config.ts', kind: 'replace_file', content: 'export {};\n', search: null, replace: null },
        ]),
      },
      { answer: GOOD_ANSWER },
    );
    const result = await run({}, input({ diagnosis: failing }, files));
    expect(result.status).toBe('fixed');
    expect(server.requests).toHaveLength(2);
    for (const request of server.requests) {
      expect(request.raw).not.toContain(GITHUB_TOKEN);
      expect(request.raw).not.toContain(GITHUB_TOKEN.slice(4));
      expect(request.raw).not.toContain(AWS_KEY_ID);
      expect(request.raw).not.toContain('hunter2');
    }
    expect(userContext(0)).toContain('ghp_***');
    expect(lastMessage(1)).toContain(
      'replace_file on "src/config.ts" is not allowed because you were not shown the whole file',
    );
  });

  it('rides out a 429 with retry-after and a 500 through the SDK retries', async () => {
    server.enqueue(apiErrors.rateLimited('1'), apiErrors.serverError(503), { answer: GOOD_ANSWER });
    const result = await run();
    expect(result.status).toBe('fixed');
    expect(server.requests).toHaveLength(3);
    expect(result.attempts).toHaveLength(1);
  });

  it('waits as retry-after says, scaled by msPerSecond', async () => {
    server.enqueue(apiErrors.rateLimited('30'), { answer: GOOD_ANSWER });
    const started = Date.now();
    const result = await run({ msPerSecond: 10 });
    const waited = Date.now() - started;
    expect(result.status).toBe('fixed');
    expect(waited).toBeGreaterThanOrEqual(290); // 30 "seconds" of 10 ms
    expect(waited).toBeLessThan(10_000);
  });

  it('builds the same prompt from the same inputs, within the prompt budget, trimming large files', async () => {
    const big = padded(3_000);
    big[1_500] = 'export function add(a: number, b: number): number { return a - b; }';
    const files = { ...repoFiles(), 'src/math.ts': `${big.join('\n')}\n` };
    const failing = diagnosis({ lines: [...diagnosis().lines, { n: 121, text: 'at add (src/math.ts:1501:3)' }] });
    const budget = 3_000;
    server.enqueue({ answer: { ...GOOD_ANSWER, edits: [] } }, { answer: { ...GOOD_ANSWER, edits: [] } });
    await run({ maxPromptTokens: budget }, input({ diagnosis: failing }, files));
    await run({ maxPromptTokens: budget }, input({ diagnosis: failing }, files));
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.raw).toBe(server.requests[0]?.raw);
    const messages = body(0).messages;
    expect(estimatePromptTokens(messages, JSON.stringify(ANSWER_SCHEMA))).toBeLessThanOrEqual(budget);
    const context = userContext(0);
    expect(context).toContain(big[1_500]); // the line the stack trace points at survives trimming
    expect(context).toMatch(/\[\.\.\. lines \d+-\d+ omitted \.\.\.\]/);
    expect(context).toContain('edit it with search_replace only');
  });

  it('shrinks the context once when the model says it is too long', async () => {
    const files = { ...repoFiles(), 'src/math.ts': `${padded(3_000).join('\n')}\n` };
    server.enqueue(apiErrors.contextLengthExceeded(), { answer: { ...GOOD_ANSWER, edits: [] } });
    const result = await run({}, input({}, files));
    expect(result.status === 'no-fix' && result.reason).toBe('no-edits');
    const schema = JSON.stringify(ANSWER_SCHEMA);
    const first = estimatePromptTokens(body(0).messages, schema);
    const second = estimatePromptTokens(body(1).messages, schema);
    expect(first).toBeGreaterThan(11_000);
    expect(first).toBeLessThanOrEqual(12_000);
    expect(second).toBeLessThanOrEqual(6_000);
  });

  it('fails on a second context-length error rather than shrinking forever', async () => {
    server.enqueue(apiErrors.contextLengthExceeded(), apiErrors.contextLengthExceeded());
    const error = await run().catch((e: unknown) => e);
    expect((error as LlmApiError).kind).toBe('context-length');
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after maxAttempts answers, saying what each one tried and why it was rejected', async () => {
    server.enqueue(
      { answer: withEdits([{ ...GOOD_ANSWER.edits[0], search: 'nope' }]) },
      { content: 'I think the bug is in add().' },
      { answer: withEdits([{ ...GOOD_ANSWER.edits[0], path: 'package-lock.json' }]) },
    );
    const result = await run();
    if (result.status !== 'no-fix') throw new Error('expected no fix');
    expect(result.reason).toBe('attempts-exhausted');
    expect(server.requests).toHaveLength(3);
    expect(result.attempts.map((a) => a.number)).toEqual([1, 2, 3]);
    const lines = result.summary.split('\n');
    expect(lines[0]).toContain('No acceptable fix after 3 model answer(s)');
    expect(lines[1]).toMatch(/^- Answer 1 .*search_replace src\/math\.ts.*"nope" was not found/);
    expect(lines[2]).toMatch(/^- Answer 2 .*the answer is not a JSON object/);
    expect(lines[3]).toMatch(/^- Answer 3 .*package-lock\.json.*is a lockfile/);
    expect(result.usage.total).toBe(result.attempts.reduce((n, a) => n + a.usage.total, 0));
    expect(result.rootCause).toBe(GOOD_ANSWER.root_cause);
  });

  it('falls back to json_object with the schema in the prompt when json_schema is unsupported', async () => {
    await server.close();
    server = await startOpenAIServer({ apiKey: API_KEY, unsupportedFormats: ['json_schema'] });
    server.enqueue({ answer: GOOD_ANSWER });
    const result = await run();
    expect(result.status).toBe('fixed');
    expect(server.requests.map((r) => r.body?.response_format?.type)).toEqual(['json_schema', 'json_object']);
    expect(body(1).messages[0]?.content).toContain('must match this JSON Schema');
    expect(result.attempts[0]?.format).toBe('json_object');
  });

  it('falls back to plain text and finds the JSON in the reply when no response_format is supported', async () => {
    await server.close();
    server = await startOpenAIServer({ apiKey: API_KEY, unsupportedFormats: ['json_schema', 'json_object'] });
    server.enqueue({ content: `Here is the fix:\n\n\`\`\`json\n${JSON.stringify(GOOD_ANSWER, null, 2)}\n\`\`\`\n` });
    const result = await run();
    expect(result.status).toBe('fixed');
    expect(server.requests.map((r) => r.body?.response_format?.type)).toEqual([
      'json_schema',
      'json_object',
      undefined,
    ]);
  });

  it('continues a follow-up after a failed verification with the earlier patch in context, within the attempt limit', async () => {
    const earlier = {
      edits: [{ path: 'src/math.ts', before: MATH_TS, after: MATH_TS.replace('a - b', 'b - a') }],
      rootCause: 'operands swapped',
      verification: diagnosis({ lines: [{ n: 7, text: 'Expected: 5 Received: 1' }] }),
    };
    server.enqueue({ answer: { ...GOOD_ANSWER, edits: [{ ...GOOD_ANSWER.edits[0] }] } });
    const result = await run({}, input({ previousAttempts: [earlier], attemptsUsed: 2 }));
    expect(result.status).toBe('fixed');
    expect(result.attempts.map((a) => a.number)).toEqual([3]);
    const context = userContext(0);
    expect(context).toContain('+  return b - a;');
    expect(context).toContain('Expected: 5 Received: 1');

    const spent = await run({}, input({ previousAttempts: [earlier], attemptsUsed: 3 }));
    expect(spent.status === 'no-fix' && spent.reason).toBe('attempt-limit');
    expect(server.requests).toHaveLength(1);
  });

  it('caps each answer by the budget left, and stops before a request that would exceed it', async () => {
    server.enqueue({
      answer: withEdits([{ ...GOOD_ANSWER.edits[0], search: 'nope' }]),
      usage: { prompt_tokens: 2_500, completion_tokens: 5_000, total_tokens: 7_500 },
    });
    const result = await run({ maxCostTokens: 9_000 });
    if (result.status !== 'no-fix') throw new Error('expected no fix');
    expect(result.reason).toBe('cost-budget');
    expect(server.requests).toHaveLength(1);
    expect(result.summary).toContain('7500 tokens used');
    const first = body(0);
    expect(first.max_completion_tokens).toBe(
      9_000 - estimatePromptTokens(first.messages, JSON.stringify(ANSWER_SCHEMA)),
    );
  });

  it('ends without retrying when the model proposes no edits or refuses', async () => {
    server.enqueue({ answer: { ...GOOD_ANSWER, edits: [], explanation: 'Needs a human.' } });
    const none = await run();
    expect(none.status === 'no-fix' && none.reason).toBe('no-edits');
    server.enqueue({ content: null, refusal: 'I cannot help with that.' });
    const refused = await run();
    expect(refused.status === 'no-fix' && refused.reason).toBe('refused');
    expect(server.requests).toHaveLength(2);
  });

  it('validates workflow edits with the workflow parser when a workflow is explicitly allowed', async () => {
    const broken = withEdits([
      {
        path: '.github/workflows/ci.yml',
        kind: 'search_replace',
        content: null,
        search: '    runs-on: ubuntu-latest\n',
        replace: '',
      },
    ]);
    const fine = withEdits([
      {
        path: '.github/workflows/ci.yml',
        kind: 'search_replace',
        content: null,
        search: 'npm ci',
        replace: 'npm install',
      },
    ]);
    server.enqueue({ answer: broken }, { answer: fine });
    const result = await run({ allowedPaths: ['src/**', '.github/workflows/ci.yml'] });
    expect(result.status).toBe('fixed');
    expect(lastMessage(1)).toMatch(/"\.github\/workflows\/ci\.yml" would be invalid: .*runs-on/);
  });
});

describe('API failures the loop cannot work around', () => {
  it('explains a 401 without retrying', async () => {
    const error = await run({ apiKey: 'sk-wrong-key-000000000000' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmApiError);
    expect((error as LlmApiError).kind).toBe('auth');
    expect((error as LlmApiError).message).toContain('`openai-api-key` secret');
    expect(server.requests).toHaveLength(1);
  });

  it('gives up on a persistent 5xx after the retries, with a clear message and no partial result', async () => {
    server.enqueue(apiErrors.serverError(), apiErrors.serverError(), apiErrors.serverError());
    const error = await run({ maxRetries: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmApiError);
    expect((error as LlmApiError).kind).toBe('server');
    expect((error as LlmApiError).message).toMatch(/kept failing \(500.*after 2 retries/);
    expect(server.requests).toHaveLength(3);
  });

  it('reports a timeout after retrying it', async () => {
    const slow = { delayMs: 1_000, reply: { answer: GOOD_ANSWER } };
    server.enqueue(slow, slow);
    const error = await run({ timeoutMs: 100, maxRetries: 1 }).catch((e: unknown) => e);
    expect((error as LlmApiError).kind).toBe('timeout');
    expect((error as LlmApiError).message).toContain('did not answer within 100 ms');
    expect(server.requests).toHaveLength(2);
  });

  it('retries a dropped connection', async () => {
    server.enqueue({ reset: true }, { answer: GOOD_ANSWER });
    const result = await run();
    expect(result.status).toBe('fixed');
    expect(server.requests).toHaveLength(2);
  });

  it('names quota exhaustion', async () => {
    server.enqueue(apiErrors.insufficientQuota(), apiErrors.insufficientQuota());
    const error = await run({ maxRetries: 1 }).catch((e: unknown) => e);
    expect((error as LlmApiError).kind).toBe('quota');
    expect((error as LlmApiError).message).toContain('billing');
  });
});
