import type { OpenAPIHono} from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import { auditEntryDto, auditQuery, settingDto, updateSettingBody } from '../../../shared/modules/admin/admin.contracts.ts';
import { pageOf } from '../../../shared/modules/identity/identity.contracts.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, json, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import { listSettings, updateSetting } from '../../platform/settings/settings.service.ts';
import { exportAuditCsv, listAudit } from './admin.service.ts';

const auditRoute = route({ method: 'get', path: '/admin/audit', tags: ['admin'], summary: 'The audit log', permission: 'admin.audit.read', request: { query: auditQuery }, responses: { 200: ok(pageOf(auditEntryDto)) } });
const exportRoute = route({
  method: 'get',
  path: '/admin/audit/export.csv',
  tags: ['admin'],
  summary: 'The audit log as CSV',
  permission: 'admin.audit.export',
  request: { query: auditQuery },
  responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } } },
});
const settingsRoute = route({ method: 'get', path: '/admin/settings', tags: ['admin'], summary: 'University settings', permission: 'admin.settings.read', responses: { 200: ok(z.array(settingDto)) } });
const updateRoute = route({
  method: 'put',
  path: '/admin/settings/{key}',
  tags: ['admin'],
  summary: 'Change a setting',
  permission: 'admin.settings.update',
  request: { params: z.object({ key: z.string().max(100) }), body: json(updateSettingBody) },
  responses: { 200: ok(settingDto), 400: errorSchema, 404: errorSchema },
});

export function adminRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(auditRoute, async (c) => c.json(await listAudit(contextOf(c), c.req.valid('query')), 200));
  app.openapi(exportRoute, (c) => {
    const ctx = contextOf(c);
    const { page: _page, pageSize: _size, ...query } = c.req.valid('query');
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="audit-${ctx.now.toISOString().slice(0, 10)}.csv"`);
    return stream(c, async (out) => {
      for await (const chunk of exportAuditCsv(ctx, query)) await out.write(chunk);
    });
  });
  app.openapi(settingsRoute, async (c) => c.json(await listSettings(contextOf(c).db), 200));
  app.openapi(updateRoute, async (c) => c.json(await updateSetting(contextOf(c), c.req.valid('param').key, c.req.valid('json').value), 200));
}
