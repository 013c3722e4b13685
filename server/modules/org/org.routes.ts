import type { OpenAPIHono} from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { idParam } from '../../../shared/modules/identity/identity.contracts.ts';
import { createUnitBody, unitDto, updateUnitBody } from '../../../shared/modules/org/org.contracts.ts';
import { errorSchema, json, ok } from '../../platform/http/openapi.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import { getUnits } from './org.service.ts';
import { closeUnit, createUnit, updateUnit } from './org.units.service.ts';

const listUnitsRoute = route({
  method: 'get',
  path: '/units',
  tags: ['org'],
  summary: 'Units of the academic structure',
  permission: 'org.unit.read',
  responses: { 200: { description: 'units', content: { 'application/json': { schema: z.array(unitDto) } } } },
});

const refusals = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const createUnitRoute = route({ method: 'post', path: '/units', tags: ['org'], summary: 'Create a faculty (institute, college) or department', permission: 'org.unit.manage', request: { body: json(createUnitBody) }, responses: { 201: ok(unitDto), ...refusals } });
const updateUnitRoute = route({ method: 'patch', path: '/units/{id}', tags: ['org'], summary: 'Rename, recode or move a unit', permission: 'org.unit.manage', request: { params: idParam, body: json(updateUnitBody) }, responses: { 200: ok(unitDto), ...refusals } });
const closeUnitRoute = route({ method: 'post', path: '/units/{id}/close', tags: ['org'], summary: 'Close a unit (it stays for history)', permission: 'org.unit.manage', request: { params: idParam }, responses: { 200: ok(unitDto), ...refusals } });

export function orgRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listUnitsRoute, async (c) => c.json(await getUnits(contextOf(c)), 200));
  app.openapi(createUnitRoute, async (c) => c.json(await createUnit(contextOf(c), c.req.valid('json')), 201));
  app.openapi(updateUnitRoute, async (c) => c.json(await updateUnit(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 200));
  app.openapi(closeUnitRoute, async (c) => c.json(await closeUnit(contextOf(c), c.req.valid('param').id), 200));
}
