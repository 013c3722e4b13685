import { checkPasswordStrength } from '../../../shared/modules/identity/rules/password-strength.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import type { Db } from '../../platform/db/client.ts';
import { newId } from '../../platform/ids.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { insertGrant, insertUser } from './identity.repository.ts';

/**
 * The first administrator of an empty production database, from ADMIN_USERNAME and ADMIN_PASSWORD.
 * Without them the server starts with nobody able to sign in, and says so.
 */
export async function bootstrapAdministrator(db: Db, env: NodeJS.ProcessEnv, logger: Logger): Promise<void> {
  const username = env.ADMIN_USERNAME?.trim();
  const password = env.ADMIN_PASSWORD ?? '';
  if (!username || !password) {
    logger.warn('empty database and no demo: set ADMIN_USERNAME and ADMIN_PASSWORD to create the first administrator');
    return;
  }
  const problems = checkPasswordStrength(password, username, 12);
  if (problems.length > 0) throw new Error(`ADMIN_PASSWORD is too weak (${problems.join(', ')}): at least 12 characters of three kinds.`);
  const now = new Date();
  const id = newId();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await insertUser(tx, { id, username, passwordHash, lastName: 'Administrator', firstName: username, passwordChangedAt: now, createdAt: now, updatedAt: now });
    await insertGrant(tx, { id: newId(), userId: id, role: 'administrator', createdAt: now });
    await recordAudit(tx, { actor: null, now, ip: null, requestId: 'bootstrap' }, { action: 'platform.system.bootstrap', entityType: 'user', entityId: id, after: { username, role: 'administrator' } });
  });
  logger.info({ username }, 'first administrator created');
}
