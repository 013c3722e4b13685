import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { idParam } from '../../../shared/modules/identity/identity.contracts.ts';
import { linkParentBody, studentParentDto, studentPhotoDto } from '../../../shared/modules/students/students.contracts.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, json, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import { readUploadForm } from '../../platform/http/uploads.ts';
import * as card from './students.card.service.ts';

/** The student card's photo and parents. */

const refusals = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 413: errorSchema };
const linkParams = z.object({ id: z.string().uuid(), linkId: z.string().uuid() });
const photoForm = { type: 'object' as const, required: ['file'], properties: { file: { type: 'string' as const, format: 'binary', description: 'JPEG or PNG (recognised from the bytes), up to the students.photoMaxKb setting' } } };

const uploadPhotoRoute = route({ method: 'post', path: '/students/{id}/photo', tags: ['students'], summary: "Upload the student's photo (replaces the shown one; earlier ones stay as history)", permission: 'students.student.manage', request: { params: idParam, body: { required: true, content: { 'multipart/form-data': { schema: photoForm } } } }, responses: { 201: ok(studentPhotoDto), ...refusals } });
const photoRoute = route({ method: 'get', path: '/students/{id}/photo', tags: ['students'], summary: "The student's photo", permission: 'students.student.read', request: { params: idParam }, responses: { 200: { description: 'JPEG or PNG', content: { 'image/*': { schema: z.string() } } }, ...refusals } });
const parentsRoute = route({ method: 'get', path: '/students/{id}/parents', tags: ['students'], summary: "The student's linked parents", permission: 'students.student.read', request: { params: idParam }, responses: { 200: ok(z.array(studentParentDto)), ...refusals } });
const linkParentRoute = route({ method: 'post', path: '/students/{id}/parents', tags: ['students'], summary: 'Link a parent (an account, or a new one from name and phone); grants the parent role for this student', permission: 'students.student.manage', request: { params: idParam, body: json(linkParentBody) }, responses: { 201: ok(studentParentDto), ...refusals } });
const unlinkParentRoute = route({ method: 'delete', path: '/students/{id}/parents/{linkId}', tags: ['students'], summary: 'Unlink a parent (revokes the grant)', permission: 'students.student.manage', request: { params: linkParams }, responses: { 204: { description: 'unlinked' }, ...refusals } });

/** The uploaded file's bytes; a missing or unreadable form is PHOTO_MISSING. */
async function uploadedBytes(c: Context<AppEnv>): Promise<Uint8Array> {
  return (await readUploadForm(c, 'PHOTO_MISSING')).bytes;
}

export function studentsCardRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(uploadPhotoRoute, async (c) => c.json(await card.uploadPhoto(contextOf(c), c.req.valid('param').id, await uploadedBytes(c)), 201));
  app.openapi(photoRoute, async (c) => {
    const file = await card.getPhoto(contextOf(c), c.req.valid('param').id);
    return c.body(file.bytes.slice().buffer, 200, { 'Content-Type': file.contentType, 'Cache-Control': 'private, no-cache', ETag: `"${file.sha256}"` });
  });
  app.openapi(parentsRoute, async (c) => c.json(await card.listParents(contextOf(c), c.req.valid('param').id), 200));
  app.openapi(linkParentRoute, async (c) => c.json(await card.linkParent(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 201));
  app.openapi(unlinkParentRoute, async (c) => {
    const { id, linkId } = c.req.valid('param');
    await card.unlinkParent(contextOf(c), id, linkId);
    return c.body(null, 204);
  });
}
