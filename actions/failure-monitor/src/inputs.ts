import {
  booleanInput,
  choiceInput,
  type InputReader,
  integerInput,
  listInput,
} from '../../../packages/shared/src/action/inputs.js';

export interface MonitorInputs {
  token: string;
  runId?: number;
  workflows: string[];
  includeCancelled: boolean;
  labels: string[];
  healLabel: string;
  autoHealLabel: 'auto' | 'always' | 'never';
  rerunTransient: boolean;
  maxReruns: number;
  maxLogBytes: number;
}

export function parseInputs(read: InputReader): MonitorInputs {
  const runId = integerInput(read, 'run-id', 0, { min: 0 });
  const labels = listInput(read, 'labels');
  return {
    token: read('token'),
    runId: runId || undefined,
    workflows: listInput(read, 'workflows'),
    includeCancelled: booleanInput(read, 'include-cancelled', false),
    labels: labels.length ? labels : ['workflow-failure'],
    healLabel: read('heal-label') || 'auto-heal',
    autoHealLabel: choiceInput(read, 'auto-heal-label', ['auto', 'always', 'never'] as const, 'auto'),
    rerunTransient: booleanInput(read, 'rerun-transient', false),
    maxReruns: integerInput(read, 'max-reruns', 1, { min: 0, max: 10 }),
    maxLogBytes: integerInput(read, 'max-log-mb', 200, { min: 1, max: 4096 }) * 1024 * 1024,
  };
}
