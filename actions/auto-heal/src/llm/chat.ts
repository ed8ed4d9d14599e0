import type { AnswerFormat } from './prompt.js';

/** What the attempt loop needs from a model endpoint; client.ts implements it with the OpenAI SDK. */
export interface ChatClient {
  /** One request (the client retries transient failures itself); throws LlmApiError. */
  complete(request: ChatRequest): Promise<ChatReply>;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  format: AnswerFormat;
  maxCompletionTokens: number;
}

export interface TokenUsage {
  prompt: number;
  completion: number;
  total: number;
}

export interface ChatReply {
  id: string;
  /** The model that answered, as the server names it (e.g. a dated snapshot). */
  model: string;
  content: string | null;
  refusal: string | null;
  /** `stop`, `length`, `content_filter`, … */
  finishReason: string;
  /** Null when the server reports none. */
  usage: TokenUsage | null;
}
