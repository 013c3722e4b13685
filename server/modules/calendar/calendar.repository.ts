import { and, asc, count, desc, eq, gt, gte, lte, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/client.ts';
import { academicTerms, academicYears, calendarHolidays, calendarPeriods } from './calendar.tables.ts';

/** Queries of the academic calendar: years, terms, periods and holidays. */

export type YearRow = typeof academicYears.$inferSelect;
export type TermRow = typeof academicTerms.$inferSelect;
export type PeriodRow = typeof calendarPeriods.$inferSelect;
export type HolidayRow = typeof calendarHolidays.$inferSelect;

function one<T>(rows: T[]): T {
  const [row] = rows;
  if (!row) throw new Error('write returned nothing');
  return row;
}

/** Serializes every edit of one year (and its creation): a transaction lock on the year's start year. */
export async function lockYear(tx: Tx, startYear: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`calendar.year.${startYear}`}))`);
}

export async function listYears(db: Executor): Promise<YearRow[]> {
  return db.select().from(academicYears).orderBy(desc(academicYears.startYear));
}

export async function findYear(db: Executor, id: string): Promise<YearRow | undefined> {
  const [row] = await db.select().from(academicYears).where(eq(academicYears.id, id));
  return row;
}

export async function findYearByStart(db: Executor, startYear: number): Promise<YearRow | undefined> {
  const [row] = await db.select().from(academicYears).where(eq(academicYears.startYear, startYear));
  return row;
}

/** The year whose days include `day` (the latest-starting one, should two overlap). */
export async function findYearOn(db: Executor, day: string): Promise<YearRow | undefined> {
  const [row] = await db.select().from(academicYears).where(and(lte(academicYears.startDate, day), gte(academicYears.endDate, day))).orderBy(desc(academicYears.startDate)).limit(1);
  return row;
}

export async function insertYear(tx: Tx, values: typeof academicYears.$inferInsert): Promise<YearRow> {
  return one(await tx.insert(academicYears).values(values).returning());
}

export async function updateYear(tx: Tx, id: string, values: Partial<typeof academicYears.$inferInsert>): Promise<YearRow> {
  return one(await tx.update(academicYears).set(values).where(eq(academicYears.id, id)).returning());
}

export async function listTerms(db: Executor, yearId: string): Promise<TermRow[]> {
  return db.select().from(academicTerms).where(eq(academicTerms.yearId, yearId)).orderBy(asc(academicTerms.startDate));
}

export async function listPeriods(db: Executor, yearId: string): Promise<PeriodRow[]> {
  return db.select().from(calendarPeriods).where(eq(calendarPeriods.yearId, yearId)).orderBy(asc(calendarPeriods.startDate), asc(calendarPeriods.endDate), asc(calendarPeriods.id));
}

export async function listHolidays(db: Executor, yearId: string): Promise<HolidayRow[]> {
  return db.select().from(calendarHolidays).where(eq(calendarHolidays.yearId, yearId)).orderBy(asc(calendarHolidays.date));
}

/** Every year's days and every holiday row: what the working-day service needs (a few rows a year). */
export async function loadWorkingDayData(db: Executor) {
  const years = await db.select({ startDate: academicYears.startDate, endDate: academicYears.endDate }).from(academicYears);
  const holidays = await db.select({ date: calendarHolidays.date, kind: calendarHolidays.kind }).from(calendarHolidays);
  return { years, holidays };
}

export async function upsertTerm(tx: Tx, values: typeof academicTerms.$inferInsert): Promise<TermRow> {
  return one(
    await tx
      .insert(academicTerms)
      .values(values)
      .onConflictDoUpdate({ target: [academicTerms.yearId, academicTerms.kind], set: { startDate: values.startDate, endDate: values.endDate, updatedAt: values.updatedAt } })
      .returning(),
  );
}

export async function insertTerms(tx: Tx, values: (typeof academicTerms.$inferInsert)[]): Promise<void> {
  if (values.length) await tx.insert(academicTerms).values(values);
}

export async function deleteTerm(tx: Tx, id: string): Promise<void> {
  await tx.delete(academicTerms).where(eq(academicTerms.id, id));
}

export async function countPeriodsOfTerm(tx: Tx, yearId: string, termKind: TermRow['kind']): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(calendarPeriods).where(and(eq(calendarPeriods.yearId, yearId), eq(calendarPeriods.termKind, termKind)));
  return row?.n ?? 0;
}

export async function findPeriod(db: Executor, yearId: string, id: string): Promise<PeriodRow | undefined> {
  const [row] = await db.select().from(calendarPeriods).where(and(eq(calendarPeriods.yearId, yearId), eq(calendarPeriods.id, id)));
  return row;
}

export async function insertPeriods(tx: Tx, values: (typeof calendarPeriods.$inferInsert)[]): Promise<PeriodRow[]> {
  return values.length ? tx.insert(calendarPeriods).values(values).returning() : [];
}

export async function updatePeriod(tx: Tx, id: string, values: Partial<typeof calendarPeriods.$inferInsert>): Promise<PeriodRow> {
  return one(await tx.update(calendarPeriods).set(values).where(eq(calendarPeriods.id, id)).returning());
}

export async function deletePeriod(tx: Tx, id: string): Promise<void> {
  await tx.delete(calendarPeriods).where(eq(calendarPeriods.id, id));
}

export async function findHoliday(db: Executor, yearId: string, id: string): Promise<HolidayRow | undefined> {
  const [row] = await db.select().from(calendarHolidays).where(and(eq(calendarHolidays.yearId, yearId), eq(calendarHolidays.id, id)));
  return row;
}

export async function findHolidayOn(db: Executor, yearId: string, day: string): Promise<HolidayRow | undefined> {
  const [row] = await db.select().from(calendarHolidays).where(and(eq(calendarHolidays.yearId, yearId), eq(calendarHolidays.date, day)));
  return row;
}

export async function insertHolidays(tx: Tx, values: (typeof calendarHolidays.$inferInsert)[]): Promise<HolidayRow[]> {
  return values.length ? tx.insert(calendarHolidays).values(values).returning() : [];
}

export async function updateHoliday(tx: Tx, id: string, values: Partial<typeof calendarHolidays.$inferInsert>): Promise<HolidayRow> {
  return one(await tx.update(calendarHolidays).set(values).where(eq(calendarHolidays.id, id)).returning());
}

export async function deleteHoliday(tx: Tx, id: string): Promise<void> {
  await tx.delete(calendarHolidays).where(eq(calendarHolidays.id, id));
}

/** The first term starting after `day`, in any year. */
export async function findNextTerm(db: Executor, day: string): Promise<TermRow | undefined> {
  const [row] = await db.select().from(academicTerms).where(gt(academicTerms.startDate, day)).orderBy(asc(academicTerms.startDate)).limit(1);
  return row;
}

/** The term of a kind in the year of a start year (for deadlines counted from a term's first day). */
export async function findTermOfYear(db: Executor, startYear: number, kind: TermRow['kind']): Promise<TermRow | undefined> {
  const [row] = await db
    .select({ term: academicTerms })
    .from(academicTerms)
    .innerJoin(academicYears, eq(academicYears.id, academicTerms.yearId))
    .where(and(eq(academicYears.startYear, startYear), eq(academicTerms.kind, kind)));
  return row?.term;
}
