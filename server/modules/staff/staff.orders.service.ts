import type { CreateStaffOrderBody, StaffOrderDto, StaffOrderParams } from '../../../shared/modules/staff/staff.contracts.ts';
import { orderDatesValid } from '../../../shared/modules/staff/rules/order-dates.ts';
import { applyStaffChange, hundredthsToRate, rateToHundredths, type Appointment, type StaffChange, type StaffLimits } from '../../../shared/modules/staff/rules/appointment-change.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { getSetting, universityToday } from '../../platform/settings/settings.service.ts';
import { fullName } from '../identity/index.ts';
import { findUnit } from '../org/index.ts';
import { loadCardInScope } from './staff.cards.service.ts';
import { localName, staffOrderNumber } from './staff.mappers.ts';
import * as orders from './staff.orders.repository.ts';
import { readableStaff } from './staff.policy.ts';
import * as repo from './staff.repository.ts';

/**
 * HR orders (приказы по личному составу): drafted with a number unique in its year, checked at once
 * against the person's appointments, signed (applied in one transaction, the card locked) and never
 * edited after. An award changes no period; every other kind closes and opens appointments.
 */

async function limitsOf(db: Executor): Promise<StaffLimits> {
  return { minRate: Math.round((await getSetting(db, 'staff.minRate')) * 100), maxTotalRate: Math.round((await getSetting(db, 'staff.maxTotalRate')) * 100) };
}

async function placeOf(db: Executor, unitId: string | undefined): Promise<{ unitId?: string; unitIsDepartment?: boolean }> {
  if (unitId === undefined) return {};
  const unit = await findUnit(db, unitId);
  if (!unit) throw new AppError('UNIT_NOT_FOUND');
  return { unitId, unitIsDepartment: unit.kind === 'department' };
}

async function positionOf(db: Executor, positionId: string | undefined): Promise<void> {
  if (positionId !== undefined && !(await repo.findPosition(db, positionId))) throw new AppError('STAFF_POSITION_NOT_FOUND');
}

/** The rule's view of an order: its params with the unit's kind looked up and the rate in hundredths. */
async function toChange(db: Executor, params: StaffOrderParams): Promise<StaffChange> {
  const hundredths = (rate: number | undefined) => (rate === undefined ? undefined : (rateToHundredths(rate) ?? 0));
  switch (params.kind) {
    case 'hire': {
      await positionOf(db, params.positionId);
      const place = await placeOf(db, params.unitId);
      return { kind: 'hire', unitId: params.unitId, unitIsDepartment: place.unitIsDepartment ?? false, positionId: params.positionId, rate: hundredths(params.rate)!, employment: params.employment };
    }
    case 'transfer': {
      await positionOf(db, params.positionId);
      const to = { ...(await placeOf(db, params.unitId)), ...(params.positionId ? { positionId: params.positionId } : {}), ...(params.rate !== undefined ? { rate: hundredths(params.rate)! } : {}) };
      return { kind: 'transfer', appointmentId: params.appointmentId, to };
    }
    case 'leave':
      return { kind: 'leave', leaveKind: params.leaveKind };
    case 'returnFromLeave':
      return { kind: 'returnFromLeave' };
    case 'award':
      return { kind: 'award' };
    case 'dismissal':
      return { kind: 'dismissal', appointmentId: params.appointmentId ?? null };
  }
}

const toRule = (row: orders.AppointmentRow): Appointment => ({ id: row.id, unitId: row.unitId, positionId: row.positionId, rate: Math.round(Number(row.rate) * 100), employment: row.employment, status: row.status });

/** Checks an order against the person's open appointments; answers what it closes and opens, or throws the refusal. */
async function checkOrder(db: Executor, cardId: string, person: string, params: StaffOrderParams, effectiveDate: string) {
  const open = await orders.openAppointments(db, cardId);
  const since = open.reduce((latest, a) => (a.validFrom > latest ? a.validFrom : latest), '');
  if (since && effectiveDate < since) throw new AppError('STAFF_ORDER_BACKDATED', { person, since });
  const outcome = applyStaffChange(open.map(toRule), await toChange(db, params), await limitsOf(db));
  if (!outcome.ok) throw new AppError(outcome.refusal, { person, ...outcome.details });
  return outcome;
}

/** Drafts an order: checked now against the person's appointments, so an impossible order is refused at once. */
export async function createStaffOrder(ctx: ServiceContext, body: CreateStaffOrderBody): Promise<StaffOrderDto> {
  if (!orderDatesValid(body.orderDate, body.effectiveDate)) throw new AppError('STAFF_ORDER_DATES_INVALID');
  const found = await loadCardInScope(ctx, body.cardId, 'staff.order.create');
  await checkOrder(ctx.db, body.cardId, fullName(found.user), body.params, body.effectiveDate);
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const year = Number(body.orderDate.slice(0, 4));
    const number = await orders.nextStaffOrderNumber(tx, year);
    const row = await orders.insertStaffOrder(tx, { id, year, number, kind: body.params.kind, cardId: body.cardId, orderDate: body.orderDate, effectiveDate: body.effectiveDate, basis: body.basis, params: body.params, authorId: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'staff.order.create', entityType: 'staffOrder', entityId: id, after: row });
  });
  return getStaffOrder(ctx, id);
}

/** Signs a draft: the order and the card locked, the order re-checked and applied; all or nothing. */
export async function signStaffOrder(ctx: ServiceContext, id: string): Promise<StaffOrderDto> {
  await ctx.db.transaction(async (tx) => {
    const order = await orders.findStaffOrder(tx, id, true);
    if (!order) throw new AppError('STAFF_ORDER_NOT_FOUND');
    if (order.status !== 'draft') throw new AppError('STAFF_ORDER_NOT_DRAFT');
    const txCtx = { ...ctx, db: tx as never };
    const found = await loadCardInScope(txCtx, order.cardId, 'staff.order.sign', true);
    const outcome = await checkOrder(tx, order.cardId, fullName(found.user), order.params as StaffOrderParams, order.effectiveDate);
    await orders.closeAppointments(tx, outcome.close, order.effectiveDate);
    await orders.insertAppointments(tx, outcome.open.map((a) => ({ id: newId(), cardId: order.cardId, ...a, rate: hundredthsToRate(a.rate), validFrom: order.effectiveDate, orderId: id, createdAt: ctx.now })));
    await orders.markSigned(tx, id, ctx.actor.userId, ctx.now);
    await recordAudit(tx, ctx, { action: 'staff.order.sign', entityType: 'staffOrder', entityId: id, before: { status: 'draft' }, after: { status: 'signed', closed: outcome.close, opened: outcome.open } });
  });
  return getStaffOrder(ctx, id);
}

/** The names an order's params point at (department, position, the appointment transferred), for the document. */
async function namesOf(ctx: ServiceContext, params: Record<string, unknown>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  if (typeof params.unitId === 'string') {
    const unit = await findUnit(ctx.db, params.unitId);
    if (unit) out.unit = localName(unit, ctx.lang);
  }
  if (typeof params.positionId === 'string') {
    const position = await repo.findPosition(ctx.db, params.positionId);
    if (position) out.position = localName(position, ctx.lang);
  }
  return out;
}

async function toDto(ctx: ServiceContext, view: orders.StaffOrderView): Promise<StaffOrderDto> {
  const { order } = view;
  const params = order.params as Record<string, unknown>;
  return {
    id: order.id,
    number: staffOrderNumber(order),
    year: order.year,
    kind: order.kind,
    status: order.status,
    orderDate: order.orderDate,
    effectiveDate: order.effectiveDate,
    basis: order.basis,
    cardId: order.cardId,
    personName: fullName(view.person),
    params,
    names: await namesOf(ctx, params),
    authorName: fullName(view.author),
    signedByName: view.signer ? fullName(view.signer) : null,
    signedAt: order.signedAt?.toISOString() ?? null,
  };
}

export async function getStaffOrder(ctx: ServiceContext, id: string): Promise<StaffOrderDto> {
  const view = await orders.findStaffOrderView(ctx.db, id);
  if (!view) throw new AppError('STAFF_ORDER_NOT_FOUND');
  await loadCardInScope(ctx, view.order.cardId, 'staff.order.read');
  return toDto(ctx, view);
}

export async function listStaffOrders(ctx: ServiceContext, query: Omit<orders.OrderFilter, 'scope' | 'date'> & { page: number; pageSize: number }) {
  const filter = { ...query, scope: await readableStaff(ctx.db, ctx.actor, 'staff.order.read'), date: await universityToday(ctx) };
  const { rows, total } = await orders.listStaffOrders(ctx.db, filter, query.page, query.pageSize);
  return { items: await Promise.all(rows.map((row) => toDto(ctx, row))), total, page: query.page, pageSize: query.pageSize };
}
