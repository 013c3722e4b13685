import { can } from '../../../shared/access/can.ts';
import type { CloseTermBody, CloseTermDto } from '../../../shared/modules/registration/registration.enrolment.contracts.ts';
import { windowFor } from '../../../shared/modules/registration/rules/registration.ts';
import { addDays } from '../../../shared/modules/calendar/rules/days.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { notify } from '../../platform/notifications/index.ts';
import { getSetting, universityToday } from '../../platform/settings/settings.service.ts';
import { nameIn, termName } from './registration.checks.ts';
import * as repo from './registration.close.repository.ts';
import { lockStudent, periodsOfYear, setPlanStatus } from './registration.enrolment.repository.ts';

/**
 * After a term's registration closes (DOMAIN.md §4): an elective with fewer students than its
 * minimum is cancelled — its places and waitlists end, its line leaves the students' plans, and
 * they are told to re-choose within `registration.rechooseDays`; an offering whose waitlists show
 * more demand than seats gets an extra section proposed. Once per press, serialized per term, audited.
 */
export async function closeTerm(ctx: ServiceContext, body: CloseTermBody): Promise<CloseTermDto> {
  if (!can(ctx.actor, 'registration.term.close', { ownerUserId: null, unitPath: [] })) throw new AppError('FORBIDDEN');
  const today = await universityToday(ctx);
  const periods = await periodsOfYear(ctx.db, body.academicYear);
  const open = windowFor(periods.filter((p) => p.kind !== 'addDrop'), today, body.term);
  if (open) throw new AppError('REGISTRATION_STILL_OPEN', { term: termName(ctx.lang, body.term), until: open.endDate.split('-').reverse().join('.') });
  const rechooseUntil = addDays(today, await getSetting(ctx.db, 'registration.rechooseDays'));
  return ctx.db.transaction(async (tx) => {
    await repo.lockTerm(tx, body.academicYear, body.term);
    const rows = await repo.demand(tx, body.academicYear, body.term);
    const result: CloseTermDto = { academicYear: body.academicYear, term: body.term, cancelled: [], proposals: [] };
    const byOffering = new Map<string, typeof rows>();
    for (const row of rows) byOffering.set(row.offeringId, [...(byOffering.get(row.offeringId) ?? []), row]);
    const primaryOf = (kinds: typeof rows) => kinds.find((k) => k.kind === 'lecture') ?? kinds.find((k) => k.kind === 'practice') ?? kinds[0]!;
    const toCancel = new Set([...byOffering].filter(([, kinds]) => kinds[0]!.isElective && kinds[0]!.students < primaryOf(kinds).minimum).map(([id]) => id));
    // the students whose places and plans change wait for no step of theirs in progress, and none starts
    // meanwhile: their locks first, in one order, before any row of the offerings is touched (no deadlock)
    for (const studentId of await repo.studentsIn(tx, [...toCancel])) await lockStudent(tx, studentId);
    for (const [offeringId, kinds] of byOffering) {
      const first = kinds[0]!;
      const discipline = nameIn(ctx.lang, first);
      const primary = primaryOf(kinds);
      if (toCancel.has(offeringId)) {
        const { people, plans } = await repo.cancelOffering(tx, offeringId, rechooseUntil, ctx.actor.userId, ctx.now);
        for (const plan of plans.filter((p) => p.status !== 'draft')) await setPlanStatus(tx, plan, 'draft', { revision: plan.status === 'registrarAccepted' ? plan.revision + 1 : plan.revision }, { by: ctx.actor.userId, at: ctx.now, note: discipline });
        await notify(tx, people.map((p) => ({ userId: p.userId, kind: 'registration.electiveCancelled' as const, params: { discipline, until: rechooseUntil }, link: '/registration' })), ctx.now);
        result.cancelled.push({ offeringId, discipline, students: first.students, minimum: primary.minimum, rechooseUntil });
        continue;
      }
      for (const k of kinds.filter((k) => k.waiting > 0)) {
        result.proposals.push({ offeringId, discipline, kind: k.kind, enrolled: k.enrolled, waiting: k.waiting, capacity: k.capacity, suggestedCapacity: Math.max(k.largest, k.minimum) });
      }
    }
    await recordAudit(tx, ctx, { action: 'registration.term.close', entityType: 'term', entityId: `${body.academicYear}-${body.term}`, after: { cancelled: result.cancelled.map((c) => c.offeringId), proposals: result.proposals.length } });
    return result;
  });
}
