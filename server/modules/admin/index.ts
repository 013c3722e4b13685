/** The admin module's public API: the audit log viewer and university settings. */
export { adminRoutes } from './admin.routes.ts';
