import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { roleGrants, users } from '../identity/identity.tables.ts';
import { studentParents, studentPhotos } from './students.card.tables.ts';

/** The photo and the parents of a student card. */

export async function insertPhoto(db: Executor, values: typeof studentPhotos.$inferInsert): Promise<void> {
  await db.insert(studentPhotos).values(values);
}

/** The newest photo (earlier ones are the history). */
export async function latestPhoto(db: Executor, studentId: string) {
  const [row] = await db.select().from(studentPhotos).where(eq(studentPhotos.studentId, studentId)).orderBy(desc(studentPhotos.createdAt), desc(studentPhotos.id)).limit(1);
  return row;
}

export async function listParents(db: Executor, studentId: string) {
  return db
    .select({ link: studentParents, user: { id: users.id, username: users.username, lastName: users.lastName, firstName: users.firstName, patronymic: users.patronymic, phone: users.phone, passwordHash: users.passwordHash } })
    .from(studentParents)
    .innerJoin(users, eq(users.id, studentParents.parentUserId))
    .where(eq(studentParents.studentId, studentId))
    .orderBy(studentParents.createdAt, studentParents.id);
}

export async function findParentLink(db: Executor, studentId: string, parentUserId: string) {
  const [row] = await db.select().from(studentParents).where(and(eq(studentParents.studentId, studentId), eq(studentParents.parentUserId, parentUserId)));
  return row;
}

export async function findParentLinkById(db: Executor, studentId: string, id: string) {
  const [row] = await db.select().from(studentParents).where(and(eq(studentParents.studentId, studentId), eq(studentParents.id, id))).for('update');
  return row;
}

export async function insertParentLink(db: Executor, values: typeof studentParents.$inferInsert) {
  const [row] = await db.insert(studentParents).values(values).returning();
  return row;
}

export async function deleteParentLink(db: Executor, id: string): Promise<void> {
  await db.delete(studentParents).where(eq(studentParents.id, id));
}

/** The parent's grant scoped to the student: the one already there, or a new one. */
export async function ensureParentGrant(db: Executor, values: { id: string; userId: string; scopeStudentId: string; createdAt: Date; createdBy: string }): Promise<string> {
  await db.insert(roleGrants).values({ ...values, role: 'parent' }).onConflictDoNothing();
  const [row] = await db
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .where(and(eq(roleGrants.userId, values.userId), eq(roleGrants.role, 'parent'), eq(roleGrants.scopeStudentId, values.scopeStudentId), sql`${roleGrants.scopeUnitId} is null`));
  if (!row) throw new Error('parent grant missing after insert');
  return row.id;
}

export async function deleteGrant(db: Executor, id: string): Promise<void> {
  await db.delete(roleGrants).where(eq(roleGrants.id, id));
}

export async function insertAccount(db: Executor, values: typeof users.$inferInsert): Promise<void> {
  await db.insert(users).values(values);
}

/** The usernames (lower case) that start with the stem: to pick a free one. */
export async function usernamesLike(db: Executor, stem: string): Promise<Set<string>> {
  const rows = await db.select({ name: sql<string>`lower(${users.username})` }).from(users).where(sql`lower(${users.username}) like ${`${stem.toLowerCase()}%`}`);
  return new Set(rows.map((r) => r.name));
}

export async function findAccount(db: Executor, id: string) {
  const [row] = await db.select({ id: users.id, isActive: users.isActive }).from(users).where(eq(users.id, id));
  return row;
}
