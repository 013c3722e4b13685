import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../platform/auth/password.ts';
import { queryRows } from '../../platform/db/client.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { call, loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { createAccount, NO_PASSWORD_HASH } from '../identity/index.ts';
import { csvFile, RU_HEADER, RU_MAPPING, upload, validRow, xlsxFile, type FileCell } from './students.import.fixtures.ts';

let t: TestApp;
let office: Client;
let admin: Client;

const count = async (table: 'students' | 'users' | 'audit_log', where = sql`true`) =>
  (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from ${sql.raw(table)} where ${where}`))[0]!.n;
const counts = async () => ({ students: await count('students'), users: await count('users'), audit: await count('audit_log') });

beforeAll(async () => {
  // a small global limit: the import route has its own, larger one
  t = await createTestApp({ BODY_LIMIT_BYTES: '8192', IMPORT_LIMIT_BYTES: String(2 * 1024 * 1024) });
  const tree = await createUnitTree(t.database.db);
  await createUser(t.database.db, { username: 'office', roles: [{ role: 'personnelOffice' }] });
  await createUser(t.database.db, { username: 'admin', roles: [{ role: 'administrator' }] });
  await createUser(t.database.db, { username: 'dean1', roles: [{ role: 'deansOffice', scopeUnitId: tree.faculty1 }] });
  office = await loginAs(t, 'office');
  admin = await loginAs(t, 'admin');
  const existing = { username: 'st-exists', password: 'Student-2026-pass', lastName: 'Бар', firstName: 'Бар', birthDate: '2004-01-02', gender: 'male', personalNumber: '20201200400001', passportNumber: 'AN7654321' };
  expect((await office.send('POST', '/api/students', existing)).status).toBe(201);
});
afterAll(() => t.close());

describe('a file with bad rows', () => {
  const rows: FileCell[][] = [
    RU_HEADER,
    validRow(1),
    ['bad user!', '', 'Айгерим', null, '31.02.2005', 'x', 'KG', '31503200512345', 'X123', '12', 'not-an-email', 'двести'],
    [...validRow(3).slice(0, 4), '2005-13-01', 'Жен.', 'KG', '11503200500003', 'id 0000003', null, null, 300],
    [...validRow(4).slice(0, 6), 'RU', '1150320050000', 'Z-99', null, null, null],
  ];

  it('a dry run reports every bad row with its row number, field and reason, in the user’s language', async () => {
    const before = await counts();
    const res = await upload(t, office, { name: 'список.csv', bytes: csvFile(rows), mapping: RU_MAPPING, dryRun: 'true', lang: 'ru' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ rows: 4, valid: 1, imported: 0 });
    const found = res.body.errors.map((e: { row: number; field: string; code: string }) => `${e.row} ${e.field} ${e.code}`);
    expect(found).toEqual([
      '3 username invalid_format',
      '3 lastName invalid_type',
      '3 birthDate IMPORT_DATE_INVALID',
      '3 gender IMPORT_GENDER_INVALID',
      '3 personalNumber PERSONAL_NUMBER_INVALID',
      '3 passportNumber PASSPORT_INVALID',
      '3 phone invalid_format',
      '3 email invalid_format',
      '3 ortScore invalid_type',
      '4 birthDate IMPORT_DATE_INVALID',
      '4 ortScore too_big',
      '5 personalNumber invalid_format',
    ]);
    const byKey = (row: number, field: string) => res.body.errors.find((e: { row: number; field: string }) => e.row === row && e.field === field)?.message;
    expect(byKey(3, 'lastName')).toBe('Поле «Фамилия»: неверный тип значения или поле не заполнено.');
    expect(byKey(3, 'birthDate')).toMatch(/^Поле «Дата рождения»: это не дата/);
    expect(byKey(4, 'ortScore')).toMatch(/максимум 245/);
    expect(await counts()).toEqual(before);
  });

  it('a real run of the same file imports nothing and answers 400 with the same report', async () => {
    const before = await counts();
    const res = await upload(t, office, { name: 'список.csv', bytes: csvFile(rows), mapping: RU_MAPPING, dryRun: 'false', lang: 'en' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('IMPORT_HAS_ERRORS');
    expect(res.body.error.message).toBe('Nothing was imported: 12 error(s) in 3 row(s) of the file. Fix them and upload the file again.');
    expect(res.body.error.details).toMatchObject({ rows: 4, valid: 1, imported: 0 });
    expect(res.body.error.details.errors).toHaveLength(12);
    expect(res.body.error.details.errors[1]?.message).toBe('Field “Фамилия”: wrong type of value, or missing.');
    expect(await counts()).toEqual(before);
  });
});

describe('uniqueness', () => {
  it('reports personal IDs, PINs and passports taken in the database or repeated in the file', async () => {
    const rows: FileCell[][] = [
      RU_HEADER,
      ['ST-EXISTS', ...validRow(10).slice(1)],
      [...validRow(11).slice(0, 7), '20201200400001', 'an 765 4321', ...validRow(11).slice(9)],
      validRow(12),
      ['IMP00012', ...validRow(13).slice(1, 7), validRow(12)[7]!, validRow(12)[8]!, ...validRow(13).slice(9)],
    ];
    const res = await upload(t, office, { name: 'dups.csv', bytes: csvFile(rows, { delimiter: ',' }), mapping: RU_MAPPING, lang: 'ky' });
    expect(res.status).toBe(200);
    const found = res.body.errors.map((e: { row: number; field: string; code: string }) => `${e.row} ${e.field} ${e.code}`);
    expect(found).toEqual([
      '2 username USERNAME_TAKEN',
      '3 personalNumber PERSONAL_NUMBER_TAKEN',
      '3 passportNumber PASSPORT_TAKEN',
      '5 username IMPORT_DUPLICATE_IN_FILE',
      '5 personalNumber IMPORT_DUPLICATE_IN_FILE',
      '5 passportNumber IMPORT_DUPLICATE_IN_FILE',
    ]);
    expect(res.body.errors[3]?.message).toBe('«Личный ID» талаасы: ушундай эле маани файлдын 4-сабында бар.');
    expect(res.body).toMatchObject({ rows: 4, valid: 1 });
  });
});

describe('a clean file', () => {
  const rows: FileCell[][] = [
    RU_HEADER,
    [...validRow(101).slice(0, 4), new Date(Date.UTC(2005, 2, 15)), 'Ж', ...validRow(101).slice(6)],
    [...validRow(102).slice(0, 4), '15.03.2005', 'female', 'kg', 11503200500102, 'id 0000102', 996700000102, null, '201'],
    ['imp00103', 'Осмонов', 'Эрлан', null, '2005-03-15', 'э', null, '21503200500103', 'AC0000103', null, null, null],
    [...validRow(104).slice(0, 4), '01.01.2006', 'М.', 'RU', null, '4512 123456', null, null, null],
  ];

  it('a dry run of an XLSX file finds nothing wrong and changes nothing', async () => {
    const before = await counts();
    const res = await upload(t, office, { name: 'students.xlsx', bytes: await xlsxFile(rows), mapping: RU_MAPPING, dryRun: 'true' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ rows: 4, valid: 4, errors: [], imported: 0 });
    expect(await counts()).toEqual(before);
  });

  it('a real run creates every card and account in one transaction, one audit row per account and card plus the import', async () => {
    const before = await counts();
    const res = await upload(t, office, { name: 'students.xlsx', bytes: await xlsxFile(rows), mapping: RU_MAPPING, dryRun: 'false' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({ rows: 4, valid: 4, errors: [], imported: 4 });
    expect(await counts()).toEqual({ students: before.students + 4, users: before.users + 4, audit: before.audit + 9 });
    const [summary] = await queryRows<{ request_id: string; after: { rows: number; imported: number; format: string } }>(t.database.db, sql`select request_id, after from audit_log where entity_type = 'studentImport'`);
    expect(summary!.after).toMatchObject({ rows: 4, imported: 4, format: 'xlsx' });
    const actions = await queryRows<{ action: string; entity_type: string; n: number }>(
      t.database.db,
      sql`select action, entity_type, count(*)::int as n from audit_log where request_id = ${summary!.request_id} group by action, entity_type order by entity_type`,
    );
    expect(actions).toEqual([
      { action: 'students.student.manage', entity_type: 'student', n: 4 },
      { action: 'students.student.manage', entity_type: 'studentImport', n: 1 },
      { action: 'identity.user.create', entity_type: 'user', n: 4 },
    ]);
    const hit = (await office.get('/api/students?q=imp00102')).body.items[0];
    const card = (await office.get(`/api/students/${hit.id}`)).body;
    expect(card).toMatchObject({ username: 'imp00102', birthDate: '2005-03-15', gender: 'female', citizenship: 'KG', personalNumber: '11503200500102', passportNumber: 'ID0000102', phone: '996700000102', ortScore: 201, current: null });
    const male = (await office.get(`/api/students/${(await office.get('/api/students?q=imp00103')).body.items[0].id}`)).body;
    expect(male).toMatchObject({ gender: 'male', patronymic: null, citizenship: 'KG', passportNumber: 'AC0000103', email: null });
  });

  it('imported accounts have no usable password until the personnel office resets one', async () => {
    const [row] = await queryRows<{ id: string; password_hash: string }>(t.database.db, sql`select id, password_hash from users where username = 'imp00101'`);
    expect(row!.password_hash).toBe(NO_PASSWORD_HASH);
    expect(await verifyPassword(NO_PASSWORD_HASH, '!')).toBe(false);
    for (const password of ['!', '', 'Student-2026-pass']) expect((await call(t, 'POST', '/api/auth/sign-in', { username: 'imp00101', password })).status).not.toBe(200);
    expect((await admin.send('POST', `/api/users/${row!.id}/password`, { newPassword: 'Issued-Pass-2026' })).status).toBe(200);
    expect((await call(t, 'POST', '/api/auth/sign-in', { username: 'imp00101', password: 'Issued-Pass-2026' })).status).toBe(200);
  });

  it('createAccount without a password stores the sentinel and skips the strength check', async () => {
    const ctx = { db: t.database.db, actor: { userId: office.userId, username: 'office', lang: 'ru' as const, grants: [], sessionId: 's', csrfToken: 'c' }, now: t.clock.now, requestId: 'test-request', lang: 'ru' as const, ip: null, userAgent: null, services: undefined as never };
    const id = await t.database.db.transaction((tx) => createAccount(tx, ctx, { username: 'nopass1', password: null, lastName: 'Н', firstName: 'П', patronymic: null, email: null, phone: null, role: 'student' }));
    const [row] = await queryRows<{ password_hash: string; password_changed_at: string | null }>(t.database.db, sql`select password_hash, password_changed_at from users where id = ${id}`);
    expect(row).toEqual({ password_hash: '!', password_changed_at: null });
    expect(await count('audit_log', sql`entity_id = ${id} and action = 'identity.user.create'`)).toBe(1);
  });

  it('two imports of the same file at once: one wins, the other changes nothing', async () => {
    const file = csvFile([RU_HEADER, validRow(201), validRow(202), validRow(203)]);
    const before = await counts();
    const results = await Promise.all([1, 2].map(() => upload(t, office, { name: 'same.csv', bytes: file, mapping: RU_MAPPING, dryRun: 'false' })));
    expect(results.map((r) => r.status).sort()).toEqual([201, results.some((r) => r.status === 409) ? 409 : 400].sort());
    const loser = results.find((r) => r.status !== 201)!;
    expect(['IMPORT_CONFLICT', 'IMPORT_HAS_ERRORS']).toContain(loser.body.error.code);
    expect(await count('students')).toBe(before.students + 3);
  });
});

describe('what the import refuses before reading rows', () => {
  const good = () => csvFile([RU_HEADER, validRow(301)]);

  it('a missing file, an unknown type, a non-UTF-8 CSV, a damaged XLSX or a header without rows', async () => {
    const form = new FormData();
    form.append('mapping', JSON.stringify(RU_MAPPING));
    const noFile = await t.app.request('/api/students/import', { method: 'POST', headers: { cookie: office.cookie, 'x-csrf-token': office.csrfToken }, body: form });
    expect((await noFile.json()).error.code).toBe('IMPORT_FILE_MISSING');
    const code = async (name: string, bytes: Uint8Array) => (await upload(t, office, { name, bytes, mapping: RU_MAPPING })).body.error.code;
    expect(await code('old.xls', good())).toBe('IMPORT_FILE_TYPE');
    expect(await code('cp1251.csv', Uint8Array.from([0xd4, 0xe0, 0xec, 0xe8, 0xeb, 0xe8, 0xff, 0x3b, 0x31]))).toBe('IMPORT_FILE_ENCODING');
    expect(await code('broken.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('IMPORT_FILE_UNREADABLE');
    expect(await code('header.csv', csvFile([RU_HEADER, [null, null]]))).toBe('IMPORT_FILE_EMPTY');
  });

  it('a mapping that is not JSON, misses a required field or names a column the file lacks', async () => {
    const res = (mapping: unknown) => upload(t, office, { name: 'a.csv', bytes: good(), mapping });
    expect((await res('{')).body.error.code).toBe('IMPORT_MAPPING_INVALID');
    expect((await res({ ...RU_MAPPING, isAdmin: 'Фамилия' })).body.error.code).toBe('IMPORT_MAPPING_INVALID');
    const { gender: _g, ...withoutGender } = RU_MAPPING;
    const missing = await res({ ...withoutGender, address: 'Адрес' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details).toMatchObject({ missingFields: ['gender'], unknownColumns: ['Адрес'] });
    expect((await res({ ...RU_MAPPING, lastName: '  фамилия ' })).status).toBe(200);
  });

  it('a dryRun that is neither true nor false; a caller without the permission', async () => {
    const bad = await upload(t, office, { name: 'a.csv', bytes: good(), mapping: RU_MAPPING, dryRun: 'maybe', lang: 'en' });
    expect(bad.body.error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await upload(t, office, { name: 'a.csv', bytes: good(), mapping: RU_MAPPING, dryRun: null })).body.imported).toBe(0);
    const dean = await loginAs(t, 'dean1');
    expect((await upload(t, dean, { name: 'a.csv', bytes: good(), mapping: RU_MAPPING })).status).toBe(403);
  });

  it('takes a file past the global body limit, up to the import limit', async () => {
    const many = csvFile([RU_HEADER, ...Array.from({ length: 200 }, (_, i) => validRow(1000 + i))]);
    expect(many.byteLength).toBeGreaterThan(8192);
    const res = await upload(t, office, { name: 'many.csv', bytes: many, mapping: RU_MAPPING });
    expect(res.body).toMatchObject({ rows: 200, valid: 200 });
    const huge = new Uint8Array(3 * 1024 * 1024).fill(0x41);
    const refused = await upload(t, office, { name: 'huge.csv', bytes: huge, mapping: RU_MAPPING });
    expect(refused.status).toBe(413);
    expect(refused.body.error.code).toBe('BODY_TOO_LARGE');
    expect((await office.send('POST', '/api/programs', { code: 'X'.repeat(9000) })).status).toBe(413);
  });
});
