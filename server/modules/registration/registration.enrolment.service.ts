import type { EnrolBody, EnrolmentDto, EnrolResultDto } from '../../../shared/modules/registration/registration.enrolment.contracts.ts';
import { isEditable } from '../../../shared/modules/registration/rules/registration.ts';
import { auditRow, recordAudit } from '../../platform/audit/record-audit.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { universityToday } from '../../platform/settings/settings.service.ts';
import { hasRestudyPrepayment } from '../finance/index.ts';
import { editablePlan, nameIn, openWindow, prerequisitesPassed, refuseHolds, sectionName, studying, termName, windowIn } from './registration.checks.ts';
import * as repo from './registration.enrolment.repository.ts';
import { studentAccess } from './registration.policy.ts';
import { joinWaitlist, passSeat } from './registration.waitlist.service.ts';

/**
 * Enrolment in sections (DOMAIN.md §4): a student takes a place in a section for a line of their
 * ИУП, or leaves it. Every check runs before the write; the seat itself is taken by one conditional
 * update inside the transaction, so a section never goes over capacity however many register at once.
 */

export function enrolmentDto(row: repo.EnrolmentRow, sectionNumber: number): EnrolmentDto {
  return { id: row.id, studentId: row.studentId, planLineId: row.planLineId, offeringId: row.offeringId, sectionId: row.sectionId, kind: row.kind, sectionNumber, status: row.status, enrolledAt: row.enrolledAt.toISOString() };
}

/**
 * The line and section of a request with what they are checked against, the student's standing and
 * holds on the day included (one round trip), refused
 * unless the section is of the line's discipline, term and year and still open.
 */
async function lineAndSection(ctx: ServiceContext, studentId: string, body: EnrolBody, today: string) {
  const facts = await repo.enrolmentFacts(ctx.db, body.planLineId, body.sectionId, studentId, today);
  if (!facts) {
    // which of the two is missing, to say so
    const found = await repo.findLine(ctx.db, body.planLineId);
    if (!found || found.plan.studentId !== studentId || found.line.removedAt) throw new AppError('PLAN_LINE_NOT_FOUND');
    throw new AppError('SECTION_NOT_FOUND');
  }
  const { line, plan, section, offering, discipline } = facts;
  if (plan.studentId !== studentId || line.removedAt) throw new AppError('PLAN_LINE_NOT_FOUND');
  if (offering.disciplineId !== line.disciplineId || offering.term !== line.term || offering.academicYear !== plan.academicYear) {
    throw new AppError('SECTION_NOT_FOR_LINE', { discipline: nameIn(ctx.lang, discipline), term: termName(ctx.lang, line.term) });
  }
  if (offering.status !== 'open' || section.status !== 'open') throw new AppError('SECTION_CANCELLED');
  return facts;
}

/**
 * Takes a place in a section for a line of the student's ИУП. Refuses with the reason a student can
 * act on: not studying or on leave, outside the window, a hold, prerequisites not passed, a re-study
 * not prepaid, a place of that kind held already, the plan under review, the section full (unless
 * `waitlist`, which joins its waitlist). An accepted plan reopens as a new revision. Audited.
 * Registration day runs on round trips: the checks read in two (the access target; the line with
 * section, calendar, prerequisites, the standing and holds), a third for the letters of any
 * prerequisites; the write takes five (begin, the student's lock, the plan with the place held, the
 * seat with the enrolment and its audit row, commit).
 */
export async function enrol(ctx: ServiceContext, studentId: string, body: EnrolBody): Promise<EnrolResultDto> {
  await studentAccess(ctx.db, ctx.actor, studentId, 'registration.enrolment.manage');
  const today = await universityToday(ctx);
  const { line, plan, section, offering, discipline, periods, prerequisites, rechooseUntil, standing, holds } = await lineAndSection(ctx, studentId, body, today);
  const label = nameIn(ctx.lang, discipline);
  studying({ status: standing }, label);
  const window = windowIn(ctx.lang, periods, line.term, today, rechooseUntil);
  refuseHolds(ctx.lang, holds);
  await prerequisitesPassed(ctx.db, ctx.lang, plan, line.term, discipline, prerequisites);
  // a section full when read is refused at once, without queueing on its row behind the last seats' takers;
  // a place freed meanwhile goes to its waitlist first anyway. The conditional update below is what guarantees capacity.
  if (!body.waitlist && section.taken >= section.capacity) throw new AppError('SECTION_FULL', { section: sectionName(ctx.lang, section), capacity: section.capacity }, { waitlist: true });
  if (line.kind === 'restudy' && !(await hasRestudyPrepayment(ctx.db, { studentId, academicYear: plan.academicYear, term: line.term, disciplineId: discipline.id }))) throw new AppError('RESTUDY_NOT_PREPAID', { discipline: label });
  try {
    return await ctx.db.transaction(async (tx) => {
      await repo.lockStudent(tx, studentId);
      const locked = await repo.lockPlanWithPlace(tx, plan.id, line.id, studentId, section);
      if (!locked) throw new AppError('INDIVIDUAL_PLAN_NOT_FOUND');
      if (!locked.lineInForce) throw new AppError('PLAN_LINE_NOT_FOUND');
      // refused before an accepted plan reopens for nothing (a plan under review refuses first, in editablePlan):
      // a place of the kind held, or the seats gone while this request queued
      if (isEditable(locked.plan.status) !== 'underReview') {
        if (locked.held) throw new AppError('SECTION_KIND_TAKEN', { section: sectionName(ctx.lang, locked.held) });
        if (!body.waitlist && !locked.seatLeft) throw new AppError('SECTION_FULL', { section: sectionName(ctx.lang, section), capacity: section.capacity }, { waitlist: true });
      }
      await editablePlan(tx, ctx, locked.plan, window);
      const row: repo.EnrolmentRow = { id: newId(), sectionId: section.id, offeringId: offering.id, kind: section.kind, studentId, planLineId: line.id, status: 'enrolled', enrolledBy: ctx.actor.userId, enrolledAt: ctx.now, endedBy: null, endedAt: null, endReason: null };
      const audit = auditRow(ctx, { action: 'registration.enrolment.manage', entityType: 'enrolment', entityId: row.id, after: { ...row, discipline: discipline.code, section: section.number, planId: plan.id } });
      if (!(await repo.takeSeatAndEnrol(tx, row, audit))) {
        if (!body.waitlist) throw new AppError('SECTION_FULL', { section: sectionName(ctx.lang, section), capacity: section.capacity }, { waitlist: true });
        return { outcome: 'waitlisted' as const, entry: await joinWaitlist(tx, ctx, { studentId, sectionId: section.id, planLineId: line.id, label: sectionName(ctx.lang, section) }) };
      }
      return { outcome: 'enrolled' as const, enrolment: enrolmentDto(row, section.number) };
    });
  } catch (err) {
    // the per-kind index stands behind the lock (a second app node, a script)
    if (isUniqueViolation(err)) throw new AppError('SECTION_KIND_TAKEN', { section: sectionName(ctx.lang, section) });
    throw err;
  }
}

/** The number of a section (to name it in a refusal). */
export async function sectionNumber(tx: Parameters<typeof repo.findSection>[0], sectionId: string): Promise<number> {
  return (await repo.findSection(tx, sectionId))?.section.number ?? 0;
}

/**
 * Leaves a place (add/drop): within the term's window, the plan editable (an accepted one reopens).
 * The seat goes to the first on the section's waitlist, held for them, or back to the pool. Audited.
 */
export async function dropEnrolment(ctx: ServiceContext, enrolmentId: string): Promise<EnrolmentDto> {
  const enrolment = await repo.findEnrolment(ctx.db, enrolmentId);
  if (!enrolment) throw new AppError('ENROLMENT_NOT_FOUND');
  await studentAccess(ctx.db, ctx.actor, enrolment.studentId, 'registration.enrolment.manage');
  const found = await repo.findLine(ctx.db, enrolment.planLineId);
  const section = await repo.findSection(ctx.db, enrolment.sectionId);
  if (!found || !section) throw new AppError('ENROLMENT_NOT_FOUND');
  const window = await openWindow(ctx.db, ctx.lang, found.plan.academicYear, found.line.term, await universityToday(ctx), enrolment.studentId);
  const row = await ctx.db.transaction(async (tx) => {
    await repo.lockStudent(tx, enrolment.studentId);
    const plan = await repo.findPlan(tx, found.plan.id, true);
    if (!plan) throw new AppError('INDIVIDUAL_PLAN_NOT_FOUND');
    await editablePlan(tx, ctx, plan, window);
    if (!(await repo.endEnrolment(tx, enrolment.id, 'dropped', ctx.actor.userId, ctx.now, null))) throw new AppError('ENROLMENT_ENDED');
    await passSeat(tx, ctx, section.section.id, nameIn(ctx.lang, section.discipline));
    await recordAudit(tx, ctx, { action: 'registration.enrolment.manage', entityType: 'enrolment', entityId: enrolment.id, before: enrolment, after: { status: 'dropped', endedAt: ctx.now } });
    return (await repo.findEnrolment(tx, enrolment.id))!;
  });
  return enrolmentDto(row, section.section.number);
}
