import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ErrorCode } from '../../../shared/errors.ts';
import { AppError } from './app-error.ts';
import type { AppEnv } from './context.ts';
import { validationDetails } from './error-handler.ts';

/** A multipart form and its `file` field; a missing or unreadable form, or no file, is refused with `missing`. */
export async function readUploadForm(c: Context<AppEnv>, missing: ErrorCode): Promise<{ form: FormData; file: File; bytes: Uint8Array }> {
  let form: FormData;
  try {
    form = await c.req.formData();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError(missing);
  }
  const file = form.get('file');
  if (file === null || typeof file === 'string') throw new AppError(missing);
  return { form, file, bytes: new Uint8Array(await file.arrayBuffer()) };
}

const dryRunField = z.enum(['true', 'false']).default('true');

/** The form's `dryRun` ('true' when left out): an import first reports, and saves only when told. */
export function dryRunOf(c: Context<AppEnv>, form: FormData): boolean {
  const dryRun = dryRunField.safeParse(form.get('dryRun') ?? undefined);
  if (!dryRun.success) throw new AppError('VALIDATION_FAILED', {}, validationDetails(dryRun.error, c.get('lang')));
  return dryRun.data === 'true';
}

/** Content-Disposition of a named file: an ASCII fallback name and the real (maybe Cyrillic) one, RFC 6266/5987. */
export function fileDisposition(name: string, extension: string, disposition: 'inline' | 'attachment' = 'attachment'): string {
  const ascii = name.replace(/[^A-Za-z0-9._-]+/g, '_');
  return `${disposition}; filename="${ascii}.${extension}"; filename*=UTF-8''${encodeURIComponent(`${name}.${extension}`)}`;
}
