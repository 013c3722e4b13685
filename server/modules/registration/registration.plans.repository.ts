import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { individualPlanLines } from '../curricula/curricula.individual.tables.ts';
import { disciplines, studyPlanElectiveGroups, studyPlanLines } from '../curricula/curricula.tables.ts';
import { enrolments, offerings, sections, waitlistEntries } from './registration.offerings.tables.ts';
import type { PlanLineRow, WaitlistRow } from './registration.enrolment.repository.ts';

/** Queries of the ИУП flow: electives of the working plan, credits of a term, what a term still lacks. */

export async function findDiscipline(db: Executor, id: string) {
  const [row] = await db.select({ id: disciplines.id, code: disciplines.code, nameRu: disciplines.nameRu, nameKy: disciplines.nameKy, nameEn: disciplines.nameEn, credits: disciplines.credits, controlForm: disciplines.controlForm }).from(disciplines).where(eq(disciplines.id, id));
  return row;
}

/** The elective option of a working plan for a discipline, with how many its group chooses. */
export async function electiveOption(db: Executor, workingPlanId: string, disciplineId: string) {
  const [row] = await db
    .select({ line: studyPlanLines, choose: studyPlanElectiveGroups.choose })
    .from(studyPlanLines)
    .leftJoin(studyPlanElectiveGroups, and(eq(studyPlanElectiveGroups.planId, studyPlanLines.planId), eq(studyPlanElectiveGroups.key, studyPlanLines.electiveGroup)))
    .where(and(eq(studyPlanLines.planId, workingPlanId), eq(studyPlanLines.disciplineId, disciplineId), eq(studyPlanLines.groupKind, 'elective')));
  return row;
}

/** Electives chosen (in force) of a group of a plan. */
export async function chosenInGroup(db: Executor, planId: string, group: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(individualPlanLines)
    .where(and(eq(individualPlanLines.planId, planId), eq(individualPlanLines.electiveGroup, group), eq(individualPlanLines.kind, 'elective'), isNull(individualPlanLines.removedAt)));
  return row?.n ?? 0;
}

/** Elective groups of a working plan placed in some semesters, with how many each chooses. */
export async function electiveGroupsOf(db: Executor, workingPlanId: string, semesters: number[]) {
  if (semesters.length === 0) return [];
  return db
    .selectDistinct({ key: studyPlanElectiveGroups.key, choose: studyPlanElectiveGroups.choose, semester: studyPlanLines.semester })
    .from(studyPlanElectiveGroups)
    .innerJoin(studyPlanLines, and(eq(studyPlanLines.planId, studyPlanElectiveGroups.planId), eq(studyPlanLines.electiveGroup, studyPlanElectiveGroups.key)))
    .where(and(eq(studyPlanElectiveGroups.planId, workingPlanId), inArray(studyPlanLines.semester, semesters)));
}

export async function insertLine(tx: Executor, row: typeof individualPlanLines.$inferInsert): Promise<PlanLineRow> {
  const [inserted] = await tx.insert(individualPlanLines).values(row).returning();
  if (!inserted) throw new Error('insert returned nothing');
  return inserted;
}

export async function nextPosition(db: Executor, planId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`coalesce(max(${individualPlanLines.position}), -1)::int + 1` }).from(individualPlanLines).where(eq(individualPlanLines.planId, planId));
  return row?.n ?? 0;
}

/** Takes a line out once (kept for the places that point at it). */
export async function removeLine(tx: Executor, lineId: string, by: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(individualPlanLines)
    .set({ removedAt: at, removedBy: by })
    .where(and(eq(individualPlanLines.id, lineId), isNull(individualPlanLines.removedAt)))
    .returning({ id: individualPlanLines.id });
  return rows.length === 1;
}

/** The entries of a line still in a waitlist (waiting, or offered a seat held for them). */
export async function liveWaitlistOfLine(tx: Executor, lineId: string): Promise<WaitlistRow[]> {
  return tx
    .select()
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.planLineId, lineId), inArray(waitlistEntries.status, ['waiting', 'offered'])));
}

/**
 * For each discipline line of a term: the kinds of open sections its offerings have (all languages)
 * and the kinds the student holds a place of — what submitting checks the plan against.
 */
export async function sectionCoverage(db: Executor, studentId: string, academicYear: number, term: PlanLineRow['term'], lineIds: string[]) {
  if (lineIds.length === 0) return { offered: [], held: [] };
  const lines = await db.select({ id: individualPlanLines.id, disciplineId: individualPlanLines.disciplineId }).from(individualPlanLines).where(inArray(individualPlanLines.id, lineIds));
  const disciplineIds = lines.map((l) => l.disciplineId).filter((id): id is string => id !== null);
  const offered = disciplineIds.length
    ? await db
        .selectDistinct({ disciplineId: offerings.disciplineId, offeringId: offerings.id, kind: sections.kind })
        .from(offerings)
        .innerJoin(sections, and(eq(sections.offeringId, offerings.id), eq(sections.status, 'open')))
        .where(and(inArray(offerings.disciplineId, disciplineIds), eq(offerings.academicYear, academicYear), eq(offerings.term, term), eq(offerings.status, 'open')))
    : [];
  const held = await db
    .select({ planLineId: enrolments.planLineId, offeringId: enrolments.offeringId, kind: enrolments.kind })
    .from(enrolments)
    .where(and(eq(enrolments.studentId, studentId), eq(enrolments.status, 'enrolled'), inArray(enrolments.planLineId, lineIds)));
  return { lines, offered, held };
}
