import { UserError } from '../../../../packages/shared/src/errors.js';

/** How auto-heal asks a model for a fix. main.ts maps the action's inputs onto this. */
export interface LlmOptions {
  /** The `openai-api-key` secret. */
  apiKey: string;
  /** Chat model name (or Azure deployment). */
  model: string;
  /** OpenAI-compatible endpoint, e.g. `https://<resource>.openai.azure.com/openai/v1/` or a local server. */
  baseURL?: string;
  /** Model answers allowed for one issue, across follow-up runs. */
  maxAttempts: number;
  /** picomatch globs of files the model may edit; see allow-list.ts for what they can never reach. */
  allowedPaths: string[];
  /** May an edit create a file that does not exist at the failing commit? */
  allowCreate: boolean;
  /** Most files one answer may change. */
  maxFiles: number;
  /** Largest file (bytes, UTF-8) an edit may produce. */
  maxFileBytes: number;
  /** Largest sum of the changed files' new sizes. */
  maxTotalBytes: number;
  /** Budget for one request's prompt (estimated, see tokens.ts). */
  maxPromptTokens: number;
  /** Cap on one answer's length (`max_completion_tokens`). */
  maxCompletionTokens: number;
  /** Budget for the whole run: prompt + completion tokens over all requests. */
  maxCostTokens: number;
  /** One request's time limit; the SDK retries timeouts. */
  timeoutMs: number;
  /** Retries of one request on 429, 5xx, timeouts and connection errors (the SDK's `maxRetries`). */
  maxRetries: number;
  /**
   * Milliseconds per second of waiting between retries: 1000 for real. Tests shrink it so a
   * `retry-after: 1` does not cost a real second.
   */
  msPerSecond: number;
}

/** Source and test folders, and source files at the root. Never `.github/`, secrets or lockfiles. */
export const DEFAULT_ALLOWED_PATHS: readonly string[] = [
  'src/**',
  'lib/**',
  'app/**',
  'pkg/**',
  'cmd/**',
  'internal/**',
  'packages/**',
  'test/**',
  'tests/**',
  'spec/**',
  '__tests__/**',
  '*.{js,mjs,cjs,ts,mts,cts,jsx,tsx,py,go,rs,java,kt,rb,php,cs,c,h,cc,cpp,hpp,swift,scala,sh}',
];

/** gpt-4.1-mini: cheap, fast, strict json_schema support and a long context. */
export const DEFAULT_MODEL = 'gpt-4.1-mini';

export const DEFAULT_LLM_OPTIONS: Omit<LlmOptions, 'apiKey'> = {
  model: DEFAULT_MODEL,
  maxAttempts: 3,
  allowedPaths: [...DEFAULT_ALLOWED_PATHS],
  allowCreate: false,
  maxFiles: 5,
  maxFileBytes: 200_000,
  maxTotalBytes: 400_000,
  maxPromptTokens: 12_000,
  maxCompletionTokens: 8_000,
  maxCostTokens: 80_000,
  // A hung endpoint costs (1 + maxRetries) × timeoutMs before the run gives up with a clear message:
  // 4.5 minutes here, well inside the example job's 15-minute limit.
  timeoutMs: 90_000,
  maxRetries: 2,
  msPerSecond: 1000,
};

type NumericOption =
  | 'maxAttempts'
  | 'maxFiles'
  | 'maxFileBytes'
  | 'maxTotalBytes'
  | 'maxPromptTokens'
  | 'maxCompletionTokens'
  | 'maxCostTokens'
  | 'timeoutMs'
  | 'maxRetries'
  | 'msPerSecond';

const LIMITS: Record<NumericOption, [number, number]> = {
  maxAttempts: [1, 20],
  maxFiles: [1, 50],
  maxFileBytes: [1, 10_000_000],
  maxTotalBytes: [1, 50_000_000],
  maxPromptTokens: [2_000, 2_000_000],
  maxCompletionTokens: [256, 200_000],
  maxCostTokens: [1_000, 100_000_000],
  timeoutMs: [1, 3_600_000],
  maxRetries: [0, 10],
  msPerSecond: [0, 1000],
};

/** Fills defaults and checks every value, naming the option that is wrong. */
export function resolveLlmOptions(given: Partial<LlmOptions>): LlmOptions {
  const options: LlmOptions = { apiKey: '', ...DEFAULT_LLM_OPTIONS, ...withoutUndefined(given) };
  if (!options.apiKey.trim()) {
    throw new UserError(
      'LLM mode needs an API key: add an `openai-api-key` secret and pass it to the action’s `openai-api-key` input.',
    );
  }
  if (!options.model.trim()) throw new UserError('LLM option `model` must name a model, not be empty.');
  if (options.baseURL !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(options.baseURL);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      // Named as the action input and the CLI flag both call it.
      throw new UserError(`\`openai-base-url\` must be an http(s) URL, not "${options.baseURL}".`);
    }
  }
  for (const [name, [min, max]] of Object.entries(LIMITS) as [NumericOption, [number, number]][]) {
    const value = options[name];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new UserError(`LLM option \`${name}\` must be a whole number from ${min} to ${max}, not ${String(value)}.`);
    }
  }
  if (options.allowedPaths.length === 0 || options.allowedPaths.some((p) => typeof p !== 'string' || !p.trim())) {
    throw new UserError('LLM option `allowedPaths` must list at least one non-empty glob.');
  }
  if (options.maxCompletionTokens >= options.maxCostTokens) {
    throw new UserError(
      `LLM option \`maxCostTokens\` (${options.maxCostTokens}) must exceed \`maxCompletionTokens\` (${options.maxCompletionTokens}).`,
    );
  }
  return options;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
