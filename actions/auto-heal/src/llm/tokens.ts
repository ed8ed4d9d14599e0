/**
 * A deterministic, tokenizer-free estimate of how many tokens a text costs.
 *
 * English prose and code average about four characters per token in OpenAI's BPE
 * vocabularies; characters outside ASCII (CJK, emoji, box drawing in logs) are usually
 * one token or more each. So: ceil(ASCII characters / 4) + one per non-ASCII code point.
 * It over-counts slightly for prose and under-counts dense punctuation; the budgets
 * leave headroom for that. The same text always gives the same number.
 */
export function estimateTokens(text: string): number {
  let ascii = 0;
  let other = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 128) ascii += 1;
    else other += 1;
  }
  return Math.ceil(ascii / 4) + other;
}

/** What the Chat Completions format adds per message (role and separators) and to prime the reply. */
export const MESSAGE_OVERHEAD_TOKENS = 4;
export const REPLY_PRIMING_TOKENS = 3;

export interface EstimatedMessage {
  content: string;
}

/** Estimate of a whole request's prompt: every message plus, when sent, the response schema. */
export function estimatePromptTokens(messages: readonly EstimatedMessage[], schemaText = ''): number {
  let total = REPLY_PRIMING_TOKENS + (schemaText ? estimateTokens(schemaText) : 0);
  for (const message of messages) total += estimateTokens(message.content) + MESSAGE_OVERHEAD_TOKENS;
  return total;
}
