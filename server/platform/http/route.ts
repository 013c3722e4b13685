import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { can } from '../../../shared/access/can.ts';
import type { Permission } from '../../../shared/access/permissions.ts';
import { AppError } from './app-error.ts';
import type { AppEnv } from './context.ts';

type Access = { permission: Permission; public?: never } | { public: true; permission?: never };

export interface RegisteredRoute {
  method: string;
  path: string;
  permission: Permission | null;
  isPublic: boolean;
}

/** Every route defined through `route()`, for the test that walks them all. */
export const ROUTE_REGISTRY: RegisteredRoute[] = [];

/** Refuses a request without a session (401) or without the permission (403). */
export function requirePermission(permission: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    if (!actor) throw new AppError('UNAUTHENTICATED');
    if (!can(actor, permission)) throw new AppError('FORBIDDEN');
    await next();
  };
}

const passThrough: MiddlewareHandler<AppEnv> = async (_c, next) => {
  await next();
};

/**
 * Defines an API route: its OpenAPI shape and who may call it. A route must say either
 * `permission` (checked before the handler runs) or `public: true`; one with neither is refused here.
 */
export function route<R extends Omit<RouteConfig, 'middleware'>>(config: R & Access): R & { middleware: MiddlewareHandler<AppEnv>[]; getRoutingPath(): string } {
  const { permission, public: isPublic, ...rest } = config;
  if (!permission && isPublic !== true) throw new Error(`route ${rest.method} ${rest.path} declares neither permission nor public`);
  ROUTE_REGISTRY.push({ method: rest.method.toUpperCase(), path: rest.path, permission: permission ?? null, isPublic: isPublic === true });
  const guard = permission ? requirePermission(permission) : passThrough;
  const security = permission ? [{ session: [] }] : [];
  return createRoute({ ...rest, security, middleware: [guard] }) as never;
}
