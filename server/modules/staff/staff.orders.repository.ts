import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.ts';
import { users } from '../identity/identity.tables.ts';
import { orgUnits } from '../org/org.tables.ts';
import { cardInScope, coversDay, type StaffScope } from './staff.repository.ts';
import { staffAppointments, staffCards, staffOrderCounters, staffOrders, staffPositions } from './staff.tables.ts';

/** Queries of HR orders, their numbers and the appointments they open and close. */

export type StaffOrderRow = typeof staffOrders.$inferSelect;
export type AppointmentRow = typeof staffAppointments.$inferSelect;

/**
 * The next HR order number of a year. One statement both creates the year's counter and moves it:
 * concurrent drafts queue on the counter row, so no two get the same number.
 */
export async function nextStaffOrderNumber(db: Executor, year: number): Promise<number> {
  const [row] = await db
    .insert(staffOrderCounters)
    .values({ year, lastNumber: 1 })
    .onConflictDoUpdate({ target: staffOrderCounters.year, set: { lastNumber: sql`${staffOrderCounters.lastNumber} + 1` } })
    .returning({ number: staffOrderCounters.lastNumber });
  if (!row) throw new Error('the counter answered nothing');
  return row.number;
}

export async function insertStaffOrder(db: Executor, values: typeof staffOrders.$inferInsert): Promise<StaffOrderRow> {
  const [row] = await db.insert(staffOrders).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findStaffOrder(db: Executor, id: string, lock = false): Promise<StaffOrderRow | undefined> {
  const query = db.select().from(staffOrders).where(eq(staffOrders.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function markSigned(db: Executor, id: string, signedBy: string, at: Date): Promise<void> {
  await db.update(staffOrders).set({ status: 'signed', signedBy, signedAt: at, updatedAt: at }).where(eq(staffOrders.id, id));
}

const author = alias(users, 'author');
const signer = alias(users, 'signer');
const subject = alias(users, 'subject');

function ordersQuery(db: Executor) {
  return db
    .select({ order: staffOrders, person: { lastName: subject.lastName, firstName: subject.firstName, patronymic: subject.patronymic }, author: { lastName: author.lastName, firstName: author.firstName, patronymic: author.patronymic }, signer: { lastName: signer.lastName, firstName: signer.firstName, patronymic: signer.patronymic } })
    .from(staffOrders)
    .innerJoin(staffCards, eq(staffCards.id, staffOrders.cardId))
    .innerJoin(subject, eq(subject.id, staffCards.userId))
    .innerJoin(author, eq(author.id, staffOrders.authorId))
    .leftJoin(signer, eq(signer.id, staffOrders.signedBy));
}

export type StaffOrderView = Awaited<ReturnType<ReturnType<typeof ordersQuery>['where']>>[number];

export async function findStaffOrderView(db: Executor, id: string): Promise<StaffOrderView | undefined> {
  const [row] = await ordersQuery(db).where(eq(staffOrders.id, id));
  return row;
}

export interface OrderFilter {
  status?: StaffOrderRow['status'] | undefined;
  kind?: StaffOrderRow['kind'] | undefined;
  year?: number | undefined;
  cardId?: string | undefined;
  scope: StaffScope;
  date: string;
}

/** Orders, newest first. */
export async function listStaffOrders(db: Executor, filter: OrderFilter, page: number, pageSize: number) {
  const where = and(
    filter.status ? eq(staffOrders.status, filter.status) : undefined,
    filter.kind ? eq(staffOrders.kind, filter.kind) : undefined,
    filter.year ? eq(staffOrders.year, filter.year) : undefined,
    filter.cardId ? eq(staffOrders.cardId, filter.cardId) : undefined,
    filter.scope ? cardInScope(filter.scope, filter.date) : undefined,
  );
  const rows = await ordersQuery(db).where(where).orderBy(desc(staffOrders.year), desc(staffOrders.number)).limit(pageSize).offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(staffOrders).innerJoin(staffCards, eq(staffCards.id, staffOrders.cardId)).innerJoin(users, eq(users.id, staffCards.userId)).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** Signed award orders of a card, oldest first: the awards the card shows. */
export async function listAwards(db: Executor, cardId: string): Promise<StaffOrderRow[]> {
  return db
    .select()
    .from(staffOrders)
    .where(and(eq(staffOrders.cardId, cardId), eq(staffOrders.kind, 'award'), eq(staffOrders.status, 'signed')))
    .orderBy(asc(staffOrders.effectiveDate), asc(staffOrders.number));
}

/** The periods still open (no end yet) of a card: what the next order starts from. */
export async function openAppointments(db: Executor, cardId: string): Promise<AppointmentRow[]> {
  return db.select().from(staffAppointments).where(and(eq(staffAppointments.cardId, cardId), isNull(staffAppointments.validTo))).orderBy(asc(staffAppointments.validFrom), asc(staffAppointments.id));
}

export async function closeAppointments(db: Executor, ids: string[], on: string): Promise<void> {
  if (ids.length === 0) return;
  await db.update(staffAppointments).set({ validTo: on }).where(inArray(staffAppointments.id, ids));
}

export async function insertAppointments(db: Executor, values: (typeof staffAppointments.$inferInsert)[]): Promise<void> {
  if (values.length) await db.insert(staffAppointments).values(values);
}

const appointmentView = {
  appointment: staffAppointments,
  unit: { nameRu: orgUnits.nameRu, nameKy: orgUnits.nameKy, nameEn: orgUnits.nameEn },
  position: { nameRu: staffPositions.nameRu, nameKy: staffPositions.nameKy, nameEn: staffPositions.nameEn },
  order: { year: staffOrders.year, number: staffOrders.number },
};

function appointmentsQuery(db: Executor) {
  return db
    .select(appointmentView)
    .from(staffAppointments)
    .innerJoin(orgUnits, eq(orgUnits.id, staffAppointments.unitId))
    .innerJoin(staffPositions, eq(staffPositions.id, staffAppointments.positionId))
    .innerJoin(staffOrders, eq(staffOrders.id, staffAppointments.orderId));
}

export type AppointmentView = Awaited<ReturnType<typeof listAppointments>>[number];

/** Every period of the cards (their history), oldest first; with a date, only those covering it. */
export async function listAppointments(db: Executor, cardIds: string[], date?: string) {
  if (cardIds.length === 0) return [];
  return appointmentsQuery(db)
    .where(and(inArray(staffAppointments.cardId, cardIds), date ? coversDay(date) : undefined))
    .orderBy(asc(staffAppointments.validFrom), asc(staffAppointments.createdAt), asc(staffAppointments.id));
}

/** The staff of units on a day: each appointment covering it, with the person (for lists and reports). */
export async function staffOn(db: Executor, date: string, unitIds: string[] | null) {
  return db
    .select({ ...appointmentView, card: { birthDate: staffCards.birthDate, gender: staffCards.gender, degree: staffCards.degree, title: staffCards.title }, person: { lastName: subject.lastName, firstName: subject.firstName, patronymic: subject.patronymic } })
    .from(staffAppointments)
    .innerJoin(orgUnits, eq(orgUnits.id, staffAppointments.unitId))
    .innerJoin(staffPositions, eq(staffPositions.id, staffAppointments.positionId))
    .innerJoin(staffOrders, eq(staffOrders.id, staffAppointments.orderId))
    .innerJoin(staffCards, eq(staffCards.id, staffAppointments.cardId))
    .innerJoin(subject, eq(subject.id, staffCards.userId))
    .where(and(coversDay(date), unitIds ? (unitIds.length ? inArray(staffAppointments.unitId, unitIds) : sql`false`) : undefined))
    .orderBy(asc(orgUnits.nameRu), asc(subject.lastName), asc(subject.firstName), asc(staffAppointments.id));
}
