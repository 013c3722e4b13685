import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { ERROR_STATUS, type ErrorBody, type ErrorCode } from '../../../shared/errors.ts';
import type { Lang } from '../../../shared/i18n/languages.ts';
import { translate } from '../i18n/translate.ts';
import { AppError } from './app-error.ts';
import type { AppEnv } from './context.ts';

/** The JSON answer for a refusal, in the user's language. */
export function errorResponse(c: Context<AppEnv>, code: ErrorCode, params: Record<string, unknown> = {}, details?: unknown) {
  const lang = c.get('lang') ?? 'ru';
  const body: ErrorBody = {
    error: { code, message: translate(lang, `errors:${code}`, params), requestId: c.get('requestId') ?? '', ...(details === undefined ? {} : { details }) },
  };
  return c.json(body, ERROR_STATUS[code] as ContentfulStatusCode);
}

/** Zod issues as translated, field-by-field reasons: nothing of the schema's internals leaks. */
export function validationDetails(error: ZodError, lang: Lang) {
  return {
    issues: error.issues.map((issue) => {
      const field = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '');
      const params: Record<string, unknown> = { field };
      if ('minimum' in issue) params.limit = issue.minimum;
      if ('maximum' in issue) params.limit = issue.maximum;
      if (issue.code === 'unrecognized_keys') params.field = issue.keys.join(', ');
      const known = ['invalid_type', 'too_small', 'too_big', 'invalid_format', 'unrecognized_keys', 'invalid_value', 'not_multiple_of'];
      const key = known.includes(issue.code) ? issue.code : 'custom';
      return { field: String(params.field), code: issue.code, message: translate(lang, `errors:validation.${key}`, params) };
    }),
  };
}

/** The one place that turns anything thrown into the answer a client sees. */
export function handleError(err: Error, c: Context<AppEnv>) {
  if (err instanceof AppError) return errorResponse(c, err.code, err.params, err.details);
  if (err instanceof HTTPException) {
    if (err.status === 413) return errorResponse(c, 'BODY_TOO_LARGE');
    if (err.status === 400) return errorResponse(c, 'MALFORMED_JSON');
    if (err.status === 401) return errorResponse(c, 'UNAUTHENTICATED');
    if (err.status === 403) return errorResponse(c, 'FORBIDDEN');
    if (err.status === 404) return errorResponse(c, 'ROUTE_NOT_FOUND');
  }
  const logger = c.get('logger');
  logger?.error({ err, requestId: c.get('requestId') }, 'unhandled error');
  return errorResponse(c, 'INTERNAL');
}
