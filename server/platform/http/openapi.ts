import { z } from '@hono/zod-openapi';
import type { ZodType } from 'zod';
import { ERROR_CODES } from '../../../shared/errors.ts';

/** Small helpers to keep route definitions short. */

const errorBody = z.object({
  error: z.object({ code: z.enum(ERROR_CODES as [string, ...string[]]), message: z.string(), requestId: z.string(), details: z.unknown().optional() }),
});

export const errorSchema = { description: 'refused: code and translated message', content: { 'application/json': { schema: errorBody } } };

export const noContent = { description: 'done' };

export function json<T extends ZodType>(schema: T) {
  return { content: { 'application/json': { schema } }, required: true };
}

export function ok<T extends ZodType>(schema: T, description = 'ok') {
  return { description, content: { 'application/json': { schema } } };
}
