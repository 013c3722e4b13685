import { OpenAPIHono } from '@hono/zod-openapi';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { sql } from 'drizzle-orm';
import { mountBackupRoute } from './platform/backup/index.ts';
import { notificationsRoutes } from './platform/notifications/index.ts';
import { mountApiDocs } from './platform/http/api-docs.ts';
import { AppError } from './platform/http/app-error.ts';
import type { AppEnv, AppServices } from './platform/http/context.ts';
import { errorResponse, handleError, validationDetails } from './platform/http/error-handler.ts';
import { csrfProtection, requestContext, sessionActor } from './platform/http/middleware.ts';
import { route } from './platform/http/route.ts';
import { mountWeb } from './platform/http/static-web.ts';
import { SESSION_COOKIE } from './platform/auth/cookies.ts';
import { adminRoutes } from './modules/admin/index.ts';
import { identityAuthRoutes, identityUsersRoutes, resolveSession } from './modules/identity/index.ts';
import { orgRoutes } from './modules/org/index.ts';
import { curriculaIndividualRoutes, curriculaPlansRoutes, curriculaRoutes, curriculaSyllabiRoutes, SYLLABUS_UPLOAD_PATH } from './modules/curricula/index.ts';
import { STUDENT_IMPORT_PATH, studentsRoutes, studentsTransferRoutes } from './modules/students/index.ts';
import { studentsReportsRoutes } from './modules/students/index.ts';
import { staffRoutes } from './modules/staff/index.ts';
import { calendarRoutes } from './modules/calendar/index.ts';
import { registrationRoutes } from './modules/registration/index.ts';
import { gradebookRoutes } from './modules/gradebook/index.ts';
import { financeRoutes } from './modules/finance/index.ts';
import { studentsCardRoutes, studentsStructureRoutes } from './modules/students/index.ts';
import { z } from '@hono/zod-openapi';

const healthRoute = route({
  method: 'get',
  path: '/health',
  tags: ['operations'],
  summary: 'Liveness and database reachability',
  public: true,
  responses: {
    200: { description: 'healthy', content: { 'application/json': { schema: z.object({ status: z.literal('ok'), database: z.string() }) } } },
    503: { description: 'database unreachable' },
  },
});

/** The API: every module's routes under /api, validated by their zod contracts. */
function createApi(services: AppServices): OpenAPIHono<AppEnv> {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return errorResponse(c, 'VALIDATION_FAILED', {}, validationDetails(result.error, c.get('lang')));
      return undefined;
    },
  });
  api.openapi(healthRoute, async (c) => {
    try {
      await services.database.db.execute(sql`select 1`);
      return c.json({ status: 'ok' as const, database: services.database.kind }, 200);
    } catch {
      throw new AppError('SERVICE_UNAVAILABLE');
    }
  });
  identityAuthRoutes(api);
  identityUsersRoutes(api);
  orgRoutes(api);
  studentsTransferRoutes(api); // before studentsRoutes: /students/export.xlsx is no /students/{id}
  studentsReportsRoutes(api); // before studentsRoutes: /students/{id}/card.pdf
  studentsRoutes(api);
  curriculaRoutes(api);
  curriculaPlansRoutes(api);
  curriculaIndividualRoutes(api);
  curriculaSyllabiRoutes(api);
  staffRoutes(api);
  calendarRoutes(api);
  studentsStructureRoutes(api);
  studentsCardRoutes(api);
  registrationRoutes(api);
  gradebookRoutes(api);
  financeRoutes(api);
  adminRoutes(api);
  notificationsRoutes(api);
  api.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE });
  api.doc31('/docs/json', { openapi: '3.1.0', info: { title: 'Univer API', version: '0.1.0', description: 'University information system. Mutations need the X-CSRF-Token header.' } });
  return api;
}

/** The composition root: middleware, every module, the docs and the web app. No listening here. */
export function createApp(services: AppServices): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requestContext(services));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
      strictTransportSecurity: services.config.secureCookies ? 'max-age=31536000; includeSubDomains' : false,
    }),
  );
  const limit = (maxSize: number): MiddlewareHandler<AppEnv> => bodyLimit({ maxSize, onError: () => { throw new AppError('BODY_TOO_LARGE'); } });
  const apiLimit = limit(services.config.bodyLimitBytes);
  const importLimit = limit(services.config.importLimitBytes);
  // a file import and a syllabus upload are the requests allowed past the global limit, up to the import's
  const isFileUpload = (path: string, method: string) => path === STUDENT_IMPORT_PATH || (method === 'POST' && SYLLABUS_UPLOAD_PATH.test(path));
  const bodyLimits: MiddlewareHandler<AppEnv> = (c, next) => (isFileUpload(c.req.path, c.req.method) ? importLimit : apiLimit)(c, next);
  app.use('/api/*', bodyLimits);
  app.use('/api/*', sessionActor((s, token) => resolveSession({ db: s.database.db, now: s.now(), services: s }, token)));
  app.use('/api/*', csrfProtection());
  app.onError(handleError);
  mountApiDocs(app);
  // backup: mount here
  mountBackupRoute(app, services);
  app.route('/api', createApi(services));
  app.all('/api/*', (c) => errorResponse(c, 'ROUTE_NOT_FOUND'));
  mountWeb(app, services.config.webDir);
  return app;
}
