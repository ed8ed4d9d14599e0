import { UserError } from '../../../../packages/shared/src/errors.js';
import { redact as redactSecrets } from '../../../../packages/shared/src/redact.js';
import type { Fix } from '../../../../packages/shared/src/types.js';
import { validateEdit as validateFile } from '../validate/edit.js';
import type { ChatClient, ChatMessage, ChatReply, TokenUsage } from './chat.js';
import { checkEdits, type EditValidator } from './check.js';
import {
  type ContextMaterial,
  type FailureContextInput,
  gatherContext,
  type Redactor,
  renderContext,
} from './context.js';
import { LlmApiError } from './errors.js';
import { extractJsonObject } from './extract-json.js';
import type { LlmOptions } from './options.js';
import { type AnswerFormat, echoAnswer, rejectionMessage, systemPrompt } from './prompt.js';
import { ANSWER_SCHEMA, type LlmAnswer, parseAnswer } from './schema.js';
import { estimatePromptTokens, estimateTokens } from './tokens.js';

export interface LlmFixInput extends FailureContextInput {
  /** Model answers already spent on this issue by earlier runs; defaults to previousAttempts.length. */
  attemptsUsed?: number;
}

export interface LlmFixDependencies {
  chat: ChatClient;
  /** Defaults to validate/edit.ts (workflow parser, YAML, JSON, TOML, package.json). */
  validateEdit?: EditValidator;
  /** Defaults to the shared redact(). */
  redact?: Redactor;
  log?: { info(message: string): void };
}

/** One model answer and what became of it. */
export interface AttemptRecord {
  /** Counted over the issue's life: earlier runs' answers come first. */
  number: number;
  format: AnswerFormat;
  /** The model that answered, as the server named it. */
  model: string;
  requestId: string;
  usage: TokenUsage;
  /** The request's prompt as estimated before sending (see tokens.ts). */
  promptEstimate: number;
  rootCause: string | null;
  /** `kind path` of each proposed edit. */
  proposed: string[];
  outcome: 'accepted' | 'rejected' | 'no-edits' | 'refused';
  reasons: string[];
}

interface ResultBase {
  /** The model that gave the last answer (the requested name when none answered). */
  model: string;
  attempts: AttemptRecord[];
  /** Summed over every request of this run. */
  usage: TokenUsage;
}

export interface LlmFixed extends ResultBase {
  status: 'fixed';
  fix: Fix;
  rootCause: string;
  confidence: number;
  /** The model's explanation, redacted; `fix.explanation` is the Markdown for the PR. */
  explanation: string;
}

export type NoFixReason = 'attempts-exhausted' | 'attempt-limit' | 'cost-budget' | 'no-edits' | 'refused';

export interface LlmNoFix extends ResultBase {
  status: 'no-fix';
  reason: NoFixReason;
  /** What was tried and why each answer was rejected, plain text, one line per answer. */
  summary: string;
  /** The last root cause the model gave, if any. */
  rootCause: string | null;
}

export type LlmFixResult = LlmFixed | LlmNoFix;

/** Fewer tokens than this left for the answer, and the attempt is not worth making. */
const MIN_COMPLETION_TOKENS = 512;
/** Below this, the context cannot hold the diagnosis and the failure lines. */
const MIN_CONTEXT_TOKENS = 600;
const NEXT_FORMAT: Record<AnswerFormat, AnswerFormat | undefined> = {
  json_schema: 'json_object',
  json_object: 'text',
  text: undefined,
};

/**
 * Asks the model for a diagnosis and patch, checks each answer, and retries with the
 * rejection reasons until one passes or `maxAttempts` answers (over the issue's life) are
 * spent. API failures the loop cannot work around throw LlmApiError: no partial result.
 */
export async function proposeLlmFix(
  input: LlmFixInput,
  options: LlmOptions,
  deps: LlmFixDependencies,
): Promise<LlmFixResult> {
  const redact = deps.redact ?? redactSecrets;
  const validateEdit = deps.validateEdit ?? validateFile;
  const log = deps.log ?? { info: () => {} };
  const earlier = input.attemptsUsed ?? input.previousAttempts?.length ?? 0;
  const attempts: AttemptRecord[] = [];
  const usage: TokenUsage = { prompt: 0, completion: 0, total: 0 };
  let model = options.model;
  const noFix = (reason: NoFixReason, headline: string, rootCause: string | null = null): LlmNoFix => ({
    status: 'no-fix',
    reason,
    summary: [headline, ...attempts.map(describeAttempt)].join('\n'),
    rootCause: rootCause === null ? null : redact(rootCause),
    model,
    attempts,
    usage,
  });
  if (earlier >= options.maxAttempts) {
    return noFix('attempt-limit', `All ${options.maxAttempts} model attempts for this issue have been used.`);
  }

  // One read per path: what the model was shown is what its edits are checked against.
  const cache = new Map<string, Promise<string | null>>();
  const readFile = (path: string) => {
    let text = cache.get(path);
    if (!text) {
      text = Promise.resolve(input.readFile(path));
      cache.set(path, text);
    }
    return text;
  };
  const material = await gatherContext({ ...input, readFile }, redact);
  const tail: ChatMessage[] = [];
  let format: AnswerFormat = 'json_schema';
  let budgetScale = 1;
  let shrunk = false;

  while (earlier + attempts.length < options.maxAttempts) {
    const prompt = buildPrompt(material, options, format, tail, budgetScale, redact);
    const room = options.maxCostTokens - usage.total - prompt.tokens;
    if (room < MIN_COMPLETION_TOKENS) {
      return noFix(
        'cost-budget',
        `Stopped before another model request: ${usage.total} tokens used and the next prompt needs about ${prompt.tokens}, leaving less than ${MIN_COMPLETION_TOKENS} of the ${options.maxCostTokens}-token budget for an answer.`,
      );
    }
    let reply: ChatReply;
    try {
      reply = await deps.chat.complete({
        model: options.model,
        messages: prompt.messages,
        format,
        maxCompletionTokens: Math.min(options.maxCompletionTokens, room),
      });
    } catch (error) {
      const next: AnswerFormat | undefined = NEXT_FORMAT[format];
      if (error instanceof LlmApiError && error.kind === 'unsupported-response-format' && next) {
        log.info(`The endpoint rejected response_format ${format}; asking again with ${next}.`);
        format = next;
        continue;
      }
      if (error instanceof LlmApiError && error.kind === 'context-length' && !shrunk) {
        log.info('The prompt exceeded the model context; asking again with half the context.');
        shrunk = true;
        budgetScale = 0.5;
        continue;
      }
      throw error;
    }

    model = reply.model;
    const spent = reply.usage ?? {
      prompt: prompt.tokens,
      completion: estimateTokens(reply.content ?? ''),
      total: prompt.tokens + estimateTokens(reply.content ?? ''),
    };
    usage.prompt += spent.prompt;
    usage.completion += spent.completion;
    usage.total += spent.total;
    const record: AttemptRecord = {
      number: earlier + attempts.length + 1,
      format,
      model: reply.model,
      requestId: reply.id,
      usage: spent,
      promptEstimate: prompt.tokens,
      rootCause: null,
      proposed: [],
      outcome: 'rejected',
      reasons: [],
    };
    attempts.push(record);

    if (reply.refusal) {
      record.outcome = 'refused';
      record.reasons = [`the model refused: ${redact(reply.refusal)}`];
      return noFix('refused', 'The model refused to propose a fix.');
    }
    const decoded = decodeReply(reply, format);
    const parsed = decoded.value === undefined ? undefined : parseAnswer(decoded.value);
    let answer: LlmAnswer | undefined;
    if (parsed?.ok) answer = parsed.answer;
    else record.reasons = [...decoded.problems, ...(parsed?.errors ?? [])].map(redact);

    if (answer) {
      record.rootCause = redact(answer.root_cause);
      record.proposed = answer.edits.map((e) => redact(`${e.kind} ${e.path}`));
      if (answer.edits.length === 0) {
        record.outcome = 'no-edits';
        record.reasons = [`no edits proposed: ${redact(answer.explanation)}`];
        return noFix('no-edits', 'The model found no safe fix.', answer.root_cause);
      }
      const checked = await checkEdits(answer.edits, {
        settings: options,
        readFile,
        shownFiles: prompt.shownFiles,
        validateEdit,
      });
      if (checked.ok) {
        record.outcome = 'accepted';
        log.info(`Model answer ${record.number} accepted: ${checked.edits.map((e) => e.path).join(', ')}.`);
        const explanation = redact(answer.explanation);
        const rootCause = redact(answer.root_cause);
        return {
          status: 'fixed',
          fix: {
            fixer: 'llm',
            edits: checked.edits,
            explanation: renderExplanation(rootCause, explanation, reply.model, answer.confidence, record.number),
          },
          rootCause,
          confidence: answer.confidence,
          explanation,
          model,
          attempts,
          usage,
        };
      }
      record.reasons = checked.reasons.map(redact);
    }
    log.info(`Model answer ${record.number} rejected: ${record.reasons.join('; ')}`);
    tail.push(
      { role: 'assistant', content: echoAnswer(reply.content ?? '', decoded.value) },
      { role: 'user', content: rejectionMessage(record.reasons) },
    );
  }
  return noFix(
    'attempts-exhausted',
    `No acceptable fix after ${attempts.length} model answer(s) in this run (${options.maxAttempts} allowed per issue).`,
    [...attempts].reverse().find((a) => a.rootCause)?.rootCause ?? null,
  );
}

interface Prompt {
  messages: ChatMessage[];
  tokens: number;
  shownFiles: ReadonlyMap<string, 'complete' | 'excerpt'>;
}

/**
 * System instructions, the context at whatever budget is left after the instructions and
 * the retry conversation, then the retry conversation; all of it redacted once more.
 */
function buildPrompt(
  material: ContextMaterial,
  options: LlmOptions,
  format: AnswerFormat,
  fullTail: readonly ChatMessage[],
  budgetScale: number,
  redact: Redactor,
): Prompt {
  const limit = Math.floor(options.maxPromptTokens * budgetScale);
  const system: ChatMessage = {
    role: 'system',
    content: systemPrompt({ allowedPaths: options.allowedPaths, maxFiles: options.maxFiles, format }),
  };
  const schemaText = format === 'json_schema' ? JSON.stringify(ANSWER_SCHEMA) : '';
  let tail = fullTail.map((m) => ({ role: m.role, content: redact(m.content) }));
  let contextBudget = limit - estimatePromptTokens([system, ...tail, { content: '' }], schemaText);
  // A long retry conversation gives way to the context: keep the latest rejection only.
  while (contextBudget < MIN_CONTEXT_TOKENS && tail.length > 2) {
    tail = tail.slice(2);
    contextBudget = limit - estimatePromptTokens([system, ...tail, { content: '' }], schemaText);
  }
  if (contextBudget < MIN_CONTEXT_TOKENS) {
    throw new UserError(
      `LLM option \`maxPromptTokens\` (${options.maxPromptTokens}) is too small: the instructions alone need about ${limit - contextBudget} tokens, leaving less than ${MIN_CONTEXT_TOKENS} for the failure.`,
    );
  }
  // The estimate of the whole is at most the parts' sum; a few passes settle any rounding.
  for (;;) {
    const context = renderContext(material, contextBudget);
    const messages: ChatMessage[] = [system, { role: 'user', content: redact(context.text) }, ...tail];
    const tokens = estimatePromptTokens(messages, schemaText);
    if (tokens <= limit || contextBudget <= MIN_CONTEXT_TOKENS) {
      return { messages, tokens, shownFiles: context.shownFiles };
    }
    contextBudget = Math.max(MIN_CONTEXT_TOKENS, contextBudget - (tokens - limit));
  }
}

function decodeReply(reply: ChatReply, format: AnswerFormat): { value: unknown; problems: string[] } {
  const content = reply.content ?? '';
  const problems: string[] = [];
  if (reply.finishReason === 'length') {
    problems.push('the answer was cut off at the length limit; keep it shorter (prefer search_replace edits)');
  }
  if (!content.trim()) return { value: undefined, problems: [...problems, 'the answer was empty'] };
  let value: unknown;
  if (format !== 'text') {
    try {
      value = JSON.parse(content);
    } catch {
      value = undefined;
    }
  }
  value ??= extractJsonObject(content);
  if (value === undefined) problems.push('the answer is not a JSON object');
  return { value, problems };
}

function renderExplanation(
  rootCause: string,
  explanation: string,
  model: string,
  confidence: number,
  attempt: number,
): string {
  return [
    `**Root cause:** ${rootCause}`,
    '',
    explanation,
    '',
    `_Proposed by the model \`${model}\` (confidence ${confidence.toFixed(2)}, answer ${attempt}) and checked: paths allowed, edits applied exactly, files valid._`,
  ].join('\n');
}

function describeAttempt(attempt: AttemptRecord): string {
  const proposed = attempt.proposed.length > 0 ? ` proposed ${attempt.proposed.join(', ')};` : '';
  return `- Answer ${attempt.number} (${attempt.model}, ${attempt.format}):${proposed} ${attempt.outcome}${attempt.reasons.length > 0 ? `: ${attempt.reasons.join('; ')}` : ''}`;
}
