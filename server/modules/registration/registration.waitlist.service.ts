import type { EnrolmentDto, WaitlistEntryDto } from '../../../shared/modules/registration/registration.enrolment.contracts.ts';
import type { RegistrationWindow } from '../../../shared/modules/registration/rules/registration.ts';
import { auditRow, recordAudit } from '../../platform/audit/record-audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { notify } from '../../platform/notifications/index.ts';
import { getSetting, universityToday } from '../../platform/settings/settings.service.ts';
import { activeStanding, editablePlan, momentText, nameIn, noHolds, openWindow, sectionName } from './registration.checks.ts';
import * as repo from './registration.enrolment.repository.ts';
import { enrolmentDto, sectionNumber } from './registration.enrolment.service.ts';
import { studentAccess } from './registration.policy.ts';

/**
 * The waitlist of a full section (DOMAIN.md §4; most systems lack it): first come, first served.
 * A freed seat is not returned to the pool while someone waits: it stays taken, held for the first
 * in line until the offer's deadline; they accept (a place without a new seat) or decline, or the
 * offer expires, and the seat passes on.
 */

type AuditCtx = Parameters<typeof recordAudit>[1];

/** The DTO of an entry; its place in line is counted unless the caller knows it already. */
async function entryDto(db: Executor, row: repo.WaitlistRow, known?: number): Promise<WaitlistEntryDto> {
  return {
    id: row.id,
    studentId: row.studentId,
    sectionId: row.sectionId,
    planLineId: row.planLineId,
    status: row.status,
    position: row.status === 'waiting' ? (known ?? (await repo.waitlistPosition(db, row))) : null,
    createdAt: row.createdAt.toISOString(),
    offerExpiresAt: row.offerExpiresAt?.toISOString() ?? null,
  };
}

/** Joins a full section's waitlist, inside the enrolment's transaction (the student's lock held): one statement with its audit row. */
export async function joinWaitlist(tx: Executor, ctx: ServiceContext, input: { studentId: string; sectionId: string; planLineId: string; label: string }): Promise<WaitlistEntryDto> {
  const row: repo.WaitlistRow = { id: newId(), sectionId: input.sectionId, studentId: input.studentId, planLineId: input.planLineId, status: 'waiting', createdAt: ctx.now, offeredAt: null, offerExpiresAt: null, resolvedAt: null };
  try {
    const position = await repo.joinWaitlistAudited(tx, row, auditRow(ctx, { action: 'registration.enrolment.manage', entityType: 'waitlistEntry', entityId: row.id, after: row }));
    return await entryDto(tx, row, position);
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('WAITLIST_ALREADY', { section: input.label });
    throw err;
  }
}

/**
 * A seat of a section freed (inside the freeing transaction): offered to the first waiting student
 * for `registration.waitlistOfferHours`, else returned to the pool.
 */
export async function passSeat(tx: Executor, ctx: AuditCtx, sectionId: string, discipline: string): Promise<void> {
  const next = await repo.firstWaiting(tx, sectionId);
  if (!next) return repo.releaseSeat(tx, sectionId, ctx.now);
  const hours = await getSetting(tx, 'registration.waitlistOfferHours');
  const offerExpiresAt = new Date(ctx.now.getTime() + hours * 3_600_000);
  await repo.moveWaitlistEntry(tx, next.id, 'waiting', { status: 'offered', offeredAt: ctx.now, offerExpiresAt });
  const user = await repo.userOfStudent(tx, next.studentId);
  const section = await repo.findSection(tx, sectionId);
  if (user && section) {
    const params = { discipline: nameIn(user.lang, section.discipline), section: sectionName(user.lang, section.section), until: offerExpiresAt.toISOString() };
    await notify(tx, [{ userId: user.userId, kind: 'registration.waitlistOffered', params, link: '/registration' }], ctx.now);
  }
  await recordAudit(tx, ctx, { action: 'registration.waitlist.offer', entityType: 'waitlistEntry', entityId: next.id, after: { status: 'offered', offerExpiresAt, discipline } });
}

async function ownEntry(ctx: ServiceContext, entryId: string) {
  const entry = await repo.findWaitlistEntry(ctx.db, entryId);
  if (!entry) throw new AppError('WAITLIST_ENTRY_NOT_FOUND');
  await studentAccess(ctx.db, ctx.actor, entry.studentId, 'registration.enrolment.manage');
  const section = await repo.findSection(ctx.db, entry.sectionId);
  if (!section) throw new AppError('SECTION_NOT_FOUND');
  return { entry, ...section };
}

/** Accepts an offered seat before its deadline: the place is made on the seat held (no new seat taken). Audited. */
export async function acceptOffer(ctx: ServiceContext, entryId: string): Promise<EnrolmentDto> {
  const { entry, section, offering, discipline } = await ownEntry(ctx, entryId);
  const today = await universityToday(ctx);
  await activeStanding(ctx.db, ctx.lang, entry.studentId, today, nameIn(ctx.lang, discipline));
  await noHolds(ctx, entry.studentId, today);
  // a place taken from the waitlist is a step of the ИУП as any other: within the term's window, the plan editable
  const found = await repo.findLine(ctx.db, entry.planLineId);
  if (!found || found.line.removedAt) throw new AppError('WAITLIST_ENTRY_NOT_FOUND');
  const window = await openWindow(ctx.db, ctx.lang, found.plan.academicYear, found.line.term, today, entry.studentId);
  const row = await acceptInTransaction(ctx, entry, section, offering, found.plan.id, window).catch((err: unknown) => {
    // the per-kind index stands behind the check (a place taken at the same moment by another path)
    if (isUniqueViolation(err)) throw new AppError('SECTION_KIND_TAKEN', { section: sectionName(ctx.lang, section) });
    throw err;
  });
  return enrolmentDto(row, section.number);
}

function acceptInTransaction(ctx: ServiceContext, entry: repo.WaitlistRow, section: repo.SectionRow, offering: repo.OfferingRow, planId: string, window: RegistrationWindow) {
  return ctx.db.transaction(async (tx) => {
    await repo.lockStudent(tx, entry.studentId);
    const plan = await repo.findPlan(tx, planId, true);
    if (!plan) throw new AppError('INDIVIDUAL_PLAN_NOT_FOUND');
    await editablePlan(tx, ctx, plan, window);
    const locked = await repo.findWaitlistEntry(tx, entry.id, true);
    if (!locked || locked.status !== 'offered') throw new AppError('WAITLIST_NOT_OFFERED');
    if (locked.offerExpiresAt && locked.offerExpiresAt <= ctx.now) throw new AppError('WAITLIST_OFFER_EXPIRED', { until: momentText(locked.offerExpiresAt, await getSetting(tx, 'university.timeZone')) });
    const held = await repo.enrolledOfKind(tx, entry.studentId, offering.id, section.kind);
    if (held) throw new AppError('SECTION_KIND_TAKEN', { section: sectionName(ctx.lang, { kind: held.kind, number: await sectionNumber(tx, held.sectionId) }) });
    const inserted = await repo.insertEnrolment(tx, { id: newId(), sectionId: section.id, offeringId: offering.id, kind: section.kind, studentId: entry.studentId, planLineId: entry.planLineId, status: 'enrolled', enrolledBy: ctx.actor.userId, enrolledAt: ctx.now });
    await repo.moveWaitlistEntry(tx, entry.id, 'offered', { status: 'accepted', resolvedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'registration.enrolment.manage', entityType: 'enrolment', entityId: inserted.id, after: { ...inserted, fromWaitlist: entry.id } });
    return inserted;
  });
}

/** Declines an offered seat (it passes to the next in line) or leaves the line while waiting. Audited. */
export async function leaveWaitlist(ctx: ServiceContext, entryId: string, how: 'decline' | 'withdraw'): Promise<WaitlistEntryDto> {
  const { entry, section, discipline } = await ownEntry(ctx, entryId);
  const from = how === 'decline' ? 'offered' : 'waiting';
  const row = await ctx.db.transaction(async (tx) => {
    const moved = await repo.moveWaitlistEntry(tx, entry.id, from, { status: how === 'decline' ? 'declined' : 'withdrawn', resolvedAt: ctx.now });
    if (!moved) throw new AppError(how === 'decline' ? 'WAITLIST_NOT_OFFERED' : 'WAITLIST_ENTRY_NOT_FOUND');
    if (how === 'decline') await passSeat(tx, ctx, section.id, nameIn(ctx.lang, discipline));
    await recordAudit(tx, ctx, { action: 'registration.enrolment.manage', entityType: 'waitlistEntry', entityId: entry.id, before: entry, after: { status: how === 'decline' ? 'declined' : 'withdrawn' } });
    return (await repo.findWaitlistEntry(tx, entry.id))!;
  });
  return entryDto(ctx.db, row);
}

/** Expires offers past their deadline, passing each seat on (the server runs it every minute). */
export async function expireOffers(ctx: Pick<ServiceContext, 'db' | 'now' | 'requestId'>): Promise<number> {
  let expired = 0;
  for (const offer of await repo.expiredOffers(ctx.db, ctx.now)) {
    const done = await ctx.db.transaction(async (tx) => {
      const audit = { actor: null, now: ctx.now, ip: null, requestId: ctx.requestId };
      if (!(await repo.moveWaitlistEntry(tx, offer.id, 'offered', { status: 'expired', resolvedAt: ctx.now }))) return false;
      await passSeat(tx, audit, offer.sectionId, offer.sectionId);
      const user = await repo.userOfStudent(tx, offer.studentId);
      const section = await repo.findSection(tx, offer.sectionId);
      if (user && section) await notify(tx, [{ userId: user.userId, kind: 'registration.waitlistExpired', params: { discipline: nameIn(user.lang, section.discipline), section: sectionName(user.lang, section.section) }, link: '/registration' }], ctx.now);
      await recordAudit(tx, audit, { action: 'registration.waitlist.expire', entityType: 'waitlistEntry', entityId: offer.id, before: offer, after: { status: 'expired' } });
      return true;
    });
    if (done) expired++;
  }
  return expired;
}
