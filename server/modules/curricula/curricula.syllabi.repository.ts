import { and, desc, eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/client.ts';
import { users } from '../identity/identity.tables.ts';
import { disciplineSyllabi, studyPlanLines, studyPlans } from './curricula.tables.ts';

/** Queries of syllabus (УМКД) uploads and of where the working plans place a discipline. */

export type SyllabusRow = typeof disciplineSyllabi.$inferSelect;

const uploader = { lastName: users.lastName, firstName: users.firstName, patronymic: users.patronymic };

/** Every upload of a discipline, the newest year first and the newest upload first within it. */
export async function listSyllabi(db: Executor, disciplineId: string) {
  return db
    .select({ syllabus: disciplineSyllabi, uploader })
    .from(disciplineSyllabi)
    .innerJoin(users, eq(users.id, disciplineSyllabi.uploadedBy))
    .where(eq(disciplineSyllabi.disciplineId, disciplineId))
    .orderBy(desc(disciplineSyllabi.startYear), desc(disciplineSyllabi.uploadedAt), desc(disciplineSyllabi.id));
}

export async function findSyllabus(db: Executor, disciplineId: string, id: string): Promise<SyllabusRow | undefined> {
  const [row] = await db.select().from(disciplineSyllabi).where(and(eq(disciplineSyllabi.disciplineId, disciplineId), eq(disciplineSyllabi.id, id)));
  return row;
}

export async function insertSyllabus(tx: Tx, values: typeof disciplineSyllabi.$inferInsert): Promise<SyllabusRow> {
  const [row] = await tx.insert(disciplineSyllabi).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Where the approved working plans place the discipline: admission year and semester. */
export async function workingPlacements(db: Executor, disciplineId: string): Promise<{ admissionYear: number; semester: number }[]> {
  const rows = await db
    .select({ admissionYear: studyPlans.admissionYear, semester: studyPlanLines.semester })
    .from(studyPlanLines)
    .innerJoin(studyPlans, eq(studyPlans.id, studyPlanLines.planId))
    .where(and(eq(studyPlanLines.disciplineId, disciplineId), eq(studyPlans.kind, 'working'), eq(studyPlans.status, 'approved')));
  return rows.flatMap((r) => (r.admissionYear === null ? [] : [{ admissionYear: r.admissionYear, semester: r.semester }]));
}
