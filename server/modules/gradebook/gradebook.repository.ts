import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { disciplines } from '../curricula/curricula.tables.ts';
import { users } from '../identity/identity.tables.ts';
import { students } from '../students/students.tables.ts';
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

/** Locks the results against other writers for the rest of the transaction (a bulk recording). */
export async function lockResultsTable(tx: Executor): Promise<void> {
  await tx.execute(sql`lock table ${finalResults} in share row exclusive mode`);
}

const CHUNK = 2000;
const chunks = <T>(items: readonly T[]): T[][] => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** The highest attempt so far of every discipline of the students, keyed "student/discipline". */
export async function lastAttemptsOf(db: Executor, studentIds: string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (const ids of chunks(studentIds)) {
    const rows = await db
      .select({ studentId: finalResults.studentId, disciplineId: finalResults.disciplineId, attempt: sql<number>`max(${finalResults.attempt})::int` })
      .from(finalResults)
      .where(inArray(finalResults.studentId, ids))
      .groupBy(finalResults.studentId, finalResults.disciplineId);
    for (const r of rows) found.set(`${r.studentId}/${r.disciplineId}`, r.attempt);
  }
  return found;
}

/** Which of the ids are student cards. */
export async function existingStudents(db: Executor, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const chunk of chunks(ids)) for (const r of await db.select({ id: students.id }).from(students).where(inArray(students.id, chunk))) found.add(r.id);
  return found;
}

/** Inserts many results in chunks (one statement holds at most 65,535 parameters). */
export async function insertResultsChunked(db: Executor, values: (typeof finalResults.$inferInsert)[]): Promise<FinalResultRow[]> {
  const inserted: FinalResultRow[] = [];
  for (const chunk of chunks(values)) inserted.push(...(await insertResults(db, chunk)));
  return inserted;
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
