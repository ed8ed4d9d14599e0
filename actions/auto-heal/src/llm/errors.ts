import { UserError } from '../../../../packages/shared/src/errors.js';

export type LlmApiErrorKind =
  | 'auth'
  | 'permission'
  | 'not-found'
  | 'rate-limit'
  | 'quota'
  | 'server'
  | 'timeout'
  | 'connection'
  | 'context-length'
  | 'unsupported-response-format'
  | 'bad-request';

/**
 * A model endpoint failed in a way the loop cannot work around. The message says what to do;
 * `kind` lets the loop handle the two it can (context too long, response_format unsupported).
 */
export class LlmApiError extends UserError {
  override name = 'LlmApiError';
  constructor(
    readonly kind: LlmApiErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}
