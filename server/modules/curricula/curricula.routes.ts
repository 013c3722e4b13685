import type { OpenAPIHono } from '@hono/zod-openapi';
import { disciplineBody, disciplineDto, disciplineUpdateBody, listDisciplinesQuery } from '../../../shared/modules/curricula/curricula.contracts.ts';
import { idParam, pageOf } from '../../../shared/modules/identity/identity.contracts.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, json, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import * as catalog from './curricula.disciplines.service.ts';

const refusals = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };

const listRoute = route({ method: 'get', path: '/disciplines', tags: ['curricula'], summary: 'The discipline catalog (and the electives, КЭД)', permission: 'curricula.discipline.read', request: { query: listDisciplinesQuery }, responses: { 200: ok(pageOf(disciplineDto)) } });
const getRoute = route({ method: 'get', path: '/disciplines/{id}', tags: ['curricula'], summary: 'One discipline', permission: 'curricula.discipline.read', request: { params: idParam }, responses: { 200: ok(disciplineDto), ...refusals } });
const createRoute = route({ method: 'post', path: '/disciplines', tags: ['curricula'], summary: 'Add a discipline to a department’s catalog (checked: credits, hours, prerequisites)', permission: 'curricula.discipline.manage', request: { body: json(disciplineBody) }, responses: { 201: ok(disciplineDto), ...refusals } });
const updateRoute = route({ method: 'patch', path: '/disciplines/{id}', tags: ['curricula'], summary: 'Change a discipline', permission: 'curricula.discipline.manage', request: { params: idParam, body: json(disciplineUpdateBody) }, responses: { 200: ok(disciplineDto), ...refusals } });

export function curriculaRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => c.json(await catalog.listDisciplines(contextOf(c), c.req.valid('query')), 200));
  app.openapi(getRoute, async (c) => c.json(await catalog.getDiscipline(contextOf(c), c.req.valid('param').id), 200));
  app.openapi(createRoute, async (c) => c.json(await catalog.createDiscipline(contextOf(c), c.req.valid('json')), 201));
  app.openapi(updateRoute, async (c) => c.json(await catalog.updateDiscipline(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 200));
}
