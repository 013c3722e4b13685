import { and, asc, desc, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { users } from '../identity/identity.tables.ts';
import { groupProfiles, placements, programs, students } from '../students/students.tables.ts';
import { individualPlanLines, individualPlans, individualPlanStatusChanges } from './curricula.individual.tables.ts';
import { disciplines, studyPlanElectiveGroups, studyPlanLines, studyPlanPractices, studyPlans } from './curricula.tables.ts';

/** Queries of individual study plans (ИУП), and what deriving one reads of the student and the working plan. */

export type IndividualPlanRow = typeof individualPlans.$inferSelect;
export type NewIndividualLineRow = typeof individualPlanLines.$inferInsert;

/** A student card with its account: who the plan is for and whom access is checked against. */
export async function findStudent(db: Executor, studentId: string) {
  const [row] = await db
    .select({ id: students.id, userId: users.id, homeUnitId: users.homeUnitId, lastName: users.lastName, firstName: users.firstName, patronymic: users.patronymic })
    .from(students)
    .innerJoin(users, eq(users.id, students.userId))
    .where(eq(students.id, studentId));
  return row;
}

/** The student's open period (where they stand now or will from its start): the unit access is checked in. */
export async function findOpenGroup(db: Executor, studentId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ groupId: placements.groupId })
    .from(placements)
    .where(and(eq(placements.studentId, studentId), isNull(placements.validTo), eq(placements.isCancelled, false)));
  return row?.groupId;
}

/** The period covering a day, with the admission year of its group: the student's standing that day. */
export async function findStandingOn(db: Executor, studentId: string, day: string) {
  const [row] = await db
    .select({ status: placements.status, groupId: placements.groupId, programId: placements.programId, admissionYear: groupProfiles.admissionYear })
    .from(placements)
    .leftJoin(groupProfiles, eq(groupProfiles.unitId, placements.groupId))
    .where(and(eq(placements.studentId, studentId), eq(placements.isCancelled, false), lte(placements.validFrom, day), or(isNull(placements.validTo), gt(placements.validTo, day))))
    .orderBy(desc(placements.validFrom))
    .limit(1);
  return row;
}

/** The approved working plan of a program for an admission year (at most one is approved at a time). */
export async function findApprovedWorkingPlan(db: Executor, programId: string, admissionYear: number) {
  const [row] = await db
    .select()
    .from(studyPlans)
    .where(and(eq(studyPlans.programId, programId), eq(studyPlans.kind, 'working'), eq(studyPlans.admissionYear, admissionYear), eq(studyPlans.status, 'approved')));
  return row;
}

export async function findWorkingPlan(db: Executor, id: string) {
  const [row] = await db.select().from(studyPlans).where(eq(studyPlans.id, id));
  return row;
}

export async function findProgram(db: Executor, programId: string) {
  const [row] = await db.select().from(programs).where(eq(programs.id, programId));
  return row;
}

/** Everything of a working plan an ИУП is built from: lines with the discipline's code, names and languages, groups, practices. */
export async function workingPlanContent(db: Executor, planId: string) {
  // one after another: derivation reads it inside its transaction, one connection
  const lines = await db
    .select({ line: studyPlanLines, code: disciplines.code, nameRu: disciplines.nameRu, nameKy: disciplines.nameKy, nameEn: disciplines.nameEn, languages: disciplines.languages })
    .from(studyPlanLines)
    .innerJoin(disciplines, eq(disciplines.id, studyPlanLines.disciplineId))
    .where(eq(studyPlanLines.planId, planId))
    .orderBy(asc(studyPlanLines.semester), asc(studyPlanLines.position));
  const groups = await db.select().from(studyPlanElectiveGroups).where(eq(studyPlanElectiveGroups.planId, planId)).orderBy(asc(studyPlanElectiveGroups.key));
  const practices = await db.select().from(studyPlanPractices).where(eq(studyPlanPractices.planId, planId)).orderBy(asc(studyPlanPractices.semester));
  return { lines, groups, practices };
}

const withContext = { plan: individualPlans, workingPlan: { id: studyPlans.id, version: studyPlans.version, admissionYear: studyPlans.admissionYear }, program: programs };

export async function findIndividualPlan(db: Executor, id: string) {
  const [row] = await db
    .select(withContext)
    .from(individualPlans)
    .innerJoin(studyPlans, eq(studyPlans.id, individualPlans.workingPlanId))
    .innerJoin(programs, eq(programs.id, individualPlans.programId))
    .where(eq(individualPlans.id, id));
  return row;
}

export async function findIndividualPlanOf(db: Executor, studentId: string, academicYear: number): Promise<IndividualPlanRow | undefined> {
  const [row] = await db.select().from(individualPlans).where(and(eq(individualPlans.studentId, studentId), eq(individualPlans.academicYear, academicYear)));
  return row;
}

/** A student's plans, the newest academic year first, with the credits placed in each. */
export async function listIndividualPlansOf(db: Executor, studentId: string) {
  const credits = sql<number>`(select coalesce(sum(l.credits), 0)::int from individual_plan_lines l where l.plan_id = ${individualPlans.id} and l.removed_at is null)`;
  return db
    .select({ ...withContext, credits })
    .from(individualPlans)
    .innerJoin(studyPlans, eq(studyPlans.id, individualPlans.workingPlanId))
    .innerJoin(programs, eq(programs.id, individualPlans.programId))
    .where(eq(individualPlans.studentId, studentId))
    .orderBy(desc(individualPlans.academicYear));
}

/** The lines of an ИУП with their discipline's code and names and their practice's kind. */
export async function individualLines(db: Executor, planId: string) {
  return db
    .select({ line: individualPlanLines, code: disciplines.code, nameRu: disciplines.nameRu, nameKy: disciplines.nameKy, nameEn: disciplines.nameEn, practiceKind: studyPlanPractices.kind })
    .from(individualPlanLines)
    .leftJoin(disciplines, eq(disciplines.id, individualPlanLines.disciplineId))
    .leftJoin(studyPlanPractices, eq(studyPlanPractices.id, individualPlanLines.practiceId))
    .where(and(eq(individualPlanLines.planId, planId), isNull(individualPlanLines.removedAt)))
    .orderBy(asc(individualPlanLines.semester), asc(individualPlanLines.position));
}

/** Every status change of an ИУП, oldest first, with the name of who made it. */
export async function statusHistory(db: Executor, planId: string) {
  return db
    .select({ change: individualPlanStatusChanges, lastName: users.lastName, firstName: users.firstName })
    .from(individualPlanStatusChanges)
    .leftJoin(users, eq(users.id, individualPlanStatusChanges.changedBy))
    .where(eq(individualPlanStatusChanges.planId, planId))
    .orderBy(asc(individualPlanStatusChanges.changedAt), asc(individualPlanStatusChanges.id));
}

/** Names of users (the people behind a plan's steps). */
export async function userNames(db: Executor, ids: string[]) {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: users.id, lastName: users.lastName, firstName: users.firstName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, `${r.lastName} ${r.firstName}`]));
}

/** Serializes the derivation of one student's plan of one academic year until the transaction ends. */
export async function lockStudentYear(tx: Executor, studentId: string, academicYear: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`curricula.individual.${studentId}.${academicYear}`}))`);
}

/** Writes a new ИУП with its lines and its first status change (to draft). */
export async function insertIndividualPlan(tx: Executor, plan: typeof individualPlans.$inferInsert, lines: NewIndividualLineRow[], change: typeof individualPlanStatusChanges.$inferInsert): Promise<IndividualPlanRow> {
  const [row] = await tx.insert(individualPlans).values(plan).returning();
  if (!row) throw new Error('insert returned nothing');
  if (lines.length) await tx.insert(individualPlanLines).values(lines);
  await tx.insert(individualPlanStatusChanges).values(change);
  return row;
}
