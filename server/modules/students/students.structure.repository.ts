import { and, count, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { orgUnits } from '../org/org.tables.ts';
import { groupProfiles, placements, programs } from './students.tables.ts';

/** The checks of editing programs and groups: codes in use, students ever placed, a program's groups. */

export async function isProgramCodeTaken(db: Executor, code: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(programs)
    .where(and(sql`lower(${programs.code}) = lower(${code})`, exceptId ? ne(programs.id, exceptId) : undefined));
  return (row?.n ?? 0) > 0;
}

export async function isGroupCodeTaken(db: Executor, code: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(orgUnits)
    .where(and(eq(orgUnits.kind, 'group'), sql`lower(${orgUnits.code}) = lower(${code})`, exceptId ? ne(orgUnits.id, exceptId) : undefined));
  return (row?.n ?? 0) > 0;
}

/** Whether any signed order ever placed a student in the group (cancelled periods do not count). */
export async function hasEverHadStudents(db: Executor, groupId: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(placements)
    .where(and(eq(placements.groupId, groupId), eq(placements.isCancelled, false)));
  return (row?.n ?? 0) > 0;
}

export async function programGroupIds(db: Executor, programId: string): Promise<string[]> {
  const rows = await db.select({ id: groupProfiles.unitId }).from(groupProfiles).where(eq(groupProfiles.programId, programId));
  return rows.map((r) => r.id);
}

/** The group's profile row, locked for the rest of the transaction. */
export async function lockGroupProfile(db: Executor, groupId: string) {
  const [row] = await db.select().from(groupProfiles).where(eq(groupProfiles.unitId, groupId)).for('update');
  return row;
}

export async function lockProgram(db: Executor, id: string) {
  const [row] = await db.select().from(programs).where(eq(programs.id, id)).for('update');
  return row;
}

/** Inserts the program unless its code is taken (also by a concurrent insert); undefined when taken. */
export async function insertProgramIfCodeFree(db: Executor, values: typeof programs.$inferInsert) {
  const [row] = await db.insert(programs).values(values).onConflictDoNothing({ target: programs.code }).returning();
  return row;
}
