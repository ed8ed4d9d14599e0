import * as core from '@actions/core';
import { run as autoHeal } from './auto-heal/src/main.js';
import { run as driftCheck } from './drift-check/src/main.js';
import { run as failureMonitor } from './failure-monitor/src/main.js';

const COMMANDS: Record<string, () => Promise<void>> = {
  'failure-monitor': failureMonitor,
  'auto-heal': autoHeal,
  'drift-check': driftCheck,
};

/** The root action: `command` picks which action runs, with the same inputs as its own action.yml. */
export async function run(): Promise<void> {
  const command = core.getInput('command').trim();
  const chosen = COMMANDS[command];
  if (!chosen) {
    core.setFailed(`Input \`command\` must be one of ${Object.keys(COMMANDS).join(', ')}, not "${command}".`);
    return;
  }
  await chosen();
}
