import { abilitiesOf } from '../../../shared/access/can.ts';
import type { Lang } from '../../../shared/i18n/languages.ts';
import type { MeDto, SessionDto } from '../../../shared/modules/identity/identity.contracts.ts';
import { checkPasswordStrength } from '../../../shared/modules/identity/rules/password-strength.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../platform/auth/password.ts';
import { newToken, tokenDigest } from '../../platform/auth/tokens.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { Actor, PublicContext, ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { getSetting, readSettings } from '../../platform/settings/settings.service.ts';
import * as repo from './identity.repository.ts';
import { toGrantDtos } from './identity.mappers.ts';

export interface SignedIn {
  token: string;
  expiresAt: Date;
  me: MeDto;
}

type SignInOutcome = { ok: true; user: repo.UserRow } | { ok: false; error: AppError };

/** Counts a failed attempt against the account, locking it after too many; audited. */
async function recordFailure(ctx: PublicContext, user: repo.UserRow): Promise<AppError> {
  const max = await getSetting(ctx.db, 'auth.maxFailedSignIns');
  const minutes = await getSetting(ctx.db, 'auth.lockoutMinutes');
  return ctx.db.transaction(async (tx) => {
    const row = (await repo.lockUser(tx, user.id)) ?? user;
    const failures = row.failedSignIns + 1;
    const locks = failures >= max;
    const lockedUntil = locks ? new Date(ctx.now.getTime() + minutes * 60_000) : row.lockedUntil;
    await repo.updateUser(tx, user.id, { failedSignIns: locks ? 0 : failures, lockedUntil });
    const who = { actorUsername: user.username, entityType: 'user', entityId: user.id };
    await recordAudit(tx, ctx, { ...who, action: 'auth.signin.failed', after: { failures } });
    if (locks) await recordAudit(tx, ctx, { ...who, action: 'auth.account.locked', after: { lockedUntil } });
    return locks ? new AppError('ACCOUNT_LOCKED', { minutes }) : new AppError('INVALID_CREDENTIALS');
  });
}

async function checkCredentials(ctx: PublicContext, username: string, password: string): Promise<SignInOutcome> {
  const perMinute = await getSetting(ctx.db, 'auth.ipSignInsPerMinute');
  const attempts = await repo.countSignInAttempt(ctx.db, `ip:${ctx.ip ?? 'unknown'}`, ctx.now);
  if (attempts > perMinute) return { ok: false, error: new AppError('TOO_MANY_ATTEMPTS') };
  const user = await repo.findUserByUsername(ctx.db, username);
  if (!user) {
    await verifyAgainstDummy(password);
    await ctx.db.transaction((tx) =>
      recordAudit(tx, ctx, { action: 'auth.signin.failed', entityType: 'user', entityId: null, actorUsername: username.slice(0, 64) }),
    );
    return { ok: false, error: new AppError('INVALID_CREDENTIALS') };
  }
  if (user.lockedUntil && user.lockedUntil > ctx.now) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - ctx.now.getTime()) / 60_000);
    return { ok: false, error: new AppError('ACCOUNT_LOCKED', { minutes }) };
  }
  if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, error: await recordFailure(ctx, user) };
  if (!user.isActive) return { ok: false, error: new AppError('ACCOUNT_INACTIVE') };
  return { ok: true, user };
}

/** Signs a user in: checks the rate limit, the lockout and the password, then opens a session. */
export async function signIn(ctx: PublicContext, username: string, password: string): Promise<SignedIn> {
  const outcome = await checkCredentials(ctx, username, password);
  if (!outcome.ok) throw outcome.error;
  const { user } = outcome;
  const hours = await getSetting(ctx.db, 'auth.sessionAbsoluteHours');
  const token = newToken();
  const expiresAt = new Date(ctx.now.getTime() + hours * 3_600_000);
  const session = await ctx.db.transaction(async (tx) => {
    await repo.updateUser(tx, user.id, { failedSignIns: 0, lockedUntil: null });
    const row = await repo.insertSession(tx, {
      id: tokenDigest(ctx.services.config.secret, token),
      publicId: newId(),
      userId: user.id,
      csrfToken: newToken(),
      createdAt: ctx.now,
      lastSeenAt: ctx.now,
      expiresAt,
      ip: ctx.ip,
      userAgent: ctx.userAgent?.slice(0, 500) ?? null,
    });
    const actorCtx = { ...ctx, actor: { userId: user.id, username: user.username } as Actor };
    await recordAudit(tx, actorCtx, { action: 'auth.session.create', entityType: 'session', entityId: row.publicId, after: { ip: row.ip, userAgent: row.userAgent } });
    return row;
  });
  const actor = await loadActor(ctx, user, session);
  return { token, expiresAt, me: await buildMe(ctx, user, actor) };
}

/** The actor behind a session: the user and every grant they hold. */
export async function loadActor(ctx: Pick<PublicContext, 'db'>, user: repo.UserRow, session: repo.SessionRow): Promise<Actor> {
  const grants = await repo.listGrants(ctx.db, [user.id]);
  return actorOf(
    user,
    session,
    grants.map(({ grant }) => grant),
  );
}

function actorOf(user: repo.UserRow, session: repo.SessionRow, grants: repo.ActorGrant[]): Actor {
  return {
    userId: user.id,
    username: user.username,
    lang: user.lang,
    grants: grants.map((grant) => ({ role: grant.role as Actor['grants'][number]['role'], scopeUnitId: grant.scopeUnitId, scopeStudentId: grant.scopeStudentId })),
    sessionId: session.id,
    csrfToken: session.csrfToken,
  };
}

/**
 * Resolves a session token to its actor, or null when the session is unknown, revoked,
 * past its absolute expiry, idle for too long, or its user is deactivated.
 */
export async function resolveSession(ctx: Pick<PublicContext, 'db' | 'now' | 'services'>, token: string): Promise<Actor | null> {
  const digest = tokenDigest(ctx.services.config.secret, token);
  const found = await repo.findLiveSession(ctx.db, digest, ctx.now);
  if (!found || !found.user.isActive) return null;
  const idleMinutes = await getSetting(ctx.db, 'auth.sessionIdleMinutes');
  if (ctx.now.getTime() - found.session.lastSeenAt.getTime() > idleMinutes * 60_000) return null;
  // one write a minute at most: the idle clock needs no finer grain, and reads stay reads
  if (ctx.now.getTime() - found.session.lastSeenAt.getTime() > 60_000) await repo.touchSession(ctx.db, digest, ctx.now);
  return actorOf(found.user, found.session, found.grants);
}

/** What the web needs about the signed-in user: profile, grants, abilities, CSRF token, university. */
export async function buildMe(ctx: Pick<PublicContext, 'db' | 'lang'>, user: repo.UserRow, actor: Actor): Promise<MeDto> {
  const settings = await readSettings(ctx.db);
  const lang: Lang = ctx.lang;
  return {
    user: {
      id: user.id,
      username: user.username,
      lastName: user.lastName,
      firstName: user.firstName,
      patronymic: user.patronymic,
      lang: user.lang,
      passwordChangedAt: user.passwordChangedAt?.toISOString() ?? null,
    },
    grants: toGrantDtos(await repo.listGrants(ctx.db, [user.id]), lang),
    abilities: abilitiesOf(actor),
    csrfToken: actor.csrfToken,
    university: { name: settings['university.name'][lang], shortName: settings['university.shortName'][lang], timeZone: settings['university.timeZone'] },
  };
}

export async function getMe(ctx: ServiceContext): Promise<MeDto> {
  const user = await repo.findUserById(ctx.db, ctx.actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  return buildMe(ctx, user, ctx.actor);
}

/** Ends the current session. */
export async function signOut(ctx: ServiceContext): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [publicId] = await repo.revokeSessions(tx, ctx.actor.userId, ctx.now, 'signOut', { onlyId: ctx.actor.sessionId });
    await recordAudit(tx, ctx, { action: 'auth.session.revoke', entityType: 'session', entityId: publicId ?? null, after: { reason: 'signOut' } });
  });
}

/** The user's own live sessions. */
export async function listOwnSessions(ctx: ServiceContext): Promise<SessionDto[]> {
  const idleMinutes = await getSetting(ctx.db, 'auth.sessionIdleMinutes');
  const rows = await repo.listLiveSessions(ctx.db, ctx.actor.userId, ctx.now);
  return rows
    .filter((s) => ctx.now.getTime() - s.lastSeenAt.getTime() <= idleMinutes * 60_000)
    .map((s) => ({
      id: s.publicId,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      expiresAt: s.expiresAt.toISOString(),
      ip: s.ip,
      userAgent: s.userAgent,
      isCurrent: s.id === ctx.actor.sessionId,
    }));
}

/** Ends one of the user's own sessions (another device). */
export async function endOwnSession(ctx: ServiceContext, publicId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const revoked = await repo.revokeSessions(tx, ctx.actor.userId, ctx.now, 'endedByUser', { onlyPublicId: publicId });
    if (revoked.length === 0) throw new AppError('SESSION_NOT_FOUND');
    await recordAudit(tx, ctx, { action: 'auth.session.revoke', entityType: 'session', entityId: publicId, after: { reason: 'endedByUser' } });
  });
}

/** Refuses a password that breaks the strength rule, with the list of what is wrong. */
export async function assertStrongPassword(ctx: Pick<PublicContext, 'db'>, password: string, username: string): Promise<void> {
  const minLength = await getSetting(ctx.db, 'auth.passwordMinLength');
  const problems = checkPasswordStrength(password, username, minLength);
  if (problems.length > 0) throw new AppError('PASSWORD_TOO_WEAK', { minLength }, { problems });
}

/** Changes the own password; every other session of the user ends. */
export async function changeOwnPassword(ctx: ServiceContext, currentPassword: string, newPassword: string): Promise<void> {
  const user = await repo.findUserById(ctx.db, ctx.actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(user.passwordHash, currentPassword))) throw new AppError('PASSWORD_WRONG');
  if (currentPassword === newPassword) throw new AppError('PASSWORD_REUSED');
  await assertStrongPassword(ctx, newPassword, user.username);
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    await repo.updateUser(tx, user.id, { passwordHash, passwordIsDemo: false, passwordChangedAt: ctx.now, updatedAt: ctx.now });
    const revoked = await repo.revokeSessions(tx, user.id, ctx.now, 'passwordChanged', { exceptId: ctx.actor.sessionId });
    await recordAudit(tx, ctx, { action: 'auth.password.change', entityType: 'user', entityId: user.id, after: { revokedSessions: revoked.length } });
  });
}

/** Remembers the user's interface language. */
export async function changeOwnLanguage(ctx: ServiceContext, lang: Lang): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findUserById(tx, ctx.actor.userId);
    await repo.updateUser(tx, ctx.actor.userId, { lang, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'platform.language.change', entityType: 'user', entityId: ctx.actor.userId, before: { lang: before?.lang }, after: { lang } });
  });
}
