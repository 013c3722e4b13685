import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let admin: Client;
let office: Client;
let tree: Awaited<ReturnType<typeof createUnitTree>>;

const names = (code: string) => ({ code, nameRu: `${code} ру`, nameKy: `${code} кы`, nameEn: `${code} en` });
const auditRows = (entityId: string) => t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'org.unit.manage'), eq(auditLog.entityId, entityId)));

beforeAll(async () => {
  t = await createTestApp();
  tree = await createUnitTree(t.database.db);
  await createUser(t.database.db, { username: 'admin', roles: [{ role: 'administrator' }] });
  await createUser(t.database.db, { username: 'office', roles: [{ role: 'personnelOffice' }] });
  admin = await loginAs(t, 'admin');
  office = await loginAs(t, 'office');
});
afterAll(() => t.close());

describe('creating units', () => {
  it('creates an institute under the university and a department under it, each audited once', async () => {
    const institute = await admin.send('POST', '/api/units', { kind: 'faculty', subtype: 'institute', parentId: tree.university, ...names('IEN') });
    expect(institute.status, JSON.stringify(institute.body)).toBe(201);
    expect(institute.body).toMatchObject({ kind: 'faculty', subtype: 'institute', code: 'IEN', name: { ru: 'IEN ру', ky: 'IEN кы', en: 'IEN en' }, isClosed: false });
    const department = await office.send('POST', '/api/units', { kind: 'department', parentId: institute.body.id, ...names('KIT') });
    expect(department.status).toBe(201);
    expect(department.body).toMatchObject({ kind: 'department', parentId: institute.body.id, subtype: null });
    expect(await auditRows(department.body.id)).toHaveLength(1);
    const list = await office.get('/api/units');
    expect(list.body.map((u: { code: string }) => u.code)).toContain('KIT');
  });

  it('refuses a department under the university, a faculty under a faculty, and a taken code, changing nothing', async () => {
    const before = (await admin.get('/api/units')).body.length;
    const wrongParent = await admin.send('POST', '/api/units', { kind: 'department', parentId: tree.university, ...names('X1') }, { 'accept-language': 'ru' });
    expect(wrongParent.status).toBe(400);
    expect(wrongParent.body.error.code).toBe('UNIT_PARENT_INVALID');
    expect(wrongParent.body.error.message).toMatch(/кафедра/);
    expect((await admin.send('POST', '/api/units', { kind: 'faculty', parentId: tree.faculty1, ...names('X2') })).body.error.code).toBe('UNIT_PARENT_INVALID');
    const taken = await admin.send('POST', '/api/units', { kind: 'department', parentId: tree.faculty1, ...names('d1') });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('UNIT_CODE_TAKEN');
    expect((await admin.send('POST', '/api/units', { kind: 'group', parentId: tree.department1, ...names('G9') })).status).toBe(400);
    expect((await admin.get('/api/units')).body.length).toBe(before);
  });
});

describe('codes under concurrency', () => {
  it('gives a code to exactly one of two simultaneous creations; programs and groups alike', async () => {
    const unitStatuses = await Promise.all([1, 2].map(() => admin.send('POST', '/api/units', { kind: 'department', parentId: tree.faculty2, ...names('RACE') })));
    expect(unitStatuses.map((r) => r.status).sort()).toEqual([201, 409]);
    const program = { code: 'P-RACE', nameRu: 'п', nameKy: 'п', nameEn: 'p', level: 'bachelor', durationYears: 4, credits: 240, languages: ['ru'], departmentId: tree.department1 };
    const programs = await Promise.all([admin, office].map((client) => client.send('POST', '/api/programs', program)));
    expect(programs.map((r) => r.status).sort()).toEqual([201, 409]);
    const programId = programs.find((r) => r.status === 201)!.body.id;
    const groups = await Promise.all([admin, office].map((client) => client.send('POST', '/api/groups', { code: 'RACE-1-26', programId, admissionYear: 2026, language: 'ru', studyForm: 'fullTime' })));
    expect(groups.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(groups.find((r) => r.status === 409)!.body.error.code).toBe('GROUP_CODE_TAKEN');
  });
});

describe('editing units', () => {
  it('renames, recodes and moves a department to another faculty, audited with before and after', async () => {
    const created = await admin.send('POST', '/api/units', { kind: 'department', parentId: tree.faculty1, ...names('MOV') });
    const res = await office.send('PATCH', `/api/units/${created.body.id}`, { code: 'MOV2', nameKy: 'Жаңы аты', parentId: tree.faculty2 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ code: 'MOV2', parentId: tree.faculty2, name: { ru: 'MOV ру', ky: 'Жаңы аты' } });
    const rows = await auditRows(created.body.id);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => (r.before as { code?: string } | null)?.code ?? null).sort()).toEqual(['MOV', null].sort());
  });

  it('refuses moving a department under a department or a code of another department; groups are not edited here', async () => {
    const res = await admin.send('PATCH', `/api/units/${tree.department2}`, { parentId: tree.department1 });
    expect(res.body.error.code).toBe('UNIT_PARENT_INVALID');
    expect((await admin.send('PATCH', `/api/units/${tree.department2}`, { code: 'D1' })).body.error.code).toBe('UNIT_CODE_TAKEN');
    expect((await admin.send('PATCH', `/api/units/${tree.group1}`, { code: 'G1X' })).body.error.code).toBe('UNIT_NOT_EDITABLE');
    expect((await admin.send('PATCH', '/api/units/00000000-0000-4000-8000-000000000009', { code: 'Z' })).status).toBe(404);
    expect(await auditRows(tree.department2)).toHaveLength(0);
  });
});

describe('closing units', () => {
  it('closes an empty department (it stays, flagged) and then takes nothing new under it', async () => {
    const faculty = await admin.send('POST', '/api/units', { kind: 'faculty', parentId: tree.university, ...names('FCL') });
    const department = await admin.send('POST', '/api/units', { kind: 'department', parentId: faculty.body.id, ...names('DCL') });
    const refused = await admin.send('POST', `/api/units/${faculty.body.id}/close`, undefined, { 'accept-language': 'en' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'UNIT_HAS_ACTIVE_CHILDREN', message: expect.stringMatching(/Close or move them first/) });
    const closed = await admin.send('POST', `/api/units/${department.body.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ isClosed: true, closedAt: t.clock.now.toISOString() });
    expect((await admin.send('POST', `/api/units/${faculty.body.id}/close`)).body.isClosed).toBe(true);
    const listed = (await admin.get('/api/units')).body.find((u: { id: string }) => u.id === department.body.id);
    expect(listed.isClosed).toBe(true);
    expect((await admin.send('POST', '/api/units', { kind: 'department', parentId: faculty.body.id, ...names('DNEW') })).body.error.code).toBe('UNIT_CLOSED');
    const program = await office.send('POST', '/api/programs', { code: 'P-CL', nameRu: 'п', nameKy: 'п', nameEn: 'p', level: 'bachelor', durationYears: 4, credits: 240, languages: ['ru'], departmentId: department.body.id });
    expect(program.body.error.code).toBe('UNIT_CLOSED');
  });

  it('refuses to close a department whose group has students', async () => {
    const program = await office.send('POST', '/api/programs', { code: 'P-ST', nameRu: 'п', nameKy: 'п', nameEn: 'p', level: 'bachelor', durationYears: 4, credits: 240, languages: ['ru'], departmentId: tree.department2 });
    const group = await office.send('POST', '/api/groups', { code: 'ST-1-26', programId: program.body.id, admissionYear: 2026, language: 'ru', studyForm: 'fullTime' });
    const student = await office.send('POST', '/api/students', { username: 'st-close', password: 'Student-2026-pass', lastName: 'Асанова', firstName: 'Айжан', birthDate: '2006-01-02', gender: 'female' });
    const order = await office.send('POST', '/api/orders', { kind: 'enrol', orderDate: '2026-09-01', effectiveDate: '2026-09-01', reason: 'Зачисление', items: [{ studentId: student.body.id, params: { kind: 'enrol', groupId: group.body.id, funding: 'grant' } }] });
    expect((await office.send('POST', `/api/orders/${order.body.id}/sign`)).status).toBe(200);
    const res = await admin.send('POST', `/api/units/${tree.department2}/close`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('UNIT_HAS_ACTIVE_GROUPS');
    expect((await admin.get('/api/units')).body.find((u: { id: string }) => u.id === tree.department2).isClosed).toBe(false);
  });
});
