import { and, asc, count, eq, gt, ilike, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { users } from '../identity/identity.tables.ts';
import { staffAppointments, staffCards, staffPositions } from './staff.tables.ts';

/** Queries of positions and staff cards. */

export type PositionRow = typeof staffPositions.$inferSelect;
export type CardRow = typeof staffCards.$inferSelect;

const person = { username: users.username, lastName: users.lastName, firstName: users.firstName, patronymic: users.patronymic, homeUnitId: users.homeUnitId };

export async function listPositions(db: Executor): Promise<PositionRow[]> {
  return db.select().from(staffPositions).orderBy(asc(staffPositions.nameRu));
}

export async function findPosition(db: Executor, id: string): Promise<PositionRow | undefined> {
  const [row] = await db.select().from(staffPositions).where(eq(staffPositions.id, id));
  return row;
}

export async function findPositionByCode(db: Executor, code: string): Promise<PositionRow | undefined> {
  const [row] = await db.select().from(staffPositions).where(eq(staffPositions.code, code));
  return row;
}

export async function insertPosition(db: Executor, values: typeof staffPositions.$inferInsert): Promise<PositionRow> {
  const [row] = await db.insert(staffPositions).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** The account a card is for: its names and home unit. */
export async function findPerson(db: Executor, userId: string) {
  const [row] = await db.select({ id: users.id, ...person }).from(users).where(eq(users.id, userId));
  return row;
}

export async function findCard(db: Executor, id: string, lock = false) {
  const query = db.select({ card: staffCards, user: person }).from(staffCards).innerJoin(users, eq(users.id, staffCards.userId)).where(eq(staffCards.id, id));
  const [row] = lock ? await query.for('update', { of: staffCards }) : await query;
  return row;
}

export async function findCardOfUser(db: Executor, userId: string): Promise<CardRow | undefined> {
  const [row] = await db.select().from(staffCards).where(eq(staffCards.userId, userId));
  return row;
}

export async function findCardWithPin(db: Executor, personalNumber: string, exceptId?: string): Promise<CardRow | undefined> {
  const [row] = await db
    .select()
    .from(staffCards)
    .where(and(eq(staffCards.personalNumber, personalNumber), exceptId ? ne(staffCards.id, exceptId) : undefined));
  return row;
}

export async function insertCard(db: Executor, values: typeof staffCards.$inferInsert): Promise<CardRow> {
  const [row] = await db.insert(staffCards).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateCard(db: Executor, id: string, values: Partial<typeof staffCards.$inferInsert>): Promise<CardRow> {
  const [row] = await db.update(staffCards).set(values).where(eq(staffCards.id, id)).returning();
  if (!row) throw new Error('update returned nothing');
  return row;
}

/** Whom a reader may see: null for everyone, else units (with all below them, already expanded) and single users. */
export type StaffScope = { unitIds: string[]; userIds: string[] } | null;

/** An appointment of the card that covers the day (valid_from ≤ d < valid_to). */
export function coversDay(date: string): SQL {
  return and(lte(staffAppointments.validFrom, date), or(isNull(staffAppointments.validTo), gt(staffAppointments.validTo, date)))!;
}

/** Whether the card (of the outer query) has an appointment covering the day that also meets `condition`. */
function hasAppointment(date: string, condition: SQL = sql`true`): SQL {
  return sql`exists (select 1 from ${staffAppointments} where ${staffAppointments.cardId} = ${staffCards.id} and ${condition} and ${coversDay(date)})`;
}

/** The cards a scope reaches: own ones, those appointed (on the day) in its units, those whose home unit lies in them. */
export function cardInScope(scope: StaffScope, date: string): SQL | undefined {
  if (scope === null) return undefined;
  const byUnit = scope.unitIds.length
    ? [inArray(users.homeUnitId, scope.unitIds), hasAppointment(date, inArray(staffAppointments.unitId, scope.unitIds))]
    : [];
  return or(scope.userIds.length ? inArray(staffCards.userId, scope.userIds) : sql`false`, ...byUnit);
}

export interface CardSearch {
  q?: string | undefined;
  unitIds?: string[] | undefined;
  degree?: CardRow['degree'] | undefined;
  title?: CardRow['title'] | undefined;
  employed?: boolean | undefined;
  scope: StaffScope;
  date: string;
}

function searchWhere(search: CardSearch): SQL | undefined {
  const words = (search.q ?? '').split(/\s+/).filter(Boolean).slice(0, 4);
  const named = words.map((w) => {
    const like = `%${w.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    return or(ilike(users.lastName, like), ilike(users.firstName, like), ilike(users.patronymic, like), ilike(users.username, like));
  });
  const employedNow = hasAppointment(search.date);
  const inUnits = search.unitIds ? hasAppointment(search.date, search.unitIds.length ? inArray(staffAppointments.unitId, search.unitIds) : sql`false`) : undefined;
  return and(
    ...named,
    inUnits,
    search.degree ? eq(staffCards.degree, search.degree) : undefined,
    search.title ? eq(staffCards.title, search.title) : undefined,
    search.employed === undefined ? undefined : search.employed ? employedNow : sql`not ${employedNow}`,
    cardInScope(search.scope, search.date),
  );
}

/** A page of cards, sorted by name, and the count. */
export async function searchCards(db: Executor, search: CardSearch, page: number, pageSize: number) {
  const where = searchWhere(search);
  const rows = await db
    .select({ card: staffCards, user: person })
    .from(staffCards)
    .innerJoin(users, eq(users.id, staffCards.userId))
    .where(where)
    .orderBy(asc(users.lastName), asc(users.firstName), asc(staffCards.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(staffCards).innerJoin(users, eq(users.id, staffCards.userId)).where(where);
  return { rows, total: total?.n ?? 0 };
}
