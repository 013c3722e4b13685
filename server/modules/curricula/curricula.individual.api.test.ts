import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { individualPlans } from './curricula.individual.tables.ts';

let t: TestApp;
let office: Client;
let registrar: Client;
const ids: Record<string, string> = {};
const PASSWORD = 'Student-2026-pass';

const hours = (credits: number) => ({ lecture: credits * 5, practice: credits * 5, lab: 0, supervised: credits * 5, independent: credits * 15 });
/**
 * A master's working plan of 4 semesters × 30 credits: in semesters 1-3 three fixed disciplines, one
 * of any semester and an elective group (choose 1 of 2); in semester 4 one fixed, an elective group,
 * a research practice and the final attestation. Every discipline has 6 credits.
 */
const fixed = (s: number) => (s < 4 ? [1, 2, 3] : [1]).map((d) => `M${s}${d}`);
const codes = [1, 2, 3, 4].flatMap((s) => [...fixed(s), ...(s < 4 ? [`M${s}4`] : []), `E${s}1`, `E${s}2`]);
const line = (code: string) => ({
  disciplineId: ids[code]!, semester: Number(code[1]), cycle: 'professional', component: code.startsWith('E') ? 'elective' : 'university',
  groupKind: code.startsWith('E') ? 'elective' : code.endsWith('4') ? 'anySemester' : 'fixed', electiveGroup: code.startsWith('E') ? `E${code[1]}` : null,
});
const content = () => ({ semesters: 4, attestation: [{ form: 'complexExam', credits: 4 }, { form: 'dissertationDefense', credits: 8 }], lines: codes.map(line), electiveGroups: [1, 2, 3, 4].map((s) => ({ key: `E${s}`, choose: 1 })), practices: [{ kind: 'research', credits: 6, semester: 4 }] });
const audits = (id: string) => t.database.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'individualPlan'), eq(auditLog.entityId, id)));

async function student(username: string, group: string | null, admissionYear = 2025) {
  const created = await office.send('POST', '/api/students', { username, password: PASSWORD, lastName: 'Асанова', firstName: username, birthDate: '2006-01-02', gender: 'female' });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  if (group) {
    const date = `${admissionYear}-09-01`;
    const order = await office.send('POST', '/api/orders', { kind: 'enrol', orderDate: date, effectiveDate: date, reason: 'Зачисление', items: [{ studentId: created.body.id, params: { kind: 'enrol', groupId: group, funding: 'grant' } }] });
    expect((await office.send('POST', `/api/orders/${order.body.id}/sign`)).status).toBe(200);
  }
  ids[username] = created.body.id;
  ids[`${username}User`] = created.body.userId;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const tree = await createUnitTree(db);
  await createUser(db, { username: 'office', roles: [{ role: 'personnelOffice' }] });
  await createUser(db, { username: 'dep1', roles: [{ role: 'department', scopeUnitId: tree.department1 }] });
  await createUser(db, { username: 'reg1', roles: [{ role: 'registrar' }] });
  await createUser(db, { username: 'dean1', roles: [{ role: 'deansOffice', scopeUnitId: tree.faculty1 }] });
  await createUser(db, { username: 'dean2', roles: [{ role: 'deansOffice', scopeUnitId: tree.faculty2 }] });
  await createUser(db, { username: 'teacher1', roles: [{ role: 'teacher', scopeUnitId: tree.department1 }] });
  office = await loginAs(t, 'office');
  registrar = await loginAs(t, 'reg1');
  const department = await loginAs(t, 'dep1');
  const program = await office.send('POST', '/api/programs', { code: '680100', nameRu: 'Магистратура', nameKy: 'Магистратура', nameEn: 'Master', level: 'master', durationYears: 2, credits: 120, languages: ['ru'], departmentId: tree.department1 });
  ids.program = program.body.id;
  for (const code of codes) {
    const res = await department.send('POST', '/api/disciplines', { code, nameRu: `Дисциплина ${code}`, nameKy: `Сабак ${code}`, nameEn: `Discipline ${code}`, departmentId: tree.department1, credits: 6, hours: hours(6), controlForm: 'exam', languages: ['ru', 'en'], isElective: code.startsWith('E') });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids[code] = res.body.id;
  }
  const plan = await department.send('POST', '/api/plans', { programId: ids.program, kind: 'working', admissionYear: 2025 });
  const saved = await department.send('PUT', `/api/plans/${plan.body.id}/content`, content());
  expect(saved.body.findings, JSON.stringify(saved.body)).toEqual([]);
  expect((await registrar.send('POST', `/api/plans/${plan.body.id}/approve`)).status).toBe(200);
  ids.group25 = (await office.send('POST', '/api/groups', { code: 'ММ-1-25', programId: ids.program, admissionYear: 2025, language: 'ru', studyForm: 'fullTime' })).body.id;
  ids.group24 = (await office.send('POST', '/api/groups', { code: 'ММ-1-24', programId: ids.program, admissionYear: 2024, language: 'ru', studyForm: 'fullTime' })).body.id;
  await student('st1', ids.group25!);
  await student('st2', ids.group25!);
  await student('st3', ids.group24!, 2024);
  await student('st4', null);
  await createUser(db, { username: 'parent1', roles: [{ role: 'parent', scopeStudentId: ids.st1User ?? null }] });
  await createUser(db, { username: 'advisor1', roles: [{ role: 'advisor', scopeUnitId: ids.group25 }] });
});
afterAll(() => t.close());

describe('deriving an individual plan', () => {
  it('makes the draft of the year from the approved working plan: mandatory lines placed, elective groups open', async () => {
    // the test clock stands at 1 Sept 2026: the 2025 intake is in its second year, semesters 3 and 4
    const me = await loginAs(t, 'st1', PASSWORD);
    const res = await me.send('POST', `/api/students/${ids.st1}/individual-plans`, { academicYear: 2026 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const plan = res.body;
    expect(plan).toMatchObject({ status: 'draft', academicYear: 2026, course: 2, programCode: '680100', admissionYear: 2025, workingPlanVersion: 1, planCredits: 60, credits: 48, toChoose: 12 });
    expect(plan.credits + plan.toChoose).toBe(plan.planCredits);
    expect(plan.lines.map((l: { code: string; kind: string; term: string }) => [l.code, l.kind, l.term])).toEqual([
      ['M31', 'mandatory', 'autumn'], ['M32', 'mandatory', 'autumn'], ['M33', 'mandatory', 'autumn'], ['M34', 'mandatory', 'autumn'],
      ['M41', 'mandatory', 'spring'], ['research', 'mandatory', 'spring'], ['attestation', 'mandatory', 'spring'],
    ]);
    expect(plan.lines.find((l: { code: string }) => l.code === 'M34').groupKind).toBe('anySemester');
    expect(plan.electiveGroups.map((g: { key: string; choose: number; chosen: number; options: { code: string }[] }) => [g.key, g.choose, g.chosen, g.options.map((o) => o.code)])).toEqual([
      ['E3', 1, 0, ['E31', 'E32']],
      ['E4', 1, 0, ['E41', 'E42']],
    ]);
    expect(plan.semesters).toEqual([
      { semester: 3, term: 'autumn', planCredits: 30, credits: 24, toChoose: 6 },
      { semester: 4, term: 'spring', planCredits: 30, credits: 24, toChoose: 6 },
    ]);
    expect(plan.history).toEqual([expect.objectContaining({ from: null, to: 'draft', byName: 'Асанова st1' })]);
    expect(plan.submitted).toBeNull();
    const audit = await audits(plan.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'curricula.individualPlan.derive', actorId: ids.st1User });
    expect((await me.get(`/api/individual-plans/${plan.id}`)).body).toEqual(plan);
    const inEnglish = (await me.get(`/api/individual-plans/${plan.id}`, { 'accept-language': 'en' })).body;
    expect(inEnglish.lines.slice(-3).map((l: { name: string }) => l.name)).toEqual(['Discipline M41', 'Research practice', 'Final state attestation']);
    const list = await me.get(`/api/students/${ids.st1}/individual-plans`);
    expect(list.body.map((p: { id: string; credits: number }) => [p.id, p.credits])).toEqual([[plan.id, 48]]);
  });

  it('is idempotent: a second call, and several at once, give one plan and one audit row', async () => {
    const again = await registrar.send('POST', `/api/students/${ids.st1}/individual-plans`, { academicYear: 2026 });
    expect(again.status).toBe(200);
    const dean = await loginAs(t, 'dean1');
    const st2 = await loginAs(t, 'st2', PASSWORD);
    const answers = await Promise.all([registrar, dean, st2, registrar].map((client) => client.send('POST', `/api/students/${ids.st2}/individual-plans`, { academicYear: 2026 })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(await t.database.db.select().from(individualPlans).where(eq(individualPlans.studentId, ids.st2!))).toHaveLength(1);
    expect(await audits(answers[0]!.body.id)).toHaveLength(1);
  });

  it('is refused, with a message in the reader’s language, without an approved working plan, an enrolment, or outside the plan', async () => {
    const noPlan = await registrar.send('POST', `/api/students/${ids.st3}/individual-plans`, { academicYear: 2026 }, { 'accept-language': 'ru' });
    expect(noPlan.status).toBe(409);
    expect(noPlan.body.error.code).toBe('INDIVIDUAL_PLAN_NO_WORKING_PLAN');
    expect(noPlan.body.error.message).toContain('680100');
    expect(noPlan.body.error.message).toContain('2024');
    const inEnglish = await registrar.send('POST', `/api/students/${ids.st3}/individual-plans`, { academicYear: 2026 }, { 'accept-language': 'en' });
    expect(inEnglish.body.error.message).toMatch(/^No individual plan: program 680100 has no approved working plan for the 2024 intake/);
    const notEnrolled = await registrar.send('POST', `/api/students/${ids.st4}/individual-plans`, { academicYear: 2026 });
    expect(notEnrolled.body.error.code).toBe('STUDENT_NOT_ENROLLED');
    const outside = await registrar.send('POST', `/api/students/${ids.st1}/individual-plans`, { academicYear: 2028 }, { 'accept-language': 'en' });
    expect(outside.status).toBe(409);
    expect(outside.body.error).toMatchObject({ code: 'INDIVIDUAL_PLAN_YEAR_OUTSIDE' });
    expect(outside.body.error.message).toContain('2028/29');
    expect(await t.database.db.select().from(individualPlans).where(eq(individualPlans.studentId, ids.st3!))).toHaveLength(0);
  });
});

describe('who reads and derives individual plans', () => {
  it('lets the student, their parent, their advisor, the dean’s office of the faculty and the registrar read; nobody else', async () => {
    const plan = (await registrar.get(`/api/students/${ids.st1}/individual-plans`)).body[0];
    for (const username of ['parent1', 'advisor1', 'dean1', 'reg1']) {
      const client = await loginAs(t, username);
      expect((await client.get(`/api/individual-plans/${plan.id}`)).status, username).toBe(200);
      expect((await client.get(`/api/students/${ids.st1}/individual-plans`)).status, username).toBe(200);
    }
    const other = await loginAs(t, 'st2', PASSWORD);
    for (const client of [other, await loginAs(t, 'dean2'), await loginAs(t, 'teacher1')]) {
      const res = await client.get(`/api/individual-plans/${plan.id}`, { 'accept-language': 'en' });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
      expect((await client.get(`/api/students/${ids.st1}/individual-plans`)).status).toBe(403);
    }
    expect((await registrar.get('/api/individual-plans/00000000-0000-4000-8000-000000000001')).body.error.code).toBe('INDIVIDUAL_PLAN_NOT_FOUND');
  });

  it('lets a student derive only their own, a parent never, and the dean’s office only in its faculty', async () => {
    const other = await loginAs(t, 'st2', PASSWORD);
    expect((await other.send('POST', `/api/students/${ids.st1}/individual-plans`, { academicYear: 2027 })).status).toBe(403);
    expect((await (await loginAs(t, 'parent1')).send('POST', `/api/students/${ids.st1}/individual-plans`, { academicYear: 2027 })).status).toBe(403);
    expect((await (await loginAs(t, 'dean2')).send('POST', `/api/students/${ids.st1}/individual-plans`, { academicYear: 2027 })).status).toBe(403);
    const dean = await loginAs(t, 'dean1');
    const next = await dean.send('POST', `/api/students/${ids.st1}/individual-plans`, { academicYear: 2025 });
    expect(next.status, JSON.stringify(next.body)).toBe(201);
    expect(next.body).toMatchObject({ course: 1, planCredits: 60 });
    expect(next.body.semesters.map((s: { semester: number }) => s.semester)).toEqual([1, 2]);
    expect((await dean.get(`/api/students/${ids.st1}/individual-plans`)).body.map((p: { academicYear: number }) => p.academicYear)).toEqual([2026, 2025]);
  });
});
