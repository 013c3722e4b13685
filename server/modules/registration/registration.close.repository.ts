import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { individualPlanLines, individualPlans } from '../curricula/curricula.individual.tables.ts';
import { disciplines } from '../curricula/curricula.tables.ts';
import { students } from '../students/students.tables.ts';
import { enrolments, offerings, sections, waitlistEntries } from './registration.offerings.tables.ts';

/** Queries of closing a term's registration: demand per offering and kind, and cancelling an elective. */

/** Serializes closing one term (two registrars pressing at once close it once). */
export async function lockTerm(tx: Executor, academicYear: number, term: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`registration.close.${academicYear}.${term}`}))`);
}

/** Per open offering and section kind: capacity, the smallest minimum, places held and students waiting. */
export async function demand(db: Executor, academicYear: number, term: 'autumn' | 'spring' | 'summer') {
  return db
    .select({
      offeringId: offerings.id,
      isElective: offerings.isElective,
      code: disciplines.code,
      nameRu: disciplines.nameRu,
      nameKy: disciplines.nameKy,
      nameEn: disciplines.nameEn,
      kind: sections.kind,
      capacity: sql<number>`sum(${sections.capacity})::int`,
      largest: sql<number>`max(${sections.capacity})::int`,
      minimum: sql<number>`min(${sections.minSize})::int`,
      enrolled: sql<number>`sum(${sections.taken})::int`,
      waiting: sql<number>`(select count(*)::int from ${waitlistEntries} w join ${sections} s2 on s2.id = w.section_id where s2.offering_id = ${offerings.id} and s2.kind = ${sections.kind} and w.status = 'waiting')`,
      students: sql<number>`(select count(distinct e.student_id)::int from ${enrolments} e where e.offering_id = ${offerings.id} and e.status = 'enrolled')`,
    })
    .from(offerings)
    .innerJoin(disciplines, eq(disciplines.id, offerings.disciplineId))
    .innerJoin(sections, and(eq(sections.offeringId, offerings.id), eq(sections.status, 'open')))
    .where(and(eq(offerings.academicYear, academicYear), eq(offerings.term, term), eq(offerings.status, 'open')))
    .groupBy(offerings.id, disciplines.id, sections.kind);
}

/** The students with a place or a live waitlist entry in any of some offerings, in a fixed order (to lock them). */
export async function studentsIn(tx: Executor, offeringIds: string[]): Promise<string[]> {
  if (offeringIds.length === 0) return [];
  const placed = tx.selectDistinct({ studentId: enrolments.studentId }).from(enrolments).where(and(inArray(enrolments.offeringId, offeringIds), eq(enrolments.status, 'enrolled')));
  const waiting = tx
    .selectDistinct({ studentId: waitlistEntries.studentId })
    .from(waitlistEntries)
    .innerJoin(sections, eq(sections.id, waitlistEntries.sectionId))
    .where(and(inArray(sections.offeringId, offeringIds), inArray(waitlistEntries.status, ['waiting', 'offered'])));
  const rows = await placed.union(waiting).orderBy(sql`1`);
  return rows.map((r) => r.studentId);
}

/**
 * Cancels an offering with its sections, places and waitlists, and takes its lines out of the plans
 * of the students who held a place; returns those students' plans and accounts.
 */
export async function cancelOffering(tx: Executor, offeringId: string, rechooseUntil: string, by: string, at: Date) {
  await tx.update(offerings).set({ status: 'cancelled', cancelledAt: at, rechooseUntil, updatedAt: at }).where(eq(offerings.id, offeringId));
  await tx.update(sections).set({ status: 'cancelled', taken: 0, updatedAt: at }).where(eq(sections.offeringId, offeringId));
  const ended = await tx
    .update(enrolments)
    .set({ status: 'cancelled', endedBy: by, endedAt: at, endReason: 'offeringCancelled' })
    .where(and(eq(enrolments.offeringId, offeringId), eq(enrolments.status, 'enrolled')))
    .returning({ studentId: enrolments.studentId, planLineId: enrolments.planLineId });
  const sectionIds = tx.select({ id: sections.id }).from(sections).where(eq(sections.offeringId, offeringId));
  await tx
    .update(waitlistEntries)
    .set({ status: 'withdrawn', resolvedAt: at })
    .where(and(inArray(waitlistEntries.sectionId, sectionIds), inArray(waitlistEntries.status, ['waiting', 'offered'])));
  const lineIds = [...new Set(ended.map((e) => e.planLineId))];
  if (lineIds.length) await tx.update(individualPlanLines).set({ removedAt: at, removedBy: by }).where(and(inArray(individualPlanLines.id, lineIds), isNull(individualPlanLines.removedAt)));
  const studentIds = [...new Set(ended.map((e) => e.studentId))];
  const people = studentIds.length
    ? await tx.select({ studentId: students.id, userId: students.userId }).from(students).where(inArray(students.id, studentIds))
    : [];
  const planIds = lineIds.length ? await tx.selectDistinct({ id: individualPlanLines.planId }).from(individualPlanLines).where(inArray(individualPlanLines.id, lineIds)) : [];
  const plans = planIds.length ? await tx.select().from(individualPlans).where(inArray(individualPlans.id, planIds.map((p) => p.id))).for('no key update') : [];
  return { people, plans };
}
