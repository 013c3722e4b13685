import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../test/factories.ts';
import { call, loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  await createUser(t.database.db, { username: 'admin', roles: [{ role: 'administrator' }] });
  await createUser(t.database.db, { username: 'student', roles: [{ role: 'student' }] });
  admin = await loginAs(t, 'admin');
  t.clock.advance(60_000);
  await loginAs(t, 'student');
  await call(t, 'POST', '/api/auth/sign-in', { username: 'student', password: 'wrong' });
});
afterAll(() => t.close());

describe('audit log', () => {
  it('records actor, time, address, action, entity and filters by each', async () => {
    const all = await admin.get('/api/admin/audit?pageSize=200');
    expect(all.status).toBe(200);
    const byActor = await admin.get('/api/admin/audit?actor=student');
    expect(byActor.body.items.map((r: { action: string }) => r.action).sort()).toEqual(['auth.session.create', 'auth.signin.failed']);
    const failed = await admin.get('/api/admin/audit?action=auth.signin.failed');
    expect(failed.body.total).toBe(1);
    expect(failed.body.items[0].entityType).toBe('user');
    const from = new Date(t.clock.now.getTime() - 1000).toISOString();
    const recent = await admin.get(`/api/admin/audit?from=${encodeURIComponent(from)}`);
    expect(recent.body.items.every((r: { actorUsername: string }) => r.actorUsername === 'student')).toBe(true);
    const until = await admin.get(`/api/admin/audit?to=${encodeURIComponent(from)}&actor=admin`);
    expect(until.body.total).toBe(1);
  });

  it('exports the filtered log as CSV with a header and one line per row', async () => {
    const res = await t.app.request('/api/admin/audit/export.csv?actor=student', { headers: { cookie: admin.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: spreadsheets then read Cyrillic as UTF-8
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('at,actorUsername,actorId,ip,requestId,action,entityType,entityId,before,after');
    expect(lines).toHaveLength(3);
  });

  it('cannot be changed or deleted, not even by a direct query', async () => {
    await expect(t.database.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect((await admin.get('/api/admin/audit?action=x')).body.total).toBe(0);
  });

  it('offers no route that changes or deletes audit rows', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
      const res = await admin.send(method, '/api/admin/audit', {});
      expect([404, 405]).toContain(res.status);
    }
  });
});

describe('university settings', () => {
  it('lists every setting with its default', async () => {
    const res = await admin.get('/api/admin/settings');
    const tz = res.body.find((s: { key: string }) => s.key === 'university.timeZone');
    expect(tz).toMatchObject({ value: 'Asia/Bishkek', isDefault: true, group: 'university' });
  });

  it('changes a setting after validating it, audited with before and after', async () => {
    const bad = await admin.send('PUT', '/api/admin/settings/university.timeZone', { value: 'Mars/Olympus' }, { 'accept-language': 'en' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('SETTING_INVALID');
    const wrongType = await admin.send('PUT', '/api/admin/settings/auth.lockoutMinutes', { value: 'ten' });
    expect(wrongType.body.error.code).toBe('SETTING_INVALID');
    const unknown = await admin.send('PUT', '/api/admin/settings/no.such', { value: 1 });
    expect(unknown.status).toBe(404);
    const name = { ru: 'Нарынский государственный университет', ky: 'Нарын мамлекеттик университети', en: 'Naryn State University' };
    const ok = await admin.send('PUT', '/api/admin/settings/university.name', { value: name });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ value: name, isDefault: false });
    const row = (await admin.get('/api/admin/audit?entityType=setting')).body.items[0];
    expect(row.action).toBe('admin.settings.update');
    expect(row.before.value.en).toBe('Demo State University');
    expect(row.after.value.en).toBe('Naryn State University');
    const back = await admin.send('PUT', '/api/admin/settings/university.timeZone', { value: 'Asia/Bishkek' });
    expect(back.body.isDefault).toBe(true); // the default value, saved again, counts as the default
    const me = await admin.get('/api/auth/me', { 'accept-language': 'ky' });
    expect(me.body.university.name).toBe('Нарын мамлекеттик университети');
  });

  it('applies a changed number at once (lockout after three failures)', async () => {
    await admin.send('PUT', '/api/admin/settings/auth.maxFailedSignIns', { value: 3 });
    await createUser(t.database.db, { username: 'victim' });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(t, 'POST', '/api/auth/sign-in', { username: 'victim', password: 'bad' })).body.error.code);
    expect(statuses).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED']);
  });
});
