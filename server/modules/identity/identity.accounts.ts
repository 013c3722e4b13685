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

export interface NewAccount {
  username: string;
  password: string;
  lastName: string;
  firstName: string;
  patronymic: string | null;
  email: string | null;
  phone: string | null;
  role: Role;
  homeUnitId?: string | null;
}

/** Creates an account with one university-wide grant of the role; audited. Returns the user id. */
export async function createAccount(tx: Executor, ctx: ServiceContext, account: NewAccount): Promise<string> {
  if (await repo.findUserByUsername(tx, account.username)) throw new AppError('USERNAME_TAKEN', { username: account.username });
  await assertStrongPassword({ db: tx }, account.password, account.username);
  const id = newId();
  const { password, role, ...profile } = account;
  const row = await repo.insertUser(tx, { ...profile, id, passwordHash: await hashPassword(password), passwordChangedAt: ctx.now, createdAt: ctx.now, updatedAt: ctx.now });
  await repo.insertGrant(tx, { id: newId(), userId: id, role, createdAt: ctx.now, createdBy: ctx.actor.userId });
  await recordAudit(tx, ctx, { action: 'identity.user.create', entityType: 'user', entityId: id, after: { ...row, role } });
  return id;
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
