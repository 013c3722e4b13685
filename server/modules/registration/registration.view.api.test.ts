import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrationViewDto } from '../../../shared/modules/registration/registration.view.contracts.ts';
import { createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { individualPlans } from '../curricula/curricula.individual.tables.ts';
import { newId } from '../../platform/ids.ts';
import { enrolments, sections } from './registration.offerings.tables.ts';
import { lineOf, offer, PASSWORD, viewCampus, wait, type ViewCampus } from './registration.view.fixtures.ts';

let t: TestApp;
let c: ViewCampus;
let st1: Client;
let st2: Client;
let planId: string;
const sec: Record<string, string[]> = {};

beforeAll(async () => {
  t = await createTestApp();
  c = await viewCampus(t);
  const db = t.database.db;
  await createUser(db, { username: 'advisorA', roles: [{ role: 'advisor', scopeUnitId: c.ids.groupA }] });
  await createUser(db, { username: 'dean1', roles: [{ role: 'deansOffice', scopeUnitId: c.tree.faculty1 }] });
  await createUser(db, { username: 'dean2', roles: [{ role: 'deansOffice', scopeUnitId: c.tree.faculty2 }] });
  await createUser(db, { username: 'mama', roles: [{ role: 'parent', scopeStudentId: c.ids.st1User }] });
  await createUser(db, { username: 'cashier', roles: [{ role: 'cashier' }] });
  st1 = await loginAs(t, 'st1', PASSWORD);
  st2 = await loginAs(t, 'st2', PASSWORD);
  const derived = await st1.send('POST', `/api/students/${c.ids.st1}/individual-plans`, { academicYear: 2026 });
  expect(derived.status, JSON.stringify(derived.body)).toBe(201);
  planId = derived.body.id;
  const { ids } = c;
  const m31 = await offer(t, ids.M31!, [{ kind: 'lecture', capacity: 40, teacherId: ids.teacher }, { kind: 'practice', capacity: 20, teacherId: ids.teacher }]);
  // M32 in two languages: the group's (ru) is the one shown; its practice has one seat, taken by st2
  await offer(t, ids.M32!, [{ kind: 'lecture', capacity: 40 }], { language: 'en' });
  const m32 = await offer(t, ids.M32!, [{ kind: 'lecture', capacity: 40 }, { kind: 'practice', capacity: 1 }]);
  await offer(t, ids.E31!, [{ kind: 'lecture', capacity: 12 }], { isElective: true });
  sec.M31 = m31.sections;
  sec.M32 = m32.sections;
  const line31 = await lineOf(t, planId, ids.M31!);
  const line32 = await lineOf(t, planId, ids.M32!);
  await place({ studentId: ids.st1!, userId: ids.st1User!, planLineId: line31, offeringId: m31.id, sectionId: m31.sections[0]!, kind: 'lecture' });
  const st2plan = (await st2.send('POST', `/api/students/${ids.st2}/individual-plans`, { academicYear: 2026 })).body;
  await place({ studentId: ids.st2!, userId: ids.st2User!, planLineId: await lineOf(t, st2plan.id, ids.M32!), offeringId: m32.id, sectionId: m32.sections[1]!, kind: 'practice' });
  await wait(t, { studentId: ids.st1!, planLineId: line32, sectionId: m32.sections[1]! });
});
afterAll(() => t.close());

/** A place in a section, as the enrolment step leaves it (the seat counter moved). */
async function place(input: { studentId: string; userId: string; planLineId: string; offeringId: string; sectionId: string; kind: 'lecture' | 'practice' | 'lab' }) {
  const { userId, ...row } = input;
  await t.database.db.insert(enrolments).values({ id: newId(), ...row, enrolledBy: userId, enrolledAt: t.clock.now, status: 'enrolled' });
  await t.database.db.update(sections).set({ taken: sql`${sections.taken} + 1` }).where(eq(sections.id, input.sectionId));
}

const setStatus = (id: string, status: typeof individualPlans.$inferSelect.status, fields: Partial<typeof individualPlans.$inferInsert> = {}) =>
  t.database.db.update(individualPlans).set({ status, ...fields }).where(eq(individualPlans.id, id));

const view = (client: Client, studentId: string, query = '', lang = 'en') => client.get<RegistrationViewDto>(`/api/students/${studentId}/registration${query}`, { 'accept-language': lang });

describe("a student's registration of a term", () => {
  it('shows the open window’s term: lines with the group’s offering, sections and seats, places, waitlist, electives and what is left to do', async () => {
    const res = await view(st1, c.ids.st1!);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const v = res.body;
    expect(v).toMatchObject({ academicYear: 2026, term: 'autumn', today: '2026-09-01', groupCode: 'ММ-1-25', studentName: 'Асанова st1', holds: [], canDerive: false, isFullyRegistered: false });
    expect(v.tuition).toEqual({ funding: 'contract', credits: 24, pricePerCredit: null, tuition: 0, paid: 0, isPaid: false });
    expect(v.window).toEqual({ isOpen: true, current: { kind: 'registration', startDate: '2026-09-01', endDate: '2026-09-06' }, next: null });
    expect(v.plan).toMatchObject({ id: planId, status: 'draft', revision: 0, needsDeanApproval: false, history: [expect.objectContaining({ from: null, to: 'draft' })] });
    expect(v.credits).toEqual({ planned: 24, min: 22, max: 33 });
    expect(v.lines.map((l) => [l.code, l.kind, l.credits, l.sections.length])).toEqual([['M31', 'mandatory', 6, 2], ['M32', 'mandatory', 6, 2], ['M33', 'mandatory', 6, 0], ['M34', 'mandatory', 6, 0]]);
    const [m31, m32, m33] = v.lines;
    expect(m31!.name).toBe('Discipline M31');
    expect(m31!.sections[0]).toMatchObject({ kind: 'lecture', number: 1, teacherName: 'Токтогулов Марат', capacity: 40, taken: 1, seatsLeft: 39, waitlist: null });
    expect(m31!.enrolments).toEqual([expect.objectContaining({ kind: 'lecture', number: 1, sectionId: sec.M31![0], teacherName: 'Токтогулов Марат' })]);
    expect(m32!.offering).toMatchObject({ language: 'ru', kinds: ['lecture', 'practice'] });
    expect(m32!.sections[1]).toMatchObject({ kind: 'practice', capacity: 1, taken: 1, seatsLeft: 0, waitlist: { status: 'waiting', position: 1, offerExpiresAt: null } });
    expect(m33!.missingPrerequisites).toEqual([{ code: 'M11', name: 'Discipline M11' }]);
    expect(v.waitlist).toEqual([expect.objectContaining({ code: 'M32', kind: 'practice', number: 2, position: 1, status: 'waiting' })]);
    expect(v.electiveGroups).toEqual([{ key: 'E3', choose: 1, chosen: 0, credits: 6, options: [expect.objectContaining({ code: 'E31', isChosen: false }), expect.objectContaining({ code: 'E32', isChosen: false })] }]);
    expect(v.checks.map((ch) => ch.code)).toEqual(['electivesToChoose', 'sectionsMissing', 'sectionsMissing', 'prerequisites']);
    expect(v.checks[1]!.message).toBe('“Discipline M31”: no practice chosen.');
    expect(v.abilities).toEqual({ canEnrol: true, canChangeLines: true, canSubmit: true, canWithdraw: false, canApprove: false, canApproveChange: false, canAccept: false, canReturn: false });
    const ru = (await view(st1, c.ids.st1!, '', 'ru')).body;
    expect(ru.lines[0]!.name).toBe('Дисциплина M31');
    expect(ru.checks[0]!.message).toBe('Выберите ещё 1 дисциплину(ы) по выбору в группе E3.');
  });

  it('shows another term with its window closed and when it opens; a student without a plan may derive it', async () => {
    const spring = (await view(st1, c.ids.st1!, '?term=spring')).body;
    expect(spring.window).toEqual({ isOpen: false, current: null, next: { kind: 'registration', startDate: '2026-11-28', endDate: '2026-12-11' } });
    expect(spring.lines.map((l) => l.code)).toEqual(['M41', 'practice', 'attestation']);
    // M41 needs M31, not graded yet but studied in the autumn of this plan: it does not stand in the way
    expect(spring.lines[0]!.missingPrerequisites).toEqual([]);
    expect(spring.abilities.canEnrol).toBe(false);
    expect(spring.electiveGroups.map((g) => g.key)).toEqual(['E4']);
    const st3 = await loginAs(t, 'st3', PASSWORD);
    const none = (await view(st3, c.ids.st3!)).body;
    expect(none).toMatchObject({ plan: null, canDerive: true, lines: [], checks: [], credits: { planned: 0 } });
    expect(none.abilities.canSubmit).toBe(false);
  });

  it('closes enrolment on a hold and names it among the checks', async () => {
    const cashier = await loginAs(t, 'cashier');
    expect((await cashier.send('POST', `/api/students/${c.ids.st2}/holds`, { kind: 'financial', reason: 'Не оплачен семестр' })).status).toBe(201);
    const v = (await view(st2, c.ids.st2!)).body;
    expect(v.holds).toEqual([expect.objectContaining({ kind: 'financial', reason: 'Не оплачен семестр' })]);
    expect(v.abilities.canEnrol).toBe(false);
    expect(v.checks[0]).toEqual({ code: 'holds', message: 'Registration is blocked by holds: Financial.' });
  });

  it('is read by the student, their parent, the advisor and the faculty’s dean’s office; nobody else', async () => {
    for (const username of ['mama', 'advisorA', 'dean1', 'reg']) expect((await view(await loginAs(t, username), c.ids.st1!)).status, username).toBe(200);
    for (const client of [st2, await loginAs(t, 'dean2'), await loginAs(t, 'teacher1')]) expect((await view(client, c.ids.st1!)).status).toBe(403);
    expect((await view(c.registrar, '00000000-0000-4000-8000-000000000009')).status).toBe(404);
    const advisor = (await view(await loginAs(t, 'advisorA'), c.ids.st1!)).body;
    expect(advisor.abilities).toMatchObject({ canEnrol: false, canSubmit: false, canApprove: false });
    expect((await view(st1, c.ids.st1!, '?term=winter')).status).toBe(400);
  });
});

describe('the review queues', () => {
  it('give the advisor the submitted plans of their students, the dean’s office the changes, the registrar the rest', async () => {
    const advisor = await loginAs(t, 'advisorA');
    expect((await advisor.get('/api/registration/queue')).body).toMatchObject({ step: 'approve', steps: ['approve'], total: 0, items: [] });
    await setStatus(planId, 'submitted', { submittedAt: t.clock.now });
    const queue = (await advisor.get('/api/registration/queue')).body;
    expect(queue.total).toBe(1);
    expect(queue.items[0]).toMatchObject({ planId, studentName: 'Асанова st1', groupCode: 'ММ-1-25', academicYear: 2026, course: 2, credits: 48, status: 'submitted', submittedAt: t.clock.now.toISOString() });
    expect((await view(advisor, c.ids.st1!)).body.abilities).toMatchObject({ canApprove: true, canReturn: true });
    expect((await advisor.get('/api/registration/queue?step=accept')).status).toBe(403);
    expect((await st1.get('/api/registration/queue')).body).toMatchObject({ step: null, steps: [], total: 0, items: [] });
    const dean1 = await loginAs(t, 'dean1');
    expect((await dean1.get('/api/registration/queue')).body).toMatchObject({ step: 'approveChange', total: 0 });
    await setStatus(planId, 'advisorApproved', { needsDeanApproval: true });
    expect((await dean1.get('/api/registration/queue')).body.total).toBe(1);
    expect((await (await loginAs(t, 'dean2')).get('/api/registration/queue')).body.total).toBe(0);
    expect((await c.registrar.get('/api/registration/queue?step=accept')).body.total).toBe(0);
    await setStatus(planId, 'deanApproved');
    expect((await c.registrar.get('/api/registration/queue')).body).toMatchObject({ step: 'accept', total: 1 });
    expect((await view(c.registrar, c.ids.st1!)).body.abilities).toMatchObject({ canAccept: true, canApprove: false, canReturn: true });
    await setStatus(planId, 'draft', { needsDeanApproval: false });
  });
});

describe('the overview and the lists', () => {
  it('count students per group in the reader’s reach by the state of their plan, with holds', async () => {
    const res = await c.registrar.get('/api/registration/overview?academicYear=2026&term=autumn');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.canClose).toBe(true);
    expect(res.body.groups.map((g: { groupCode: string; students: number; none: number; draft: number; withHolds: number }) => [g.groupCode, g.students, g.none, g.draft, g.withHolds])).toEqual([['ММ-1-25', 2, 0, 2, 1], ['ЭК-1-25', 1, 1, 0, 0]]);
    expect(res.body.totals).toMatchObject({ students: 3, draft: 2, none: 1, withHolds: 1, accepted: 0, fullyRegistered: 0 });
    const dean2 = (await (await loginAs(t, 'dean2')).get('/api/registration/overview')).body;
    expect(dean2.groups.map((g: { groupCode: string }) => g.groupCode)).toEqual(['ЭК-1-25']);
    expect(dean2.canClose).toBe(false);
    const narrowed = (await c.registrar.get(`/api/registration/overview?unitId=${c.tree.faculty2}`)).body;
    expect(narrowed.totals.students).toBe(1);
    expect((await st1.get('/api/registration/overview')).status).toBe(403);
  });

  it('write the registration lists to XLSX in the reader’s language: places per section, and who is not registered with their holds', async () => {
    const res = await t.app.request('/api/registration/lists.xlsx?academicYear=2026&term=autumn', { headers: { cookie: c.registrar.cookie, 'accept-language': 'ru' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="registration-2026-autumn-2026-09-01.xlsx"; filename*=UTF-8\'\'registration-2026-autumn-2026-09-01.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const rows = (name: string) => workbook.getWorksheet(name)!.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    const lists = rows('Списки регистрации');
    expect(lists[1]).toEqual(['Группа', 'Студент', 'Дисциплина', 'Поток / группа', 'Преподаватель', 'Статус ИУП']);
    expect(lists.slice(2)).toEqual([
      ['ММ-1-25', 'Асанова st1', 'M31 Дисциплина M31', 'Лекция 1', 'Токтогулов Марат', 'Черновик'],
      ['ММ-1-25', 'Асанова st2', 'M32 Дисциплина M32', 'Практика 2', '', 'Черновик'],
    ]);
    const missing = rows('Не зарегистрированы');
    expect(missing[0]).toEqual(['Группа', 'Студент', 'Статус ИУП', 'Блокировки']);
    expect(missing.slice(1)).toEqual([['ММ-1-25', 'Асанова st1', 'Черновик', ''], ['ММ-1-25', 'Асанова st2', 'Черновик', 'Финансовая: Не оплачен семестр'], ['ЭК-1-25', 'Асанова st3', 'ИУП не составлен', '']]);
  });

  it('count a contract student as fully registered once accepted and the term paid (finance decides what is paid)', async () => {
    const cashier = await loginAs(t, 'cashier');
    await setStatus(planId, 'registrarAccepted', { registrarAcceptedAt: t.clock.now });
    const fully = async () => (await c.registrar.get('/api/registration/overview?academicYear=2026&term=autumn')).body.totals;
    expect(await fully()).toMatchObject({ accepted: 1, fullyRegistered: 0 });
    expect((await view(st1, c.ids.st1!)).body.isFullyRegistered).toBe(false);
    expect((await cashier.send('PUT', '/api/finance/prices', { programId: c.ids.program, studyForm: 'fullTime', academicYear: 2026, pricePerCredit: 2500 })).status).toBe(200);
    const paid = await cashier.send('POST', `/api/students/${c.ids.st1}/payments`, { academicYear: 2026, term: 'autumn', purpose: 'tuition', amount: 60_000, paidOn: '2026-09-01', reference: 'КВ-17' });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    const v = (await view(st1, c.ids.st1!)).body;
    expect(v.tuition).toEqual({ funding: 'contract', credits: 24, pricePerCredit: 2500, tuition: 60_000, paid: 60_000, isPaid: true });
    expect(v.isFullyRegistered).toBe(true);
    expect(await fully()).toMatchObject({ accepted: 1, fullyRegistered: 1 });
    await setStatus(planId, 'draft');
  });
});
