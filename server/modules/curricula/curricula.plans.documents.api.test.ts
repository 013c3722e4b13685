import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { pdfText } from '../../platform/documents/pdf-text.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let department: Client;
let otherDepartment: Client;
let registrar: Client;
let student: Client;
let programId = '';
let approvedId = '';
const ids: Record<string, string> = {};

const hours = (credits: number) => ({ lecture: credits * 5, practice: credits * 5, lab: 0, supervised: credits * 5, independent: credits * 15 });
/** A master's plan: semesters 1-3 of five 6-credit disciplines, semester 4 of three, an elective group (1 of X1, X2), a practice and the attestation. */
const fixed = [1, 2, 3].flatMap((s) => [1, 2, 3, 4, 5].map((d) => `M${s}${d}`)).concat(['M41', 'M42', 'M43']);
const line = (code: string, extra: Record<string, unknown> = {}) => ({ disciplineId: ids[code]!, semester: Number(code[1]), groupKind: 'fixed', cycle: 'professional', component: 'university', ...extra });
const content = () => ({
  semesters: 4,
  attestation: [{ form: 'complexExam', credits: 1 }, { form: 'dissertationDefense', credits: 2 }],
  lines: [
    ...fixed.map((c) => (c === 'M12' ? line(c, { groupKind: 'anySemester', cycle: 'humanities', component: 'state' }) : c === 'M15' ? line(c, { track: 'minor' }) : line(c))),
    ...['X1', 'X2'].map((c) => ({ disciplineId: ids[c]!, semester: 4, groupKind: 'elective', electiveGroup: 'G1', cycle: 'professional', component: 'elective', track: 'minor' })),
  ],
  electiveGroups: [{ key: 'G1', choose: 1 }],
  practices: [{ kind: 'production', credits: 3, semester: 4 }],
});
const auditCount = async (planId: string) => (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where entity_type = 'studyPlan' and entity_id = ${planId}`))[0]!.n;

async function download(client: Client, path: string, lang = 'ru') {
  const res = await t.app.request(path, { headers: { cookie: client.cookie, 'accept-language': lang } });
  return { status: res.status, type: res.headers.get('content-type'), bytes: new Uint8Array(await res.arrayBuffer()) };
}

async function workbookOf(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return workbook;
}

async function upload(client: Client, planId: string, bytes: Uint8Array, dryRun: 'true' | 'false', lang = 'ru') {
  const form = new FormData();
  form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], 'plan.xlsx'));
  form.append('dryRun', dryRun);
  const res = await t.app.request(`/api/plans/${planId}/import`, { method: 'POST', headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'accept-language': lang }, body: form });
  return { status: res.status, body: (await res.json()) };
}

/** What a plan's content is, independent of ids and languages. */
const shape = (plan: any) => ({
  semesters: plan.semesters,
  attestationCredits: plan.attestationCredits,
  attestation: plan.attestation,
  lines: plan.lines.map((l: any) => [l.code, l.semester, l.groupKind, l.electiveGroup, l.cycle, l.component, l.track, l.midterms, l.credits]).sort(),
  electiveGroups: plan.electiveGroups,
  practices: plan.practices,
});

/** The row of the first sheet whose code cell (column B) holds `code`. */
function rowOf(sheet: ExcelJS.Worksheet, code: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(2).value === code) found ??= row;
  });
  if (!found) throw new Error(`no row of ${code}`);
  return found;
}

beforeAll(async () => {
  t = await createTestApp();
  const tree = await createUnitTree(t.database.db);
  await createUser(t.database.db, { username: 'admin1', roles: [{ role: 'administrator' }] });
  await createUser(t.database.db, { username: 'dep1', roles: [{ role: 'department', scopeUnitId: tree.department1 }] });
  await createUser(t.database.db, { username: 'dep2', roles: [{ role: 'department', scopeUnitId: tree.department2 }] });
  await createUser(t.database.db, { username: 'reg1', lastName: 'Асанова', firstName: 'Айгүл', roles: [{ role: 'registrar' }] });
  await createUser(t.database.db, { username: 'stud1', roles: [{ role: 'student', scopeUnitId: tree.group1 }] });
  const admin = await loginAs(t, 'admin1');
  department = await loginAs(t, 'dep1');
  otherDepartment = await loginAs(t, 'dep2');
  registrar = await loginAs(t, 'reg1');
  student = await loginAs(t, 'stud1');
  const program = await admin.send('POST', '/api/programs', { code: '580100', nameRu: 'Экономика', nameKy: 'Экономика илими', nameEn: 'Economics', level: 'master', durationYears: 2, credits: 120, languages: ['ru'], departmentId: tree.department1 });
  programId = program.body.id;
  for (const code of [...fixed, 'X1', 'X2']) {
    const body = { code, nameRu: `Экономика развития ${code}`, nameKy: `Өнүгүү экономикасы ${code}`, nameEn: `Development economics ${code}`, departmentId: tree.department1, credits: 6, hours: hours(6), controlForm: code === 'M13' ? 'credit' : 'exam', languages: ['ru'], isElective: code.startsWith('X') };
    const res = await department.send('POST', '/api/disciplines', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids[code] = res.body.id;
  }
  const draft = await department.send('POST', '/api/plans', { programId, kind: 'working', admissionYear: 2026 });
  approvedId = draft.body.id;
  const saved = await department.send('PUT', `/api/plans/${approvedId}/content`, content());
  expect(saved.body, JSON.stringify(saved.body.findings)).toMatchObject({ findings: [], semesterCredits: [30, 30, 30, 30], totalCredits: 120 });
  expect((await registrar.send('POST', `/api/plans/${approvedId}/approve`)).status).toBe(200);
});
afterAll(() => t.close());

describe('a plan as XLSX', () => {
  it('has the department’s layout, with headers and values in the reader’s language', async () => {
    const res = await download(student, `/api/plans/${approvedId}/plan.xlsx`, 'ky');
    expect(res.status).toBe(200);
    expect(res.type).toContain('spreadsheetml');
    const workbook = await workbookOf(res.bytes);
    const [plan, other] = workbook.worksheets;
    expect([plan!.name, other!.name]).toEqual(['Окуу планы', 'Тандоо, практика, аттестация']);
    expect(plan!.getCell('A1').value).toBe('Жумушчу окуу планы');
    expect(plan!.getCell('C2').value).toBe('580100 Экономика илими');
    const m13 = rowOf(plan!, 'M13');
    const header = plan!.getRow(m13.number - 3).values as unknown[];
    expect(header.slice(1)).toEqual(['№', 'Коду', 'Сабак', 'Цикл', 'Компонент', 'Программа (Major / Minor)', 'Сабактардын тобу', 'Тандоо тобу', 'Кредиттер', 'Лекциялар', 'Практикалык', 'Лабораториялык', 'СӨАИ', 'СӨИ', 'Бардык сааттар', 'Жумасына аудиториялык сааттар', 'Текшерүү формасы', 'Аралык текшерүүлөр (РК)', '1-семестр', '2-семестр', '3-семестр', '4-семестр']);
    // 30 + 30 + 0 classroom hours over the default 15 teaching weeks: 4 a week
    expect((m13.values as unknown[]).slice(1)).toEqual([3, 'M13', 'Өнүгүү экономикасы M13', 'Кесиптик цикл', 'ЖОЖдук компонент', 'Major — негизги билим берүү программасы', 'Милдеттүү, көрсөтүлгөн семестрде', undefined, 6, 30, 30, 0, 30, 90, 180, 4, 'Зачет', 2, 6]);
    expect(rowOf(plan!, 'X1').getCell(8).value).toBe('G1');
    expect(rowOf(plan!, 'X1').getCell(6).value).toBe('Minor — кошумча билим берүү программасы');
    let totals: unknown[] = [];
    plan!.eachRow((row) => {
      if (row.getCell(3).value === 'Семестр боюнча жыйынтык') totals = (row.values as unknown[]).slice(1);
    });
    expect(totals.slice(8)).toEqual([120, ...Array.from({ length: 9 }, () => undefined), 30, 30, 30, 30]);
    const sections = other!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(sections).toEqual([
      ['Тандоо сабактарынын топтору'],
      ['Топ', 'Тандалат', 'Топто бардыгы', 'Семестр', 'Бир сабактын кредиттери', 'Сабактар'],
      ['G1', 1, 2, 4, 6, 'X1, X2'],
      ['Практикалар'],
      ['Практиканын түрү', 'Семестр', 'Кредиттер'],
      ['Өндүрүштүк практика', 4, 3],
      ['Мамлекеттик жыйынтыктоочу аттестация'],
      ['Аттестациянын формасы', 'Семестр', 'Кредиттер'],
      ['Комплекстүү экзамен', 4, 1],
      ['Магистрдик диссертацияны коргоо', 4, 2],
    ]);
    const english = (await workbookOf((await download(student, `/api/plans/${approvedId}/plan.xlsx`, 'en')).bytes)).worksheets[0]!;
    expect(english.getRow(rowOf(english, 'M11').number - 1).getCell(2).value).toBe('Code');
    expect(english.getRow(rowOf(english, 'M11').number - 1).getCell(19).value).toBe('Semester 1');
  });
});

describe('a plan imported from XLSX', () => {
  let freshId = '';

  it('checks a dry run against the plan rules and saves nothing', async () => {
    const fresh = await department.send('POST', '/api/plans', { programId, kind: 'working', admissionYear: 2027 });
    freshId = fresh.body.id;
    const audits = await auditCount(freshId);
    const file = (await download(department, `/api/plans/${approvedId}/plan.xlsx`, 'en')).bytes;
    const res = await upload(department, freshId, file, 'true');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ applied: false, lines: 20, errors: [], findings: [] });
    expect((await department.get(`/api/plans/${freshId}`)).body.lines).toEqual([]);
    expect(await auditCount(freshId)).toBe(audits);
  });

  it('gives back the same content after an export and an import into a fresh draft, audited like a save', async () => {
    const audits = await auditCount(freshId);
    const file = (await download(department, `/api/plans/${approvedId}/plan.xlsx`, 'ky')).bytes;
    const res = await upload(department, freshId, file, 'false', 'ky');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ applied: true, lines: 20, errors: [], findings: [] });
    const [imported, original] = await Promise.all([department.get(`/api/plans/${freshId}`), department.get(`/api/plans/${approvedId}`)]);
    expect(shape(imported.body)).toEqual(shape(original.body));
    expect(imported.body.totalCredits).toBe(120);
    expect(await auditCount(freshId)).toBe(audits + 1);
  });

  it('reports rule findings of the would-be plan, and still saves a draft that has them', async () => {
    const workbook = await workbookOf((await download(department, `/api/plans/${approvedId}/plan.xlsx`)).bytes);
    const sheet = workbook.worksheets[0]!;
    const m21 = rowOf(sheet, 'M21');
    m21.getCell(20).value = null;
    m21.getCell(19).value = 6; // now semester 1: 36 credits, semester 2: 24
    const res = await upload(department, freshId, new Uint8Array(await workbook.xlsx.writeBuffer()), 'false', 'en');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.applied).toBe(true);
    expect(res.body.findings.map((f: { code: string; where: unknown }) => [f.code, f.where])).toEqual([
      ['SEMESTER_TOTAL', { semester: 1 }],
      ['SEMESTER_TOTAL', { semester: 2 }],
    ]);
    expect(res.body.findings[0].message).toBe('Semester 1: 36 credits, usually 28 to 33.');
    expect((await department.get(`/api/plans/${freshId}`)).body.semesterCredits).toEqual([36, 24, 30, 30]);
  });

  it('reads the attestation’s forms as codes or labels in any language, and an older file’s credits without forms', async () => {
    const workbook = await workbookOf((await download(department, `/api/plans/${approvedId}/plan.xlsx`)).bytes);
    const other = workbook.worksheets[1]!;
    // rows 9-12 of the second sheet: the title, the header, the comprehensive exam (1) and the dissertation defence (2)
    expect([other.getCell('A10').value, other.getCell('A11').value]).toEqual(['Форма аттестации', 'Комплексный экзамен']);
    other.getCell('A11').value = 'dissertationDefense';
    other.getCell('A12').value = 'Comprehensive examination';
    const mixed = await upload(department, freshId, new Uint8Array(await workbook.xlsx.writeBuffer()), 'true', 'en');
    expect(mixed.status, JSON.stringify(mixed.body)).toBe(200);
    expect(mixed.body.findings).toEqual([]);
    other.getCell('A12').value = 'Устный зачёт';
    const unknown = await upload(department, freshId, new Uint8Array(await workbook.xlsx.writeBuffer()), 'true');
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details.errors.map((e: any) => [e.row, e.column, e.code])).toEqual([[12, 'Форма аттестации', 'PLAN_IMPORT_VALUE_UNKNOWN']]);
    // an older file: the section has no form column, one row of credits
    for (const [cell, value] of [['A10', 'Семестр'], ['B10', 'Кредиты'], ['C10', null], ['A11', 4], ['B11', 3], ['C11', null], ['A12', null], ['B12', null], ['C12', null]] as const) other.getCell(cell).value = value;
    const older = await upload(department, freshId, new Uint8Array(await workbook.xlsx.writeBuffer()), 'false');
    expect(older.status, JSON.stringify(older.body)).toBe(200);
    // a master's attestation must name the dissertation defence
    expect(older.body.findings.map((f: { code: string; where: unknown }) => [f.code, f.where])).toEqual([['ATTESTATION_FORM_MISSING', { semester: 4 }]]);
    const saved = (await department.get(`/api/plans/${freshId}`)).body;
    expect([saved.attestationCredits, saved.attestation]).toEqual([3, []]);
  });

  it('refuses a file with bad rows with 422, every row named, and changes nothing', async () => {
    const before = shape((await department.get(`/api/plans/${freshId}`)).body);
    const audits = await auditCount(freshId);
    const workbook = await workbookOf((await download(department, `/api/plans/${approvedId}/plan.xlsx`)).bytes);
    const [sheet, other] = workbook.worksheets;
    const rows = { m11: rowOf(sheet!, 'M11').number, m12: rowOf(sheet!, 'M12').number, m13: rowOf(sheet!, 'M13').number, m14: rowOf(sheet!, 'M14').number };
    sheet!.getRow(rows.m11).getCell(2).value = 'NOPE-1';
    sheet!.getRow(rows.m12).getCell(4).value = 'Космический цикл';
    sheet!.getRow(rows.m13).getCell(20).value = 6; // in semesters 1 and 2
    sheet!.getRow(rows.m14).getCell(9).value = 5; // the catalog has 6
    other!.getCell('B7').value = 9; // the practice in semester 9 of 4
    const res = await upload(department, freshId, new Uint8Array(await workbook.xlsx.writeBuffer()), 'false');
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.body.error.code).toBe('PLAN_IMPORT_HAS_ERRORS');
    expect(res.body.error.message).toBe('План не изменён: в файле ошибок — 5. Исправьте их (список ниже) и загрузите файл снова.');
    const { applied, lines, errors, findings } = res.body.error.details;
    expect({ applied, lines, findings }).toEqual({ applied: false, lines: 20, findings: [] });
    expect(errors.map((e: any) => [e.row, e.column, e.code])).toEqual([
      [rows.m12, 'Цикл', 'PLAN_IMPORT_VALUE_UNKNOWN'],
      [rows.m13, 'Семестр 1, Семестр 2', 'PLAN_IMPORT_TWO_SEMESTERS'],
      [7, 'Семестр', 'PLAN_IMPORT_SEMESTER_INVALID'],
      [rows.m11, 'Код', 'PLAN_IMPORT_DISCIPLINE_UNKNOWN'],
      [rows.m14, 'Кредиты', 'PLAN_IMPORT_CREDITS_DIFFER'],
    ]);
    expect(errors[0].message).toContain('«Космический цикл» — не значение столбца «Цикл». Возможные значения: Гуманитарный');
    expect(errors[2].sheet).toBe('Выбор, практики, аттестация');
    expect(errors[3].message).toBe('Дисциплины с кодом «NOPE-1» нет в каталоге: исправьте код или сначала добавьте дисциплину в каталог.');
    expect(shape((await department.get(`/api/plans/${freshId}`)).body)).toEqual(before);
    expect(await auditCount(freshId)).toBe(audits);
  });

  it('refuses a file that is no workbook, or lacks a required column, with the same shape', async () => {
    const notXlsx = await upload(department, freshId, new TextEncoder().encode('code;name\nM11;x'), 'true', 'en');
    expect(notXlsx.status).toBe(422);
    expect(notXlsx.body.error.details).toMatchObject({ applied: false, lines: 0, errors: [{ row: 0, code: 'PLAN_IMPORT_FILE_UNREADABLE' }], findings: [] });
    const workbook = await workbookOf((await download(department, `/api/plans/${approvedId}/plan.xlsx`)).bytes);
    const sheet = workbook.worksheets[0]!;
    const header = rowOf(sheet, 'M11').number - 1;
    sheet.getRow(header).getCell(4).value = 'Что-то';
    const res = await upload(department, freshId, new Uint8Array(await workbook.xlsx.writeBuffer()), 'true', 'en');
    expect(res.status).toBe(422);
    expect(res.body.error.details.errors).toEqual([{ row: header, column: 'Cycle', sheet: 'Учебный план', code: 'PLAN_IMPORT_HEADER_MISSING', message: 'The column “Cycle” is missing: the header row of the disciplines table must have it, as in the plan export.' }]);
  });

  it('reads the track as a code or a label in any language, Major when the cell is empty or the column missing; weekly hours are not read', async () => {
    const workbook = await workbookOf((await download(department, `/api/plans/${approvedId}/plan.xlsx`)).bytes);
    const sheet = workbook.worksheets[0]!;
    const write = async () => upload(department, freshId, new Uint8Array(await workbook.xlsx.writeBuffer()), 'false', 'en');
    const tracks = async () => Object.fromEntries((await department.get(`/api/plans/${freshId}`)).body.lines.map((l: { code: string; track: string }) => [l.code, l.track]));
    rowOf(sheet, 'M11').getCell(6).value = 'minor';
    rowOf(sheet, 'M21').getCell(6).value = 'Minor — an additional educational program';
    rowOf(sheet, 'M31').getCell(6).value = 'Minor — кошумча билим берүү программасы';
    rowOf(sheet, 'M15').getCell(6).value = null;
    rowOf(sheet, 'M32').getCell(6).value = 'MAJOR';
    rowOf(sheet, 'M11').getCell(16).value = 99; // classroom hours a week: computed, never read
    const read = await write();
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect(read.body.findings).toEqual([]);
    expect(await tracks()).toMatchObject({ M11: 'minor', M21: 'minor', M31: 'minor', M15: 'major', M32: 'major', M41: 'major', X1: 'minor', X2: 'minor' });
    rowOf(sheet, 'M22').getCell(6).value = 'Sideline';
    const refused = await write();
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.errors.map((e: any) => [e.row, e.column, e.code])).toEqual([[rowOf(sheet, 'M22').number, 'Программа (Major / Minor)', 'PLAN_IMPORT_VALUE_UNKNOWN']]);
    expect(refused.body.error.details.errors[0].message).toContain('Minor — an additional educational program');
    // without the column every line is Major
    rowOf(sheet, 'M22').getCell(6).value = null;
    sheet.spliceColumns(6, 1);
    const without = await write();
    expect(without.status, JSON.stringify(without.body)).toBe(200);
    expect(new Set(Object.values(await tracks()))).toEqual(new Set(['major']));
  });

  it('is refused for an approved plan, to a reader, and outside the program’s department', async () => {
    const file = (await download(department, `/api/plans/${approvedId}/plan.xlsx`)).bytes;
    const approved = await upload(department, approvedId, file, 'false');
    expect([approved.status, approved.body.error.code]).toEqual([409, 'PLAN_NOT_DRAFT']);
    expect((await upload(student, freshId, file, 'true')).status).toBe(403);
    const outside = await upload(otherDepartment, freshId, file, 'false');
    expect([outside.status, outside.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const missing = await department.send('POST', `/api/plans/${freshId}/import`, {});
    expect([missing.status, missing.body.error.code]).toEqual([400, 'IMPORT_FILE_MISSING']);
    expect((await department.get(`/api/plans/${approvedId}`)).body.status).toBe('approved');
  });
});

describe('a plan as PDF', () => {
  it('prints the program, its lines by semester and the approval, with Kyrgyz letters in Kyrgyz', async () => {
    const res = await download(student, `/api/plans/${approvedId}/plan.pdf`, 'ky');
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    const text = await pdfText(res.bytes);
    for (const part of ['Жумушчу окуу планы', '580100 Экономика илими', 'Деңгээл', 'Өнүгүү экономикасы M11', 'Өнүгүү экономикасы X2', '1-семестр', 'Тандоо сабактарынын топтору', 'Өндүрүштүк практика', 'Мамлекеттик жыйынтыктоочу аттестация', 'Магистрдик диссертацияны коргоо: 2 кредит', 'Кафедра башчысы', 'Офис-регистратордун жетекчиси', 'А. Асанова']) {
      expect(text, part).toContain(part);
    }
    expect(text).toMatch(/Бекитилген\s+\d\d\.\d\d\.\d{4}, Асанова Айгүл/);
    // a Minor line is marked beside its component; classroom hours a week stand beside the hours, over the setting's 15 weeks
    expect(text).toMatch(/M15\s+Өнүгүү экономикасы\s+M15\s+КЦ\s+ЖК \/ Minor\s+милд\.\s+6 30 30 0 30 90 180 4 /);
    expect(text).toMatch(/M14\s+Өнүгүү экономикасы\s+M14\s+КЦ\s+ЖК\s+милд\./);
    expect(text).toContain('Minor — кошумча билим берүү программасы');
    expect(text).toContain('семестрдин 15 окуу жумасында');
    const russian = await pdfText((await download(department, `/api/plans/${approvedId}/plan.pdf`, 'ru')).bytes);
    expect(russian).toContain('Рабочий учебный план');
    expect(russian).toContain('Итого за 2-й год обучения, кредитов: 60');
    expect((await download(student, `/api/plans/00000000-0000-4000-8000-000000000001/plan.pdf`)).status).toBe(404);
  });
});
