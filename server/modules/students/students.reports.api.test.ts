import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContingentReportDto } from '../../../shared/modules/students/students-reports.contracts.ts';
import { pdfText } from '../../platform/documents/pdf-text.ts';
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
  ids.s1 = await card('st1', { lastName: 'Абдыкадырова', nationality: 'кыргыз', personalNumber: '11503200612345', passportNumber: 'ID1234567', address: 'Нарын, Ленина 1' });
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
  await createUser(t.database.db, { username: 'curatorA', roles: [{ role: 'curator', scopeUnitId: ids.groupA }] });
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
    await workbook.xlsx.load(await res.arrayBuffer());
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
    expect(distributions).toContainEqual(['1 курс', 3]);
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

async function pdf(client: Client, path: string, lang = 'ru') {
  const res = await t.app.request(path, { headers: { cookie: client.cookie, 'accept-language': lang } });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('content-type'), text: res.status === 200 ? await pdfText(bytes) : '' };
}

describe('printable documents (PDF)', () => {
  it('the group list as of a past date: header, group, program, course, numbered rows, the dean signs', async () => {
    const res = await pdf(office, `/api/groups/${ids.groupA}/students/list.pdf?date=2026-02-15`);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    expect(res.text).toContain('Демонстрациялык мамлекеттик университет');
    expect(res.text).toContain('Демонстрационный государственный университет');
    expect(res.text).toContain('Список группы ЭК-1-25 на 15.02.2026');
    expect(res.text).toContain('P1 P1 Экономика');
    expect(res.text).toContain('1 курс');
    expect(res.text).toMatch(/1\s+Абдыкадырова Айгерим\s+st1\s+грант \(бюджет\)\s+обучается/);
    expect(res.text).toMatch(/3\s+Гусейнов Үмүт\s+st4/);
    expect(res.text).toContain('Всего студентов: 3');
    expect(res.text).toContain('Декан факультета');
  });

  it('in Kyrgyz, on a later date: who stood in the group then, with the standing of that day', async () => {
    const res = await pdf(office, `/api/groups/${ids.groupA}/students/list.pdf?date=2026-06-15`, 'ky');
    expect(res.text).toContain('ЭК-1-25 группасынын 15.06.2026 карата тизмеси');
    expect(res.text).toContain('Абдыкадырова Айгерим');
    expect(res.text).not.toContain('Валиев');
    expect(res.text).toMatch(/1\s+Абдыкадырова Айгерим\s+st1\s+грант \(бюджет\)\s+академиялык өргүүдө/);
    expect(res.text).toMatch(/2\s+Гусейнов Үмүт\s+st4\s+грант \(бюджет\)\s+окуудан чыгарылган/);
    expect(res.text).toContain('Бардык студенттер: 2');
  });

  it('the personal card: every field, documents for the personnel office, the history of orders', async () => {
    const res = await pdf(office, `/api/students/${ids.s1}/card.pdf`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Личная карточка студента');
    expect(res.text).toContain('Абдыкадырова Айгерим');
    expect(res.text).toContain('15.03.2006');
    expect(res.text).toContain('11503200612345');
    expect(res.text).toContain('ID1234567');
    expect(res.text).toContain('Нарын, Ленина 1');
    expect(res.text).toContain('Зачисление');
    expect(res.text).toContain('Академический отпуск');
    expect(res.text).toContain('01.06.2026');
  });

  it('a curator without students.student.readPersonal gets the card without personal number, passport or address', async () => {
    const curator = await loginAs(t, 'curatorA');
    const res = await pdf(curator, `/api/students/${ids.s1}/card.pdf`, 'ky');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Студенттин жеке карточкасы');
    expect(res.text).toContain('Абдыкадырова');
    expect(res.text).not.toContain('11503200612345');
    expect(res.text).not.toContain('ID1234567');
    expect(res.text).not.toContain('Ленина');
  });

  it.each([
    ['dean1', 'groupB', 403],
    ['teacher', 'groupA', 403],
    ['dean1', 'groupA', 200],
  ] as const)('%s prints the list of %s → %i', async (username, group, status) => {
    const client = await loginAs(t, username);
    expect((await pdf(client, `/api/groups/${ids[group]}/students/list.pdf`)).status).toBe(status);
  });

  it('a card outside the scope: 403; no session: 401; unknown: 404', async () => {
    const dean = await loginAs(t, 'dean1');
    expect((await pdf(dean, `/api/students/${ids.s2}/card.pdf`)).status).toBe(403);
    expect((await call(t, 'GET', `/api/students/${ids.s1}/card.pdf`)).status).toBe(401);
    expect((await pdf(office, '/api/students/0190a000-0000-7000-8000-000000000000/card.pdf')).status).toBe(404);
  });
});
