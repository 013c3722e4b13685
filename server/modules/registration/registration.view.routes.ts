import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { idParam } from '../../../shared/modules/identity/identity.contracts.ts';
import { overviewDto, overviewQuery, queueDto, queueQuery, registrationTermQuery, registrationViewDto } from '../../../shared/modules/registration/registration.view.contracts.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import { fileDisposition } from '../../platform/http/uploads.ts';
import { registrationListsWorkbook } from './registration.lists.xlsx.ts';
import { registrationOverview, reviewQueue } from './registration.offices.service.ts';
import { getStudentRegistration } from './registration.view.service.ts';

/** The read side of registration: a student's term, the review queues, the offices' overview and lists. */

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const refusals = { 400: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['registration'];

const viewRoute = route({
  method: 'get', path: '/students/{id}/registration', tags, permission: 'registration.enrolment.read',
  summary: 'A student’s registration of a term (the open window’s by default): window, holds, ИУП lines with sections and seats, electives, waitlist, tuition, what the reader may do',
  request: { params: idParam, query: registrationTermQuery }, responses: { 200: ok(registrationViewDto), ...refusals },
});
// the guard asks only for a session: which queue the reader sees (advisor, dean's office, registrar) follows from their grants
const queueRoute = route({ method: 'get', path: '/registration/queue', tags, summary: 'The plans waiting for the reader’s step (approve, approve a change, accept), paged', permission: 'registration.enrolment.read', request: { query: queueQuery }, responses: { 200: ok(queueDto), ...refusals } });
const overviewRoute = route({ method: 'get', path: '/registration/overview', tags, summary: 'Per group in the reader’s reach: students by the state of their ИУП, with holds, fully registered', permission: 'registration.report.read', request: { query: overviewQuery }, responses: { 200: ok(overviewDto), ...refusals } });
const listsRoute = route({ method: 'get', path: '/registration/lists.xlsx', tags, summary: 'The registration lists of a term (student × section) and the students not registered, as XLSX', permission: 'registration.report.read', request: { query: overviewQuery }, responses: { 200: { description: 'XLSX', content: { [XLSX_TYPE]: { schema: z.string() } } }, ...refusals } });

export function registrationViewRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(viewRoute, async (c) => c.json(await getStudentRegistration(contextOf(c), c.req.valid('param').id, c.req.valid('query')), 200));
  app.openapi(queueRoute, async (c) => c.json(await reviewQueue(contextOf(c), c.req.valid('query')), 200));
  app.openapi(overviewRoute, async (c) => c.json(await registrationOverview(contextOf(c), c.req.valid('query')), 200));
  app.openapi(listsRoute, async (c) => {
    const { bytes, fileName } = await registrationListsWorkbook(contextOf(c), c.req.valid('query'));
    return new Response(bytes, { status: 200, headers: { 'Content-Type': XLSX_TYPE, 'Content-Disposition': fileDisposition(fileName, 'xlsx'), 'Cache-Control': 'no-store' } });
  });
}
