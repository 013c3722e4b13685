import type { OpenAPIHono} from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { changeLanguageBody, changePasswordBody, meDto, sessionDto, signInBody } from '../../../shared/modules/identity/identity.contracts.ts';
import { clearSessionCookie, writeSessionCookie } from '../../platform/auth/cookies.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, json, noContent } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf, publicContextOf } from '../../platform/http/service-context.ts';
import * as auth from './identity.auth.service.ts';

const tags = ['auth'];

const signInRoute = route({
  method: 'post',
  path: '/auth/sign-in',
  tags,
  summary: 'Sign in with the personal ID and password',
  public: true,
  request: { body: json(signInBody) },
  responses: { 200: { description: 'signed in', content: { 'application/json': { schema: meDto } } }, 401: errorSchema, 429: errorSchema },
});

const meRoute = route({
  method: 'get',
  path: '/auth/me',
  tags,
  summary: 'The signed-in user, their roles and abilities',
  permission: 'platform.self.manage',
  responses: { 200: { description: 'me', content: { 'application/json': { schema: meDto } } }, 401: errorSchema },
});

const signOutRoute = route({ method: 'post', path: '/auth/sign-out', tags, summary: 'Sign out', permission: 'platform.self.manage', responses: { 204: noContent } });

const passwordRoute = route({
  method: 'post',
  path: '/auth/password',
  tags,
  summary: 'Change the own password (other sessions end)',
  permission: 'platform.self.manage',
  request: { body: json(changePasswordBody) },
  responses: { 204: noContent, 400: errorSchema },
});

const languageRoute = route({
  method: 'put',
  path: '/auth/language',
  tags,
  summary: 'Remember the interface language',
  permission: 'platform.self.manage',
  request: { body: json(changeLanguageBody) },
  responses: { 204: noContent },
});

const sessionsRoute = route({
  method: 'get',
  path: '/auth/sessions',
  tags,
  summary: 'The own live sessions',
  permission: 'platform.self.manage',
  responses: { 200: { description: 'sessions', content: { 'application/json': { schema: z.array(sessionDto) } } } },
});

const endSessionRoute = route({
  method: 'delete',
  path: '/auth/sessions/{id}',
  tags,
  summary: 'End one of the own sessions',
  permission: 'platform.self.manage',
  request: { params: z.object({ id: z.string().uuid() }) },
  responses: { 204: noContent, 404: errorSchema },
});

export function identityAuthRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(signInRoute, async (c) => {
    const { username, password } = c.req.valid('json');
    const signedIn = await auth.signIn(publicContextOf(c), username, password);
    writeSessionCookie(c, signedIn.token, signedIn.expiresAt, c.get('services').config.secureCookies);
    return c.json(signedIn.me, 200);
  });
  app.openapi(meRoute, async (c) => c.json(await auth.getMe(contextOf(c)), 200));
  app.openapi(signOutRoute, async (c) => {
    await auth.signOut(contextOf(c));
    clearSessionCookie(c, c.get('services').config.secureCookies);
    return c.body(null, 204);
  });
  app.openapi(passwordRoute, async (c) => {
    const body = c.req.valid('json');
    await auth.changeOwnPassword(contextOf(c), body.currentPassword, body.newPassword);
    return c.body(null, 204);
  });
  app.openapi(languageRoute, async (c) => {
    await auth.changeOwnLanguage(contextOf(c), c.req.valid('json').lang);
    return c.body(null, 204);
  });
  app.openapi(sessionsRoute, async (c) => c.json(await auth.listOwnSessions(contextOf(c)), 200));
  app.openapi(endSessionRoute, async (c) => {
    await auth.endOwnSession(contextOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
