import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { deriveIndividualPlanBody, individualPlanDto, individualPlanSummaryDto } from '../../../shared/modules/curricula/curricula.individual.contracts.ts';
import { idParam } from '../../../shared/modules/identity/identity.contracts.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, json, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import * as individual from './curricula.individual.service.ts';

const refusals = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const tags = ['curricula'];

const listRoute = route({ method: 'get', path: '/students/{id}/individual-plans', tags, summary: 'A student’s individual study plans (ИУП), the newest year first', permission: 'curricula.individualPlan.read', request: { params: idParam }, responses: { 200: ok(z.array(individualPlanSummaryDto)), ...refusals } });
const deriveRoute = route({
  method: 'post', path: '/students/{id}/individual-plans', tags, permission: 'curricula.individualPlan.derive',
  summary: 'Derive the draft ИУП of an academic year from the approved working plan (201); the existing one when there is one (200)',
  request: { params: idParam, body: json(deriveIndividualPlanBody) }, responses: { 200: ok(individualPlanDto), 201: ok(individualPlanDto), ...refusals },
});
const getRoute = route({ method: 'get', path: '/individual-plans/{id}', tags, summary: 'An ИУП: lines, open elective groups, credits by semester, status history', permission: 'curricula.individualPlan.read', request: { params: idParam }, responses: { 200: ok(individualPlanDto), ...refusals } });

export function curriculaIndividualRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => c.json(await individual.listIndividualPlans(contextOf(c), c.req.valid('param').id), 200));
  app.openapi(deriveRoute, async (c) => {
    const { plan, created } = await individual.deriveIndividualPlan(contextOf(c), c.req.valid('param').id, c.req.valid('json').academicYear);
    return created ? c.json(plan, 201) : c.json(plan, 200);
  });
  app.openapi(getRoute, async (c) => c.json(await individual.getIndividualPlan(contextOf(c), c.req.valid('param').id), 200));
}
