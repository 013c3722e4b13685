import type { ErrorCode } from '../../../shared/errors.ts';

/** A refusal the user can act on: its code is the i18n key of the message. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, unknown>;
  readonly details: unknown;

  constructor(code: ErrorCode, params: Record<string, unknown> = {}, details?: unknown) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.details = details;
  }
}
