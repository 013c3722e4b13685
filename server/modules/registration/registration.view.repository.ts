import { and, asc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.ts';
import { academicTerms, academicYears } from '../calendar/calendar.tables.ts';
import { individualPlanLines, individualPlanStatusChanges, type individualPlans } from '../curricula/curricula.individual.tables.ts';
import { disciplinePrerequisites, disciplines, studyPlanElectiveGroups, studyPlanLines, studyPlans } from '../curricula/curricula.tables.ts';
import { users } from '../identity/identity.tables.ts';
import { orgUnits } from '../org/org.tables.ts';
import { groupProfiles, placements, students } from '../students/students.tables.ts';
import { enrolments, offerings, sections, waitlistEntries } from './registration.offerings.tables.ts';
import { placementCoversDay } from './registration.enrolment.repository.ts';

/** Queries of the read side of registration: each loads one kind of thing for many ids at once (the page is polled on registration day). */

const names = { code: disciplines.code, nameRu: disciplines.nameRu, nameKy: disciplines.nameKy, nameEn: disciplines.nameEn };
const teacher = alias(users, 'teacher');
const teacherName = sql<string | null>`case when ${teacher.id} is null then null else ${teacher.lastName} || ' ' || ${teacher.firstName} end`;

/** The student, their name, and where they stand on a day: group code and language, funding. */
export async function studentHeader(db: Executor, studentId: string, day: string) {
  const [row] = await db
    .select({ userId: users.id, lastName: users.lastName, firstName: users.firstName, patronymic: users.patronymic, status: placements.status, groupId: placements.groupId, groupCode: orgUnits.code, language: groupProfiles.language, funding: placements.funding, admissionYear: groupProfiles.admissionYear })
    .from(students)
    .innerJoin(users, eq(users.id, students.userId))
    .leftJoin(placements, and(eq(placements.studentId, students.id), placementCoversDay(day)))
    .leftJoin(orgUnits, eq(orgUnits.id, placements.groupId))
    .leftJoin(groupProfiles, eq(groupProfiles.unitId, placements.groupId))
    .where(eq(students.id, studentId))
    .limit(1);
  return row;
}

/** The academic year covering a day, with its terms. */
export async function yearWithTermsOn(db: Executor, day: string) {
  return db
    .select({ startYear: academicYears.startYear, kind: academicTerms.kind, startDate: academicTerms.startDate, endDate: academicTerms.endDate })
    .from(academicYears)
    .leftJoin(academicTerms, eq(academicTerms.yearId, academicYears.id))
    .where(and(lte(academicYears.startDate, day), gte(academicYears.endDate, day)));
}

/** Every status change of a plan, oldest first, with who made it. */
export async function planHistory(db: Executor, planId: string) {
  return db
    .select({ from: individualPlanStatusChanges.fromStatus, to: individualPlanStatusChanges.toStatus, at: individualPlanStatusChanges.changedAt, note: individualPlanStatusChanges.note, lastName: users.lastName, firstName: users.firstName })
    .from(individualPlanStatusChanges)
    .leftJoin(users, eq(users.id, individualPlanStatusChanges.changedBy))
    .where(eq(individualPlanStatusChanges.planId, planId))
    .orderBy(asc(individualPlanStatusChanges.changedAt), asc(individualPlanStatusChanges.id));
}

/** The plan's lines in force in a term, with the discipline's code and names. */
export async function termLineRows(db: Executor, planId: string, term: typeof individualPlanLines.$inferSelect.term) {
  return db
    .select({ line: individualPlanLines, ...names })
    .from(individualPlanLines)
    .leftJoin(disciplines, eq(disciplines.id, individualPlanLines.disciplineId))
    .where(and(eq(individualPlanLines.planId, planId), eq(individualPlanLines.term, term), isNull(individualPlanLines.removedAt)))
    .orderBy(asc(individualPlanLines.semester), asc(individualPlanLines.position));
}

/** The offerings of disciplines in a term, each with its sections (open or cancelled) and their teachers. */
export async function offeringsWithSections(db: Executor, disciplineIds: string[], academicYear: number, term: typeof offerings.$inferSelect.term) {
  if (disciplineIds.length === 0) return [];
  return db
    .select({ offering: offerings, section: sections, teacherName })
    .from(offerings)
    .leftJoin(sections, eq(sections.offeringId, offerings.id))
    .leftJoin(teacher, eq(teacher.id, sections.teacherId))
    .where(and(inArray(offerings.disciplineId, disciplineIds), eq(offerings.academicYear, academicYear), eq(offerings.term, term)))
    .orderBy(asc(offerings.id), asc(sections.kind), asc(sections.number));
}

/** A student's places in force in offerings, with the section's number and teacher. */
export async function enrolmentsIn(db: Executor, studentId: string, offeringIds: string[]) {
  if (offeringIds.length === 0) return [];
  return db
    .select({ id: enrolments.id, sectionId: enrolments.sectionId, offeringId: enrolments.offeringId, planLineId: enrolments.planLineId, kind: enrolments.kind, number: sections.number, teacherName })
    .from(enrolments)
    .innerJoin(sections, eq(sections.id, enrolments.sectionId))
    .leftJoin(teacher, eq(teacher.id, sections.teacherId))
    .where(and(eq(enrolments.studentId, studentId), inArray(enrolments.offeringId, offeringIds), eq(enrolments.status, 'enrolled')));
}

/** A student's waitlist entries still open (waiting or offered) in a term, with their place in line. */
export async function openWaitlist(db: Executor, studentId: string, academicYear: number, term: typeof offerings.$inferSelect.term) {
  const position = sql<number | null>`case when ${waitlistEntries.status} = 'waiting' then (select count(*)::int from waitlist_entries ahead where ahead.section_id = ${waitlistEntries.sectionId} and ahead.status = 'waiting' and (ahead.created_at, ahead.id) <= (${waitlistEntries.createdAt}, ${waitlistEntries.id})) else null end`;
  return db
    .select({ entry: waitlistEntries, position, kind: sections.kind, number: sections.number, ...names })
    .from(waitlistEntries)
    .innerJoin(sections, eq(sections.id, waitlistEntries.sectionId))
    .innerJoin(offerings, eq(offerings.id, sections.offeringId))
    .innerJoin(disciplines, eq(disciplines.id, offerings.disciplineId))
    .where(and(eq(waitlistEntries.studentId, studentId), inArray(waitlistEntries.status, ['waiting', 'offered']), eq(offerings.academicYear, academicYear), eq(offerings.term, term)))
    .orderBy(asc(waitlistEntries.createdAt));
}

/** The prerequisites of disciplines, with the prerequisite's code and names. */
export async function prerequisitesOf(db: Executor, disciplineIds: string[]) {
  if (disciplineIds.length === 0) return [];
  return db
    .select({ disciplineId: disciplinePrerequisites.disciplineId, prerequisiteId: disciplinePrerequisites.prerequisiteId, ...names })
    .from(disciplinePrerequisites)
    .innerJoin(disciplines, eq(disciplines.id, disciplinePrerequisites.prerequisiteId))
    .where(inArray(disciplinePrerequisites.disciplineId, disciplineIds));
}

/** The elective options of a working plan's semesters, with how many of their group a student chooses. */
export async function electiveOptions(db: Executor, workingPlanId: string, semesters: number[]) {
  if (semesters.length === 0) return [];
  return db
    .select({ key: studyPlanLines.electiveGroup, semester: studyPlanLines.semester, disciplineId: studyPlanLines.disciplineId, credits: studyPlanLines.credits, choose: studyPlanElectiveGroups.choose, ...names })
    .from(studyPlanLines)
    .innerJoin(disciplines, eq(disciplines.id, studyPlanLines.disciplineId))
    .innerJoin(studyPlanElectiveGroups, and(eq(studyPlanElectiveGroups.planId, studyPlanLines.planId), eq(studyPlanElectiveGroups.key, studyPlanLines.electiveGroup)))
    .where(and(eq(studyPlanLines.planId, workingPlanId), eq(studyPlanLines.groupKind, 'elective'), inArray(studyPlanLines.semester, semesters)))
    .orderBy(asc(studyPlanLines.electiveGroup), asc(studyPlanLines.position));
}

export async function workingPlanSemesters(db: Executor, workingPlanId: string): Promise<number> {
  const [row] = await db.select({ semesters: studyPlans.semesters }).from(studyPlans).where(eq(studyPlans.id, workingPlanId));
  return row?.semesters ?? 0;
}

/** Code and names of disciplines. */
export async function disciplineNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: disciplines.id, ...names }).from(disciplines).where(inArray(disciplines.id, ids));
}

export type PlanStatusRow = typeof individualPlans.$inferSelect;
