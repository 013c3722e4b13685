import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { call, loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let tree: Awaited<ReturnType<typeof createUnitTree>>;
let admin: Client;
let department1: Client;
let student: Client;

const hours = (credits: number) => ({ lecture: credits * 5, practice: credits * 5, lab: 0, supervised: credits * 5, independent: credits * 15 });
const body = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  nameRu: `Дисциплина ${code}`,
  nameKy: `Сабак ${code}`,
  nameEn: `Discipline ${code}`,
  departmentId: tree.department1,
  credits: 4,
  hours: hours(4),
  controlForm: 'exam',
  languages: ['ru', 'ky'],
  ...extra,
});
const auditRows = async (entityId: string) =>
  queryRows<{ action: string; before: unknown; after: { code: string; prerequisites: string[] } }>(t.database.db, sql`select action, before, after from audit_log where entity_type = 'discipline' and entity_id = ${entityId} order by at`);
const disciplineCount = async () => (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from disciplines`))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  tree = await createUnitTree(t.database.db);
  await createUser(t.database.db, { username: 'admin1', roles: [{ role: 'administrator' }] });
  await createUser(t.database.db, { username: 'dep1', roles: [{ role: 'department', scopeUnitId: tree.department1 }] });
  await createUser(t.database.db, { username: 'stud1', roles: [{ role: 'student', scopeUnitId: tree.group2 }] });
  admin = await loginAs(t, 'admin1');
  department1 = await loginAs(t, 'dep1');
  student = await loginAs(t, 'stud1');
});
afterAll(() => t.close());

describe('the discipline catalog', () => {
  it('a department adds a discipline of its own, audited, and everyone who studies reads it', async () => {
    const res = await department1.send('POST', '/api/disciplines', body('INF101', { descriptionRu: 'Основы', isElective: true }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ code: 'INF101', credits: 4, hours: hours(4), controlForm: 'exam', isElective: true, departmentName: 'D1 ru', canManage: true, prerequisites: [] });
    const audit = await auditRows(res.body.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'curricula.discipline.manage', before: null, after: { code: 'INF101' } });
    const seen = await student.get('/api/disciplines?isElective=true&q=inf1');
    expect(seen.status).toBe(200);
    expect(seen.body.items.map((d: { code: string }) => d.code)).toEqual(['INF101']);
    expect(seen.body.items[0].canManage).toBe(false);
    expect((await student.get(`/api/disciplines/${res.body.id}`)).body.name.ky).toBe('Сабак INF101');
  });

  it('refuses a department another department’s catalog, and a student any change', async () => {
    const before = await disciplineCount();
    const other = await department1.send('POST', '/api/disciplines', body('ECO101', { departmentId: tree.department2 }));
    expect(other.status).toBe(403);
    expect((await student.send('POST', '/api/disciplines', body('X1'))).status).toBe(403);
    expect((await call(t, 'GET', '/api/disciplines')).status).toBe(401);
    const notDepartment = await admin.send('POST', '/api/disciplines', body('X2', { departmentId: tree.faculty1 }));
    expect(notDepartment.body.error.code).toBe('DISCIPLINE_DEPARTMENT_INVALID');
    expect(await disciplineCount()).toBe(before);
  });

  it('refuses hours that do not add up and too few credits, saying why in the user’s language, and saves nothing', async () => {
    const before = await disciplineCount();
    const res = await department1.send('POST', '/api/disciplines', body('BAD1', { credits: 1, hours: { ...hours(1), lab: 5 } }), { 'accept-language': 'en' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('DISCIPLINE_INVALID');
    expect(res.body.error.details.findings.map((f: { code: string }) => f.code)).toEqual(['CREDITS_BELOW_MIN', 'HOURS_MISMATCH']);
    expect(res.body.error.details.findings[1].message).toBe('BAD1: 35 hours, but 1 credits × 30 h = 30 h.');
    // physical education may have one credit
    const pe = await department1.send('POST', '/api/disciplines', body('PE1', { kind: 'physicalEducation', credits: 1, hours: hours(1), controlForm: 'credit' }));
    expect(pe.status, JSON.stringify(pe.body)).toBe(201);
    expect(await disciplineCount()).toBe(before + 1);
  });

  it('takes a code once, also when two departments save it at the same moment', async () => {
    const results = await Promise.all([department1.send('POST', '/api/disciplines', body('DUP1')), admin.send('POST', '/api/disciplines', body('DUP1'))]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)?.body.error.code).toBe('DISCIPLINE_CODE_TAKEN');
  });

  it('keeps prerequisites known and free of cycles, and audits a change with before and after', async () => {
    const a = (await department1.send('POST', '/api/disciplines', body('MATH1'))).body;
    const b = (await department1.send('POST', '/api/disciplines', body('MATH2', { prerequisites: ['MATH1'] }))).body;
    expect(b.prerequisites.map((p: { code: string }) => p.code)).toEqual(['MATH1']);
    const c = (await department1.send('POST', '/api/disciplines', body('MATH3', { prerequisites: ['MATH2'] }))).body;
    const unknown = await department1.send('POST', '/api/disciplines', body('MATH9', { prerequisites: ['NOPE'] }));
    expect(unknown.body.error.details.findings[0].code).toBe('PREREQUISITE_UNKNOWN');
    const cycle = await department1.send('PATCH', `/api/disciplines/${a.id}`, { prerequisites: ['MATH3'] });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.details.findings[0].message).toContain('MATH1 → MATH3 → MATH2 → MATH1');
    expect((await department1.get(`/api/disciplines/${a.id}`)).body.prerequisites).toEqual([]);
    const renamed = await department1.send('PATCH', `/api/disciplines/${c.id}`, { nameRu: 'Математика 3', credits: 6, hours: hours(6) });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.body).toMatchObject({ name: { ru: 'Математика 3' }, credits: 6, prerequisites: [{ code: 'MATH2' }] });
    const audit = await auditRows(c.id);
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({ before: { credits: 4 }, after: { credits: 6, prerequisites: ['MATH2'] } });
  });

  it('lets no two edits at once close a cycle between them', async () => {
    const x = (await department1.send('POST', '/api/disciplines', body('CYC1'))).body;
    const y = (await department1.send('POST', '/api/disciplines', body('CYC2'))).body;
    const both = await Promise.all([department1.send('PATCH', `/api/disciplines/${x.id}`, { prerequisites: ['CYC2'] }), admin.send('PATCH', `/api/disciplines/${y.id}`, { prerequisites: ['CYC1'] })]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 400]);
  });
});
