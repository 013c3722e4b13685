import { and, eq, isNull, not } from 'drizzle-orm';
import { dayInZone } from '../../shared/calendar-day.ts';
import { STUDY_FORMS, type StudyForm } from '../../shared/modules/finance/finance.vocabulary.ts';
import type { Tx } from '../platform/db/client.ts';
import { newId } from '../platform/ids.ts';
import { payments, tuitionPrices } from '../modules/finance/finance.tables.ts';
import { users } from '../modules/identity/identity.tables.ts';
import { holds } from '../modules/registration/registration.tables.ts';
import { placements, programs } from '../modules/students/students.tables.ts';

/**
 * The demo's price list and tuition payments. The figures are illustrative, not any university's
 * real prices: 1,700-3,400 som per credit full-time in 2026/27 (the range Kyrgyz universities ask),
 * 8 % less in 2025/26, part-time, extramural and distance forms cheaper. Payments: the autumn 2026
 * tuition (30 credits × the price) of the contract students — most paid in full (some in two parts),
 * some in part, and nothing from those the cash desk has put a financial hold on.
 */

/** full-time price of a credit in 2026/27 by program code (whole som) */
const FULL_TIME_2026: Record<string, number> = { '580100': 2800, '680200': 3400, '580200': 2500, '580300': 2400, '520100': 1700, '520200': 1800 };
const FORM_SHARE: Record<StudyForm, number> = { fullTime: 1, partTime: 0.85, extramural: 0.7, distance: 0.65 };
const YEARS = [2025, 2026] as const;
const TERM_CREDITS = 30;
const PAID_FROM = '2026-08-10';

const round50 = (value: number) => Math.round(value / 50) * 50;
/** a program the table does not name (a benchmark's generated ones): a stable figure from its code */
const fallbackPrice = (code: string) => 1500 + round50([...code].reduce((sum, ch) => sum + ch.charCodeAt(0) * 37, 0) % 2000);

export function demoPrice(code: string, studyForm: StudyForm, academicYear: number): number {
  const base = (FULL_TIME_2026[code] ?? fallbackPrice(code)) * FORM_SHARE[studyForm];
  return round50(academicYear === 2026 ? base : base / 1.08);
}

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function chunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 1000): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Writes the price list of 2025/26 and 2026/27 and the autumn 2026 tuition payments; answers the counts. */
export async function seedDemoFinance(tx: Tx, now: Date): Promise<{ prices: number; payments: number }> {
  const [cashier] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'cashier'));
  if (!cashier) throw new Error('the demo has no cashier');
  const allPrograms = await tx.select({ id: programs.id, code: programs.code }).from(programs).orderBy(programs.code);
  const prices = allPrograms.flatMap((p) =>
    YEARS.flatMap((academicYear) => STUDY_FORMS.map((studyForm) => ({ id: newId(), programId: p.id, studyForm, academicYear, pricePerCredit: demoPrice(p.code, studyForm, academicYear), setBy: cashier.id, createdAt: now, updatedAt: now }))),
  );
  await chunked(prices, (chunk) => tx.insert(tuitionPrices).values(chunk));

  const today = dayInZone(now, 'Asia/Bishkek');
  if (today < PAID_FROM) return { prices: prices.length, payments: 0 };
  const held = new Set((await tx.select({ studentId: holds.studentId }).from(holds).where(and(eq(holds.kind, 'financial'), isNull(holds.liftedAt)))).map((h) => h.studentId));
  const contract = await tx
    .select({ studentId: placements.studentId, programCode: programs.code, studyForm: placements.studyForm })
    .from(placements)
    .innerJoin(programs, eq(programs.id, placements.programId))
    .where(and(eq(placements.funding, 'contract'), eq(placements.status, 'active'), isNull(placements.validTo), not(placements.isCancelled)))
    .orderBy(placements.studentId);
  const rows: (typeof payments.$inferInsert)[] = [];
  const pay = (studentId: string, amount: number, day: number) => {
    const paidOn = [addDays(PAID_FROM, day % 22), today].sort()[0]!;
    rows.push({ id: newId(), studentId, academicYear: 2026, term: 'autumn', purpose: 'tuition', amount, paidOn, reference: `КВ-2026-${String(rows.length + 1).padStart(6, '0')}`, recordedBy: cashier.id, recordedAt: now });
  };
  contract.forEach((s, i) => {
    if (held.has(s.studentId) || i % 13 === 5) return; // nothing paid yet
    const tuition = TERM_CREDITS * demoPrice(s.programCode, s.studyForm, 2026);
    if (i % 6 === 1) pay(s.studentId, round50(tuition * 0.4), i); // paid in part
    else if (i % 4 === 2) {
      pay(s.studentId, tuition / 2, i); // in full, in two halves
      pay(s.studentId, tuition / 2, i + 9);
    } else pay(s.studentId, tuition, i);
  });
  await chunked(rows, (chunk) => tx.insert(payments).values(chunk));
  return { prices: prices.length, payments: rows.length };
}
