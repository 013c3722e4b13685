import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { listNotificationsQuery, notificationListDto } from '../../../shared/notifications/notifications.contracts.ts';
import type { AppEnv } from '../http/context.ts';
import { errorSchema, noContent, ok } from '../http/openapi.ts';
import { route } from '../http/route.ts';
import { contextOf } from '../http/service-context.ts';
import { listOwnNotifications, markAllOwnNotificationsRead, markOwnNotificationRead } from './notifications.service.ts';

const tags = ['notifications'];

const listRoute = route({
  method: 'get',
  path: '/notifications',
  tags,
  summary: 'The own notifications, newest first (20 a page), with the unread count',
  permission: 'platform.self.manage',
  request: { query: listNotificationsQuery },
  responses: { 200: ok(notificationListDto), 401: errorSchema },
});

const readRoute = route({
  method: 'post',
  path: '/notifications/{id}/read',
  tags,
  summary: 'Mark one of the own notifications read',
  permission: 'platform.self.manage',
  request: { params: z.object({ id: z.string().uuid() }) },
  responses: { 204: noContent, 404: errorSchema },
});

const readAllRoute = route({
  method: 'post',
  path: '/notifications/read-all',
  tags,
  summary: 'Mark every own notification read',
  permission: 'platform.self.manage',
  responses: { 200: ok(z.object({ marked: z.number().int() })) },
});

/** The bell's API: every signed-in user reads and marks only their own notifications. */
export function notificationsRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => c.json(await listOwnNotifications(contextOf(c), c.req.valid('query')), 200));
  app.openapi(readAllRoute, async (c) => c.json(await markAllOwnNotificationsRead(contextOf(c)), 200));
  app.openapi(readRoute, async (c) => {
    await markOwnNotificationRead(contextOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
