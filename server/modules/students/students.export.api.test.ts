import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { csvFile, RU_HEADER, RU_MAPPING, upload, validRow } from './students.import.fixtures.ts';

let t: TestApp;
let office: Client;
const ids = { groupA: '', groupB: '', s1: '', s2: '', s3: '' };

async function signed(kind: string, studentId: string, params: Record<string, unknown>, date: string) {
  const draft = await office.send('POST', '/api/orders', { kind, orderDate: date, effectiveDate: date, reason: 'Приказ', items: [{ studentId, params: { kind, ...params } }] });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  expect((await office.send('POST', `/api/orders/${draft.body.id}/sign`)).status).toBe(200);
}

async function card(username: string, extra: Record<string, unknown>) {
  const res = await office.send('POST', '/api/students', { username, password: 'Student-2026-pass', firstName: 'Айгерим', birthDate: '2005-03-15', gender: 'female', ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  const tree = await createUnitTree(t.database.db);
  await createUser(t.database.db, { username: 'office', roles: [{ role: 'personnelOffice' }] });
  office = await loginAs(t, 'office');
  const program = async (code: string, departmentId: string) =>
    (await office.send('POST', '/api/programs', { code, nameRu: code, nameKy: code, nameEn: code, level: 'bachelor', durationYears: 4, credits: 240, languages: ['ru'], departmentId })).body.id as string;
  const group = async (code: string, programId: string) => (await office.send('POST', '/api/groups', { code, programId, admissionYear: 2025, language: 'ru', studyForm: 'fullTime' })).body.id as string;
  const p1 = await program('P1', tree.department1);
  ids.groupA = await group('ЭК-1-25', p1);
  ids.groupB = await group('ФН-1-25', await program('P2', tree.department2));
  ids.s1 = await card('st1', { lastName: 'Абдыкадырова', patronymic: '=HYPERLINK("http://evil")', phone: '+996 700 111 222', personalNumber: '11503200512345', passportNumber: 'ID1234567', address: 'Нарын, Ленина 1' });
  ids.s2 = await card('st2', { lastName: 'Бакирова', personalNumber: '11503200500002' });
  ids.s3 = await card('st3', { lastName: 'Валиева', gender: 'male', firstName: 'Эрлан' });
  await signed('enrol', ids.s1, { groupId: ids.groupA, funding: 'grant' }, '2026-09-01');
  await signed('enrol', ids.s2, { groupId: ids.groupB, funding: 'contract' }, '2026-09-01');
  await signed('enrol', ids.s3, { groupId: ids.groupA, funding: 'contract' }, '2026-09-01');
  await signed('transfer', ids.s3, { groupId: ids.groupB }, '2026-10-01');
  await createUser(t.database.db, { username: 'dean1', roles: [{ role: 'deansOffice', scopeUnitId: tree.faculty1 }] });
  await createUser(t.database.db, { username: 'curatorB', roles: [{ role: 'curator', scopeUnitId: ids.groupB }] });
});
afterAll(() => t.close());

async function download(client: Client, path: string, lang = 'ru') {
  const res = await t.app.request(path, { headers: { cookie: client.cookie, 'accept-language': lang } });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** The first sheet of a downloaded workbook as rows of cell values (header first). */
async function sheetOf(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: sheet.name, rows };
}

const column = (rows: unknown[][], header: string) => {
  const index = rows[0]!.indexOf(header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((r) => r[index] ?? null);
};

describe('export of the students list', () => {
  it('XLSX: the filtered rows, headers in the request language, dates as dates, formulas defused', async () => {
    const res = await download(office, `/api/students/export.xlsx?unitId=${ids.groupA}`, 'ru');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="students-2026-09-01.xlsx"; filename*=UTF-8\'\'students-2026-09-01.xlsx');
    const { name, rows } = await sheetOf(res.bytes);
    expect(name).toBe('Студенты');
    expect(rows[0]).toEqual(expect.arrayContaining(['Личный ID', 'Фамилия', 'Дата рождения', 'Группа', 'Статус', 'ПИН', 'Паспорт / ID-карта', 'Адрес']));
    expect(column(rows, 'Личный ID')).toEqual(['st1']);
    expect(column(rows, 'Отчество')).toEqual(['\'=HYPERLINK("http://evil")']);
    expect(column(rows, 'Телефон')).toEqual(["'+996 700 111 222"]);
    expect(column(rows, 'Дата рождения')).toEqual([new Date('2005-03-15T00:00:00Z')]);
    expect(column(rows, 'Пол')).toEqual(['женский']);
    expect(column(rows, 'Статус')).toEqual(['обучается']);
    expect(column(rows, 'Курс')).toEqual([2]);
    expect(column(rows, 'ПИН')).toEqual(['11503200512345']);
    const en = await sheetOf((await download(office, '/api/students/export.xlsx?status=active', 'en')).bytes);
    expect(en.rows[0]!.slice(0, 3)).toEqual(['Personal ID', 'Last name', 'First name']);
    expect(column(en.rows, 'Personal ID')).toEqual(['st1', 'st2', 'st3']);
    expect(column(en.rows, 'Funding')).toEqual(['state grant', 'contract', 'contract']);
  });

  it('CSV: BOM, translated header, `;` on request, every cell formula-safe', async () => {
    const res = await download(office, '/api/students/export.csv?separator=semicolon&status=active', 'ky');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(res.bytes);
    expect(text.startsWith('\uFEFFЖеке ID;Фамилиясы;Аты;')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1).trim(), { delimiter: ';' }).data;
    expect(column(rows, 'Жеке ID')).toEqual(['st1', 'st2', 'st3']);
    expect(column(rows, 'Атасынын аты')[0]).toBe('\'=HYPERLINK("http://evil")');
    expect(column(rows, 'Туулган күнү')[0]).toBe('15.03.2005');
    expect(column(rows, 'Жынысы')).toEqual(['аял', 'аял', 'эркек']);
    const comma = new TextDecoder().decode((await download(office, '/api/students/export.csv?q=st2', 'en')).bytes);
    expect(comma.split('\r\n')[0]!.startsWith('Personal ID,Last name,First name,')).toBe(true);
    expect(comma).toContain('15/03/2005');
  });

  it("a dean's office exports only its faculty, with documents; a curator only their group, without them", async () => {
    const dean = await loginAs(t, 'dean1');
    const deanRows = (await sheetOf((await download(dean, '/api/students/export.xlsx')).bytes)).rows;
    expect(column(deanRows, 'Личный ID')).toEqual(['st1']);
    expect(column(deanRows, 'ПИН')).toEqual(['11503200512345']);
    const curator = await loginAs(t, 'curatorB');
    const curatorRows = (await sheetOf((await download(curator, '/api/students/export.xlsx')).bytes)).rows;
    expect(column(curatorRows, 'Личный ID')).toEqual(['st2', 'st3']);
    expect(curatorRows[0]).not.toContain('ПИН');
    expect(curatorRows[0]).not.toContain('Адрес');
    const csv = new TextDecoder().decode((await download(curator, '/api/students/export.csv')).bytes);
    expect(csv).not.toContain('11503200500002');
  });

  it('exports every page: an imported thousand and more in one file', async () => {
    const rows = Array.from({ length: 1_050 }, (_, i) => validRow(5000 + i));
    const imported = await upload(t, office, { name: 'big.csv', bytes: csvFile([RU_HEADER, ...rows]), mapping: RU_MAPPING, dryRun: 'false' });
    expect(imported.status, JSON.stringify(imported.body).slice(0, 500)).toBe(201);
    const sheet = await sheetOf((await download(office, '/api/students/export.xlsx?status=notEnrolled')).bytes);
    const names = column(sheet.rows, 'Личный ID');
    expect(names).toHaveLength(1_050);
    expect(new Set(names).size).toBe(1_050);
    const csv = new TextDecoder().decode((await download(office, '/api/students/export.csv?status=notEnrolled')).bytes);
    expect(csv.trim().split('\r\n')).toHaveLength(1_051);
  });
});

describe('export of a group list as of a date', () => {
  it('lists the students the signed orders placed there on that date', async () => {
    const path = (group: string, date: string) => `/api/groups/${group}/students/export.xlsx?date=${date}`;
    const before = await sheetOf((await download(office, path(ids.groupA, '2026-09-15'))).bytes);
    expect(before.name).toBe('ЭК-1-25 15.09.2026');
    expect(column(before.rows, 'Личный ID')).toEqual(['st1', 'st3']);
    expect(column(before.rows, 'Группа')).toEqual(['ЭК-1-25', 'ЭК-1-25']);
    expect(column(before.rows, 'Курс')).toEqual([2, 2]);
    expect(column((await sheetOf((await download(office, path(ids.groupA, '2026-10-15'))).bytes)).rows, 'Личный ID')).toEqual(['st1']);
    expect(column((await sheetOf((await download(office, path(ids.groupB, '2026-10-15'))).bytes)).rows, 'Личный ID')).toEqual(['st2', 'st3']);
    expect(column((await sheetOf((await download(office, path(ids.groupA, '2025-08-01'))).bytes)).rows, 'Личный ID')).toEqual([]);
    const res = await download(office, path(ids.groupA, '2026-09-15'));
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('ЭК-1-25-2026-09-15.xlsx')}`);
  });

  it('refuses a group outside the reader’s scope, an unknown group and a malformed date', async () => {
    const dean = await loginAs(t, 'dean1');
    expect((await download(dean, `/api/groups/${ids.groupB}/students/export.xlsx`)).status).toBe(403);
    expect((await download(dean, `/api/groups/${ids.groupA}/students/export.xlsx`)).status).toBe(200);
    expect((await download(office, '/api/groups/01890000-0000-7000-8000-000000000000/students/export.xlsx')).status).toBe(404);
    expect((await download(office, `/api/groups/${ids.groupA}/students/export.xlsx?date=15.09.2026`)).status).toBe(400);
  });
});
