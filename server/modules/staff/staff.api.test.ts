import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { card, draft, position, signed } from './staff.fixtures.ts';

let t: TestApp;
let hr: Client;
let admin: Client;
let tree: Awaited<ReturnType<typeof createUnitTree>>;
const pos = { docent: '', lecturer: '', head: '' };
let seq = 0;

async function person(homeUnitId: string | null = null) {
  seq += 1;
  return createUser(t.database.db, { username: `p${seq}`, homeUnitId, lastName: `Асанова-${seq}` });
}
const count = async (table: string) => (await queryRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;
const listOf = async (unitId: string, date: string) => (await hr.get(`/api/staff/list?unitId=${unitId}&date=${date}`)).body.items as { cardId: string; rate: number; status: string; positionName: string }[];
const hire = (unitId: string, rate = 1, employment = 'main', positionId = pos.docent) => ({ kind: 'hire', unitId, positionId, rate, employment });

beforeAll(async () => {
  t = await createTestApp();
  tree = await createUnitTree(t.database.db);
  await createUser(t.database.db, { username: 'hr', roles: [{ role: 'hr' }] });
  await createUser(t.database.db, { username: 'admin', roles: [{ role: 'administrator' }] });
  hr = await loginAs(t, 'hr');
  admin = await loginAs(t, 'admin');
  pos.docent = await position(hr, 'docent', 'доцент');
  pos.lecturer = await position(hr, 'seniorLecturer', 'старший преподаватель');
  pos.head = await position(hr, 'departmentHead', 'заведующий кафедрой');
});
afterAll(() => t.close());

describe('positions and staff cards', () => {
  it('refuses a position code twice and lists the catalog in the reader’s language', async () => {
    const again = await hr.send('POST', '/api/staff/positions', { code: 'docent', nameRu: 'x', nameKy: 'x', nameEn: 'x', isTeaching: true });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('STAFF_POSITION_CODE_TAKEN');
    const list = await hr.get('/api/staff/positions', { 'accept-language': 'en' });
    expect(list.body.map((p: { name: string }) => p.name)).toContain('docent (en)');
  });

  it('links one card to one account and checks the personal number as on a student card', async () => {
    const userId = await person(tree.department1);
    const badPin = await hr.send('POST', '/api/staff/cards', { userId, birthDate: '1980-05-10', gender: 'male', educationLevel: 'higher', personalNumber: '31005198000001' }, { 'accept-language': 'en' });
    expect(badPin.status).toBe(400);
    expect(badPin.body.error.code).toBe('PERSONAL_NUMBER_INVALID');
    expect(await count('staff_cards')).toBe(0);
    const id = await card(hr, userId, { personalNumber: '21005198000001', degree: 'candidate', title: 'associateProfessor' });
    const shown = (await hr.get(`/api/staff/cards/${id}`)).body;
    expect(shown).toMatchObject({ userId, degree: 'candidate', title: 'associateProfessor', current: [], totalRate: 0, personal: { personalNumber: '21005198000001', pinWarnings: [] } });
    const twice = await hr.send('POST', '/api/staff/cards', { userId, birthDate: '1980-05-10', gender: 'male', educationLevel: 'higher' });
    expect(twice.body.error.code).toBe('STAFF_CARD_EXISTS');
    const samePin = await hr.send('POST', '/api/staff/cards', { userId: await person(), birthDate: '1980-05-10', gender: 'male', educationLevel: 'higher', personalNumber: '21005198000001' });
    expect(samePin.body.error.code).toBe('PERSONAL_NUMBER_TAKEN');
    const edited = await hr.send('PATCH', `/api/staff/cards/${id}`, { gender: 'female', phone: '+996 555 000 111' });
    expect(edited.body).toMatchObject({ gender: 'female', phone: '+996 555 000 111', personal: { pinWarnings: ['genderMismatch'] } });
    const audit = await queryRows<{ action: string }>(t.database.db, sql`select action from audit_log where entity_id = ${id} order by at, id`);
    expect(audit.map((a) => a.action)).toEqual(['staff.card.manage', 'staff.card.manage']);
  });
});

describe('HR orders make the appointments', () => {
  it('hires only when signed: the department list of a day follows the effective date', async () => {
    const id = await card(hr, await person());
    const order = await draft(hr, id, hire(tree.department1, 1), '2026-09-01');
    expect(order.status).toBe(201);
    expect(order.body).toMatchObject({ status: 'draft', kind: 'hire', names: { position: 'доцент', unit: 'D1 ru' } });
    expect(order.body.number).toMatch(/^\d+-к\/2026$/);
    expect((await listOf(tree.department1, '2026-09-01')).map((r) => r.cardId)).not.toContain(id);
    const sign = await hr.send('POST', `/api/staff/orders/${order.body.id}/sign`);
    expect(sign.body).toMatchObject({ status: 'signed', signedByName: expect.stringContaining('Фамилия-hr') });
    expect((await listOf(tree.department1, '2026-08-31')).map((r) => r.cardId)).not.toContain(id);
    expect(await listOf(tree.department1, '2026-09-01')).toContainEqual(expect.objectContaining({ cardId: id, rate: 1, positionName: 'доцент' }));
    expect((await listOf(tree.faculty1, '2026-09-01')).map((r) => r.cardId)).toContain(id);
    expect((await listOf(tree.faculty2, '2026-09-01')).map((r) => r.cardId)).not.toContain(id);
    const again = await hr.send('POST', `/api/staff/orders/${order.body.id}/sign`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('STAFF_ORDER_NOT_DRAFT');
  });

  it('refuses impossible orders with a translated reason and changes nothing', async () => {
    const id = await card(hr, await person());
    const before = { orders: await count('staff_orders'), audit: await count('audit_log') };
    const faculty = await draft(hr, id, hire(tree.faculty1), '2026-09-01', { 'accept-language': 'ky' });
    expect(faculty.status).toBe(400);
    expect(faculty.body.error).toMatchObject({ code: 'STAFF_UNIT_NOT_DEPARTMENT', message: 'Кафедрага гана дайындоого болот («кафедра» түрүндөгү бөлүм).' });
    const dismiss = await draft(hr, id, { kind: 'dismissal', reason: 'ownWish' }, '2026-09-01', { 'accept-language': 'en' });
    expect(dismiss.status).toBe(409);
    expect(dismiss.body.error.message).toMatch(/not employed at the university/);
    const tooMuch = await draft(hr, id, hire(tree.department1, 1.75));
    expect(tooMuch.body.error.code).toBe('STAFF_RATE_INVALID');
    const backdated = await hr.send('POST', '/api/staff/orders', { cardId: id, orderDate: '2026-09-01', effectiveDate: '2025-08-01', basis: 'x', params: hire(tree.department1) });
    expect(backdated.body.error.code).toBe('STAFF_ORDER_DATES_INVALID');
    const unknownPosition = await draft(hr, id, hire(tree.department1, 1, 'main', '00000000-0000-4000-8000-000000000009'));
    expect(unknownPosition.body.error.code).toBe('STAFF_POSITION_NOT_FOUND');
    expect({ orders: await count('staff_orders'), audit: await count('audit_log') }).toEqual(before);
  });

  it('keeps a person’s total rate within the setting, and the setting can be raised', async () => {
    const id = await card(hr, await person());
    await signed(hr, id, hire(tree.department1, 1));
    const over = await draft(hr, id, hire(tree.department2, 0.75, 'internalPartTime', pos.lecturer), '2026-09-01', { 'accept-language': 'ru' });
    expect(over.status).toBe(409);
    expect(over.body.error.message).toContain('суммарная ставка 1.75 превысит допустимую (1.50)');
    expect((await admin.send('PUT', '/api/admin/settings/staff.maxTotalRate', { value: 2 })).status).toBe(200);
    await signed(hr, id, hire(tree.department2, 0.75, 'internalPartTime', pos.lecturer));
    expect((await hr.get(`/api/staff/cards/${id}`)).body.totalRate).toBe(1.75);
    expect((await admin.send('PUT', '/api/admin/settings/staff.maxTotalRate', { value: 1.5 })).status).toBe(200);
  });

  it('re-checks at signing: a draft that became impossible is refused and the order stays a draft', async () => {
    const id = await card(hr, await person());
    const first = await draft(hr, id, hire(tree.department1, 1));
    const second = await draft(hr, id, hire(tree.department2, 1));
    expect((await hr.send('POST', `/api/staff/orders/${first.body.id}/sign`)).status).toBe(200);
    const refused = await hr.send('POST', `/api/staff/orders/${second.body.id}/sign`);
    expect(refused.body.error.code).toBe('STAFF_MAIN_JOB_TAKEN');
    expect((await hr.get(`/api/staff/orders/${second.body.id}`)).body.status).toBe('draft');
  });

  it('transfers, sends on leave, brings back, awards and dismisses — with the history exact', async () => {
    const id = await card(hr, await person());
    await signed(hr, id, hire(tree.department1, 1), '2026-09-01');
    const appointment = (await hr.get(`/api/staff/cards/${id}`)).body.current[0].id;
    await signed(hr, id, { kind: 'transfer', appointmentId: appointment, unitId: tree.department2, positionId: pos.head, rate: 1 }, '2026-10-01');
    await signed(hr, id, { kind: 'leave', leaveKind: 'annual', until: '2026-11-20' }, '2026-11-01');
    expect((await listOf(tree.department2, '2026-11-05')).find((r) => r.cardId === id)?.status).toBe('onLeave');
    const back = await draft(hr, id, { kind: 'returnFromLeave' }, '2026-10-15');
    expect(back.body.error.code).toBe('STAFF_ORDER_BACKDATED');
    await signed(hr, id, { kind: 'returnFromLeave' }, '2026-11-21');
    await signed(hr, id, { kind: 'award', awardKind: 'certificate', text: 'За многолетний добросовестный труд' }, '2026-12-01');
    await signed(hr, id, { kind: 'dismissal', reason: 'ownWish' }, '2027-01-10');
    const shown = (await hr.get(`/api/staff/cards/${id}`)).body;
    expect(shown.history.map((a: any) => [a.unitId, a.status, a.validFrom, a.validTo])).toEqual([
      [tree.department1, 'working', '2026-09-01', '2026-10-01'],
      [tree.department2, 'working', '2026-10-01', '2026-11-01'],
      [tree.department2, 'onLeave', '2026-11-01', '2026-11-21'],
      [tree.department2, 'working', '2026-11-21', '2027-01-10'],
    ]);
    expect(shown.awards).toEqual([expect.objectContaining({ awardKind: 'certificate', date: '2026-12-01' })]);
    expect((await listOf(tree.department2, '2027-01-09')).map((r) => r.cardId)).toContain(id);
    expect((await listOf(tree.department2, '2027-01-10')).map((r) => r.cardId)).not.toContain(id);
    const dismissAgain = await draft(hr, id, { kind: 'dismissal', reason: 'ownWish' }, '2027-02-01');
    expect(dismissAgain.body.error.code).toBe('STAFF_NOT_EMPLOYED');
  });

  it('signs two conflicting drafts at once: exactly one takes effect', async () => {
    const id = await card(hr, await person());
    const a = await draft(hr, id, hire(tree.department1, 1));
    const b = await draft(hr, id, hire(tree.department2, 1));
    const results = await Promise.all([a, b].map((d) => hr.send('POST', `/api/staff/orders/${d.body.id}/sign`)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)?.body.error.code).toBe('STAFF_MAIN_JOB_TAKEN');
    expect((await hr.get(`/api/staff/cards/${id}`)).body.current).toHaveLength(1);
  });

  it('gives concurrent drafts distinct numbers in their year', async () => {
    const id = await card(hr, await person());
    const drafts = await Promise.all(Array.from({ length: 8 }, () => draft(hr, id, { kind: 'hire', unitId: tree.department1, positionId: pos.docent, rate: 0.5, employment: 'main' }, '2025-03-01')));
    expect(drafts.map((d) => d.status)).toEqual(Array(8).fill(201));
    expect(new Set(drafts.map((d) => d.body.number)).size).toBe(8);
    expect(drafts.map((d) => Number(d.body.number.split('-')[0])).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('search', () => {
  it('finds cards by name, by department today and by whether employed today', async () => {
    const userId = await person();
    const id = await card(hr, userId, { degree: 'phd' });
    const lastName = `Асанова-${seq}`;
    const byName = (await hr.get(`/api/staff/cards?q=${encodeURIComponent(lastName.toLowerCase())}`)).body;
    expect(byName.items.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await hr.get('/api/staff/cards?employed=no&degree=phd')).body.items.map((c: { id: string }) => c.id)).toEqual([id]);
    await signed(hr, id, hire(tree.department2, 0.5, 'externalPartTime', pos.lecturer), '2026-09-01');
    const inDepartment = (await hr.get(`/api/staff/cards?unitId=${tree.faculty2}&degree=phd`)).body.items;
    expect(inDepartment).toEqual([expect.objectContaining({ id, isEmployed: true, totalRate: 0.5, positions: 'старший преподаватель', units: 'D2 ru' })]);
    expect((await hr.get(`/api/staff/cards?unitId=${tree.department1}&degree=phd`)).body.items).toEqual([]);
  });
});

describe('reports and export', () => {
  it('counts heads and rates by department and position, degree, employment kind and age', async () => {
    const a = await card(hr, await person(), { degree: 'doctor', title: 'professor', birthDate: '1964-01-15', gender: 'female' });
    const b = await card(hr, await person(), { degree: 'candidate', birthDate: '2000-06-01' });
    await signed(hr, a, hire(tree.department1, 1, 'main', pos.head), '2027-03-01');
    await signed(hr, b, hire(tree.department1, 0.5, 'externalPartTime', pos.head), '2027-03-01');
    const report = (await hr.get(`/api/staff/report?unitId=${tree.department1}&date=2027-03-01`)).body;
    expect(report.byDepartmentPosition).toContainEqual(expect.objectContaining({ unitId: tree.department1, positionId: pos.head, headcount: 2, totalRate: 1.5 }));
    expect(report.byDegree.find((r: any) => r.degree === 'doctor')).toMatchObject({ headcount: 1, totalRate: 1 });
    expect(report.byEmployment.find((r: any) => r.employment === 'externalPartTime')).toMatchObject({ headcount: 1, totalRate: 0.5 });
    expect(report.byAge.find((r: any) => r.band === 'from60to64')).toMatchObject({ headcount: 1, female: 1 });
    expect(report.byAge.find((r: any) => r.band === 'under30')).toMatchObject({ headcount: 1, male: 1 });
  });

  it('exports the list of a day as XLSX', async () => {
    const res = await t.app.request(`/api/staff/list/export.xlsx?unitId=${tree.department2}&date=2027-03-01`, { headers: { cookie: hr.cookie } });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').text).toContain('01.03.2027');
    const list = await listOf(tree.department2, '2027-03-01');
    expect(sheet.rowCount).toBe(2 + list.length);
    expect(sheet.getRow(3).getCell(5).value).toBe(list[0]!.rate);
  });
});
