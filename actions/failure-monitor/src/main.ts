import * as core from '@actions/core';
import { runAction } from '../../../packages/shared/src/action/run-action.js';
import { UserError } from '../../../packages/shared/src/errors.js';
import { createGitHubClient } from '../../../packages/shared/src/github/client.js';
import { parseInputs } from './inputs.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = parseInputs((name) => core.getInput(name));
    createGitHubClient({ token: inputs.token });
    throw new UserError('failure-monitor is not implemented yet.');
  });
}
