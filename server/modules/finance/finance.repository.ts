import { and, asc, desc, eq, gt, isNull, lte, ne, not, or, sql } from 'drizzle-orm';
import type { PaymentPurpose, StudyForm } from '../../../shared/modules/finance/finance.vocabulary.ts';
import type { Term } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import type { Executor } from '../../platform/db/client.ts';
import { disciplines } from '../curricula/curricula.tables.ts';
import { individualPlanLines, individualPlans } from '../curricula/curricula.individual.tables.ts';
import { users } from '../identity/identity.tables.ts';
import { placements, programs } from '../students/students.tables.ts';
import { payments, tuitionPrices } from './finance.tables.ts';

/** Queries of the finance module: the price list, payments, and what a student's tuition is counted from. */

export type PriceRow = typeof tuitionPrices.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;

const programColumns = { code: programs.code, nameRu: programs.nameRu, nameKy: programs.nameKy, nameEn: programs.nameEn };

export type PriceView = Awaited<ReturnType<typeof listPrices>>[number];

/** The prices of an academic year with their programs, by program code and study form. */
export async function listPrices(db: Executor, academicYear: number) {
  return db
    .select({ price: tuitionPrices, program: programColumns })
    .from(tuitionPrices)
    .innerJoin(programs, eq(programs.id, tuitionPrices.programId))
    .where(eq(tuitionPrices.academicYear, academicYear))
    .orderBy(asc(programs.code), asc(tuitionPrices.studyForm));
}

export async function findPriceView(db: Executor, id: string): Promise<PriceView | undefined> {
  const [row] = await db.select({ price: tuitionPrices, program: programColumns }).from(tuitionPrices).innerJoin(programs, eq(programs.id, tuitionPrices.programId)).where(eq(tuitionPrices.id, id));
  return row;
}

/** The academic years that have any price. */
export async function priceYears(db: Executor): Promise<number[]> {
  const rows = await db.selectDistinct({ year: tuitionPrices.academicYear }).from(tuitionPrices).orderBy(asc(tuitionPrices.academicYear));
  return rows.map((r) => r.year);
}

export async function listPrograms(db: Executor) {
  return db.select({ id: programs.id, ...programColumns }).from(programs).orderBy(asc(programs.code));
}

export async function findProgram(db: Executor, id: string) {
  const [row] = await db.select({ id: programs.id, code: programs.code }).from(programs).where(eq(programs.id, id));
  return row;
}

/** The price of one credit for a program, form and year; locked for the transaction when asked. */
export async function findPrice(db: Executor, key: { programId: string; studyForm: StudyForm; academicYear: number }, lock = false): Promise<PriceRow | undefined> {
  const query = db
    .select()
    .from(tuitionPrices)
    .where(and(eq(tuitionPrices.programId, key.programId), eq(tuitionPrices.studyForm, key.studyForm), eq(tuitionPrices.academicYear, key.academicYear)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Sets the price of a program, form and year: one row per key (two concurrent first prices make one row, the later one wins). */
export async function upsertPrice(db: Executor, values: typeof tuitionPrices.$inferInsert): Promise<PriceRow> {
  const [row] = await db
    .insert(tuitionPrices)
    .values(values)
    .onConflictDoUpdate({ target: [tuitionPrices.programId, tuitionPrices.studyForm, tuitionPrices.academicYear], set: { pricePerCredit: values.pricePerCredit, setBy: values.setBy, updatedAt: values.updatedAt ?? sql`now()` } })
    .returning();
  if (!row) throw new Error('upsert returned nothing');
  return row;
}

export type PaymentView = Awaited<ReturnType<typeof listPayments>>[number];

function paymentsQuery(db: Executor) {
  return db
    .select({
      payment: payments,
      recorder: { id: users.id, lastName: users.lastName, firstName: users.firstName, patronymic: users.patronymic },
      discipline: { id: disciplines.id, code: disciplines.code, nameRu: disciplines.nameRu, nameKy: disciplines.nameKy, nameEn: disciplines.nameEn },
    })
    .from(payments)
    .innerJoin(users, eq(users.id, payments.recordedBy))
    .leftJoin(disciplines, eq(disciplines.id, payments.disciplineId));
}

/** A student's payments, newest first (by the day paid, then the moment recorded). */
export async function listPayments(db: Executor, studentId: string) {
  return paymentsQuery(db).where(eq(payments.studentId, studentId)).orderBy(desc(payments.paidOn), desc(payments.recordedAt), desc(payments.id));
}

export async function findPaymentView(db: Executor, id: string): Promise<PaymentView | undefined> {
  const [row] = await paymentsQuery(db).where(eq(payments.id, id));
  return row;
}

export async function insertPayment(db: Executor, values: typeof payments.$inferInsert): Promise<PaymentRow> {
  const [row] = await db.insert(payments).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findDiscipline(db: Executor, id: string) {
  const [row] = await db.select({ id: disciplines.id }).from(disciplines).where(eq(disciplines.id, id));
  return row;
}

interface TermKey {
  studentId: string;
  academicYear: number;
  term: Term;
}

/** The credits of a student's ИУП lines in a term of an academic year (0 when there is no ИУП); re-study lines are paid apart, so left out. */
export async function planCredits(db: Executor, key: TermKey): Promise<number> {
  const [row] = await db
    .select({ credits: sql<string | null>`sum(${individualPlanLines.credits})` })
    .from(individualPlanLines)
    .innerJoin(individualPlans, eq(individualPlans.id, individualPlanLines.planId))
    .where(and(eq(individualPlans.studentId, key.studentId), eq(individualPlans.academicYear, key.academicYear), eq(individualPlanLines.term, key.term), ne(individualPlanLines.kind, 'restudy'), isNull(individualPlanLines.removedAt)));
  return Number(row?.credits ?? 0);
}

/** Where a student stood on a day (a period of a signed order covering it); else their latest period that started before the day. */
export async function placementOn(db: Executor, studentId: string, day: string) {
  const columns = { programId: placements.programId, studyForm: placements.studyForm, funding: placements.funding, programCode: programs.code };
  const base = () =>
    db
      .select(columns)
      .from(placements)
      .innerJoin(programs, eq(programs.id, placements.programId))
      .orderBy(desc(placements.validFrom), desc(placements.createdAt));
  const covering = await base()
    .where(and(eq(placements.studentId, studentId), not(placements.isCancelled), lte(placements.validFrom, day), or(isNull(placements.validTo), gt(placements.validTo, day))))
    .limit(1);
  if (covering[0]) return covering[0];
  // enrolled after the term began: the first period of the student counts
  const [first] = await db
    .select(columns)
    .from(placements)
    .innerJoin(programs, eq(programs.id, placements.programId))
    .where(and(eq(placements.studentId, studentId), not(placements.isCancelled), gt(placements.validFrom, day)))
    .orderBy(asc(placements.validFrom))
    .limit(1);
  return first;
}

/** The sum of a student's payments of one purpose in a term (and for one discipline, for a restudy). */
export async function paidSum(db: Executor, key: TermKey & { purpose: PaymentPurpose; disciplineId?: string }): Promise<{ total: number; count: number }> {
  const [row] = await db
    .select({ total: sql<string | null>`sum(${payments.amount})`, count: sql<number>`count(*)::int` })
    .from(payments)
    .where(
      and(
        eq(payments.studentId, key.studentId),
        eq(payments.academicYear, key.academicYear),
        eq(payments.term, key.term),
        eq(payments.purpose, key.purpose),
        key.disciplineId === undefined ? undefined : eq(payments.disciplineId, key.disciplineId),
      ),
    );
  return { total: Number(row?.total ?? 0), count: Number(row?.count ?? 0) };
}
