import type { OpenAPIHono } from '@hono/zod-openapi';
import { idParam } from '../../../shared/modules/identity/identity.contracts.ts';
import { createHoldBody, holdDto, liftHoldBody, studentHoldsDto } from '../../../shared/modules/registration/registration.contracts.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, json, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import { enrolmentRoutes } from './registration.enrolment.routes.ts';
import * as holds from './registration.holds.service.ts';
import { offeringRoutes } from './registration.offerings.routes.ts';
import { registrationViewRoutes } from './registration.view.routes.ts';

const refusals = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const tags = ['registration'];

const listRoute = route({ method: 'get', path: '/students/{id}/holds', tags, summary: "A student's holds, active and past, with the kinds the reader may set", permission: 'registration.hold.read', request: { params: idParam }, responses: { 200: ok(studentHoldsDto), ...refusals } });
const setRoute = route({ method: 'post', path: '/students/{id}/holds', tags, summary: 'Set a hold on a student (a kind the office may set)', permission: 'registration.hold.manage', request: { params: idParam, body: json(createHoldBody) }, responses: { 201: ok(holdDto), ...refusals } });
const liftRoute = route({ method: 'post', path: '/holds/{id}/lift', tags, summary: 'Lift a hold, with a note (once)', permission: 'registration.hold.manage', request: { params: idParam, body: json(liftHoldBody) }, responses: { 200: ok(holdDto), ...refusals } });

export function registrationRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => c.json(await holds.listStudentHolds(contextOf(c), c.req.valid('param').id), 200));
  app.openapi(setRoute, async (c) => c.json(await holds.setHold(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 201));
  app.openapi(liftRoute, async (c) => c.json(await holds.liftHold(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 200));
  enrolmentRoutes(app);
  offeringRoutes(app);
  registrationViewRoutes(app);
}
