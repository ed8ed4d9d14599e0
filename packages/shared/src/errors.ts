/**
 * An error the user can act on: its message says what to do (which input to set,
 * which permission to add). Entry points print its message without a stack trace.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** The message of any thrown value, for logs and `core.setFailed`. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
