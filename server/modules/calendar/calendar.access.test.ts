import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/access/permissions.ts';
import { queryRows } from '../../platform/db/client.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { call, loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
const as = {} as Record<Role, Client>;
let yearId = '';
let periodId = '';
let holidayId = '';

const ROLES_SEEN: Role[] = ['administrator', 'registrar', 'deansOffice', 'department', 'teacher', 'student', 'parent', 'cashier', 'applicant'];
const MANAGERS: Role[] = ['administrator', 'registrar'];

beforeAll(async () => {
  t = await createTestApp();
  const tree = await createUnitTree(t.database.db);
  const student = await createUser(t.database.db, { username: 'student', roles: [{ role: 'student', scopeUnitId: tree.group1 }] });
  for (const role of ROLES_SEEN.filter((r) => r !== 'student')) {
    const scope = role === 'deansOffice' ? tree.faculty1 : role === 'department' || role === 'teacher' ? tree.department1 : null;
    await createUser(t.database.db, { username: role, roles: [{ role, scopeUnitId: scope, scopeStudentId: role === 'parent' ? student : null }] });
  }
  for (const role of ROLES_SEEN) as[role] = await loginAs(t, role);
  const year = (await as.registrar.send('POST', '/api/calendar/years', { startYear: 2026 })).body;
  yearId = year.id;
  periodId = year.periods[0].id;
  holidayId = year.holidays[0].id;
});
afterAll(() => t.close());

const reads = () => ['/api/calendar/years', `/api/calendar/years/${yearId}`, '/api/calendar/current', '/api/calendar/working-days?from=2026-09-01&days=5'];
const mutations = () => [
  ['POST', '/api/calendar/years', { startYear: 2030 }],
  ['PATCH', `/api/calendar/years/${yearId}`, { endDate: '2027-08-31' }],
  ['PUT', `/api/calendar/years/${yearId}/terms/summer`, { startDate: '2027-06-14', endDate: '2027-07-25' }],
  ['DELETE', `/api/calendar/years/${yearId}/terms/summer`, undefined],
  ['POST', `/api/calendar/years/${yearId}/periods`, { kind: 'midterm', termKind: 'autumn', startDate: '2026-10-19', endDate: '2026-10-25' }],
  ['PATCH', `/api/calendar/years/${yearId}/periods/${periodId}`, { endDate: '2026-09-06' }],
  ['DELETE', `/api/calendar/years/${yearId}/periods/${periodId}`, undefined],
  ['POST', `/api/calendar/years/${yearId}/holidays`, { date: '2027-04-09', nameRu: 'x', nameKy: 'x', nameEn: 'x', kind: 'dayOff' }],
  ['PATCH', `/api/calendar/years/${yearId}/holidays/${holidayId}`, { nameEn: 'Renamed' }],
  ['DELETE', `/api/calendar/years/${yearId}/holidays/${holidayId}`, undefined],
] as const;

describe('who reads and who keeps the calendar', () => {
  it('answers 401 to every route without a session', async () => {
    for (const path of reads()) expect((await call(t, 'GET', path)).status, path).toBe(401);
    for (const [method, path, body] of mutations()) expect((await call(t, method, path, body)).status, `${method} ${path}`).toBe(401);
  });

  it.each(ROLES_SEEN)('%s reads every calendar route', async (role) => {
    for (const path of reads()) expect((await as[role].get(path)).status, `${role} ${path}`).toBe(200);
    expect((await as[role].get(`/api/calendar/years/${yearId}`)).body.canManage).toBe(MANAGERS.includes(role));
  });

  it('refuses every change to all but the registrar and the administrator, and changes nothing', async () => {
    const before = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log`);
    for (const role of ROLES_SEEN.filter((r) => !MANAGERS.includes(r))) {
      for (const [method, path, body] of mutations()) expect((await as[role].send(method, path, body)).status, `${role} ${method} ${path}`).toBe(403);
    }
    const after = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('lets the registrar and the administrator make each change, with one audit row each', async () => {
    const audits = async () => (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where action = 'calendar.manage'`))[0]!.n;
    let expected = await audits();
    const deleteSummerFirst = mutations().filter(([method, path]) => !(method === 'DELETE' && path.endsWith('/terms/summer')));
    for (const [i, [method, path, body]] of deleteSummerFirst.entries()) {
      const client = i % 2 === 0 ? as.registrar : as.administrator;
      const res = await client.send(method, path, body);
      expect([200, 201], `${method} ${path}: ${JSON.stringify(res.body)}`).toContain(res.status);
      expected += 1;
      expect(await audits(), `${method} ${path}`).toBe(expected);
    }
    expect((await as.registrar.get('/api/calendar/years/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
