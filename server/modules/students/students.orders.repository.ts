import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.ts';
import { users } from '../identity/identity.tables.ts';
import { orderItems, orders, placements, students } from './students.tables.ts';

/** Queries of orders and their lines. */

export type OrderRow = typeof orders.$inferSelect;
export type OrderItemRow = typeof orderItems.$inferSelect;

export async function insertOrder(db: Executor, values: typeof orders.$inferInsert): Promise<OrderRow> {
  const [row] = await db.insert(orders).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function insertOrderItems(db: Executor, values: (typeof orderItems.$inferInsert)[]): Promise<OrderItemRow[]> {
  if (values.length === 0) return [];
  return db.insert(orderItems).values(values).returning();
}

export async function findOrder(db: Executor, id: string, lock = false): Promise<OrderRow | undefined> {
  const query = db.select().from(orders).where(eq(orders.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function updateOrder(db: Executor, id: string, values: Partial<typeof orders.$inferInsert>): Promise<void> {
  await db.update(orders).set(values).where(eq(orders.id, id));
}

const studentUser = alias(users, 'student_user');

/** The lines of orders with the students' names, ordered by student (a stable lock order). */
export async function listOrderItems(db: Executor, orderIds: string[]) {
  if (orderIds.length === 0) return [];
  return db
    .select({ item: orderItems, name: { lastName: studentUser.lastName, firstName: studentUser.firstName, patronymic: studentUser.patronymic } })
    .from(orderItems)
    .innerJoin(students, eq(students.id, orderItems.studentId))
    .innerJoin(studentUser, eq(studentUser.id, students.userId))
    .where(inArray(orderItems.orderId, orderIds))
    .orderBy(asc(orderItems.studentId));
}

export async function listOrders(db: Executor, filter: { status?: string | undefined; kind?: string | undefined; year?: number | undefined }, page: number, pageSize: number) {
  const where = and(
    filter.status ? eq(orders.status, filter.status as OrderRow['status']) : undefined,
    filter.kind ? eq(orders.kind, filter.kind as OrderRow['kind']) : undefined,
    filter.year ? eq(orders.year, filter.year) : undefined,
  );
  const rows = await db
    .select({ order: orders, author: { lastName: users.lastName, firstName: users.firstName, patronymic: users.patronymic } })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.authorId))
    .where(where)
    .orderBy(desc(orders.year), desc(orders.number))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(orders).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function findAuthor(db: Executor, userId: string) {
  const [row] = await db.select({ lastName: users.lastName, firstName: users.firstName, patronymic: users.patronymic }).from(users).where(eq(users.id, userId));
  return row;
}

/** The period an order line opened, if it is still the student's open one. */
export async function findPlacementOfItem(db: Executor, itemId: string) {
  const [row] = await db.select().from(placements).where(eq(placements.orderItemId, itemId));
  return row;
}

/** The period that ended where another began: the one a cancellation reopens. */
export async function findPreviousPlacement(db: Executor, studentId: string, endedOn: string) {
  const [row] = await db
    .select()
    .from(placements)
    .where(and(eq(placements.studentId, studentId), eq(placements.validTo, endedOn), eq(placements.isCancelled, false)))
    .orderBy(desc(placements.createdAt))
    .limit(1);
  return row;
}

export async function cancelPlacement(db: Executor, id: string): Promise<void> {
  await db.update(placements).set({ isCancelled: true }).where(eq(placements.id, id));
}

export async function reopenPlacement(db: Executor, id: string): Promise<void> {
  await db.update(placements).set({ validTo: sql`null` }).where(eq(placements.id, id));
}
