import type { OpenAPIHono } from '@hono/zod-openapi';
import { idParam } from '../../../shared/modules/identity/identity.contracts.ts';
import { programDto, programUpdateBody } from '../../../shared/modules/students/students.contracts.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, json, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import { updateProgram } from './students.structure.service.ts';

/** Editing programs (groups are edited by PATCH /groups/{id} in students.routes.ts). */

const refusals = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const updateProgramRoute = route({ method: 'patch', path: '/programs/{id}', tags: ['structure'], summary: 'Edit a program', permission: 'students.structure.manage', request: { params: idParam, body: json(programUpdateBody) }, responses: { 200: ok(programDto), ...refusals } });

export function studentsStructureRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(updateProgramRoute, async (c) => c.json(await updateProgram(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 200));
}
