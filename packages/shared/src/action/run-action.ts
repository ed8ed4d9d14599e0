import * as core from '@actions/core';
import { UserError } from '../errors.js';

/**
 * The one place an action fails: a UserError's message says what to do; anything else is a
 * bug, so its stack goes to the debug log.
 */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof UserError) {
      core.setFailed(error.message);
      return;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    core.debug(err.stack ?? err.message);
    core.setFailed(`Unexpected error: ${err.message}`);
  }
}
