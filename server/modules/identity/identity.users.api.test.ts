import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let admin: Client;
let tree: Awaited<ReturnType<typeof createUnitTree>>;

beforeAll(async () => {
  t = await createTestApp();
  tree = await createUnitTree(t.database.db);
  await createUser(t.database.db, { username: 'admin', roles: [{ role: 'administrator' }] });
  admin = await loginAs(t, 'admin');
});
afterAll(() => t.close());

const auditRows = async (entityId: string) => (await admin.get(`/api/admin/audit?entityId=${entityId}&pageSize=200`)).body.items as { action: string; before: any; after: any; actorUsername: string }[];

/** Runs a mutation and checks it wrote exactly one audit row with the given action. */
async function expectOneAuditRow(entityId: string, action: string, mutate: () => Promise<{ status: number; body: any }>, status = 200) {
  const before = (await auditRows(entityId)).length;
  const res = await mutate();
  expect(res.status).toBe(status);
  const rows = await auditRows(entityId);
  expect(rows.length).toBe(before + 1);
  expect(rows[0]!.action).toBe(action);
  expect(rows[0]!.actorUsername).toBe('admin');
  return { res, row: rows[0]! };
}

describe('user administration', () => {
  let userId = '';

  it('creates an account (audited, no password hash in the log) that can sign in', async () => {
    const res = await admin.send('POST', '/api/users', { username: 'k.asanova', lastName: 'Асанова', firstName: 'Айгерим', patronymic: 'Бакыт кызы', lang: 'ky', homeUnitId: tree.group1, password: 'Kyrgyz-2026-pass' });
    expect(res.status).toBe(201);
    userId = res.body.id;
    expect(res.body.homeUnitName).toBe('G1 ru');
    const [row] = await auditRows(userId);
    expect(row!.action).toBe('identity.user.create');
    expect(JSON.stringify(row!.after)).not.toMatch(/argon2|passwordHash/);
    await loginAs(t, 'k.asanova', 'Kyrgyz-2026-pass');
  });

  it('refuses a taken username, a weak password, an unknown unit — and changes nothing', async () => {
    const total = (await admin.get('/api/users')).body.total;
    const taken = await admin.send('POST', '/api/users', { username: 'K.ASANOVA', lastName: 'X', firstName: 'Y', password: 'Another-2026-pass' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('USERNAME_TAKEN');
    const weak = await admin.send('POST', '/api/users', { username: 'weakling', lastName: 'X', firstName: 'Y', password: 'abc' });
    expect(weak.body.error.code).toBe('PASSWORD_TOO_WEAK');
    const unit = await admin.send('POST', '/api/users', { username: 'nounit', lastName: 'X', firstName: 'Y', password: 'Another-2026-pass', homeUnitId: '00000000-0000-4000-8000-000000000001' });
    expect(unit.body.error.code).toBe('UNIT_NOT_FOUND');
    expect((await admin.get('/api/users')).body.total).toBe(total);
  });

  it('edits an account with before and after in the audit row', async () => {
    const { res, row } = await expectOneAuditRow(userId, 'identity.user.update', () => admin.send('PATCH', `/api/users/${userId}`, { phone: '+996 555 123 456' }));
    expect(res.body.phone).toBe('+996 555 123 456');
    expect(row.before.phone).toBeNull();
    expect(row.after.phone).toBe('+996 555 123 456');
  });

  it('changes only the fields an edit names: the account keeps its language', async () => {
    expect((await admin.send('PATCH', `/api/users/${userId}`, { lang: 'ky' })).body.lang).toBe('ky');
    expect((await admin.send('PATCH', `/api/users/${userId}`, { firstName: 'Айбек' })).body).toMatchObject({ firstName: 'Айбек', lang: 'ky' });
  });

  it('grants and revokes scoped roles, refusing a scope the role does not take', async () => {
    const bad = await admin.send('POST', `/api/users/${userId}/grants`, { role: 'registrar', scopeUnitId: tree.faculty1 });
    expect(bad.body.error.code).toBe('GRANT_SCOPE_INVALID');
    const granted = await admin.send('POST', `/api/users/${userId}/grants`, { role: 'curator', scopeUnitId: tree.group1 });
    expect(granted.status).toBe(200);
    const grant = granted.body.grants.find((g: { role: string }) => g.role === 'curator');
    expect(grant.scopeUnitName).toBe('G1 ru');
    expect((await auditRows(grant.id)).map((r) => r.action)).toEqual(['identity.grant.manage']);
    const again = await admin.send('POST', `/api/users/${userId}/grants`, { role: 'curator', scopeUnitId: tree.group1 });
    expect(again.body.error.code).toBe('GRANT_EXISTS');
    const revoked = await admin.send('DELETE', `/api/users/${userId}/grants/${grant.id}`);
    expect(revoked.body.grants.some((g: { role: string }) => g.role === 'curator')).toBe(false);
    const rows = await auditRows(grant.id);
    expect(rows.map((r) => r.action)).toEqual(['identity.grant.manage', 'identity.grant.manage']);
  });

  it('links a parent only to a student', async () => {
    const parent = await createUser(t.database.db, { username: 'mom' });
    const teacher = await createUser(t.database.db, { username: 'teach', roles: [{ role: 'teacher', scopeUnitId: tree.department1 }] });
    expect((await admin.send('POST', `/api/users/${parent}/grants`, { role: 'parent', scopeStudentId: teacher })).body.error.code).toBe('GRANT_SCOPE_INVALID');
    const student = await createUser(t.database.db, { username: 'kid', roles: [{ role: 'student', scopeUnitId: tree.group1 }] });
    const ok = await admin.send('POST', `/api/users/${parent}/grants`, { role: 'parent', scopeStudentId: student });
    expect(ok.status).toBe(200);
    expect(ok.body.grants[0].scopeStudentName).toContain('kid');
  });

  it('resets a password: old sessions end, the lockout clears, the new password works', async () => {
    const session = await loginAs(t, 'k.asanova', 'Kyrgyz-2026-pass');
    await expectOneAuditRow(userId, 'identity.user.resetPassword', () => admin.send('POST', `/api/users/${userId}/password`, { newPassword: 'Reset-2026-pass' }));
    expect((await session.get('/api/auth/me')).status).toBe(401);
    await loginAs(t, 'k.asanova', 'Reset-2026-pass');
  });

  it('deactivates (sessions end, sign-in refused) and reactivates', async () => {
    const session = await loginAs(t, 'k.asanova', 'Reset-2026-pass');
    await expectOneAuditRow(userId, 'identity.user.deactivate', () => admin.send('POST', `/api/users/${userId}/deactivate`));
    expect((await session.get('/api/auth/me')).status).toBe(401);
    await expect(loginAs(t, 'k.asanova', 'Reset-2026-pass')).rejects.toThrow(/403/);
    await expectOneAuditRow(userId, 'identity.user.deactivate', () => admin.send('POST', `/api/users/${userId}/activate`));
    await loginAs(t, 'k.asanova', 'Reset-2026-pass');
  });

  it('never removes the last administrator nor lets one deactivate themselves', async () => {
    const self = await admin.send('POST', `/api/users/${admin.userId}/deactivate`);
    expect(self.body.error.code).toBe('CANNOT_DEACTIVATE_SELF');
    const me = (await admin.get(`/api/users/${admin.userId}`)).body;
    const last = await admin.send('DELETE', `/api/users/${admin.userId}/grants/${me.grants[0].id}`);
    expect(last.status).toBe(409);
    expect(last.body.error.code).toBe('LAST_ADMINISTRATOR');
    expect((await admin.get(`/api/users/${admin.userId}`)).body.grants).toHaveLength(1);
  });

  it('searches by name or username, filters by role and activity, pages', async () => {
    const byName = await admin.get(`/api/users?q=${encodeURIComponent('асанов')}`);
    expect(byName.body.items.map((u: { username: string }) => u.username)).toEqual(['k.asanova']);
    const students = await admin.get('/api/users?role=student&pageSize=1&page=1');
    expect(students.body.items).toHaveLength(1);
    expect(students.body.total).toBeGreaterThanOrEqual(1);
    const wildcard = await admin.get('/api/users?q=%25');
    expect(wildcard.body.total).toBe(0);
  });
});
