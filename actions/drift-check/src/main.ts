import * as core from '@actions/core';
import { UserError } from '../../../packages/shared/src/errors.js';
export async function run(): Promise<void> {
  try {
    const ref = core.getInput('reference', { required: true });
    core.info(ref);
  } catch (e) {
    core.setFailed(e instanceof UserError ? e.message : String(e));
  }
}
