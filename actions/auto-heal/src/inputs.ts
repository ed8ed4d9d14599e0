import {
  booleanInput,
  choiceInput,
  type InputReader,
  integerInput,
  listInput,
  numberInput,
} from '../../../packages/shared/src/action/inputs.js';
import { UserError } from '../../../packages/shared/src/errors.js';
import type { FixOptions } from './fixers/index.js';
import type { LlmOptions } from './llm/options.js';
import { resolveLlmOptions } from './llm/options.js';

export type HealMode = 'pr' | 'suggest' | 'dry-run';

export interface HealInputs {
  token: string;
  issueNumber?: number;
  label: string;
  mode: HealMode;
  verify: boolean;
  fix: FixOptions;
  /** Set when `llm: true`. */
  llm?: LlmOptions;
}

export function parseInputs(read: InputReader): HealInputs {
  const issueNumber = integerInput(read, 'issue-number', 0, { min: 0 });
  const optional = listInput(read, 'optional-jobs');
  const inputs: HealInputs = {
    token: read('token'),
    ...(issueNumber ? { issueNumber } : {}),
    label: read('label') || 'auto-heal',
    mode: choiceInput(read, 'mode', ['pr', 'suggest', 'dry-run'] as const, 'pr'),
    verify: booleanInput(read, 'verify', true),
    fix: {
      ...(optional.length ? { optionalJobPatterns: optional } : {}),
      timeoutMultiplier: numberInput(read, 'timeout-multiplier', 2, { min: 1, max: 10 }),
    },
  };
  if (booleanInput(read, 'llm', false)) {
    const apiKey = read('openai-api-key');
    if (!apiKey) throw new UserError('Input `openai-api-key` is required when `llm` is true (pass a secret).');
    const allowed = listInput(read, 'allowed-paths');
    const number = (name: string) => (read(name) ? integerInput(read, name, 0) : undefined);
    const optionalNumbers = {
      maxAttempts: number('max-attempts'),
      maxFiles: number('max-files'),
      maxPromptTokens: number('max-prompt-tokens'),
      maxCostTokens: number('max-cost-tokens'),
    };
    inputs.llm = resolveLlmOptions({
      apiKey,
      ...(read('model') ? { model: read('model') } : {}),
      ...(read('openai-base-url') ? { baseURL: read('openai-base-url') } : {}),
      ...(allowed.length ? { allowedPaths: allowed } : {}),
      ...Object.fromEntries(Object.entries(optionalNumbers).filter(([, v]) => v !== undefined)),
    });
  }
  return inputs;
}
