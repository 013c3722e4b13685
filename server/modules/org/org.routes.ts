import type { OpenAPIHono} from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { unitDto } from '../../../shared/modules/org/org.contracts.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import { getUnits } from './org.service.ts';

const listUnitsRoute = route({
  method: 'get',
  path: '/units',
  tags: ['org'],
  summary: 'Units of the academic structure',
  permission: 'org.unit.read',
  responses: { 200: { description: 'units', content: { 'application/json': { schema: z.array(unitDto) } } } },
});

export function orgRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listUnitsRoute, async (c) => c.json(await getUnits(contextOf(c)), 200));
}
