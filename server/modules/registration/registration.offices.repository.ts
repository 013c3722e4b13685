import { and, asc, eq, gt, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { QueueStep } from '../../../shared/modules/registration/registration.view.contracts.ts';
import type { Executor } from '../../platform/db/client.ts';
import { individualPlanLines, individualPlans } from '../curricula/curricula.individual.tables.ts';
import { disciplines } from '../curricula/curricula.tables.ts';
import { users } from '../identity/identity.tables.ts';
import { orgUnits } from '../org/org.tables.ts';
import { placements, students } from '../students/students.tables.ts';
import { enrolments, offerings, sections } from './registration.offerings.tables.ts';
import { holds } from './registration.tables.ts';
import { placementCoversDay } from './registration.enrolment.repository.ts';

/** Queries of the offices' side of registration: the review queues, the per-group overview, the registration lists. */

const studentName = sql<string>`${users.lastName} || ' ' || ${users.firstName} || coalesce(' ' || ${users.patronymic}, '')`;
const teacher = alias(users, 'teacher');

/** The plans waiting for a step: the advisor's (submitted), the dean's office's (a change approved by the advisor), the registrar's. */
function stepCondition(step: QueueStep): SQL | undefined {
  switch (step) {
    case 'approve':
      return eq(individualPlans.status, 'submitted');
    case 'approveChange':
      return and(eq(individualPlans.status, 'advisorApproved'), eq(individualPlans.needsDeanApproval, true));
    case 'accept':
      return or(and(eq(individualPlans.status, 'advisorApproved'), eq(individualPlans.needsDeanApproval, false)), eq(individualPlans.status, 'deanApproved'));
  }
}

/** The open placement (where the student stands now): the group a plan is reviewed in. */
const openPlacement = and(eq(placements.studentId, individualPlans.studentId), isNull(placements.validTo), eq(placements.isCancelled, false));

/** One page of the plans waiting for a step, first submitted first, among students of the groups given (null: all). */
export async function planQueue(db: Executor, step: QueueStep, groupIds: string[] | null, academicYear: number | undefined, page: number, pageSize: number) {
  if (groupIds !== null && groupIds.length === 0) return { rows: [], total: 0 };
  const where = and(stepCondition(step), groupIds ? inArray(placements.groupId, groupIds) : undefined, academicYear ? eq(individualPlans.academicYear, academicYear) : undefined);
  const credits = sql<number>`(select coalesce(sum(l.credits), 0)::int from ${individualPlanLines} l where l.plan_id = ${individualPlans.id} and l.removed_at is null)`;
  const base = () =>
    db
      .select({ plan: individualPlans, studentName, groupCode: orgUnits.code, credits })
      .from(individualPlans)
      .innerJoin(students, eq(students.id, individualPlans.studentId))
      .innerJoin(users, eq(users.id, students.userId))
      .leftJoin(placements, openPlacement)
      .leftJoin(orgUnits, eq(orgUnits.id, placements.groupId));
  const [rows, [count]] = await Promise.all([
    base().where(where).orderBy(asc(individualPlans.submittedAt), asc(individualPlans.id)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(individualPlans).leftJoin(placements, openPlacement).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/** Every active student of the groups given (null: all) on a day, with their plan of the year and whether a hold is in force. */
export async function studentsWithPlans(db: Executor, groupIds: string[] | null, academicYear: number, day: string) {
  if (groupIds !== null && groupIds.length === 0) return [];
  const hasHold = sql<boolean>`exists (select 1 from ${holds} h where h.student_id = ${placements.studentId} and h.since <= ${day} and (h.until is null or h.until >= ${day}) and (h.lifted_on is null or h.lifted_on > ${day}))`;
  return db
    .select({ studentId: placements.studentId, studentName, groupId: placements.groupId, groupCode: orgUnits.code, funding: placements.funding, planId: individualPlans.id, status: individualPlans.status, hasHold })
    .from(placements)
    .innerJoin(students, eq(students.id, placements.studentId))
    .innerJoin(users, eq(users.id, students.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, placements.groupId))
    .leftJoin(individualPlans, and(eq(individualPlans.studentId, placements.studentId), eq(individualPlans.academicYear, academicYear)))
    .where(and(placementCoversDay(day), eq(placements.status, 'active'), groupIds ? inArray(placements.groupId, groupIds) : undefined))
    .orderBy(asc(orgUnits.code), asc(users.lastName), asc(users.firstName));
}

/** The holds in force on a day of many students. */
export async function holdsInForceOf(db: Executor, studentIds: string[], day: string) {
  if (studentIds.length === 0) return [];
  return db
    .select({ studentId: holds.studentId, kind: holds.kind, reason: holds.reason })
    .from(holds)
    .where(and(inArray(holds.studentId, studentIds), lte(holds.since, day), or(isNull(holds.until), sql`${holds.until} >= ${day}`), or(isNull(holds.liftedOn), gt(holds.liftedOn, day))))
    .orderBy(asc(holds.since));
}

/** The places in force of a term of many students: discipline, section and teacher. */
export async function termPlacesOf(db: Executor, studentIds: string[], academicYear: number, term: typeof offerings.$inferSelect.term) {
  if (studentIds.length === 0) return [];
  return db
    .select({ studentId: enrolments.studentId, code: disciplines.code, nameRu: disciplines.nameRu, nameKy: disciplines.nameKy, nameEn: disciplines.nameEn, kind: sections.kind, number: sections.number, teacherLast: teacher.lastName, teacherFirst: teacher.firstName })
    .from(enrolments)
    .innerJoin(sections, eq(sections.id, enrolments.sectionId))
    .innerJoin(offerings, eq(offerings.id, enrolments.offeringId))
    .innerJoin(disciplines, eq(disciplines.id, offerings.disciplineId))
    .leftJoin(teacher, eq(teacher.id, sections.teacherId))
    .where(and(inArray(enrolments.studentId, studentIds), eq(enrolments.status, 'enrolled'), eq(offerings.academicYear, academicYear), eq(offerings.term, term)))
    .orderBy(asc(disciplines.code), asc(sections.kind), asc(sections.number));
}
