import { and, asc, count, eq, gt, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { TeachingLanguage } from '../../../shared/modules/registration/registration.vocabulary.ts';
import type { Term } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import type { Executor } from '../../platform/db/client.ts';
import { disciplines, studyPlanElectiveGroups, studyPlanLines, studyPlans } from '../curricula/curricula.tables.ts';
import { users } from '../identity/identity.tables.ts';
import { orgUnits } from '../org/org.tables.ts';
import { staffAppointments, staffCards } from '../staff/staff.tables.ts';
import { groupProfiles, placements, programs } from '../students/students.tables.ts';
import { offerings, sections } from './registration.offerings.tables.ts';

/** Queries of offerings and sections, and what generating them reads of groups, students and working plans. */

export type OfferingRow = typeof offerings.$inferSelect;
export type SectionRow = typeof sections.$inferSelect;
type NewOffering = typeof offerings.$inferInsert;
type NewSection = typeof sections.$inferInsert;

const CHUNK = 1000;

/** Serializes the generation of one term's offerings until the transaction ends. */
export async function lockTerm(tx: Executor, academicYear: number, term: Term): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`registration.offerings.${academicYear}.${term}`}))`);
}

/** Serializes adding sections to one offering (the next number) until the transaction ends. */
export async function lockOffering(tx: Executor, offeringId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`registration.offering.${offeringId}`}))`);
}

/** Every open group with a profile and the number of its active students on a day (groups without any left out). */
export async function cohortsOn(db: Executor, day: string) {
  return db
    .select({ groupId: groupProfiles.unitId, programId: groupProfiles.programId, admissionYear: groupProfiles.admissionYear, language: groupProfiles.language, level: programs.level, students: sql<number>`count(${placements.id})::int` })
    .from(groupProfiles)
    .innerJoin(orgUnits, and(eq(orgUnits.id, groupProfiles.unitId), eq(orgUnits.kind, 'group'), isNull(orgUnits.closedAt)))
    .innerJoin(programs, eq(programs.id, groupProfiles.programId))
    .innerJoin(placements, and(eq(placements.groupId, groupProfiles.unitId), eq(placements.status, 'active'), eq(placements.isCancelled, false), lte(placements.validFrom, day), or(isNull(placements.validTo), gt(placements.validTo, day))))
    .groupBy(groupProfiles.unitId, programs.id)
    .orderBy(asc(groupProfiles.unitId));
}

/** The approved working plans of some programs (at most one per program and admission year). */
export async function approvedWorkingPlans(db: Executor, programIds: string[]) {
  if (programIds.length === 0) return [];
  return db
    .select({ id: studyPlans.id, programId: studyPlans.programId, admissionYear: studyPlans.admissionYear, semesters: studyPlans.semesters })
    .from(studyPlans)
    .where(and(inArray(studyPlans.programId, programIds), eq(studyPlans.kind, 'working'), eq(studyPlans.status, 'approved')));
}

/** The discipline lines of some plans with the discipline's kind, and their elective groups. */
export async function planLinesOf(db: Executor, planIds: string[]) {
  if (planIds.length === 0) return { lines: [], groups: [] };
  // one after another: generation runs inside a transaction, one connection
  const lines = await db
      .select({ planId: studyPlanLines.planId, disciplineId: studyPlanLines.disciplineId, semester: studyPlanLines.semester, groupKind: studyPlanLines.groupKind, electiveGroup: studyPlanLines.electiveGroup, hoursLecture: studyPlanLines.hoursLecture, hoursPractice: studyPlanLines.hoursPractice, hoursLab: studyPlanLines.hoursLab, disciplineKind: disciplines.kind })
      .from(studyPlanLines)
      .innerJoin(disciplines, eq(disciplines.id, studyPlanLines.disciplineId))
      .where(inArray(studyPlanLines.planId, planIds))
      .orderBy(asc(studyPlanLines.planId), asc(studyPlanLines.semester), asc(studyPlanLines.position));
  const groups = await db.select().from(studyPlanElectiveGroups).where(inArray(studyPlanElectiveGroups.planId, planIds));
  return { lines, groups };
}

/** The offerings of a term that exist already: `disciplineId|language` keys. */
export async function offeringKeysOf(db: Executor, academicYear: number, term: Term): Promise<Set<string>> {
  const rows = await db.select({ disciplineId: offerings.disciplineId, language: offerings.language }).from(offerings).where(and(eq(offerings.academicYear, academicYear), eq(offerings.term, term)));
  return new Set(rows.map((r) => `${r.disciplineId}|${r.language}`));
}

/** Inserts offerings, skipping any that exist (the unique index): answers those this call made. */
export async function insertOfferingsIfNew(tx: Executor, rows: NewOffering[]): Promise<{ id: string; disciplineId: string; language: TeachingLanguage }[]> {
  const made: { id: string; disciplineId: string; language: TeachingLanguage }[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    made.push(...(await tx.insert(offerings).values(rows.slice(i, i + CHUNK)).onConflictDoNothing().returning({ id: offerings.id, disciplineId: offerings.disciplineId, language: offerings.language })));
  }
  return made;
}

export async function insertSections(tx: Executor, rows: NewSection[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(sections).values(rows.slice(i, i + CHUNK));
}

export interface OfferingFilter {
  academicYear?: number;
  term?: Term;
  q?: string;
  departmentId?: string;
}

const offeringView = { offering: offerings, discipline: { code: disciplines.code, nameRu: disciplines.nameRu, nameKy: disciplines.nameKy, nameEn: disciplines.nameEn, departmentId: disciplines.departmentId, kind: disciplines.kind }, department: { nameRu: orgUnits.nameRu, nameKy: orgUnits.nameKy, nameEn: orgUnits.nameEn } };
export type OfferingView = { offering: OfferingRow; discipline: { code: string; nameRu: string; nameKy: string; nameEn: string; departmentId: string; kind: (typeof disciplines.$inferSelect)['kind'] }; department: { nameRu: string; nameKy: string; nameEn: string } };

function offeringWhere(f: OfferingFilter): SQL | undefined {
  const like = f.q ? `%${f.q.replace(/[%_\\]/g, (m) => `\\${m}`)}%` : undefined;
  return and(
    f.academicYear === undefined ? undefined : eq(offerings.academicYear, f.academicYear),
    f.term ? eq(offerings.term, f.term) : undefined,
    f.departmentId ? eq(disciplines.departmentId, f.departmentId) : undefined,
    like ? or(ilike(disciplines.code, like), ilike(disciplines.nameRu, like), ilike(disciplines.nameKy, like), ilike(disciplines.nameEn, like)) : undefined,
  );
}

/** A page of offerings with their discipline and department, by discipline code and language. */
export async function searchOfferings(db: Executor, filter: OfferingFilter, page: number, pageSize: number): Promise<{ rows: OfferingView[]; total: number }> {
  const where = offeringWhere(filter);
  const rows = await db
    .select(offeringView)
    .from(offerings)
    .innerJoin(disciplines, eq(disciplines.id, offerings.disciplineId))
    .innerJoin(orgUnits, eq(orgUnits.id, disciplines.departmentId))
    .where(where)
    .orderBy(asc(disciplines.code), asc(offerings.language), asc(offerings.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(offerings).innerJoin(disciplines, eq(disciplines.id, offerings.disciplineId)).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function findOfferingView(db: Executor, id: string): Promise<OfferingView | undefined> {
  const [row] = await db.select(offeringView).from(offerings).innerJoin(disciplines, eq(disciplines.id, offerings.disciplineId)).innerJoin(orgUnits, eq(orgUnits.id, disciplines.departmentId)).where(eq(offerings.id, id));
  return row;
}

/** The sections of some offerings with their teacher's name, by kind and number. */
export async function sectionsOf(db: Executor, offeringIds: string[]) {
  if (offeringIds.length === 0) return [];
  return db
    .select({ section: sections, teacher: { lastName: users.lastName, firstName: users.firstName, patronymic: users.patronymic } })
    .from(sections)
    .leftJoin(users, eq(users.id, sections.teacherId))
    .where(inArray(sections.offeringId, offeringIds))
    .orderBy(asc(sections.offeringId), sql`case ${sections.kind} when 'lecture' then 0 when 'practice' then 1 else 2 end`, asc(sections.number));
}
export type SectionView = Awaited<ReturnType<typeof sectionsOf>>[number];

/** A section with the department that owns its discipline (whom a department's grant is checked against). */
export async function findSection(db: Executor, id: string) {
  const [row] = await db.select({ section: sections, departmentId: disciplines.departmentId }).from(sections).innerJoin(offerings, eq(offerings.id, sections.offeringId)).innerJoin(disciplines, eq(disciplines.id, offerings.disciplineId)).where(eq(sections.id, id));
  return row;
}

/** The sections of one kind of an offering, by number. */
export async function sectionsOfKind(db: Executor, offeringId: string, kind: SectionRow['kind']): Promise<SectionRow[]> {
  return db.select().from(sections).where(and(eq(sections.offeringId, offeringId), eq(sections.kind, kind))).orderBy(asc(sections.number));
}

export async function insertSection(tx: Executor, row: NewSection): Promise<SectionRow> {
  const [made] = await tx.insert(sections).values(row).returning();
  if (!made) throw new Error('insert returned nothing');
  return made;
}

/**
 * Changes an open section only if the change holds against its row at the moment of the update: the
 * capacity not below the seats taken (enrolments raise `taken` concurrently), the minimum not above it.
 */
export async function updateSectionIf(tx: Executor, id: string, change: { teacherId?: string | null; capacity?: number; minSize?: number }, now: Date): Promise<SectionRow | undefined> {
  const capacity = change.capacity ?? sections.capacity;
  const minSize = change.minSize ?? sections.minSize;
  const [row] = await tx
    .update(sections)
    .set({ ...change, updatedAt: now })
    .where(and(eq(sections.id, id), eq(sections.status, 'open'), sql`${sections.taken} <= (${capacity})::int`, sql`(${minSize})::int <= (${capacity})::int`))
    .returning();
  return row;
}

/** Cancels an open section only while nobody holds a seat in it. */
export async function cancelSectionIfEmpty(tx: Executor, id: string, now: Date): Promise<SectionRow | undefined> {
  const [row] = await tx
    .update(sections)
    .set({ status: 'cancelled', updatedAt: now })
    .where(and(eq(sections.id, id), eq(sections.status, 'open'), eq(sections.taken, 0)))
    .returning();
  return row;
}

/** Whether a user is an active account with a staff appointment covering the day (a member of the staff who may teach). */
export async function isActiveStaff(db: Executor, userId: string, day: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(staffCards, eq(staffCards.userId, users.id))
    .innerJoin(staffAppointments, and(eq(staffAppointments.cardId, staffCards.id), lte(staffAppointments.validFrom, day), or(isNull(staffAppointments.validTo), gt(staffAppointments.validTo, day))))
    .where(and(eq(users.id, userId), eq(users.isActive, true)))
    .limit(1);
  return row !== undefined;
}

/** Members of staff with an appointment covering the day: of one department, or anyone whose name matches; by name, at most 50. */
export async function staffOn(db: Executor, day: string, filter: { unitId?: string; q?: string }) {
  const like = filter.q ? `%${filter.q.replace(/[%_\\]/g, (m) => `\\${m}`)}%` : undefined;
  return db
    .selectDistinctOn([users.lastName, users.firstName, users.id], { userId: users.id, lastName: users.lastName, firstName: users.firstName, patronymic: users.patronymic, unit: { nameRu: orgUnits.nameRu, nameKy: orgUnits.nameKy, nameEn: orgUnits.nameEn } })
    .from(staffAppointments)
    .innerJoin(staffCards, eq(staffCards.id, staffAppointments.cardId))
    .innerJoin(users, and(eq(users.id, staffCards.userId), eq(users.isActive, true)))
    .innerJoin(orgUnits, eq(orgUnits.id, staffAppointments.unitId))
    .where(and(lte(staffAppointments.validFrom, day), or(isNull(staffAppointments.validTo), gt(staffAppointments.validTo, day)), filter.unitId ? eq(staffAppointments.unitId, filter.unitId) : undefined, like ? or(ilike(users.lastName, like), ilike(users.firstName, like)) : undefined))
    .orderBy(asc(users.lastName), asc(users.firstName), asc(users.id))
    .limit(50);
}
