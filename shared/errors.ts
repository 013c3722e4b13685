/**
 * Every error code the API can answer with, and its HTTP status. The code is also the
 * i18n key (namespace `errors`) of the message the user reads, in their language.
 */
export const ERROR_STATUS = {
  // request shape
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  BODY_TOO_LARGE: 413,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  // authentication and access
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 429,
  TOO_MANY_ATTEMPTS: 429,
  ACCOUNT_INACTIVE: 403,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  // identity
  PASSWORD_TOO_WEAK: 400,
  PASSWORD_WRONG: 400,
  PASSWORD_REUSED: 400,
  USERNAME_TAKEN: 409,
  USER_NOT_FOUND: 404,
  SESSION_NOT_FOUND: 404,
  GRANT_SCOPE_INVALID: 400,
  GRANT_EXISTS: 409,
  GRANT_NOT_FOUND: 404,
  UNIT_NOT_FOUND: 404,
  CANNOT_DEACTIVATE_SELF: 400,
  LAST_ADMINISTRATOR: 409,
  // settings
  SETTING_UNKNOWN: 404,
  SETTING_INVALID: 400,
  // anything unexpected
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** The body of every error answer. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    requestId: string;
    details?: unknown;
  };
}
