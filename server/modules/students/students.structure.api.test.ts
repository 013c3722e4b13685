import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let office: Client;
let tree: Awaited<ReturnType<typeof createUnitTree>>;
const ids = { p1: '', p2: '', empty: '', full: '', student: '', curator: '' };

const programBody = (code: string, departmentId: string) => ({ code, nameRu: `${code} ру`, nameKy: `${code} кы`, nameEn: `${code} en`, level: 'bachelor', durationYears: 4, credits: 240, languages: ['ru'], departmentId });
const groupBody = (code: string, programId: string) => ({ code, programId, admissionYear: 2026, language: 'ru', studyForm: 'fullTime' });
const audits = (entityId: string) => t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'students.structure.manage'), eq(auditLog.entityId, entityId)));

beforeAll(async () => {
  t = await createTestApp();
  tree = await createUnitTree(t.database.db);
  await createUser(t.database.db, { username: 'office', roles: [{ role: 'personnelOffice' }] });
  ids.curator = await createUser(t.database.db, { username: 'curator', lastName: 'Токтогулова', firstName: 'Нурила', roles: [{ role: 'teacher', scopeUnitId: tree.department1 }] });
  office = await loginAs(t, 'office');
  ids.p1 = (await office.send('POST', '/api/programs', programBody('P1', tree.department1))).body.id;
  ids.p2 = (await office.send('POST', '/api/programs', programBody('P2', tree.department1))).body.id;
  ids.empty = (await office.send('POST', '/api/groups', groupBody('E-1-26', ids.p1))).body.id;
  ids.full = (await office.send('POST', '/api/groups', groupBody('F-1-26', ids.p1))).body.id;
  ids.student = (await office.send('POST', '/api/students', { username: 'st1', password: 'Student-2026-pass', lastName: 'Асанова', firstName: 'Айжан', birthDate: '2006-01-02', gender: 'female' })).body.id;
  const order = await office.send('POST', '/api/orders', { kind: 'enrol', orderDate: '2026-09-01', effectiveDate: '2026-09-01', reason: 'Зачисление', items: [{ studentId: ids.student, params: { kind: 'enrol', groupId: ids.full, funding: 'grant' } }] });
  expect((await office.send('POST', `/api/orders/${order.body.id}/sign`)).status).toBe(200);
});
afterAll(() => t.close());

describe('editing a program', () => {
  it('changes every field, audited once with before and after', async () => {
    const res = await office.send('PATCH', `/api/programs/${ids.p2}`, { code: 'P2X', nameKy: 'Жаңы', level: 'master', durationYears: 2, credits: 120, languages: ['ky', 'en'] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ code: 'P2X', nameKy: 'Жаңы', level: 'master', durationYears: 2, credits: 120, languages: ['ky', 'en'] });
    const rows = await audits(ids.p2);
    expect(rows).toHaveLength(2);
  });

  it('moves to another department and takes its groups along', async () => {
    const res = await office.send('PATCH', `/api/programs/${ids.p1}`, { departmentId: tree.department2 });
    expect(res.body).toMatchObject({ departmentId: tree.department2, departmentName: 'D2 ru' });
    expect((await office.get(`/api/groups/${ids.empty}`)).body.departmentId).toBe(tree.department2);
    const back = await office.send('PATCH', `/api/programs/${ids.p1}`, { departmentId: tree.department1 });
    expect(back.status).toBe(200);
  });

  it('refuses a taken code, a faculty as department and bad values, changing nothing', async () => {
    expect((await office.send('PATCH', `/api/programs/${ids.p2}`, { code: 'p1' })).body.error.code).toBe('PROGRAM_CODE_TAKEN');
    expect((await office.send('PATCH', `/api/programs/${ids.p2}`, { departmentId: tree.faculty1 })).body.error.code).toBe('UNIT_NOT_FOUND');
    expect((await office.send('PATCH', `/api/programs/${ids.p2}`, { credits: 5 })).status).toBe(400);
    expect((await office.send('PATCH', '/api/programs/00000000-0000-4000-8000-000000000009', { credits: 60 })).status).toBe(404);
    expect((await office.send('POST', '/api/programs', programBody('P1', tree.department1))).body.error.code).toBe('PROGRAM_CODE_TAKEN');
    expect(await audits(ids.p2)).toHaveLength(2);
  });
});

describe('editing a group', () => {
  it('changes code, language, form and curator of a group with students', async () => {
    const res = await office.send('PATCH', `/api/groups/${ids.full}`, { code: 'F-2-26', language: 'ky', studyForm: 'partTime', curatorId: ids.curator, starostaId: ids.student });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ code: 'F-2-26', language: 'ky', studyForm: 'partTime', curatorName: 'Токтогулова Нурила', starostaId: ids.student });
    const unit = (await office.get('/api/units')).body.find((u: { id: string }) => u.id === ids.full);
    expect(unit.code).toBe('F-2-26');
    expect(await audits(ids.full)).toHaveLength(2);
  });

  it("refuses a new program or admission year once students were placed, and says why", async () => {
    const res = await office.send('PATCH', `/api/groups/${ids.full}`, { admissionYear: 2025 }, { 'accept-language': 'ru' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'GROUP_HAS_STUDENTS', message: expect.stringMatching(/приказами/) });
    expect((await office.send('PATCH', `/api/groups/${ids.full}`, { programId: ids.p2 })).body.error.code).toBe('GROUP_HAS_STUDENTS');
    expect((await office.get(`/api/groups/${ids.full}`)).body).toMatchObject({ admissionYear: 2026, programId: ids.p1 });
  });

  it('moves a group without students to another program and year, its unit under the new department', async () => {
    await office.send('PATCH', `/api/programs/${ids.p2}`, { departmentId: tree.department2 });
    const res = await office.send('PATCH', `/api/groups/${ids.empty}`, { programId: ids.p2, admissionYear: 2025 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ programId: ids.p2, admissionYear: 2025, course: 2, departmentId: tree.department2 });
  });

  it('refuses a taken code and a starosta from elsewhere', async () => {
    expect((await office.send('PATCH', `/api/groups/${ids.empty}`, { code: 'f-2-26' })).body.error.code).toBe('GROUP_CODE_TAKEN');
    expect((await office.send('POST', '/api/groups', groupBody('F-2-26', ids.p1))).body.error.code).toBe('GROUP_CODE_TAKEN');
    expect((await office.send('PATCH', `/api/groups/${ids.empty}`, { starostaId: ids.student })).body.error.code).toBe('STAROSTA_NOT_IN_GROUP');
  });
});
