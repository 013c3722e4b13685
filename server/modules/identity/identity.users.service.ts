import { ROLE_DEFINITIONS } from '../../../shared/access/permissions.ts';
import type { Lang } from '../../../shared/i18n/languages.ts';
import type { CreateUserBody, GrantBody, UpdateUserBody, UserDto } from '../../../shared/modules/identity/identity.contracts.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { findUnit } from '../org/index.ts';
import { assertStrongPassword } from './identity.auth.service.ts';
import { findUserWithUnit, searchUsers, type DirectoryFilter } from './identity.directory.repository.ts';
import { toGrantDtos, toUserDto, unitLabel } from './identity.mappers.ts';
import * as repo from './identity.repository.ts';

/** User administration: accounts, passwords, activation, role grants. Administrators only. */


async function userDto(db: Executor, id: string, lang: Lang): Promise<UserDto> {
  const row = await findUserWithUnit(db, id);
  if (!row) throw new AppError('USER_NOT_FOUND');
  return toUserDto(row.user, toGrantDtos(await repo.listGrants(db, [id]), lang), unitLabel(row.unit, lang));
}

export async function listUsers(ctx: ServiceContext, filter: DirectoryFilter, page: number, pageSize: number) {
  const { rows, total } = await searchUsers(ctx.db, filter, page, pageSize);
  const grantRows = await repo.listGrants(ctx.db, rows.map((r) => r.user.id));
  const grantsOf = (userId: string) => toGrantDtos(grantRows.filter(({ grant }) => grant.userId === userId), ctx.lang);
  return { items: rows.map((r) => toUserDto(r.user, grantsOf(r.user.id), unitLabel(r.unit, ctx.lang))), total, page, pageSize };
}

export async function getUser(ctx: ServiceContext, id: string): Promise<UserDto> {
  return userDto(ctx.db, id, ctx.lang);
}

async function assertUnitExists(db: Executor, unitId: string | null | undefined): Promise<void> {
  if (unitId && !(await findUnit(db, unitId))) throw new AppError('UNIT_NOT_FOUND');
}

export async function createUser(ctx: ServiceContext, body: CreateUserBody): Promise<UserDto> {
  await assertStrongPassword(ctx, body.password, body.username);
  await assertUnitExists(ctx.db, body.homeUnitId);
  const passwordHash = await hashPassword(body.password);
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    if (await repo.findUserByUsername(tx, body.username)) throw new AppError('USERNAME_TAKEN', { username: body.username });
    const { password: _password, ...profile } = body;
    const row = await repo.insertUser(tx, { ...profile, id, passwordHash, passwordChangedAt: ctx.now, createdAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'identity.user.create', entityType: 'user', entityId: id, after: row });
  });
  return userDto(ctx.db, id, ctx.lang);
}

export async function updateUserProfile(ctx: ServiceContext, id: string, body: UpdateUserBody): Promise<UserDto> {
  await assertUnitExists(ctx.db, body.homeUnitId);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockUser(tx, id);
    if (!before) throw new AppError('USER_NOT_FOUND');
    const after = await repo.updateUser(tx, id, { ...body, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'identity.user.update', entityType: 'user', entityId: id, before, after });
  });
  return userDto(ctx.db, id, ctx.lang);
}

/** Deactivates (their sessions end at once) or reactivates an account; the last administrator stays. */
export async function setUserActive(ctx: ServiceContext, id: string, isActive: boolean): Promise<UserDto> {
  if (!isActive && id === ctx.actor.userId) throw new AppError('CANNOT_DEACTIVATE_SELF');
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockUser(tx, id);
    if (!before) throw new AppError('USER_NOT_FOUND');
    await repo.updateUser(tx, id, { isActive, updatedAt: ctx.now, ...(isActive ? { failedSignIns: 0, lockedUntil: null } : {}) });
    if (!isActive) {
      if ((await repo.countActiveAdministrators(tx)) === 0) throw new AppError('LAST_ADMINISTRATOR');
      await repo.revokeSessions(tx, id, ctx.now, 'deactivated');
    }
    await recordAudit(tx, ctx, { action: 'identity.user.deactivate', entityType: 'user', entityId: id, before: { isActive: before.isActive }, after: { isActive } });
  });
  return userDto(ctx.db, id, ctx.lang);
}

/** Sets a new password for a user (who forgot theirs); their sessions end and the lockout clears. */
export async function resetUserPassword(ctx: ServiceContext, id: string, newPassword: string): Promise<UserDto> {
  const user = await repo.findUserById(ctx.db, id);
  if (!user) throw new AppError('USER_NOT_FOUND');
  await assertStrongPassword(ctx, newPassword, user.username);
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    await repo.updateUser(tx, id, { passwordHash, passwordIsDemo: false, passwordChangedAt: ctx.now, failedSignIns: 0, lockedUntil: null, updatedAt: ctx.now });
    const revoked = await repo.revokeSessions(tx, id, ctx.now, 'passwordReset');
    await recordAudit(tx, ctx, { action: 'identity.user.resetPassword', entityType: 'user', entityId: id, after: { revokedSessions: revoked.length } });
  });
  return userDto(ctx.db, id, ctx.lang);
}

async function assertGrantScope(db: Executor, body: GrantBody): Promise<void> {
  const scopes = ROLE_DEFINITIONS[body.role].scopes;
  const unitId = body.scopeUnitId ?? null;
  const studentId = body.scopeStudentId ?? null;
  if (unitId && studentId) throw new AppError('GRANT_SCOPE_INVALID', { role: body.role });
  const kind = unitId ? 'unit' : studentId ? 'student' : 'university';
  if (!scopes.includes(kind)) throw new AppError('GRANT_SCOPE_INVALID', { role: body.role });
  if (unitId && !(await findUnit(db, unitId))) throw new AppError('UNIT_NOT_FOUND');
  if (studentId) {
    const studentGrants = await repo.listGrants(db, [studentId]);
    if (!studentGrants.some(({ grant }) => grant.role === 'student')) throw new AppError('GRANT_SCOPE_INVALID', { role: body.role });
  }
}

/** Grants a role, scoped as the role allows (a unit, a student for a parent, or the university). */
export async function grantRole(ctx: ServiceContext, userId: string, body: GrantBody): Promise<UserDto> {
  if (!(await repo.findUserById(ctx.db, userId))) throw new AppError('USER_NOT_FOUND');
  await assertGrantScope(ctx.db, body);
  await ctx.db.transaction(async (tx) => {
    const row = await repo.insertGrant(tx, {
      id: newId(),
      userId,
      role: body.role,
      scopeUnitId: body.scopeUnitId ?? null,
      scopeStudentId: body.scopeStudentId ?? null,
      createdAt: ctx.now,
      createdBy: ctx.actor.userId,
    });
    if (!row) throw new AppError('GRANT_EXISTS');
    await recordAudit(tx, ctx, { action: 'identity.grant.manage', entityType: 'roleGrant', entityId: row.id, after: row });
  });
  return userDto(ctx.db, userId, ctx.lang);
}

/** Revokes a grant; the last active administrator's administrator grant stays. */
export async function revokeRole(ctx: ServiceContext, userId: string, grantId: string): Promise<UserDto> {
  await ctx.db.transaction(async (tx) => {
    const row = await repo.deleteGrant(tx, userId, grantId);
    if (!row) throw new AppError('GRANT_NOT_FOUND');
    if (row.role === 'administrator' && (await repo.countActiveAdministrators(tx)) === 0) throw new AppError('LAST_ADMINISTRATOR');
    await recordAudit(tx, ctx, { action: 'identity.grant.manage', entityType: 'roleGrant', entityId: row.id, before: row, after: null });
  });
  return userDto(ctx.db, userId, ctx.lang);
}
