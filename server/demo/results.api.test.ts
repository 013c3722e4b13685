import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../platform/db/client.ts';
import { newId } from '../platform/ids.ts';
import { disciplines, studyPlanLines, studyPlans } from '../modules/curricula/curricula.tables.ts';
import { finalResults } from '../modules/gradebook/gradebook.tables.ts';
import { passedDisciplines } from '../modules/gradebook/index.ts';
import { activeHolds } from '../modules/registration/index.ts';
import { holds } from '../modules/registration/registration.tables.ts';
import { payments, tuitionPrices } from '../modules/finance/finance.tables.ts';
import { tuitionStatus } from '../modules/finance/index.ts';
import { orgUnits } from '../modules/org/org.tables.ts';
import { programs } from '../modules/students/students.tables.ts';
import { loginAs } from '../test/login-as.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { DEMO_PASSWORD, seedDemo } from './generate.ts';
import { finishedSemesters, seedDemoResults } from './results.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, 1, t.clock.now);
});
afterAll(() => t.close());

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(t.database.db, query);

describe('the demo holds', () => {
  it('puts financial holds on some contract students, a medical hold on one, and a lifted hold on the demo student', async () => {
    const all = await t.database.db.select().from(holds);
    const kinds = all.filter((h) => h.liftedAt === null).map((h) => h.kind);
    expect(kinds.filter((k) => k === 'financial').length).toBeGreaterThan(5);
    expect(kinds.filter((k) => k === 'medical')).toHaveLength(1);
    const [financialOnGrant] = await rows<{ n: number }>(sql`select count(*)::int as n from holds h join student_placements p on p.student_id = h.student_id and p.valid_to is null where h.kind = 'financial' and p.funding <> 'contract'`);
    expect(financialOnGrant!.n).toBe(0);
    const student = await loginAs(t, 'student', DEMO_PASSWORD);
    const card = (await student.get('/api/students?q=student')).body.items[0];
    const mine = (await student.get(`/api/students/${card.id}/holds`)).body;
    expect(mine.items.map((h: { kind: string; isActive: boolean; lifted: { note: string } | null }) => [h.kind, h.isActive, h.lifted?.note])).toEqual([['library', false, 'Книги возвращены']]);
    expect(await activeHolds({ db: t.database.db }, card.id, '2026-09-01')).toEqual([]);
    // a cashier sees a financial hold and may lift it
    const held = all.find((h) => h.kind === 'financial')!;
    const cashier = await loginAs(t, 'cashier', DEMO_PASSWORD);
    const seen = (await cashier.get(`/api/students/${held.studentId}/holds`)).body;
    expect(seen.items[0]).toMatchObject({ kind: 'financial', isActive: true, canLift: true });
  });
});

describe('the demo results', () => {
  it('counts the finished semesters of a cohort: autumn ends with January, spring with June', () => {
    expect(finishedSemesters(2025, '2026-09-01').map((s) => [s.semester, s.academicYear, s.term])).toEqual([[1, '2025-2026', 'autumn'], [2, '2025-2026', 'spring']]);
    expect(finishedSemesters(2024, '2026-03-15').map((s) => s.semester)).toEqual([1, 2, 3]);
    expect(finishedSemesters(2026, '2026-09-01')).toEqual([]);
  });

  it('are recorded only for year 2 and above, from the plans that place the disciplines in semesters', async () => {
    // whatever curricula the demo has (none before the demo catalog lands): start from a known plan
    await t.database.db.delete(finalResults);
    const cs = (await t.database.db.select().from(programs).where(eq(programs.code, '580100')))[0]!;
    const [department] = await t.database.db.select().from(orgUnits).where(eq(orgUnits.id, cs.departmentId));
    const discipline = async (code: string, controlForm: 'exam' | 'credit') => {
      const id = newId();
      await t.database.db.insert(disciplines).values({ id, code: `T-${code}`, nameRu: code, nameKy: code, nameEn: code, departmentId: department!.id, credits: 4, controlForm, languages: ['ru'] });
      return id;
    };
    const lines = [[await discipline('MATH1', 'exam'), 1, null], [await discipline('PE1', 'credit'), 1, null], [await discipline('ALG', 'exam'), 2, null], [await discipline('EL-A', 'exam'), 3, 'e1'], [await discipline('EL-B', 'exam'), 3, 'e1'], [await discipline('LATE', 'exam'), 5, null]] as const;
    const planId = newId();
    await t.database.db.insert(studyPlans).values({ id: planId, programId: cs.id, kind: 'working', admissionYear: 2024, version: 99, status: 'approved', semesters: 8 });
    await t.database.db.insert(studyPlanLines).values(lines.map(([disciplineId, semester, electiveGroup], position) => ({ id: newId(), planId, disciplineId, semester, groupKind: electiveGroup ? ('elective' as const) : ('fixed' as const), electiveGroup, cycle: 'professional' as const, component: 'university' as const, midterms: 2, credits: 4, hoursLecture: 20, hoursPractice: 20, hoursLab: 0, hoursSupervised: 20, hoursIndependent: 60, controlForm: disciplineId === lines[1][0] ? ('credit' as const) : ('exam' as const), position })));

    // mid-March 2026: the 2024 cohort is in year 2 (semesters 1-3 done), the 2025 cohort in year 1 (none counted)
    const recorded = await t.database.db.transaction((tx) => seedDemoResults(tx, new Date('2026-03-15T06:00:00Z')));
    expect(recorded).toBeGreaterThan(0);
    const stats = await rows<{ admission_year: number; code: string; n: number; students: number; max_attempt: number }>(sql`
      select gp.admission_year, d.code, count(*)::int as n, count(distinct r.student_id)::int as students, max(r.attempt)::int as max_attempt
      from final_results r join disciplines d on d.id = r.discipline_id
      join student_placements p on p.student_id = r.student_id and p.valid_to is null join group_profiles gp on gp.unit_id = p.group_id
      group by gp.admission_year, d.code order by d.code`);
    expect(new Set(stats.map((s) => s.admission_year))).toEqual(new Set([2024]));
    expect(stats.map((s) => s.code).filter((c) => c.startsWith('T-'))).toEqual(['T-ALG', 'T-EL-A', 'T-EL-B', 'T-MATH1', 'T-PE1']);
    const students = stats.find((s) => s.code === 'T-MATH1')!.students;
    expect(students).toBe(24); // the 2024 group of the program, but the student expelled
    // one of the elective group each: the two together cover every student once
    expect(stats.filter((s) => s.code.startsWith('T-EL')).reduce((n, s) => n + s.students, 0)).toBe(students);
    // a failed exam of an autumn or spring is studied again in the summer: a second attempt
    expect(Math.max(...stats.map((s) => s.max_attempt))).toBe(2);
    const summer = await rows<{ letter: string; attempt: number }>(sql`select letter, attempt from final_results where term = 'summer'`);
    expect(summer.every((r) => r.attempt === 2 && ['A+', 'A', 'B+', 'B', 'C+', 'C', 'D+', 'D', 'pass'].includes(r.letter))).toBe(true);
    const someone = (await t.database.db.select().from(finalResults).limit(1))[0]!;
    expect((await passedDisciplines({ db: t.database.db }, someone.studentId)).length).toBeGreaterThan(0);
  });
});

describe('the demo price list and payments', () => {
  it('prices every program and form for 2025/26 and 2026/27, and has autumn tuition paid in full, in part and not at all', async () => {
    const programCount = (await t.database.db.select().from(programs)).length;
    const prices = await t.database.db.select().from(tuitionPrices);
    expect(prices).toHaveLength(programCount * 4 * 2);
    expect(prices.every((p) => p.pricePerCredit >= 1000 && p.pricePerCredit <= 3500)).toBe(true);
    const cashier = await loginAs(t, 'cashier', DEMO_PASSWORD);
    expect((await cashier.get('/api/finance/prices?academicYear=2026')).body.items).toHaveLength(programCount * 4);
    const [byStudent] = await rows<{ full: number; part: number; none: number }>(sql`
      with due as (select p.student_id, 30 * tp.price_per_credit as tuition, coalesce(sum(pay.amount), 0) as paid
        from student_placements p join tuition_prices tp on tp.program_id = p.program_id and tp.study_form = p.study_form and tp.academic_year = 2026
        left join payments pay on pay.student_id = p.student_id and pay.academic_year = 2026 and pay.term = 'autumn'
        where p.funding = 'contract' and p.valid_to is null and not p.is_cancelled group by p.student_id, tp.price_per_credit)
      select count(*) filter (where paid >= tuition)::int as full, count(*) filter (where paid > 0 and paid < tuition)::int as part, count(*) filter (where paid = 0)::int as none from due`);
    expect(byStudent!.full).toBeGreaterThan(byStudent!.part + byStudent!.none);
    expect(byStudent!.part).toBeGreaterThan(0);
    expect(byStudent!.none).toBeGreaterThan(0);
    const all = await t.database.db.select().from(payments);
    expect(all.every((p) => p.purpose === 'tuition' && p.paidOn <= '2026-09-01' && p.amount > 0)).toBe(true);
    const [held] = await t.database.db.select().from(holds).where(eq(holds.kind, 'financial'));
    expect(all.some((p) => p.studentId === held!.studentId)).toBe(false);
    expect(await tuitionStatus(t.database.db, { studentId: held!.studentId, academicYear: 2026, term: 'autumn' })).toMatchObject({ funding: 'contract', paid: 0 });
  });
});
