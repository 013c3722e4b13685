import type { CreateOrderBody, OrderDto, OrderParams } from '../../../shared/modules/students/students.contracts.ts';
import { applyOrderChange, type OrderChange, type Placement, type TargetGroup } from '../../../shared/modules/students/rules/order-transition.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { fullName, setHomeUnit } from '../identity/index.ts';
import * as orders from './students.orders.repository.ts';
import { canOnStudent } from './students.policy.ts';
import * as repo from './students.repository.ts';

/**
 * Orders (приказы): drafted with a number unique in its year, signed (every line applied at once, or
 * none), never edited after signing — only cancelled by another, signed, order.
 */

async function resolveGroup(db: Executor, groupId: string | undefined): Promise<TargetGroup | undefined> {
  if (!groupId) return undefined;
  const target = await repo.findGroupTarget(db, groupId);
  if (!target) throw new AppError('GROUP_NOT_FOUND');
  return target;
}

/** The rule's view of an order line: its params with the target group looked up. */
async function toChange(db: Executor, params: OrderParams): Promise<OrderChange> {
  switch (params.kind) {
    case 'enrol':
    case 'restore':
      return { kind: params.kind, group: (await resolveGroup(db, params.groupId))!, funding: params.funding };
    case 'transfer': {
      const group = await resolveGroup(db, params.groupId);
      return { kind: 'transfer', ...(group ? { group } : {}), ...(params.studyForm ? { studyForm: params.studyForm } : {}), ...(params.funding ? { funding: params.funding } : {}) };
    }
    case 'returnFromLeave': {
      const group = await resolveGroup(db, params.groupId);
      return { kind: 'returnFromLeave', ...(group ? { group } : {}) };
    }
    case 'academicLeave':
      return { kind: 'academicLeave', leaveKind: params.leaveKind };
    case 'expel':
      return { kind: 'expel', reason: params.reason };
    case 'graduate':
      return { kind: 'graduate' };
  }
}

async function currentPlacement(db: Executor, studentId: string): Promise<(Placement & { id: string; validFrom: string }) | null> {
  const open = await repo.findOpenPlacement(db, studentId);
  if (!open) return null;
  const program = await repo.findProgram(db, open.programId);
  return { id: open.id, validFrom: open.validFrom, status: open.status, groupId: open.groupId, programId: open.programId, programLevel: program!.level, studyForm: open.studyForm, funding: open.funding };
}

type StudentFound = NonNullable<Awaited<ReturnType<typeof repo.findStudent>>>;

/** Checks one line against the student's standing now; returns the new placement or throws the rule's refusal. */
async function checkLine(db: Executor, found: StudentFound, params: OrderParams, effectiveDate: string) {
  const student = fullName(found.user);
  const current = await currentPlacement(db, found.student.id);
  if (current && effectiveDate < current.validFrom) throw new AppError('ORDER_BACKDATED', { student, since: current.validFrom });
  const result = applyOrderChange(current, await toChange(db, params));
  if (!result.ok) throw new AppError(result.refusal, { student });
  return { current, next: result.placement };
}

async function loadStudentInScope(ctx: ServiceContext, studentId: string, lock = false): Promise<StudentFound> {
  const found = await repo.findStudent(ctx.db, studentId, lock);
  if (!found) throw new AppError('STUDENT_NOT_FOUND');
  const open = await repo.findOpenPlacement(ctx.db, studentId);
  const target = { userId: found.user.id, unitId: open?.groupId ?? found.user.homeUnitId };
  if (!(await canOnStudent(ctx.db, ctx.actor, 'students.order.create', target))) throw new AppError('FORBIDDEN');
  return found;
}

function assertDates(body: CreateOrderBody): void {
  const order = Date.parse(body.orderDate);
  const effective = Date.parse(body.effectiveDate);
  if (Number.isNaN(order) || Number.isNaN(effective) || effective < order - 366 * 86_400_000) throw new AppError('ORDER_DATES_INVALID');
}

/** Drafts an order: every line is checked now against today's standing, so an impossible order is refused at once. */
export async function createOrder(ctx: ServiceContext, body: CreateOrderBody): Promise<OrderDto> {
  assertDates(body);
  if (body.kind === 'cancel') return createCancellation(ctx, body);
  if (body.items.length === 0) throw new AppError('ORDER_EMPTY');
  for (const item of body.items) {
    if (item.params.kind !== body.kind) throw new AppError('ORDER_ITEM_KIND_MISMATCH');
    await checkLine(ctx.db, await loadStudentInScope(ctx, item.studentId), item.params, body.effectiveDate);
  }
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const year = Number(body.orderDate.slice(0, 4));
    const row = await orders.insertOrder(tx, { id, year, number: await repo.nextOrderNumber(tx, year), kind: body.kind, orderDate: body.orderDate, effectiveDate: body.effectiveDate, reason: body.reason, authorId: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now });
    await orders.insertOrderItems(tx, body.items.map((item) => ({ id: newId(), orderId: id, studentId: item.studentId, params: item.params, createdAt: ctx.now })));
    await recordAudit(tx, ctx, { action: 'students.order.create', entityType: 'order', entityId: id, after: { ...row, items: body.items } });
  });
  return getOrder(ctx, id);
}

async function createCancellation(ctx: ServiceContext, body: CreateOrderBody): Promise<OrderDto> {
  const target = body.cancelsOrderId ? await orders.findOrder(ctx.db, body.cancelsOrderId) : undefined;
  if (!target || target.status !== 'signed' || target.kind === 'cancel') throw new AppError('ORDER_CANCEL_TARGET_INVALID');
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const year = Number(body.orderDate.slice(0, 4));
    const row = await orders.insertOrder(tx, { id, year, number: await repo.nextOrderNumber(tx, year), kind: 'cancel', orderDate: body.orderDate, effectiveDate: body.effectiveDate, reason: body.reason, cancelsOrderId: target.id, authorId: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'students.order.create', entityType: 'order', entityId: id, after: row });
  });
  return getOrder(ctx, id);
}

/** Signs a draft: in one transaction, each student locked, each line re-checked and applied; all or nothing. */
export async function signOrder(ctx: ServiceContext, id: string): Promise<OrderDto> {
  await ctx.db.transaction(async (tx) => {
    const order = await orders.findOrder(tx, id, true);
    if (!order) throw new AppError('ORDER_NOT_FOUND');
    if (order.status !== 'draft') throw new AppError('ORDER_NOT_DRAFT');
    const txCtx = { ...ctx, db: tx as never };
    if (order.kind === 'cancel') await applyCancellation(txCtx, tx, order);
    else await applyLines(txCtx, tx, order);
    await orders.updateOrder(tx, id, { status: 'signed', signedBy: ctx.actor.userId, signedAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'students.order.sign', entityType: 'order', entityId: id, before: { status: 'draft' }, after: { status: 'signed' } });
  });
  return getOrder(ctx, id);
}

async function applyLines(ctx: ServiceContext, tx: Executor, order: orders.OrderRow): Promise<void> {
  const items = await orders.listOrderItems(tx, [order.id]);
  if (items.length === 0) throw new AppError('ORDER_EMPTY');
  for (const { item } of items) {
    const found = await loadStudentInScope(ctx, item.studentId, true);
    const { current, next } = await checkLine(tx, found, item.params as OrderParams, order.effectiveDate);
    if (current) await repo.closePlacement(tx, current.id, order.effectiveDate);
    await repo.insertPlacement(tx, { id: newId(), studentId: item.studentId, status: next.status, groupId: next.groupId, programId: next.programId, studyForm: next.studyForm, funding: next.funding, validFrom: order.effectiveDate, orderItemId: item.id, createdAt: ctx.now });
    await setHomeUnit(tx, found.user.id, next.groupId, ctx.now);
  }
}

/** Undoes a signed order: each of its periods must still be the student's open one; the previous reopens. */
async function applyCancellation(ctx: ServiceContext, tx: Executor, order: orders.OrderRow): Promise<void> {
  const target = order.cancelsOrderId ? await orders.findOrder(tx, order.cancelsOrderId, true) : undefined;
  if (!target || target.status !== 'signed') throw new AppError('ORDER_CANCEL_TARGET_INVALID');
  for (const { item, name } of await orders.listOrderItems(tx, [target.id])) {
    const found = await loadStudentInScope(ctx, item.studentId, true);
    const placement = await orders.findPlacementOfItem(tx, item.id);
    if (!placement || placement.validTo !== null || placement.isCancelled) throw new AppError('ORDER_CANCEL_SUPERSEDED', { student: fullName(name) });
    await orders.cancelPlacement(tx, placement.id);
    const previous = await orders.findPreviousPlacement(tx, item.studentId, placement.validFrom);
    if (previous) await orders.reopenPlacement(tx, previous.id);
    await setHomeUnit(tx, found.user.id, previous?.groupId ?? null, ctx.now);
  }
  await orders.updateOrder(tx, target.id, { status: 'cancelled', updatedAt: ctx.now });
}

type ItemRows = Awaited<ReturnType<typeof orders.listOrderItems>>;

function toOrderDto(order: orders.OrderRow, authorName: string, items: ItemRows): OrderDto {
  return {
    id: order.id,
    number: `${order.number}/${order.year}`,
    year: order.year,
    kind: order.kind,
    orderDate: order.orderDate,
    effectiveDate: order.effectiveDate,
    reason: order.reason,
    status: order.status,
    cancelsOrderId: order.cancelsOrderId,
    authorName,
    signedAt: order.signedAt?.toISOString() ?? null,
    items: items.filter(({ item }) => item.orderId === order.id).map(({ item, name }) => ({ id: item.id, studentId: item.studentId, studentName: fullName(name), params: item.params })),
  };
}

/** One order with its lines. */
export async function getOrder(ctx: ServiceContext, id: string): Promise<OrderDto> {
  const order = await orders.findOrder(ctx.db, id);
  if (!order) throw new AppError('ORDER_NOT_FOUND');
  const author = await orders.findAuthor(ctx.db, order.authorId);
  return toOrderDto(order, author ? fullName(author) : '', await orders.listOrderItems(ctx.db, [id]));
}

/** Orders, newest first. */
export async function listOrders(ctx: ServiceContext, query: { status?: string | undefined; kind?: string | undefined; year?: number | undefined; page: number; pageSize: number }) {
  const { rows, total } = await orders.listOrders(ctx.db, query, query.page, query.pageSize);
  const items = await orders.listOrderItems(ctx.db, rows.map((r) => r.order.id));
  return { items: rows.map(({ order, author }) => toOrderDto(order, fullName(author), items)), total, page: query.page, pageSize: query.pageSize };
}
