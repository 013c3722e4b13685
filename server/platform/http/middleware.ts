import { randomUUID } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import { isLang, pickLang } from '../../../shared/i18n/languages.ts';
import { readSessionCookie } from '../auth/cookies.ts';
import { sameSecret } from '../auth/tokens.ts';
import { AppError } from './app-error.ts';
import type { Actor, AppEnv, AppServices } from './context.ts';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

function clientIp(c: Parameters<MiddlewareHandler<AppEnv>>[0], trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // app.request() in tests has no socket
  }
}

/** Sets what every request carries: request id, services, language, client address, a child logger. */
export function requestContext(services: AppServices): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('services', services);
    c.set('actor', null);
    c.set('lang', pickLang(c.req.header('accept-language')));
    c.set('ip', clientIp(c, services.config.trustProxy));
    c.set('userAgent', c.req.header('user-agent') ?? null);
    const logger = services.logger.child({ requestId });
    c.set('logger', logger);
    c.header('X-Request-Id', requestId);
    const started = performance.now();
    await next();
    logger.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  };
}

/**
 * Resolves the session cookie to the actor. Without an explicit language in the request,
 * the user's remembered language is used.
 */
export function sessionActor(resolve: (services: AppServices, token: string) => Promise<Actor | null>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = readSessionCookie(c);
    if (token) {
      const actor = await resolve(c.get('services'), token);
      c.set('actor', actor);
      const explicit = c.req.header('accept-language');
      if (actor && !(explicit && isLang(explicit.slice(0, 2)))) c.set('lang', actor.lang);
    }
    await next();
  };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for every mutation: a cross-site Origin is refused outright, and a request
 * authenticated by the session cookie must echo the session's CSRF token in X-CSRF-Token.
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin) {
      const host = c.req.header('x-forwarded-host') ?? c.req.header('host');
      if (!host || hostOf(origin) !== host) throw new AppError('CSRF_FAILED');
    }
    const actor = c.get('actor');
    if (actor) {
      const sent = c.req.header('x-csrf-token') ?? '';
      if (!sameSecret(sent, actor.csrfToken)) throw new AppError('CSRF_FAILED');
    }
    return next();
  };
}
