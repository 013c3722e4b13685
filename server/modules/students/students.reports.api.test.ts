import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContingentReportDto } from '../../../shared/modules/students/students-reports.contracts.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { call, loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let office: Client;
let tree: Awaited<ReturnType<typeof createUnitTree>>;
const ids = { p1: '', p2: '', groupA: '', groupB: '', s1: '', s2: '', s3: '', s4: '' };

async function signed(kind: string, studentId: string, params: Record<string, unknown>, date: string) {
  const draft = await office.send('POST', '/api/orders', { kind, orderDate: date, effectiveDate: date, reason: 'Приказ', items: [{ studentId, params: { kind, ...params } }] });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  expect((await office.send('POST', `/api/orders/${draft.body.id}/sign`)).status).toBe(200);
}

async function card(username: string, extra: Record<string, unknown>) {
  const res = await office.send('POST', '/api/students', { username, password: 'Student-2026-pass', lastName: 'Студентова', firstName: 'Айгерим', birthDate: '2006-03-15', gender: 'female', ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  tree = await createUnitTree(t.database.db);
  await createUser(t.database.db, { username: 'office', roles: [{ role: 'personnelOffice' }] });
  office = await loginAs(t, 'office');
  const program = async (code: string, departmentId: string) =>
    (await office.send('POST', '/api/programs', { code, nameRu: `${code} Экономика`, nameKy: `${code} Экономика ky`, nameEn: `${code} Economics`, level: 'bachelor', durationYears: 4, credits: 240, languages: ['ru'], departmentId })).body.id as string;
  const group = async (code: string, programId: string, admissionYear: number) => (await office.send('POST', '/api/groups', { code, programId, admissionYear, language: 'ru', studyForm: 'fullTime' })).body.id as string;
  ids.p1 = await program('P1', tree.department1);
  ids.p2 = await program('P2', tree.department2);
  ids.groupA = await group('ЭК-1-25', ids.p1, 2025);
  ids.groupB = await group('ФН-1-24', ids.p2, 2024);
  ids.s1 = await card('st1', { lastName: 'Абдыкадырова', nationality: 'кыргыз' });
  ids.s2 = await card('st2', { lastName: 'Бакирова', nationality: 'кыргыз', birthDate: '2003-10-01' });
  ids.s3 = await card('st3', { lastName: 'Валиев', firstName: 'Эрлан', gender: 'male', nationality: 'өзбек' });
  ids.s4 = await card('st4', { lastName: 'Гусейнов', firstName: 'Үмүт', gender: 'male' });
  await signed('enrol', ids.s1, { groupId: ids.groupA, funding: 'grant' }, '2025-09-01');
  await signed('enrol', ids.s2, { groupId: ids.groupB, funding: 'contract' }, '2025-09-01');
  await signed('enrol', ids.s3, { groupId: ids.groupA, funding: 'contract' }, '2025-09-01');
  await signed('enrol', ids.s4, { groupId: ids.groupA, funding: 'grant' }, '2026-02-01');
  await signed('transfer', ids.s3, { groupId: ids.groupB }, '2026-03-01');
  await signed('expel', ids.s4, { reason: 'ownWish' }, '2026-05-01');
  await signed('academicLeave', ids.s1, { leaveKind: 'medical' }, '2026-06-01');
  await createUser(t.database.db, { username: 'dean1', roles: [{ role: 'deansOffice', scopeUnitId: tree.faculty1 }] });
  await createUser(t.database.db, { username: 'teacher', roles: [{ role: 'teacher', scopeUnitId: tree.faculty1 }] });
});
afterAll(() => t.close());

const report = async (client: Client, query: string, lang = 'ru') => client.get<ContingentReportDto>(`/api/reports/contingent?${query}`, { 'accept-language': lang });

describe('contingent report as of a date', () => {
  it('a past date counts the students exactly as they stood then', async () => {
    const res = await report(office, 'date=2026-02-15&rows=faculty,program&columns=funding');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.columnKeys).toEqual(['contract', 'grant']);
    expect(res.body.rows).toEqual([
      { key: [tree.faculty1, ids.p1], cells: [1, 2], total: 3 },
      { key: [tree.faculty2, ids.p2], cells: [1, 0], total: 1 },
    ].sort((a, b) => (a.key[0]! < b.key[0]! ? -1 : 1)));
    expect(res.body.columnTotals).toEqual([2, 2]);
    expect(res.body.total).toBe(4);
    expect(res.body.labels[tree.faculty1]).toBe('F1 ru');
    expect(res.body.labels[ids.p1]).toBe('P1 P1 Экономика');
  });

  it('later dates follow the transfer, the expulsion and the leave', async () => {
    const march = await report(office, 'date=2026-03-15&rows=faculty');
    expect(Object.fromEntries(march.body.rows.map((r) => [r.key[0], r.total]))).toEqual({ [tree.faculty1]: 2, [tree.faculty2]: 2 });
    const june = await report(office, 'date=2026-06-15&rows=status');
    expect(june.body.rows).toEqual([{ key: ['active'], cells: [2], total: 2 }, { key: ['onLeave'], cells: [1], total: 1 }]);
    const withExpelled = await report(office, 'date=2026-06-15&rows=status&statuses=active,onLeave,expelled');
    expect(withExpelled.body.rows.map((r) => [r.key[0], r.total])).toEqual([['active', 2], ['expelled', 1], ['onLeave', 1]]);
    const before = await report(office, 'date=2025-08-31');
    expect(before.body).toMatchObject({ total: 0, rows: [], distributions: { course: [], age: [], nationality: [], gender: [] } });
  });

  it('course from the admission year and the date; distributions by course, age, nationality, gender', async () => {
    const res = await report(office, 'date=2026-02-15&rows=course');
    expect(res.body.rows.map((r) => [r.key[0], r.total])).toEqual([['1', 3], ['2', 1]]);
    const { distributions } = res.body;
    expect(distributions.course).toEqual([{ key: '1', count: 3 }, { key: '2', count: 1 }]);
    expect(distributions.gender).toEqual([{ key: 'female', count: 2 }, { key: 'male', count: 2 }]);
    expect(distributions.nationality).toEqual([{ key: '', count: 1 }, { key: 'кыргыз', count: 2 }, { key: 'өзбек', count: 1 }]);
    // born 2006-03-15: 19 on 15 Feb 2026; born 2003-10-01: 22
    expect(distributions.age.find((a) => a.key === '19')?.count).toBe(3);
    expect(distributions.age.find((a) => a.key === '22')?.count).toBe(1);
    expect(distributions.age.reduce((s, a) => s + a.count, 0)).toBe(4);
    const september = await report(office, 'date=2026-09-01&rows=course');
    expect(september.body.rows.map((r) => [r.key[0], r.total])).toEqual([['2', 1], ['3', 2]]);
  });

  it('filters by faculty and program', async () => {
    const byFaculty = await report(office, `date=2026-02-15&facultyId=${tree.faculty2}`);
    expect(byFaculty.body.total).toBe(1);
    const byProgram = await report(office, `date=2026-02-15&programId=${ids.p1}`);
    expect(byProgram.body.total).toBe(3);
  });

  it("a dean's office sees its faculty only, whatever it asks", async () => {
    const dean = await loginAs(t, 'dean1');
    const all = await report(dean, 'date=2026-02-15&rows=faculty');
    expect(all.body.rows.map((r) => [r.key[0], r.total])).toEqual([[tree.faculty1, 3]]);
    const other = await report(dean, `date=2026-02-15&facultyId=${tree.faculty2}`);
    expect(other.status).toBe(200);
    expect(other.body.total).toBe(0);
  });

  it('refuses a repeated dimension and a bad one with translated errors', async () => {
    const repeated = await report(office, 'rows=course&columns=course', 'ky');
    expect(repeated.status).toBe(400);
    expect(repeated.body).toMatchObject({ error: { code: 'REPORT_DIMENSION_REPEATED' } });
    expect((repeated.body as unknown as { error: { message: string } }).error.message).toContain('«Курс»');
    expect((await report(office, 'rows=shoeSize')).status).toBe(400);
    expect((await report(office, 'date=15.02.2026')).status).toBe(400);
  });

  it('XLSX: the pivot with totals and the distributions, labels in the request language', async () => {
    const res = await t.app.request('/api/reports/contingent.xlsx?date=2026-02-15&rows=faculty&columns=funding', { headers: { cookie: office.cookie, 'accept-language': 'ru' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('contingent-2026-02-15.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await res.arrayBuffer()) as never);
    const values = (name: string) => {
      const rows: unknown[][] = [];
      workbook.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const pivotRows = values('Контингент');
    expect(pivotRows[0]).toEqual(['Контингент студентов на 15.02.2026']);
    expect(pivotRows[1]).toEqual(['Факультет', 'контракт', 'грант (бюджет)', 'Итого']);
    expect(pivotRows).toContainEqual(['F1 ru', 1, 2, 3]);
    expect(pivotRows.at(-1)).toEqual(['Итого', 2, 2, 4]);
    const distributions = values('Распределения');
    expect(distributions).toContainEqual(['не указано', 1]);
    expect(distributions).toContainEqual(['женский', 2]);
  });
});

describe('access to contingent reports', () => {
  it.each([
    ['office', 200],
    ['dean1', 200],
    ['teacher', 403],
  ])('%s → %i', async (username, status) => {
    const client = await loginAs(t, username);
    expect((await report(client, 'rows=faculty')).status).toBe(status);
    expect((await t.app.request('/api/reports/contingent.xlsx', { headers: { cookie: client.cookie } })).status).toBe(status);
  });

  it('without a session: 401', async () => {
    expect((await call(t, 'GET', '/api/reports/contingent')).status).toBe(401);
    expect((await call(t, 'GET', '/api/reports/contingent.xlsx')).status).toBe(401);
  });
});
