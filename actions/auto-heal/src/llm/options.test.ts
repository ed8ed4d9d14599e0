import { DEFAULT_LLM_OPTIONS, resolveLlmOptions } from './options.js';

describe('resolveLlmOptions', () => {
  it('fills defaults', () => {
    expect(resolveLlmOptions({ apiKey: 'sk-x', maxFiles: undefined })).toEqual({
      apiKey: 'sk-x',
      ...DEFAULT_LLM_OPTIONS,
    });
  });

  it.each([
    [{ apiKey: ' ' }, /`openai-api-key` secret/],
    [{ model: '' }, /`model`/],
    [{ baseURL: 'ftp://x' }, /`openai-base-url` must be an http\(s\) URL, not "ftp:\/\/x"/],
    [{ baseURL: 'not a url' }, /`openai-base-url`/],
    [{ maxAttempts: 0 }, /`maxAttempts` must be a whole number from 1 to 20, not 0/],
    [{ timeoutMs: 1.5 }, /`timeoutMs`/],
    [{ allowedPaths: [] }, /`allowedPaths`/],
    [
      { maxCostTokens: 5_000, maxCompletionTokens: 6_000 },
      /`maxCostTokens` \(5000\) must exceed `maxCompletionTokens` \(6000\)/,
    ],
  ])('rejects %j', (given, message) => {
    expect(() => resolveLlmOptions({ apiKey: 'sk-x', ...given })).toThrow(message);
  });
});
