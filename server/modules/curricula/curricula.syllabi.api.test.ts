import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let tree: Awaited<ReturnType<typeof createUnitTree>>;
let department1: Client;
let department2: Client;
let registrar: Client;
let student: Client;
let admin: Client;
let disciplineId = '';
let yearId = '';

const text = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const PDF = new Uint8Array([...text('%PDF-1.7\n'), 1, 2, 3, 4]);
const zipEntry = (name: string) => [0x50, 0x4b, 0x03, 0x04, ...new Array<number>(22).fill(0), name.length, 0, 0, 0, ...text(name)];
const DOCX = new Uint8Array([...zipEntry('[Content_Types].xml'), ...text('<Types/>'), ...zipEntry('word/document.xml'), ...text('<w:document/>')]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);

async function upload(client: Client, academicYear: string, bytes: Uint8Array | null, name = 'Силлабус ИКТ.pdf', lang = 'ru') {
  const form = new FormData();
  form.set('academicYear', academicYear);
  if (bytes) form.set('file', new Blob([bytes.slice().buffer]), name);
  const res = await t.app.request(`/api/disciplines/${disciplineId}/syllabi`, { method: 'POST', headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'accept-language': lang }, body: form });
  return { status: res.status, body: await res.json() };
}

async function download(client: Client, syllabusId: string) {
  const res = await t.app.request(`/api/disciplines/${disciplineId}/syllabi/${syllabusId}/file`, { headers: { cookie: client.cookie } });
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** The university's day is Bishkek's: noon UTC is 18:00 there. */
const on = (day: string, utcTime = '12:00') => {
  t.clock.now = new Date(`${day}T${utcTime}:00Z`);
};
const list = async (client: Client = department1) => (await client.get(`/api/disciplines/${disciplineId}/syllabi`)).body;
const windowOf = async (year = '2026-2027') => (await list()).windows.find((w: { academicYear: string }) => w.academicYear === year);

beforeAll(async () => {
  t = await createTestApp();
  tree = await createUnitTree(t.database.db);
  await createUser(t.database.db, { username: 'dep1', roles: [{ role: 'department', scopeUnitId: tree.department1 }] });
  await createUser(t.database.db, { username: 'dep2', roles: [{ role: 'department', scopeUnitId: tree.department2 }] });
  await createUser(t.database.db, { username: 'registrar', roles: [{ role: 'registrar' }] });
  await createUser(t.database.db, { username: 'stud', roles: [{ role: 'student', scopeUnitId: tree.group2 }] });
  await createUser(t.database.db, { username: 'admin', roles: [{ role: 'administrator' }] });
  department1 = await loginAs(t, 'dep1');
  department2 = await loginAs(t, 'dep2');
  registrar = await loginAs(t, 'registrar');
  student = await loginAs(t, 'stud');
  admin = await loginAs(t, 'admin');
  const discipline = await department1.send('POST', '/api/disciplines', {
    code: 'INF101', nameRu: 'Информатика', nameKy: 'Информатика', nameEn: 'Informatics', departmentId: tree.department1, credits: 4,
    hours: { lecture: 20, practice: 20, lab: 0, supervised: 20, independent: 60 }, controlForm: 'exam', languages: ['ru'],
  });
  disciplineId = discipline.body.id;
  yearId = (await registrar.send('POST', '/api/calendar/years', { startYear: 2026 })).body.id;
});
afterAll(() => t.close());

describe('syllabus uploads', () => {
  it('closes 10 working days before the autumn term: on 17 Aug 2026 (31 Aug, Independence Day, is not counted)', async () => {
    on('2026-08-17');
    expect((await list()).windows.map((w: { academicYear: string }) => w.academicYear)).toEqual(['2025-2026', '2026-2027']);
    expect(await windowOf()).toEqual({ academicYear: '2026-2027', term: 'autumn', termStart: '2026-09-01', deadline: '2026-08-17', open: true });
    const res = await upload(department1, '2026-2027', PDF);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ academicYear: '2026-2027', fileName: 'Силлабус ИКТ.pdf', contentType: 'application/pdf', deadline: '2026-08-17', open: true, isCurrent: true, uploadedBy: { name: expect.stringContaining('dep1') } });

    // 19:00 UTC on 17 Aug is already 18 Aug in Bishkek: too late
    on('2026-08-17', '19:00');
    const late = await upload(department1, '2026-2027', DOCX, 'syllabus.docx');
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({ code: 'SYLLABUS_UPLOAD_CLOSED' });
    expect(late.body.error.message).toBe('Загрузка УМКД на 2026-2027 закрыта: срок — 17.08.2026, за 10 рабочих дней до начала семестра (01.09.2026). Обратитесь в Офис регистратора.');
    expect((await list()).items).toHaveLength(1);
  });

  it('counts the calendar’s own days off: a holiday inside the ten days moves the deadline a day earlier', async () => {
    await registrar.send('PUT', `/api/calendar/years/${yearId}/terms/autumn`, { startDate: '2026-09-14', endDate: '2027-01-10' });
    on('2026-08-20');
    expect(await windowOf()).toMatchObject({ termStart: '2026-09-14', deadline: '2026-08-28', open: true });
    await registrar.send('POST', `/api/calendar/years/${yearId}/holidays`, { date: '2026-09-09', nameRu: 'День университета', nameKy: 'Университеттин күнү', nameEn: 'University Day', kind: 'dayOff' });
    expect(await windowOf()).toMatchObject({ deadline: '2026-08-27', open: true });
    on('2026-08-27');
    expect((await upload(department1, '2026-2027', DOCX, 'syllabus-v2.docx')).status).toBe(201);
    on('2026-08-28');
    const late = await upload(department1, '2026-2027', PDF, 'x.pdf', 'en');
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain('the deadline was 27/08/2026, 10 working days before the term starts (14/09/2026)');
  });

  it('keeps every upload as history; the newest of a year is the current one everybody downloads', async () => {
    const { items } = await list(student);
    expect(items.map((s: { fileName: string; isCurrent: boolean }) => [s.fileName, s.isCurrent])).toEqual([['syllabus-v2.docx', true], ['Силлабус ИКТ.pdf', false]]);
    const current = await download(student, items[0].id);
    expect(current.status).toBe(200);
    expect(current.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(current.bytes).toEqual(DOCX);
    const older = items[1].id as string;
    expect((await download(student, older)).status).toBe(403);
    const own = await download(department1, older);
    expect(own.status).toBe(200);
    expect(own.disposition).toBe(`attachment; filename="________ ___.pdf"; filename*=UTF-8''${encodeURIComponent('Силлабус ИКТ.pdf')}`);
    expect((await list(student)).canManage).toBe(false);
    expect((await list(department1)).canManage).toBe(true);
  });

  it('is open without a deadline for a year the calendar does not have yet', async () => {
    const res = await upload(department1, '2027-2028', PDF, 'next.pdf');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ academicYear: '2027-2028', deadline: null, termStart: null, open: true });
  });

  it('refuses what is not a PDF, DOCX or ODT, a missing file, a bad year, a file too large, and another department', async () => {
    on('2026-08-20');
    const jpeg = await upload(department1, '2027-2028', JPEG, 'syllabus.pdf', 'en');
    expect(jpeg.status).toBe(400);
    expect(jpeg.body.error).toMatchObject({ code: 'SYLLABUS_FILE_TYPE', message: 'A syllabus must be a PDF, DOCX or ODT file: this file is none of them.' });
    expect((await upload(department1, '2027-2028', null)).body.error.code).toBe('SYLLABUS_FILE_MISSING');
    expect((await upload(department1, '2027', PDF)).body.error.code).toBe('CALENDAR_YEAR_CODE_INVALID');
    expect((await upload(department2, '2027-2028', PDF)).status).toBe(403);
    expect((await upload(student, '2027-2028', PDF)).status).toBe(403);
    expect((await admin.send('PUT', '/api/admin/settings/curricula.syllabusMaxKb', { value: 64 })).status).toBe(200);
    const big = new Uint8Array(65 * 1024);
    big.set(PDF);
    const tooLarge = await upload(department1, '2027-2028', big);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.message).toBe('Файл силлабуса больше 64 КБ.');
    const audited = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where entity_type = 'syllabus' and action = 'curricula.discipline.manage'`);
    expect(audited[0]!.n).toBe(3);
  });

  it('answers 404 for a discipline or a file that is not there', async () => {
    expect((await department1.get('/api/disciplines/00000000-0000-4000-8000-000000000000/syllabi')).status).toBe(404);
    expect((await download(department1, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
