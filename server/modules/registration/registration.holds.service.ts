import { ANY_HOLD_KIND_ROLES, HOLD_KIND_RULES } from '../../../shared/modules/registration/registration.hold-kinds.ts';
import type { CreateHoldBody, HoldDto, LiftHoldBody, StudentHoldsDto } from '../../../shared/modules/registration/registration.contracts.ts';
import { holdDatesValid, isHoldActive, manageableHoldKinds, mayManageHold } from '../../../shared/modules/registration/rules/holds.ts';
import type { AccessTarget } from '../../../shared/access/can.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { universityToday } from '../../platform/settings/settings.service.ts';
import { translate } from '../../platform/i18n/translate.ts';
import { fullName } from '../identity/index.ts';
import { dayText } from './registration.checks.ts';
import { holdsTarget } from './registration.policy.ts';
import type { HoldFact } from './registration.enrolment.repository.ts';
import * as repo from './registration.repository.ts';


/** The refusal for a kind the actor's office may not set or lift, naming the kind and who may. */
function kindRefusal(ctx: ServiceContext, kind: HoldDto['kind'], action: 'set' | 'lift'): AppError {
  const rule = HOLD_KIND_RULES[kind];
  const roles = [...(action === 'set' ? rule.setBy : rule.liftBy), ...ANY_HOLD_KIND_ROLES].map((role) => translate(ctx.lang, `common:roles.${role}`)).join(', ');
  return new AppError(action === 'set' ? 'HOLD_KIND_NOT_ALLOWED' : 'HOLD_LIFT_NOT_ALLOWED', { kind: translate(ctx.lang, `registration:kind.${kind}`), roles });
}

/** Holds on a student (блокировки): set and lifted by the offices the hold-kind table names, read by all who guide the student. */

function toDto(ctx: ServiceContext, view: repo.HoldView, today: string, target: AccessTarget): HoldDto {
  const { hold } = view;
  const lifted = hold.liftedAt && hold.liftedOn && view.lifter ? { by: { userId: view.lifter.id, fullName: fullName(view.lifter) }, at: hold.liftedAt.toISOString(), on: hold.liftedOn, note: hold.liftNote ?? '' } : null;
  return {
    id: hold.id,
    studentId: hold.studentId,
    kind: hold.kind,
    reason: hold.reason,
    since: hold.since,
    until: hold.until,
    setBy: { userId: view.setter.id, fullName: fullName(view.setter) },
    setAt: hold.setAt.toISOString(),
    lifted,
    isActive: isHoldActive(hold, today),
    canLift: lifted === null && mayManageHold(ctx.actor, hold.kind, 'lift', target),
  };
}

/** A student's holds, those in force today first, with what the reader may set and lift. */
export async function listStudentHolds(ctx: ServiceContext, studentId: string): Promise<StudentHoldsDto> {
  const target = await holdsTarget(ctx.db, ctx.actor, studentId, 'registration.hold.read');
  const today = await universityToday(ctx);
  const items = (await repo.listHolds(ctx.db, studentId)).map((view) => toDto(ctx, view, today, target));
  items.sort((a, b) => Number(b.isActive) - Number(a.isActive));
  return { studentId, today, items, canSet: manageableHoldKinds(ctx.actor, 'set', target) };
}

async function holdDto(ctx: ServiceContext, id: string, target: AccessTarget): Promise<HoldDto> {
  const view = await repo.findHoldView(ctx.db, id);
  if (!view) throw new AppError('HOLD_NOT_FOUND');
  return toDto(ctx, view, await universityToday(ctx), target);
}

/** Sets a hold of a kind the actor's office may set (the kind table), from today or a given day; audited. */
export async function setHold(ctx: ServiceContext, studentId: string, body: CreateHoldBody): Promise<HoldDto> {
  const target = await holdsTarget(ctx.db, ctx.actor, studentId, 'registration.hold.manage');
  if (!mayManageHold(ctx.actor, body.kind, 'set', target)) throw kindRefusal(ctx, body.kind, 'set');
  const since = body.since ?? (await universityToday(ctx));
  const until = body.until ?? null;
  if (!holdDatesValid(since, until)) throw new AppError('HOLD_DATES_INVALID', { since: dayText(since), until: dayText(until ?? since) });
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const row = await repo.insertHold(tx, { id, studentId, kind: body.kind, reason: body.reason, since, until, setBy: ctx.actor.userId, setAt: ctx.now, createdAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'registration.hold.manage', entityType: 'hold', entityId: id, after: row });
  });
  return holdDto(ctx, id, target);
}

/**
 * Lifts a hold once: the row is locked and the update is conditional on it being still in force,
 * so of two concurrent lifts exactly one succeeds and the other is told it was lifted already.
 */
export async function liftHold(ctx: ServiceContext, holdId: string, body: LiftHoldBody): Promise<HoldDto> {
  const today = await universityToday(ctx);
  const target = await ctx.db.transaction(async (tx) => {
    const hold = await repo.findHold(tx, holdId, true);
    if (!hold) throw new AppError('HOLD_NOT_FOUND');
    const reach = await holdsTarget(tx, ctx.actor, hold.studentId, 'registration.hold.manage');
    if (!mayManageHold(ctx.actor, hold.kind, 'lift', reach)) throw kindRefusal(ctx, hold.kind, 'lift');
    if (hold.liftedAt) throw new AppError('HOLD_ALREADY_LIFTED');
    const after = await repo.liftHoldOnce(tx, holdId, { liftedBy: ctx.actor.userId, liftedAt: ctx.now, liftedOn: today, liftNote: body.note });
    if (!after) throw new AppError('HOLD_ALREADY_LIFTED');
    await recordAudit(tx, ctx, { action: 'registration.hold.manage', entityType: 'hold', entityId: holdId, before: hold, after });
    return reach;
  });
  return holdDto(ctx, holdId, target);
}

/** A hold in force, as a refusal names it (the shape the enrolment's one-query read gives too). */
export type ActiveHold = HoldFact;

/**
 * The holds in force on a student on a day: what registration refuses on. No access check (the
 * caller has made its own); pass `{ db: tx }` to read inside the caller's transaction.
 */
export async function activeHolds(ctx: { db: Executor }, studentId: string, onDay: string): Promise<ActiveHold[]> {
  return (await repo.holdsInForce(ctx.db, studentId, onDay)).map((h) => ({ id: h.id, kind: h.kind, reason: h.reason, since: h.since, until: h.until }));
}
