import type { Role } from '../../../shared/access/permissions.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { assertStrongPassword } from './identity.auth.service.ts';
import * as repo from './identity.repository.ts';

/** Accounts made by other modules inside their own transactions (a student card brings its login). */

/**
 * Stored instead of a hash when an account has no usable password yet (a bulk import): it is no
 * argon2 string, so verifyPassword rejects every password until a reset sets a real one.
 */
export const NO_PASSWORD_HASH = '!';

export interface NewAccount {
  username: string;
  /** null: no usable password (NO_PASSWORD_HASH); the personnel office issues one by a reset */
  password: string | null;
  lastName: string;
  firstName: string;
  patronymic: string | null;
  email: string | null;
  phone: string | null;
  role: Role;
  homeUnitId?: string | null;
}

/** The rows of a new account (the user and its university-wide grant), for callers that write many at once. */
export function newAccountRows(ctx: Pick<ServiceContext, 'actor' | 'now'>, account: Omit<NewAccount, 'password'>, passwordHash: string) {
  const { role, ...profile } = account;
  const id = newId();
  const passwordChangedAt = passwordHash === NO_PASSWORD_HASH ? null : ctx.now;
  return {
    user: { ...profile, id, passwordHash, passwordChangedAt, createdAt: ctx.now, updatedAt: ctx.now },
    grant: { id: newId(), userId: id, role, createdAt: ctx.now, createdBy: ctx.actor.userId },
  };
}

/** Creates an account with one university-wide grant of the role; audited. Returns the user id. */
export async function createAccount(tx: Executor, ctx: ServiceContext, account: NewAccount): Promise<string> {
  if (await repo.findUserByUsername(tx, account.username)) throw new AppError('USERNAME_TAKEN', { username: account.username });
  const { password, ...rest } = account;
  if (password !== null) await assertStrongPassword({ db: tx }, password, account.username);
  const { user, grant } = newAccountRows(ctx, rest, password === null ? NO_PASSWORD_HASH : await hashPassword(password));
  const row = await repo.insertUser(tx, user);
  await repo.insertGrant(tx, grant);
  await recordAudit(tx, ctx, { action: 'identity.user.create', entityType: 'user', entityId: user.id, after: { ...row, role: grant.role } });
  return user.id;
}

/** Changes the names and contacts of an account (the caller audits the whole change). */
export async function updateAccountProfile(
  tx: Executor,
  userId: string,
  values: { lastName?: string | undefined; firstName?: string | undefined; patronymic?: string | null | undefined; email?: string | null | undefined; phone?: string | null | undefined },
  now: Date,
): Promise<void> {
  const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  await repo.updateUser(tx, userId, { ...defined, updatedAt: now });
}

/** Moves a person's home unit (a student's group follows their orders), so scoped readers see them. */
export async function setHomeUnit(tx: Executor, userId: string, unitId: string | null, now: Date): Promise<void> {
  await repo.updateUser(tx, userId, { homeUnitId: unitId, updatedAt: now });
}
