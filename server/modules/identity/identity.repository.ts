import { and, asc, count, eq, gt, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.ts';
import { compiled, type Slots } from '../../platform/db/compiled.ts';
import { orgUnits } from '../org/org.tables.ts';
import { roleGrants, sessions, signInThrottle, users } from './identity.tables.ts';

/** Queries of the identity module: accounts, sessions, grants, the sign-in throttle. */

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type GrantRow = typeof roleGrants.$inferSelect;

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(sql`lower(${users.username}) = ${username.trim().toLowerCase()}`);
  return row;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Locks the user's row for the rest of the transaction (sign-in counters, password changes). */
export async function lockUser(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).for('update');
  return row;
}

export async function updateUser(db: Executor, id: string, values: Partial<typeof users.$inferInsert>): Promise<UserRow> {
  const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning();
  if (!row) throw new Error(`user ${id} vanished`);
  return row;
}

export async function insertUser(db: Executor, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** A grant as an actor carries it: the role and its scope. */
export interface ActorGrant {
  role: string;
  scopeUnitId: string | null;
  scopeStudentId: string | null;
}

/**
 * A live session (not revoked, not past its absolute expiry) by token digest, with its user and the
 * user's grants in one round trip: every request of a signed-in user starts here.
 */
// every request signed in reads this: compiled once (server/platform/db/compiled.ts)
const liveSession = compiled((db, $: Slots<{ digest: string; now: string }>) =>
  db
    .select({
      session: sessions,
      user: users,
      grants: sql<ActorGrant[]>`coalesce((select json_agg(json_build_object('role', g.role, 'scopeUnitId', g.scope_unit_id, 'scopeStudentId', g.scope_student_id) order by g.created_at, g.id) from role_grants g where g.user_id = ${users.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, $.digest), isNull(sessions.revokedAt), gt(sessions.expiresAt, $.now))),
);

export async function findLiveSession(db: Executor, digest: string, now: Date) {
  const [row] = await liveSession(db, { digest, now: now.toISOString() });
  return row;
}

export async function insertSession(db: Executor, values: typeof sessions.$inferInsert): Promise<SessionRow> {
  const [row] = await db.insert(sessions).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function touchSession(db: Executor, id: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
}

export async function listLiveSessions(db: Executor, userId: string, now: Date): Promise<SessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(asc(sessions.createdAt));
}

/** Revokes sessions of a user: one (by public id), all, or all but one. Returns the revoked public ids. */
export async function revokeSessions(
  db: Executor,
  userId: string,
  now: Date,
  reason: string,
  which: { onlyPublicId?: string; onlyId?: string; exceptId?: string } = {},
): Promise<string[]> {
  const conditions: SQL[] = [eq(sessions.userId, userId), isNull(sessions.revokedAt)];
  if (which.onlyPublicId) conditions.push(eq(sessions.publicId, which.onlyPublicId));
  if (which.onlyId) conditions.push(eq(sessions.id, which.onlyId));
  if (which.exceptId) conditions.push(sql`${sessions.id} <> ${which.exceptId}`);
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now, revokeReason: reason })
    .where(and(...conditions))
    .returning({ publicId: sessions.publicId });
  return rows.map((r) => r.publicId);
}

const scopeUnit = alias(orgUnits, 'scope_unit');
const scopeStudent = alias(users, 'scope_student');

/** Grants of users, with the names of their scopes. */
export async function listGrants(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({
      grant: roleGrants,
      unit: { nameRu: scopeUnit.nameRu, nameKy: scopeUnit.nameKy, nameEn: scopeUnit.nameEn },
      student: { lastName: scopeStudent.lastName, firstName: scopeStudent.firstName, patronymic: scopeStudent.patronymic },
    })
    .from(roleGrants)
    .leftJoin(scopeUnit, eq(scopeUnit.id, roleGrants.scopeUnitId))
    .leftJoin(scopeStudent, eq(scopeStudent.id, roleGrants.scopeStudentId))
    .where(inArray(roleGrants.userId, userIds))
    .orderBy(asc(roleGrants.createdAt), asc(roleGrants.id));
}

export async function insertGrant(db: Executor, values: typeof roleGrants.$inferInsert): Promise<GrantRow | undefined> {
  const [row] = await db.insert(roleGrants).values(values).onConflictDoNothing().returning();
  return row;
}

export async function deleteGrant(db: Executor, userId: string, grantId: string): Promise<GrantRow | undefined> {
  const [row] = await db.delete(roleGrants).where(and(eq(roleGrants.id, grantId), eq(roleGrants.userId, userId))).returning();
  return row;
}

export async function countActiveAdministrators(db: Executor): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(roleGrants.role, 'administrator'), eq(users.isActive, true)));
  return row?.n ?? 0;
}

/**
 * Counts a sign-in attempt from a client address in the current one-minute window and
 * returns the count so far (one upsert, safe under concurrent attempts).
 */
export async function countSignInAttempt(db: Executor, key: string, now: Date): Promise<number> {
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const [row] = await db
    .insert(signInThrottle)
    .values({ key, windowStart, attempts: 1 })
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: {
        attempts: sql`case when ${signInThrottle.windowStart} = ${windowStart.toISOString()}::timestamptz then ${signInThrottle.attempts} + 1 else 1 end`,
        windowStart,
      },
    })
    .returning({ attempts: signInThrottle.attempts });
  return row?.attempts ?? 1;
}

