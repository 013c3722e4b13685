import { and, desc, eq, gte, isNull, lte, or, gt, type Placeholder } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.ts';
import { users } from '../identity/identity.tables.ts';
import { holds } from './registration.tables.ts';

/** Queries of registration holds. */

export type HoldRow = typeof holds.$inferSelect;

const setter = alias(users, 'setter');
const lifter = alias(users, 'lifter');

function holdsQuery(db: Executor) {
  return db
    .select({ hold: holds, setter: { id: setter.id, lastName: setter.lastName, firstName: setter.firstName, patronymic: setter.patronymic }, lifter: { id: lifter.id, lastName: lifter.lastName, firstName: lifter.firstName, patronymic: lifter.patronymic } })
    .from(holds)
    .innerJoin(setter, eq(setter.id, holds.setBy))
    .leftJoin(lifter, eq(lifter.id, holds.liftedBy));
}

export type HoldView = Awaited<ReturnType<typeof listHolds>>[number];

/** Every hold of a student, newest first. */
export async function listHolds(db: Executor, studentId: string) {
  return holdsQuery(db).where(eq(holds.studentId, studentId)).orderBy(desc(holds.since), desc(holds.setAt), desc(holds.id));
}

export async function findHoldView(db: Executor, id: string): Promise<HoldView | undefined> {
  const [row] = await holdsQuery(db).where(eq(holds.id, id));
  return row;
}

/** A hold, locked for the transaction when asked (two lifts queue on the row). */
export async function findHold(db: Executor, id: string, lock = false): Promise<HoldRow | undefined> {
  const query = db.select().from(holds).where(eq(holds.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertHold(db: Executor, values: typeof holds.$inferInsert): Promise<HoldRow> {
  const [row] = await db.insert(holds).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Lifts a hold only if it is not lifted yet: answers the row when this call lifted it, nothing otherwise. */
export async function liftHoldOnce(db: Executor, id: string, values: { liftedBy: string; liftedAt: Date; liftedOn: string; liftNote: string }): Promise<HoldRow | undefined> {
  const [row] = await db
    .update(holds)
    .set({ ...values, updatedAt: values.liftedAt })
    .where(and(eq(holds.id, id), isNull(holds.liftedAt)))
    .returning();
  return row;
}

/** The holds of a student in force on a day (the same test as `isHoldActive`, in SQL). */
/** A hold in force on a day: begun, not past its last day, not lifted by then. */
export const holdInForceOn = (day: string | Placeholder) => and(lte(holds.since, day), or(isNull(holds.until), gte(holds.until, day)), or(isNull(holds.liftedOn), gt(holds.liftedOn, day)))!;

export async function holdsInForce(db: Executor, studentId: string, day: string): Promise<HoldRow[]> {
  return db
    .select()
    .from(holds)
    .where(and(eq(holds.studentId, studentId), holdInForceOn(day)))
    .orderBy(holds.since, holds.id);
}

