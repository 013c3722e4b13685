import { and, asc, eq, gt, inArray, isNull, lte, or, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { AuditValues } from '../../platform/audit/record-audit.ts';
import { queryRows, type Executor } from '../../platform/db/client.ts';
import { compiled, compiledSql, type Slots } from '../../platform/db/compiled.ts';
import { newId } from '../../platform/ids.ts';
import { academicYears, calendarPeriods } from '../calendar/calendar.tables.ts';
import { individualPlanLines, individualPlans, individualPlanStatusChanges } from '../curricula/curricula.individual.tables.ts';
import { disciplinePrerequisites, disciplines } from '../curricula/curricula.tables.ts';
import { finalResults } from '../gradebook/gradebook.tables.ts';
import { users } from '../identity/identity.tables.ts';
import { groupProfiles, placements, programs, students } from '../students/students.tables.ts';
import { enrolments, offerings, sections, waitlistEntries } from './registration.offerings.tables.ts';
import { holdInForceOn, type HoldRow } from './registration.repository.ts';
import { holds } from './registration.tables.ts';

/** Queries of enrolment: what a registration is checked against, and the seat counter. */

export type PlanRow = typeof individualPlans.$inferSelect;
export type PlanLineRow = typeof individualPlanLines.$inferSelect;
export type SectionRow = typeof sections.$inferSelect;
export type OfferingRow = typeof offerings.$inferSelect;
export type EnrolmentRow = typeof enrolments.$inferSelect;
export type WaitlistRow = typeof waitlistEntries.$inferSelect;

/**
 * A placement in force on a day: not cancelled, begun, and not yet ended — `valid_to` is the day the
 * next order took effect, so a period ending on a day no longer covers it.
 */
export const placementCoversDay = (day: string | Placeholder) => and(eq(placements.isCancelled, false), lte(placements.validFrom, day), or(isNull(placements.validTo), gt(placements.validTo, day)))!;

/** The student on a day: their account, and the placement in force (status, group, program, form, funding, the group's language). */
export async function studentOn(db: Executor, studentId: string, day: string) {
  const [row] = await db
    .select({
      userId: students.userId,
      status: placements.status,
      groupId: placements.groupId,
      programId: placements.programId,
      studyForm: placements.studyForm,
      funding: placements.funding,
      language: groupProfiles.language,
      level: programs.level,
    })
    .from(students)
    .leftJoin(placements, and(eq(placements.studentId, students.id), placementCoversDay(day)))
    .leftJoin(groupProfiles, eq(groupProfiles.unitId, placements.groupId))
    .leftJoin(programs, eq(programs.id, placements.programId))
    .where(eq(students.id, studentId))
    .limit(1);
  return row;
}

/** A hold as a refusal names it. */
export interface HoldFact {
  id: string;
  kind: HoldRow['kind'];
  reason: string;
  since: string;
  until: string | null;
}

/**
 * The last day of the re-choice a student was given in a term, when the closing of registration
 * cancelled an elective they had a place in (the newest such day), else null.
 */
const rechooseSql = (studentId: SQL | string, academicYear: SQL | number, term: SQL | string) =>
  sql<string | null>`(select max(co.rechoose_until)::text from enrolments ce join offerings co on co.id = ce.offering_id
    where ce.student_id = ${studentId} and ce.end_reason = 'offeringCancelled' and co.academic_year = ${academicYear} and co.term = ${term})`;

export async function rechooseUntil(db: Executor, studentId: string, academicYear: number, term: PlanLineRow['term']): Promise<string | null> {
  const [row] = await queryRows<{ until: string | null }>(db, sql`select ${rechooseSql(studentId, academicYear, term)} as until`);
  return row?.until ?? null;
}

/** The calendar periods of an academic year (by the year it starts in). */
export async function periodsOfYear(db: Executor, startYear: number) {
  return db
    .select({ kind: calendarPeriods.kind, termKind: calendarPeriods.termKind, startDate: calendarPeriods.startDate, endDate: calendarPeriods.endDate })
    .from(calendarPeriods)
    .innerJoin(academicYears, eq(academicYears.id, calendarPeriods.yearId))
    .where(eq(academicYears.startYear, startYear));
}

export async function findPlan(db: Executor, planId: string, lock = false): Promise<PlanRow | undefined> {
  const query = db.select().from(individualPlans).where(eq(individualPlans.id, planId));
  const [row] = lock ? await query.for('no key update') : await query;
  return row;
}

export async function findPlanOf(db: Executor, studentId: string, academicYear: number): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(individualPlans).where(and(eq(individualPlans.studentId, studentId), eq(individualPlans.academicYear, academicYear)));
  return row;
}

/** A line of an ИУП with its plan. */
export async function findLine(db: Executor, lineId: string) {
  const [row] = await db.select({ line: individualPlanLines, plan: individualPlans }).from(individualPlanLines).innerJoin(individualPlans, eq(individualPlans.id, individualPlanLines.planId)).where(eq(individualPlanLines.id, lineId));
  return row;
}

/** The lines in force of a plan in a term. */
export async function termLines(db: Executor, planId: string, term: PlanLineRow['term']): Promise<PlanLineRow[]> {
  return db
    .select()
    .from(individualPlanLines)
    .where(and(eq(individualPlanLines.planId, planId), eq(individualPlanLines.term, term), isNull(individualPlanLines.removedAt)))
    .orderBy(asc(individualPlanLines.semester), asc(individualPlanLines.position));
}

/** A section with its offering and the offering's discipline code and names. */
export async function findSection(db: Executor, sectionId: string) {
  const [row] = await db
    .select({ section: sections, offering: offerings, discipline: { id: disciplines.id, code: disciplines.code, nameRu: disciplines.nameRu, nameKy: disciplines.nameKy, nameEn: disciplines.nameEn, credits: disciplines.credits } })
    .from(sections)
    .innerJoin(offerings, eq(offerings.id, sections.offeringId))
    .innerJoin(disciplines, eq(disciplines.id, offerings.disciplineId))
    .where(eq(sections.id, sectionId));
  return row;
}

export type PeriodFact = Awaited<ReturnType<typeof periodsOfYear>>[number];
export interface PrerequisiteFact {
  id: string;
  code: string;
}

// compiled once (server/platform/db/compiled.ts): every registration request reads it
const enrolmentFactsQuery = compiled((db, $: Slots<{ lineId: string; sectionId: string; studentId: string; day: string }>) =>
  db
    .select({
      line: individualPlanLines,
      plan: individualPlans,
      section: sections,
      offering: offerings,
      discipline: { id: disciplines.id, code: disciplines.code, nameRu: disciplines.nameRu, nameKy: disciplines.nameKy, nameEn: disciplines.nameEn, credits: disciplines.credits },
      periods: sql<PeriodFact[]>`coalesce((select json_agg(json_build_object('kind', cp.kind, 'termKind', cp.term_kind, 'startDate', cp.start_date, 'endDate', cp.end_date)) from calendar_periods cp join academic_years ay on ay.id = cp.year_id where ay.start_year = ${individualPlans.academicYear}), '[]'::json)`,
      rechooseUntil: rechooseSql(sql`${individualPlans.studentId}`, sql`${individualPlans.academicYear}`, sql`${individualPlanLines.term}`),
      prerequisites: sql<PrerequisiteFact[]>`coalesce((select json_agg(json_build_object('id', dp.prerequisite_id, 'code', pd.code) order by pd.code) from discipline_prerequisites dp join disciplines pd on pd.id = dp.prerequisite_id where dp.discipline_id = ${offerings.disciplineId}), '[]'::json)`,
      // the student's standing on the day (as `studentOn`: null when no placement covers it) and the holds in force
      standing: sql<(typeof placements.$inferSelect)['status'] | null>`(select ${placements.status} from ${placements} where ${placements.studentId} = ${$.studentId} and ${placementCoversDay($.day)} limit 1)`,
      holds: sql<HoldFact[]>`coalesce((select json_agg(json_build_object('id', ${holds.id}, 'kind', ${holds.kind}, 'reason', ${holds.reason}, 'since', ${holds.since}, 'until', ${holds.until}) order by ${holds.since}, ${holds.id})
        from ${holds} where ${holds.studentId} = ${$.studentId} and ${holdInForceOn($.day)}), '[]'::json)`,
    })
    .from(individualPlanLines)
    .innerJoin(individualPlans, eq(individualPlans.id, individualPlanLines.planId))
    .innerJoin(sections, eq(sections.id, $.sectionId))
    .innerJoin(offerings, eq(offerings.id, sections.offeringId))
    .innerJoin(disciplines, eq(disciplines.id, offerings.disciplineId))
    .where(eq(individualPlanLines.id, $.lineId)),
);

/**
 * What a registration request is checked against, in one round trip (registration day runs on round
 * trips): the ИУП line with its plan, the section with its offering and discipline, the calendar
 * periods of the plan's year, the discipline's prerequisites, and the student's standing on the day
 * with the holds in force. Undefined when the line or the section does not exist (the caller asks
 * which, to say so).
 */
export async function enrolmentFacts(db: Executor, lineId: string, sectionId: string, studentId: string, day: string) {
  const [row] = await enrolmentFactsQuery(db, { lineId, sectionId, studentId, day });
  return row;
}

/** The prerequisites of a discipline. */
export async function prerequisitesOf(db: Executor, disciplineId: string): Promise<PrerequisiteFact[]> {
  return db
    .select({ id: disciplinePrerequisites.prerequisiteId, code: disciplines.code })
    .from(disciplinePrerequisites)
    .innerJoin(disciplines, eq(disciplines.id, disciplinePrerequisites.prerequisiteId))
    .where(eq(disciplinePrerequisites.disciplineId, disciplineId));
}

/** Prerequisites with the student's latest letter in each (none when never taken). */
export async function prerequisiteLetters(db: Executor, studentId: string, rows: PrerequisiteFact[]) {
  if (rows.length === 0) return [];
  const letters = await latestLetters(
    db,
    studentId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, letter: letters.get(r.id) }));
}

/** Of some disciplines, those a plan places in earlier terms of its year (being studied now: autumn before spring, both before summer). */
export async function plannedBefore(db: Executor, planId: string, term: PlanLineRow['term'], disciplineIds: string[]): Promise<Set<string>> {
  const earlier = term === 'summer' ? (['autumn', 'spring'] as const) : term === 'spring' ? (['autumn'] as const) : [];
  if (earlier.length === 0 || disciplineIds.length === 0) return new Set();
  const rows = await db
    .select({ id: individualPlanLines.disciplineId })
    .from(individualPlanLines)
    .where(and(eq(individualPlanLines.planId, planId), inArray(individualPlanLines.term, [...earlier]), isNull(individualPlanLines.removedAt), inArray(individualPlanLines.disciplineId, disciplineIds)));
  return new Set(rows.map((r) => r.id).filter((id): id is string => id !== null));
}

/** The letter of the newest attempt per discipline (of the ones asked, or all). */
export async function latestLetters(db: Executor, studentId: string, disciplineIds?: string[]) {
  const rows = await db
    .selectDistinctOn([finalResults.disciplineId], { disciplineId: finalResults.disciplineId, letter: finalResults.letter })
    .from(finalResults)
    .where(and(eq(finalResults.studentId, studentId), disciplineIds ? inArray(finalResults.disciplineId, disciplineIds) : undefined))
    .orderBy(finalResults.disciplineId, sql`${finalResults.attempt} desc`);
  return new Map(rows.map((r) => [r.disciplineId, r.letter]));
}

/** Serializes one student's registration steps (two taps at once never break the per-kind rule or the credit limit). */
export async function lockStudent(tx: Executor, studentId: string): Promise<void> {
  await lockStudentQuery(tx, { key: `registration.student.${studentId}` });
}
const lockStudentQuery = compiledSql<{ key: string }, unknown>(($) => sql`select pg_advisory_xact_lock(hashtext(${$.key}))`);

export async function releaseSeat(tx: Executor, sectionId: string, now: Date): Promise<void> {
  await tx
    .update(sections)
    .set({ taken: sql`${sections.taken} - 1`, updatedAt: now })
    .where(and(eq(sections.id, sectionId), sql`${sections.taken} > 0`));
}

/**
 * The plan locked for the rest of the transaction (`for no key update`), whether the line is still in
 * it, and the student's place of a kind in an offering if they hold one (its section's number, to name
 * it), and whether the section has a seat left: one round trip. Read after the student's advisory lock, so
 * line and place are as the student's last step left them (a step that took the line out while this
 * request waited for the lock included).
 */
export async function lockPlanWithPlace(tx: Executor, planId: string, lineId: string, studentId: string, section: Pick<SectionRow, 'id' | 'offeringId' | 'kind'>) {
  const [row] = await lockPlanWithPlaceQuery(tx, { planId, lineId, studentId, sectionId: section.id, offeringId: section.offeringId, kind: section.kind });
  return row;
}
const lockPlanWithPlaceQuery = compiled((tx, $: Slots<{ planId: string; lineId: string; studentId: string; sectionId: string; offeringId: string; kind: SectionRow['kind'] }>) =>
  tx
    .select({
      plan: individualPlans,
      lineInForce: sql<boolean>`exists (select 1 from individual_plan_lines l where l.id = ${$.lineId} and l.plan_id = ${$.planId} and l.removed_at is null)`,
      // as the section is now (read, not locked): a request that found seats left before it queued learns here that they went
      seatLeft: sql<boolean>`exists (select 1 from sections s where s.id = ${$.sectionId} and s.status = 'open' and s.taken < s.capacity)`,
      held: sql<{ sectionId: string; kind: SectionRow['kind']; number: number } | null>`(select json_build_object('sectionId', e.section_id, 'kind', e.kind, 'number', hs.number) from enrolments e join sections hs on hs.id = e.section_id
        where e.student_id = ${$.studentId} and e.offering_id = ${$.offeringId} and e.kind = ${$.kind} and e.status = 'enrolled' limit 1)`,
    })
    .from(individualPlans)
    .where(eq(individualPlans.id, $.planId))
    .for('no key update'),
);

/**
 * Takes a seat, places the student and writes the audit row in one statement: the conditional update
 * of the counter (the check constraint stands behind it), the enrolment only if the seat was taken,
 * the audit row only if the enrolment was written. False when the section was full (or no longer open):
 * nothing was written. One statement also keeps the section's row lock short for the crowd behind it.
 */
export async function takeSeatAndEnrol(tx: Executor, row: NewEnrolment, audit: AuditValues): Promise<boolean> {
  const rows = await takeSeatAndEnrolQuery(tx, {
    at: row.enrolledAt.toISOString(),
    sectionId: row.sectionId,
    id: row.id,
    offeringId: row.offeringId,
    kind: row.kind,
    studentId: row.studentId,
    planLineId: row.planLineId,
    enrolledBy: row.enrolledBy,
    ...auditSlots(audit),
  });
  return rows.length === 1;
}

/** An audit row as the values of a compiled statement's slots. */
type AuditSlotValues = Record<'auditId' | 'auditAt' | 'action' | 'entityType', string> & Record<'actorId' | 'actorUsername' | 'ip' | 'requestId' | 'entityId' | 'before' | 'after', string | null>;
function auditSlots(audit: AuditValues): AuditSlotValues {
  return {
    auditId: audit.id,
    auditAt: audit.at.toISOString(),
    actorId: audit.actorId,
    actorUsername: audit.actorUsername,
    ip: audit.ip,
    requestId: audit.requestId,
    action: audit.action,
    entityType: audit.entityType,
    entityId: audit.entityId,
    before: jsonText(audit.before),
    after: jsonText(audit.after),
  };
}
/** The part of a compiled statement that writes its audit row once for each row of `source` (a CTE's name). */
const auditedFrom = ($: Slots<AuditSlotValues>, source: SQL) => sql`insert into audit_log (id, at, actor_id, actor_username, ip, request_id, action, entity_type, entity_id, before, after)
      select ${$.auditId}::uuid, ${$.auditAt}::timestamptz, ${$.actorId}::uuid, ${$.actorUsername}::text, ${$.ip}::text, ${$.requestId}::text, ${$.action}::text,
        ${$.entityType}::text, ${$.entityId}::text, ${$.before}::jsonb, ${$.after}::jsonb from ${source}`;

type TakeSeatValues = Record<'at' | 'sectionId' | 'id' | 'offeringId' | 'kind' | 'studentId' | 'planLineId' | 'enrolledBy', string> & AuditSlotValues;
const takeSeatAndEnrolQuery = compiledSql<TakeSeatValues, { id: string }>(
  ($) => sql`with seat as (
      update sections set taken = taken + 1, updated_at = ${$.at}::timestamptz
      where id = ${$.sectionId}::uuid and status = 'open' and taken < capacity returning id
    ), placed as (
      insert into enrolments (id, section_id, offering_id, kind, student_id, plan_line_id, status, enrolled_by, enrolled_at)
      select ${$.id}::uuid, seat.id, ${$.offeringId}::uuid, ${$.kind}::text, ${$.studentId}::uuid, ${$.planLineId}::uuid, 'enrolled', ${$.enrolledBy}::uuid, ${$.at}::timestamptz from seat
      returning id
    ), audited as (${auditedFrom($, sql`placed`)})
    select id from placed`,
);

/** A waitlist entry about to be written: waiting, from now. */
export type NewWaitlistEntry = Pick<WaitlistRow, 'id' | 'sectionId' | 'studentId' | 'planLineId' | 'createdAt'>;

/**
 * Puts a student in a section's line with its audit row, in one statement, and says their place in it
 * (1 = next: those waiting before them, plus one). The partial unique index (section, student) among
 * live entries refuses a second one (the caller says so).
 */
export async function joinWaitlistAudited(tx: Executor, row: NewWaitlistEntry, audit: AuditValues): Promise<number> {
  const [joined] = await joinWaitlistQuery(tx, { id: row.id, sectionId: row.sectionId, studentId: row.studentId, planLineId: row.planLineId, at: row.createdAt.toISOString(), ...auditSlots(audit) });
  if (!joined) throw new Error('insert returned nothing');
  return joined.position;
}
type JoinWaitlistValues = Record<'id' | 'sectionId' | 'studentId' | 'planLineId' | 'at', string> & AuditSlotValues;
const joinWaitlistQuery = compiledSql<JoinWaitlistValues, { position: number }>(
  ($) => sql`with entry as (
      insert into waitlist_entries (id, section_id, student_id, plan_line_id, status, created_at)
      values (${$.id}::uuid, ${$.sectionId}::uuid, ${$.studentId}::uuid, ${$.planLineId}::uuid, 'waiting', ${$.at}::timestamptz)
      returning id
    ), audited as (${auditedFrom($, sql`entry`)})
    select 1 + (select count(*)::int from waitlist_entries w where w.section_id = ${$.sectionId}::uuid and w.status = 'waiting'
      and (w.created_at, w.id) < (${$.at}::timestamptz, ${$.id}::uuid)) as position from entry`,
);

const jsonText = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** An enrolment about to be written: status enrolled, nothing ended. */
export type NewEnrolment = Pick<EnrolmentRow, 'id' | 'sectionId' | 'offeringId' | 'kind' | 'studentId' | 'planLineId' | 'enrolledBy' | 'enrolledAt'>;

/** The student's place of a kind in an offering, if they hold one. */
export async function enrolledOfKind(db: Executor, studentId: string, offeringId: string, kind: SectionRow['kind']): Promise<EnrolmentRow | undefined> {
  const [row] = await db
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.studentId, studentId), eq(enrolments.offeringId, offeringId), eq(enrolments.kind, kind), eq(enrolments.status, 'enrolled')));
  return row;
}

export async function insertEnrolment(tx: Executor, row: typeof enrolments.$inferInsert): Promise<EnrolmentRow> {
  const [inserted] = await tx.insert(enrolments).values(row).returning();
  if (!inserted) throw new Error('insert returned nothing');
  return inserted;
}

export async function findEnrolment(db: Executor, id: string, lock = false): Promise<EnrolmentRow | undefined> {
  const query = db.select().from(enrolments).where(eq(enrolments.id, id));
  const [row] = lock ? await query.for('no key update') : await query;
  return row;
}

/** Ends a place once (only while enrolled); false when it had already ended. */
export async function endEnrolment(tx: Executor, id: string, status: 'dropped' | 'cancelled', by: string, at: Date, reason: string | null): Promise<boolean> {
  const rows = await tx
    .update(enrolments)
    .set({ status, endedBy: by, endedAt: at, endReason: reason })
    .where(and(eq(enrolments.id, id), eq(enrolments.status, 'enrolled')))
    .returning({ id: enrolments.id });
  return rows.length === 1;
}

/** The places in force of a plan line. */
export async function enrolmentsOfLine(db: Executor, planLineId: string): Promise<EnrolmentRow[]> {
  return db.select().from(enrolments).where(and(eq(enrolments.planLineId, planLineId), eq(enrolments.status, 'enrolled')));
}

/** Moves an ИУП to a status and writes the history row. */
export async function setPlanStatus(
  tx: Executor,
  plan: PlanRow,
  to: PlanRow['status'],
  fields: Partial<typeof individualPlans.$inferInsert>,
  change: { by: string; at: Date; note: string | null },
): Promise<PlanRow> {
  const [row] = await tx
    .update(individualPlans)
    .set({ ...fields, status: to, updatedAt: change.at })
    .where(and(eq(individualPlans.id, plan.id), eq(individualPlans.status, plan.status)))
    .returning();
  if (!row) throw new Error('plan status changed under a lock');
  await tx.insert(individualPlanStatusChanges).values({ id: newId(), planId: plan.id, fromStatus: plan.status, toStatus: to, changedBy: change.by, changedAt: change.at, note: change.note });
  return row;
}

export async function userName(db: Executor, userId: string | null) {
  if (!userId) return null;
  const [row] = await db.select({ lastName: users.lastName, firstName: users.firstName }).from(users).where(eq(users.id, userId));
  return row ? `${row.lastName} ${row.firstName}` : null;
}

export async function findWaitlistEntry(db: Executor, id: string, lock = false): Promise<WaitlistRow | undefined> {
  const query = db.select().from(waitlistEntries).where(eq(waitlistEntries.id, id));
  const [row] = lock ? await query.for('no key update') : await query;
  return row;
}

/** The first student waiting for a section, locked (a concurrent freeing skips to the next). */
export async function firstWaiting(tx: Executor, sectionId: string): Promise<WaitlistRow | undefined> {
  const [row] = await tx
    .select()
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.sectionId, sectionId), eq(waitlistEntries.status, 'waiting')))
    .orderBy(asc(waitlistEntries.createdAt), asc(waitlistEntries.id))
    .limit(1)
    .for('update', { skipLocked: true });
  return row;
}

/** Moves an entry from one status to another once; false when it was no longer in `from`. */
export async function moveWaitlistEntry(tx: Executor, id: string, from: WaitlistRow['status'], fields: Partial<typeof waitlistEntries.$inferInsert> & { status: WaitlistRow['status'] }): Promise<boolean> {
  const rows = await tx
    .update(waitlistEntries)
    .set(fields)
    .where(and(eq(waitlistEntries.id, id), eq(waitlistEntries.status, from)))
    .returning({ id: waitlistEntries.id });
  return rows.length === 1;
}

/** Offers whose deadline passed. */
export async function expiredOffers(db: Executor, now: Date, limit = 500): Promise<WaitlistRow[]> {
  return db
    .select()
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.status, 'offered'), sql`${waitlistEntries.offerExpiresAt} < ${now}`))
    .limit(limit);
}

/** The place of an entry in its line (1 = next), counted among those waiting before it. */
export async function waitlistPosition(db: Executor, entry: WaitlistRow): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.sectionId, entry.sectionId), eq(waitlistEntries.status, 'waiting'), sql`(${waitlistEntries.createdAt}, ${waitlistEntries.id}) <= (${entry.createdAt}, ${entry.id})`));
  return row?.n ?? 1;
}

/** The account of a student and its language (whom a notification goes to, in their words). */
export async function userOfStudent(db: Executor, studentId: string) {
  const [row] = await db.select({ userId: students.userId, lang: users.lang }).from(students).innerJoin(users, eq(users.id, students.userId)).where(eq(students.id, studentId));
  return row;
}
