import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { disciplines } from '../curricula/curricula.tables.ts';
import { users } from '../identity/identity.tables.ts';
import { finalResults } from './gradebook.tables.ts';

/** Queries of final results. */

export type FinalResultRow = typeof finalResults.$inferSelect;

/** Serializes the recording of one student's results (attempt numbers are counted per student and discipline). */
export async function lockStudentResults(tx: Executor, studentId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`gradebook.results.${studentId}`}))`);
}

/** The highest attempt so far of each of the student's disciplines among `disciplineIds`. */
export async function lastAttempts(db: Executor, studentId: string, disciplineIds: string[]): Promise<Map<string, number>> {
  if (disciplineIds.length === 0) return new Map();
  const rows = await db
    .select({ disciplineId: finalResults.disciplineId, attempt: sql<number>`max(${finalResults.attempt})::int` })
    .from(finalResults)
    .where(and(eq(finalResults.studentId, studentId), inArray(finalResults.disciplineId, disciplineIds)))
    .groupBy(finalResults.disciplineId);
  return new Map(rows.map((r) => [r.disciplineId, r.attempt]));
}

export async function insertResults(db: Executor, values: (typeof finalResults.$inferInsert)[]): Promise<FinalResultRow[]> {
  if (values.length === 0) return [];
  return db.insert(finalResults).values(values).returning();
}

/** Which of the ids are disciplines of the catalog. */
export async function existingDisciplines(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: disciplines.id }).from(disciplines).where(inArray(disciplines.id, ids));
  return new Set(rows.map((r) => r.id));
}

/** Every result of a student with its discipline and recorder, in the order of study. */
export async function listResults(db: Executor, studentId: string) {
  return db
    .select({
      result: finalResults,
      discipline: { code: disciplines.code, nameRu: disciplines.nameRu, nameKy: disciplines.nameKy, nameEn: disciplines.nameEn, credits: disciplines.credits },
      recorder: { id: users.id, lastName: users.lastName, firstName: users.firstName, patronymic: users.patronymic },
    })
    .from(finalResults)
    .innerJoin(disciplines, eq(disciplines.id, finalResults.disciplineId))
    .innerJoin(users, eq(users.id, finalResults.recordedBy))
    .where(eq(finalResults.studentId, studentId))
    .orderBy(asc(finalResults.academicYear), sql`array_position(array['autumn','spring','summer'], ${finalResults.term})`, asc(disciplines.code), asc(finalResults.attempt));
}

/** The discipline and attempt of every result of a student, with the letter (what passing is counted from). */
export async function resultLetters(db: Executor, studentId: string) {
  return db.select({ disciplineId: finalResults.disciplineId, attempt: finalResults.attempt, letter: finalResults.letter }).from(finalResults).where(eq(finalResults.studentId, studentId));
}
