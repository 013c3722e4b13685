import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../platform/audit/audit.tables.ts';
import { queryRows } from '../platform/db/client.ts';
import { loginAs, type Client } from '../test/login-as.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { demoDisciplines } from './curricula.ts';
import { DEMO_PASSWORD, seedDemo } from './generate.ts';

let t: TestApp;
let registrar: Client;
interface Summary { id: string; programCode: string; kind: string; admissionYear: number | null; version: number; status: string }
let plans: Summary[] = [];

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, 1, t.clock.now);
  registrar = await loginAs(t, 'registrar', DEMO_PASSWORD);
  plans = (await registrar.get('/api/plans')).body;
});
afterAll(() => t.close());

const BACHELORS = ['580100', '580200', '580300', '520100', '520200'];

describe('the demo curricula', () => {
  it('has a catalog for every department: shared general education, electives for the КЭД, physical education exempt from the minimum', async () => {
    const catalog = (await registrar.get('/api/disciplines?pageSize=200')).body;
    expect(catalog.total).toBe(demoDisciplines().length);
    expect(catalog.total).toBeGreaterThan(200);
    const all = [...catalog.items, ...(await registrar.get('/api/disciplines?pageSize=200&page=2')).body.items];
    expect(new Set(all.map((d: { departmentId: string }) => d.departmentId)).size).toBe(6);
    const history = all.find((d: { code: string }) => d.code === 'GE-101');
    expect(history).toMatchObject({ name: { ru: 'История Кыргызстана', ky: 'Кыргызстандын тарыхы', en: 'History of Kyrgyzstan' }, controlForm: 'exam' });
    expect(all.filter((d: { kind: string; credits: number }) => d.kind === 'physicalEducation').every((d: { credits: number }) => d.credits === 1)).toBe(true);
    const electives = (await registrar.get('/api/disciplines?isElective=true&pageSize=200')).body;
    expect(electives.total).toBeGreaterThan(50);
    expect(all.find((d: { code: string }) => d.code === 'CS-601').prerequisites.map((p: { code: string }) => p.code)).toEqual(['CS-504']);
    // every hour adds up: 1 credit = 30 hours
    expect(all.every((d: { credits: number; hours: Record<string, number> }) => Object.values(d.hours).reduce((a, b) => a + b, 0) === d.credits * 30)).toBe(true);
  });

  it('gives every program an approved base plan and an approved working plan for each admission year, without a single finding', async () => {
    const current = plans.filter((p) => p.status !== 'superseded' && !(p.status === 'draft' && p.programCode === '580200'));
    expect(current.every((p) => p.status === 'approved')).toBe(true);
    for (const code of [...BACHELORS, '680200']) {
      expect(current.filter((p) => p.programCode === code).map((p) => p.admissionYear ?? 0).sort()).toEqual([0, 2024, 2025]);
    }
    for (const summary of current) {
      const plan = (await registrar.get(`/api/plans/${summary.id}`)).body;
      expect(plan.findings, `${plan.programCode} ${plan.admissionYear}`).toEqual([]);
      const bachelor = BACHELORS.includes(plan.programCode);
      expect(plan.semesters).toBe(bachelor ? 8 : 4);
      expect(plan.totalCredits).toBe(bachelor ? 240 : 120);
      expect(plan.semesterCredits).toEqual(Array.from({ length: plan.semesters }, () => 30));
      expect(plan.electiveGroups.length).toBeGreaterThanOrEqual(3);
      expect(plan.practices.length).toBeGreaterThanOrEqual(4);
      expect(plan.attestationCredits).toBe(bachelor ? 12 : 18);
      expect(plan.attestation.map((a: { form: string }) => a.form)).toEqual(bachelor ? ['stateExam', 'thesisDefense'] : ['complexExam', 'dissertationDefense']);
      if (bachelor) expect(plan.lines.filter((l: { code: string }) => l.code.startsWith('GE-'))).toHaveLength(14);
    }
  });

  it('was approved by the demo registrar, each approval audited', async () => {
    const approved = plans.filter((p) => p.status !== 'draft');
    for (const plan of approved) {
      const rows = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, plan.id), eq(auditLog.action, 'curricula.plan.approve')));
      expect(rows.map((r) => r.actorUsername)).toEqual(['registrar']);
    }
    // the 2025 Applied Informatics plan changed by a second version; the first stays, superseded
    expect(plans.filter((p) => p.programCode === '580100' && p.admissionYear === 2025).map((p) => [p.version, p.status])).toEqual([[2, 'approved'], [1, 'superseded']]);
  });

  it('keeps one broken draft that shows what validation finds, and cannot be approved', async () => {
    const drafts = plans.filter((p) => p.status === 'draft');
    expect(drafts.map((p) => [p.programCode, p.admissionYear])).toEqual([['580200', 2026]]);
    const draft = (await registrar.get(`/api/plans/${drafts[0]!.id}`, { 'accept-language': 'ru' })).body;
    const errors = draft.findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { code: string; where: object }) => [f.code, f.where]);
    expect(errors).toEqual([
      ['MIDTERMS_MISMATCH', { discipline: 'EF-303' }],
      ['LEVEL_TOTAL', {}],
      ['YEAR_TOTAL', { year: 1 }],
      ['PREREQUISITE_NOT_BEFORE', { discipline: 'EF-301' }],
    ]);
    expect(draft.findings.filter((f: { severity: string }) => f.severity === 'warning').map((f: { where: { semester: number } }) => f.where.semester)).toEqual([2, 3, 4]);
    expect(draft.findings.find((f: { code: string }) => f.code === 'PREREQUISITE_NOT_BEFORE').message).toContain('EF-201');
    const refused = await registrar.send('POST', `/api/plans/${draft.id}/approve`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('PLAN_HAS_ERRORS');
  });

  it('lets the demo student derive their individual plan for this year from their working plan', async () => {
    const student = await loginAs(t, 'student', DEMO_PASSWORD);
    const card = (await student.get('/api/students')).body.items[0];
    const res = await student.send('POST', `/api/students/${card.id}/individual-plans`, { academicYear: 2026 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ programCode: '580100', admissionYear: 2025, workingPlanVersion: 2, course: 2, planCredits: 60, credits: 60, toChoose: 0 });
    const older = await registrar.send('POST', `/api/students/${card.id}/individual-plans`, { academicYear: 2027 });
    expect(older.body).toMatchObject({ course: 3, planCredits: 60, toChoose: 10 });
    expect(older.body.electiveGroups.map((g: { key: string; options: unknown[] }) => [g.key, g.options.length])).toEqual([['E5', 4], ['E6', 2]]);
  });
});

describe('the demo offerings', () => {
  it('has offerings for autumn 2026 from the working plans, every section open with seats, its counter the places it holds, most with a teacher', async () => {
    const autumn = await registrar.get('/api/offerings?academicYear=2026&term=autumn&pageSize=100');
    expect(autumn.status).toBe(200);
    expect(autumn.body.total).toBeGreaterThan(20);
    const spring = await registrar.get('/api/offerings?academicYear=2026&term=spring&pageSize=100');
    expect(spring.body.total).toBeGreaterThan(20);
    const [sections] = await queryRows<{ n: number; bad: number; taught: number }>(
      t.database.db,
      sql`select count(*)::int as n, count(*) filter (where capacity < 1 or taken > capacity or taken <> (select count(*) from enrolments e where e.section_id = s.id and e.status = 'enrolled'))::int as bad, count(teacher_id)::int as taught from sections s join offerings o on o.id = s.offering_id where o.academic_year = 2026`,
    );
    expect(sections!.n).toBeGreaterThan(40);
    expect(sections!.bad).toBe(0);
    expect(sections!.taught / sections!.n).toBeGreaterThan(0.8);
    const generations = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'registration.offering.manage'), eq(auditLog.entityType, 'offeringGeneration')));
    expect(generations.map((g) => g.entityId).sort()).toEqual(['2026-autumn', '2026-spring']);
    // generating again keeps them all
    const again = await registrar.send('POST', '/api/offerings/generate', { academicYear: 2026, term: 'autumn' });
    expect(again.body).toMatchObject({ created: 0, kept: autumn.body.total });
  });
});
