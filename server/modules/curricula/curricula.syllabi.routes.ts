import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { idParam } from '../../../shared/modules/identity/identity.contracts.ts';
import { syllabiDto, syllabusDto, syllabusParams } from '../../../shared/modules/curricula/curricula.syllabi.contracts.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import { readUploadForm } from '../../platform/http/uploads.ts';
import * as syllabi from './curricula.syllabi.service.ts';
import type { SyllabusUpload } from './curricula.syllabi.service.ts';

/** Syllabus / teaching kit (УМКД) uploads of a discipline. */

/** The upload path, allowed the larger body limit of file uploads (see app.ts). */
export const SYLLABUS_UPLOAD_PATH = /^\/api\/disciplines\/[^/]+\/syllabi$/;

const refusals = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 413: errorSchema };
const tags = ['curricula'];
const uploadForm = {
  type: 'object' as const,
  required: ['academicYear', 'file'],
  properties: {
    academicYear: { type: 'string' as const, example: '2026-2027' },
    file: { type: 'string' as const, format: 'binary', description: 'PDF, DOCX or ODT (recognised from the bytes), up to the curricula.syllabusMaxKb setting' },
  },
};

const listRoute = route({ method: 'get', path: '/disciplines/{id}/syllabi', tags, summary: 'A discipline’s syllabus uploads with each year’s deadline, and whether upload is open', permission: 'curricula.discipline.read', request: { params: idParam }, responses: { 200: ok(syllabiDto), ...refusals } });
const uploadRoute = route({ method: 'post', path: '/disciplines/{id}/syllabi', tags, summary: 'Upload a syllabus for an academic year (closed N working days before the term)', permission: 'curricula.discipline.manage', request: { params: idParam, body: { required: true, content: { 'multipart/form-data': { schema: uploadForm } } } }, responses: { 201: ok(syllabusDto), ...refusals } });
const fileRoute = route({ method: 'get', path: '/disciplines/{id}/syllabi/{syllabusId}/file', tags, summary: 'Download a syllabus file', permission: 'curricula.discipline.read', request: { params: syllabusParams }, responses: { 200: { description: 'PDF, DOCX or ODT', content: { 'application/octet-stream': { schema: z.string() } } }, ...refusals } });

/** The form's academic year and file; a missing or unreadable form is SYLLABUS_FILE_MISSING. */
async function uploadOf(c: Context<AppEnv>): Promise<SyllabusUpload> {
  const { form, file, bytes } = await readUploadForm(c, 'SYLLABUS_FILE_MISSING');
  const year = form.get('academicYear');
  return { academicYear: typeof year === 'string' ? year.trim() : '', fileName: file.name, bytes };
}

/** Content-Disposition with the name in UTF-8 (RFC 6266) and an ASCII fallback. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function curriculaSyllabiRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => c.json(await syllabi.listSyllabi(contextOf(c), c.req.valid('param').id), 200));
  app.openapi(uploadRoute, async (c) => c.json(await syllabi.uploadSyllabus(contextOf(c), c.req.valid('param').id, await uploadOf(c)), 201));
  app.openapi(fileRoute, async (c) => {
    const { id, syllabusId } = c.req.valid('param');
    const file = await syllabi.getSyllabusFile(contextOf(c), id, syllabusId);
    return c.body(file.bytes.slice().buffer, 200, { 'Content-Type': file.contentType, 'Content-Disposition': attachment(file.fileName), 'Cache-Control': 'private, no-cache', ETag: `"${file.sha256}"`, 'X-Content-Type-Options': 'nosniff' });
  });
}
