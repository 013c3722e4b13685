import type { OpenAPIHono } from '@hono/zod-openapi';
import { idParam } from '../../../shared/modules/identity/identity.contracts.ts';
import { studentResultsDto } from '../../../shared/modules/gradebook/gradebook.contracts.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import { listStudentResults } from './gradebook.service.ts';

const resultsRoute = route({ method: 'get', path: '/students/{id}/results', tags: ['gradebook'], summary: "A student's final results: every attempt per discipline and term, and what is passed", permission: 'gradebook.result.read', request: { params: idParam }, responses: { 200: ok(studentResultsDto), 403: errorSchema, 404: errorSchema } });

export function gradebookRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(resultsRoute, async (c) => c.json(await listStudentResults(contextOf(c), c.req.valid('param').id), 200));
}
