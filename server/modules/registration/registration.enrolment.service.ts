import type { EnrolBody, EnrolmentDto, EnrolResultDto } from '../../../shared/modules/registration/registration.enrolment.contracts.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { universityToday } from '../../platform/settings/settings.service.ts';
import { hasRestudyPrepayment } from '../finance/index.ts';
import { activeStanding, editablePlan, nameIn, noHolds, openWindow, prerequisitesPassed, sectionName, termName } from './registration.checks.ts';
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

/** The line and section of a request, refused unless the section is of the line's discipline, term and year and still open. */
async function lineAndSection(ctx: ServiceContext, studentId: string, body: EnrolBody) {
  const found = await repo.findLine(ctx.db, body.planLineId);
  if (!found || found.plan.studentId !== studentId || found.line.removedAt) throw new AppError('PLAN_LINE_NOT_FOUND');
  const section = await repo.findSection(ctx.db, body.sectionId);
  if (!section) throw new AppError('SECTION_NOT_FOUND');
  const { offering } = section;
  if (offering.disciplineId !== found.line.disciplineId || offering.term !== found.line.term || offering.academicYear !== found.plan.academicYear) {
    throw new AppError('SECTION_NOT_FOR_LINE', { discipline: nameIn(ctx.lang, section.discipline), term: termName(ctx.lang, found.line.term) });
  }
  if (offering.status !== 'open' || section.section.status !== 'open') throw new AppError('SECTION_CANCELLED');
  return { ...found, ...section };
}

/**
 * Takes a place in a section for a line of the student's ИУП. Refuses with the reason a student can
 * act on: not studying or on leave, outside the window, a hold, prerequisites not passed, a re-study
 * not prepaid, a place of that kind held already, the plan under review, the section full (unless
 * `waitlist`, which joins its waitlist). An accepted plan reopens as a new revision. Audited.
 */
export async function enrol(ctx: ServiceContext, studentId: string, body: EnrolBody): Promise<EnrolResultDto> {
  await studentAccess(ctx.db, ctx.actor, studentId, 'registration.enrolment.manage');
  const today = await universityToday(ctx);
  const { line, plan, section, offering, discipline } = await lineAndSection(ctx, studentId, body);
  const label = nameIn(ctx.lang, discipline);
  await activeStanding(ctx.db, ctx.lang, studentId, today, label);
  const window = await openWindow(ctx.db, ctx.lang, plan.academicYear, line.term, today);
  await noHolds(ctx, studentId, today);
  await prerequisitesPassed(ctx.db, ctx.lang, plan, line.term, discipline);
  // a section full when read is refused at once, without queueing on its row behind the last seats' takers;
  // a place freed meanwhile goes to its waitlist first anyway. The conditional update below is what guarantees capacity.
  if (!body.waitlist && section.taken >= section.capacity) throw new AppError('SECTION_FULL', { section: sectionName(ctx.lang, section), capacity: section.capacity }, { waitlist: true });
  if (line.kind === 'restudy' && !(await hasRestudyPrepayment(ctx.db, { studentId, academicYear: plan.academicYear, term: line.term, disciplineId: discipline.id }))) throw new AppError('RESTUDY_NOT_PREPAID', { discipline: label });
  try {
    return await ctx.db.transaction(async (tx) => {
      await repo.lockStudent(tx, studentId);
      const locked = await repo.findPlan(tx, plan.id, true);
      if (!locked) throw new AppError('INDIVIDUAL_PLAN_NOT_FOUND');
      await editablePlan(tx, ctx, locked, window);
      const held = await repo.enrolledOfKind(tx, studentId, offering.id, section.kind);
      if (held) throw new AppError('SECTION_KIND_TAKEN', { section: sectionName(ctx.lang, { kind: held.kind, number: held.sectionId === section.id ? section.number : await sectionNumber(tx, held.sectionId) }) });
      if (!(await repo.takeSeat(tx, section.id, ctx.now))) {
        if (!body.waitlist) throw new AppError('SECTION_FULL', { section: sectionName(ctx.lang, section), capacity: section.capacity }, { waitlist: true });
        return { outcome: 'waitlisted' as const, entry: await joinWaitlist(tx, ctx, { studentId, sectionId: section.id, planLineId: line.id, label: sectionName(ctx.lang, section) }) };
      }
      const row = await repo.insertEnrolment(tx, { id: newId(), sectionId: section.id, offeringId: offering.id, kind: section.kind, studentId, planLineId: line.id, status: 'enrolled', enrolledBy: ctx.actor.userId, enrolledAt: ctx.now });
      await recordAudit(tx, ctx, { action: 'registration.enrolment.manage', entityType: 'enrolment', entityId: row.id, after: { ...row, discipline: discipline.code, section: section.number, planId: plan.id } });
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
  const window = await openWindow(ctx.db, ctx.lang, found.plan.academicYear, found.line.term, await universityToday(ctx));
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
