import type { Context } from 'hono';
import { AppError } from './app-error.ts';
import type { AppEnv, PublicContext, ServiceContext } from './context.ts';

export function publicContextOf(c: Context<AppEnv>): PublicContext {
  const services = c.get('services');
  return {
    db: services.database.db,
    actor: c.get('actor'),
    now: services.now(),
    requestId: c.get('requestId'),
    lang: c.get('lang'),
    ip: c.get('ip'),
    userAgent: c.get('userAgent'),
    services,
  };
}

/** The service context of a signed-in request (the route guard has already checked the actor). */
export function contextOf(c: Context<AppEnv>): ServiceContext {
  const ctx = publicContextOf(c);
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  return { ...ctx, actor: ctx.actor };
}
