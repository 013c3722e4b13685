import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { call, loginAs, TEST_PASSWORD } from '../../test/login-as.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  const tree = await createUnitTree(t.database.db);
  await createUser(t.database.db, { username: 'admin', roles: [{ role: 'administrator' }] });
  await createUser(t.database.db, { username: 'stud1', roles: [{ role: 'student', scopeUnitId: tree.group1 }], homeUnitId: tree.group1 });
  await createUser(t.database.db, { username: 'locky', roles: [{ role: 'student', scopeUnitId: tree.group1 }] });
  await createUser(t.database.db, { username: 'gone', roles: [{ role: 'student', scopeUnitId: tree.group1 }], isActive: false });
});
afterAll(() => t.close());

const auditCount = async (client: Awaited<ReturnType<typeof loginAs>>, action: string) =>
  ((await client.get<{ total: number }>(`/api/admin/audit?action=${action}&pageSize=1`)).body).total;

describe('sign-in', () => {
  it('signs in with username and password, sets an httpOnly SameSite cookie and answers the profile', async () => {
    const res = await call(t, 'POST', '/api/auth/sign-in', { username: 'STUD1', password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user.username).toBe('stud1');
    expect(res.body.abilities).toContain('platform.self.manage');
    expect(res.body.abilities).not.toContain('identity.user.read');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const secure = await createTestApp({ COOKIE_SECURE: 'true' });
    await createUser(secure.database.db, { username: 'someone', roles: [{ role: 'applicant' }] });
    const res = await call(secure, 'POST', '/api/auth/sign-in', { username: 'someone', password: TEST_PASSWORD });
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
    await secure.close();
  });

  it('refuses a wrong password and an unknown user with the same translated message', async () => {
    const wrong = await call(t, 'POST', '/api/auth/sign-in', { username: 'stud1', password: 'nope' }, { 'accept-language': 'ky' });
    const unknown = await call(t, 'POST', '/api/auth/sign-in', { username: 'nobody', password: 'nope' }, { 'accept-language': 'ky' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
    expect(wrong.body.error.message).toContain('Логин же сырсөз');
  });

  it('refuses a deactivated account', async () => {
    const res = await call(t, 'POST', '/api/auth/sign-in', { username: 'gone', password: TEST_PASSWORD });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('ACCOUNT_INACTIVE');
  });

  it('locks an account after the configured number of failures, audits it, and unlocks after the lockout', async () => {
    for (let i = 0; i < 4; i++) expect((await call(t, 'POST', '/api/auth/sign-in', { username: 'locky', password: 'bad' })).status).toBe(401);
    const fifth = await call(t, 'POST', '/api/auth/sign-in', { username: 'locky', password: 'bad' });
    expect(fifth.status).toBe(429);
    expect(fifth.body.error.code).toBe('ACCOUNT_LOCKED');
    const whileLocked = await call(t, 'POST', '/api/auth/sign-in', { username: 'locky', password: TEST_PASSWORD });
    expect(whileLocked.body.error.code).toBe('ACCOUNT_LOCKED');
    const admin = await loginAs(t, 'admin');
    expect(await auditCount(admin, 'auth.account.locked')).toBe(1);
    expect(await auditCount(admin, 'auth.signin.failed')).toBeGreaterThanOrEqual(5);
    t.clock.advance(16 * 60_000);
    expect((await call(t, 'POST', '/api/auth/sign-in', { username: 'locky', password: TEST_PASSWORD })).status).toBe(200);
  });

  it('rate-limits sign-in attempts per client address', async () => {
    const limited = await createTestApp();
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await call(limited, 'POST', '/api/auth/sign-in', { username: `u${i}`, password: 'x' })).status);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    limited.clock.advance(61_000);
    expect((await call(limited, 'POST', '/api/auth/sign-in', { username: 'u0', password: 'x' })).status).toBe(401);
    await limited.close();
  });
});

describe('sessions', () => {
  it('ends a session on sign-out', async () => {
    const client = await loginAs(t, 'stud1');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await client.send('POST', '/api/auth/sign-out')).status).toBe(204);
    const after = await client.get('/api/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('expires a session after the idle time and after the absolute lifetime', async () => {
    const idle = await loginAs(t, 'stud1');
    t.clock.advance(61 * 60_000);
    expect((await idle.get('/api/auth/me')).status).toBe(401);
    const active = await loginAs(t, 'stud1');
    for (let step = 1; step <= 14; step++) {
      t.clock.advance(50 * 60_000); // 700 minutes in all: each request keeps the session from idling
      expect((await active.get('/api/auth/me')).status).toBe(200);
    }
    t.clock.advance(50 * 60_000); // 750 minutes: past the 12-hour absolute lifetime
    expect((await active.get('/api/auth/me')).status).toBe(401);
  });

  it('lists own sessions and ends another one', async () => {
    const phone = await loginAs(t, 'stud1');
    const laptop = await loginAs(t, 'stud1');
    const list = await laptop.get<{ id: string; isCurrent: boolean }[]>('/api/auth/sessions');
    expect(list.status).toBe(200);
    const others = list.body.filter((s) => !s.isCurrent);
    expect(list.body.filter((s) => s.isCurrent)).toHaveLength(1);
    for (const other of others) expect((await laptop.send('DELETE', `/api/auth/sessions/${other.id}`)).status).toBe(204);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    expect((await laptop.get('/api/auth/me')).status).toBe(200);
    expect((await laptop.send('DELETE', '/api/auth/sessions/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated mutation without the token, and a cross-site origin', async () => {
    const client = await loginAs(t, 'stud1');
    const without = await client.send('PUT', '/api/auth/language', { lang: 'en' }, { 'x-csrf-token': '' });
    expect(without.status).toBe(403);
    expect(without.body.error.code).toBe('CSRF_FAILED');
    const crossSite = await client.send('PUT', '/api/auth/language', { lang: 'en' }, { origin: 'https://evil.example', host: 'localhost' });
    expect(crossSite.status).toBe(403);
    expect((await client.send('PUT', '/api/auth/language', { lang: 'en' })).status).toBe(204);
  });
});

describe('password change', () => {
  it('enforces the strength rule, revokes other sessions, keeps this one, and the new password works', async () => {
    await createUser(t.database.db, { username: 'changer', roles: [{ role: 'teacher', scopeUnitId: null }] });
    const other = await loginAs(t, 'changer');
    const me = await loginAs(t, 'changer');
    const weak = await me.send('POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('PASSWORD_TOO_WEAK');
    expect(weak.body.error.details.problems).toEqual(expect.arrayContaining(['tooShort', 'fewClasses']));
    const wrong = await me.send('POST', '/api/auth/password', { currentPassword: 'not-it', newPassword: 'Str0ng-enough-pass' });
    expect(wrong.body.error.code).toBe('PASSWORD_WRONG');
    expect((await me.send('POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Str0ng-enough-pass' })).status).toBe(204);
    expect((await other.get('/api/auth/me')).status).toBe(401);
    expect((await me.get('/api/auth/me')).status).toBe(200);
    await loginAs(t, 'changer', 'Str0ng-enough-pass');
  });
});
