import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { copyPlanBody, createPlanBody, listPlansQuery, planContentBody, planDto, planSummaryDto } from '../../../shared/modules/curricula/curricula.contracts.ts';
import { idParam } from '../../../shared/modules/identity/identity.contracts.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, json, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import * as plans from './curricula.plans.service.ts';
import { comparePlans } from './curricula.plans.compare.ts';
import { curriculaPlanDocumentsRoutes } from './curricula.plans.documents.routes.ts';

const refusals = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const tags = ['curricula'];
const change = z.object({ field: z.string(), from: z.union([z.string(), z.number(), z.null()]), to: z.union([z.string(), z.number(), z.null()]) });
const diffDto = z.object({ added: z.array(z.string()), removed: z.array(z.string()), changed: z.array(z.object({ code: z.string(), changes: z.array(change) })), plan: z.array(change) });

const listRoute = route({ method: 'get', path: '/plans', tags, summary: 'Study plans (base and working), every version', permission: 'curricula.plan.read', request: { query: listPlansQuery }, responses: { 200: ok(z.array(planSummaryDto)) } });
const getRoute = route({ method: 'get', path: '/plans/{id}', tags, summary: 'A plan with its lines, semester totals and findings', permission: 'curricula.plan.read', request: { params: idParam }, responses: { 200: ok(planDto), ...refusals } });
const createRoute = route({ method: 'post', path: '/plans', tags, summary: 'A new draft plan', permission: 'curricula.plan.manage', request: { body: json(createPlanBody) }, responses: { 201: ok(planDto), ...refusals } });
const saveRoute = route({ method: 'put', path: '/plans/{id}/content', tags, summary: 'Save a draft’s lines, elective groups and practices', permission: 'curricula.plan.manage', request: { params: idParam, body: json(planContentBody) }, responses: { 200: ok(planDto), ...refusals } });
const approveRoute = route({ method: 'post', path: '/plans/{id}/approve', tags, summary: 'Approve a draft without errors (the version it replaces is superseded)', permission: 'curricula.plan.approve', request: { params: idParam }, responses: { 200: ok(planDto), ...refusals } });
const versionRoute = route({ method: 'post', path: '/plans/{id}/versions', tags, summary: 'A new draft version of a plan', permission: 'curricula.plan.manage', request: { params: idParam }, responses: { 201: ok(planDto), ...refusals } });
const copyRoute = route({ method: 'post', path: '/plans/{id}/copy', tags, summary: 'Copy a plan as the working plan of another admission year', permission: 'curricula.plan.manage', request: { params: idParam, body: json(copyPlanBody) }, responses: { 201: ok(planDto), ...refusals } });
const compareRoute = route({ method: 'get', path: '/plans/{id}/compare/{otherId}', tags, summary: 'What changed from one plan (version) to another', permission: 'curricula.plan.read', request: { params: z.object({ id: z.string().uuid(), otherId: z.string().uuid() }) }, responses: { 200: ok(diffDto), ...refusals } });

export function curriculaPlansRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => c.json(await plans.listPlans(contextOf(c), c.req.valid('query')), 200));
  app.openapi(getRoute, async (c) => c.json(await plans.getPlan(contextOf(c), c.req.valid('param').id), 200));
  app.openapi(createRoute, async (c) => c.json(await plans.createPlan(contextOf(c), c.req.valid('json')), 201));
  app.openapi(saveRoute, async (c) => c.json(await plans.savePlanContent(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 200));
  app.openapi(approveRoute, async (c) => c.json(await plans.approvePlan(contextOf(c), c.req.valid('param').id), 200));
  app.openapi(versionRoute, async (c) => c.json(await plans.newVersion(contextOf(c), c.req.valid('param').id), 201));
  app.openapi(copyRoute, async (c) => c.json(await plans.copyPlan(contextOf(c), c.req.valid('param').id, c.req.valid('json').admissionYear), 201));
  app.openapi(compareRoute, async (c) => c.json(await comparePlans(contextOf(c), c.req.valid('param').id, c.req.valid('param').otherId), 200));
  curriculaPlanDocumentsRoutes(app);
}
