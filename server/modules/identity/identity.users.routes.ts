import type { OpenAPIHono} from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import {
  createUserBody,
  grantBody,
  idParam,
  listPeopleQuery,
  listUsersQuery,
  pageOf,
  personDto,
  resetPasswordBody,
  updateUserBody,
  userDto,
} from '../../../shared/modules/identity/identity.contracts.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, json, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import * as people from './identity.people.service.ts';
import * as users from './identity.users.service.ts';

const tags = ['users'];
const userOk = { 200: ok(userDto), 400: errorSchema, 403: errorSchema, 404: errorSchema };

const listRoute = route({ method: 'get', path: '/users', tags, summary: 'Search accounts', permission: 'identity.user.read', request: { query: listUsersQuery }, responses: { 200: ok(pageOf(userDto)) } });
const createRoute = route({ method: 'post', path: '/users', tags, summary: 'Create an account', permission: 'identity.user.create', request: { body: json(createUserBody) }, responses: { 201: ok(userDto), 400: errorSchema, 409: errorSchema } });
const getRoute = route({ method: 'get', path: '/users/{id}', tags, summary: 'One account', permission: 'identity.user.read', request: { params: idParam }, responses: userOk });
const updateRoute = route({ method: 'patch', path: '/users/{id}', tags, summary: 'Edit an account', permission: 'identity.user.update', request: { params: idParam, body: json(updateUserBody) }, responses: userOk });
const deactivateRoute = route({ method: 'post', path: '/users/{id}/deactivate', tags, summary: 'Deactivate (sessions end)', permission: 'identity.user.deactivate', request: { params: idParam }, responses: userOk });
const activateRoute = route({ method: 'post', path: '/users/{id}/activate', tags, summary: 'Reactivate', permission: 'identity.user.deactivate', request: { params: idParam }, responses: userOk });
const resetRoute = route({ method: 'post', path: '/users/{id}/password', tags, summary: 'Reset the password', permission: 'identity.user.resetPassword', request: { params: idParam, body: json(resetPasswordBody) }, responses: userOk });
const grantRoute = route({ method: 'post', path: '/users/{id}/grants', tags, summary: 'Grant a role', permission: 'identity.grant.manage', request: { params: idParam, body: json(grantBody) }, responses: { ...userOk, 409: errorSchema } });
const revokeRoute = route({
  method: 'delete',
  path: '/users/{id}/grants/{grantId}',
  tags,
  summary: 'Revoke a role',
  permission: 'identity.grant.manage',
  request: { params: z.object({ id: z.string().uuid(), grantId: z.string().uuid() }) },
  responses: { ...userOk, 409: errorSchema },
});
const peopleRoute = route({ method: 'get', path: '/people', tags: ['people'], summary: 'People within the reader’s scope', permission: 'identity.person.read', request: { query: listPeopleQuery }, responses: { 200: ok(pageOf(personDto)) } });
const personRoute = route({ method: 'get', path: '/people/{id}', tags: ['people'], summary: 'A person card', permission: 'identity.person.read', request: { params: idParam }, responses: { 200: ok(personDto), 403: errorSchema, 404: errorSchema } });

export function identityUsersRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => {
    const { q, role, isActive, page, pageSize } = c.req.valid('query');
    const active = isActive === undefined ? undefined : isActive === 'true';
    return c.json(await users.listUsers(contextOf(c), { q, role, isActive: active }, page, pageSize), 200);
  });
  app.openapi(createRoute, async (c) => c.json(await users.createUser(contextOf(c), c.req.valid('json')), 201));
  app.openapi(getRoute, async (c) => c.json(await users.getUser(contextOf(c), c.req.valid('param').id), 200));
  app.openapi(updateRoute, async (c) => c.json(await users.updateUserProfile(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 200));
  app.openapi(deactivateRoute, async (c) => c.json(await users.setUserActive(contextOf(c), c.req.valid('param').id, false), 200));
  app.openapi(activateRoute, async (c) => c.json(await users.setUserActive(contextOf(c), c.req.valid('param').id, true), 200));
  app.openapi(resetRoute, async (c) => c.json(await users.resetUserPassword(contextOf(c), c.req.valid('param').id, c.req.valid('json').newPassword), 200));
  app.openapi(grantRoute, async (c) => c.json(await users.grantRole(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 200));
  app.openapi(revokeRoute, async (c) => {
    const { id, grantId } = c.req.valid('param');
    return c.json(await users.revokeRole(contextOf(c), id, grantId), 200);
  });
  app.openapi(peopleRoute, async (c) => {
    const { q, role, page, pageSize } = c.req.valid('query');
    return c.json(await people.listPeople(contextOf(c), { q, role }, page, pageSize), 200);
  });
  app.openapi(personRoute, async (c) => c.json(await people.getPerson(contextOf(c), c.req.valid('param').id), 200));
}
