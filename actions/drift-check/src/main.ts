import * as core from '@actions/core';
import { requireInput } from '../../../packages/shared/src/action/inputs.js';
import { runAction } from '../../../packages/shared/src/action/run-action.js';
import { UserError } from '../../../packages/shared/src/errors.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const read = (name: string) => core.getInput(name);
    requireInput(read, 'reference');
    requireInput(read, 'current');
    throw new UserError('drift-check is not implemented yet.');
  });
}
