import { runAction } from '../../../packages/shared/src/action/run-action.js';
import { UserError } from '../../../packages/shared/src/errors.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    throw new UserError('auto-heal is not implemented yet.');
  });
}
