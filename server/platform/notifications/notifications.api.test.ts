import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/audit.tables.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { call, loginAs, type Client } from '../../test/login-as.ts';
import { notifications } from './notifications.tables.ts';
import { notify } from './notify.ts';

let t: TestApp;
let stud1: string;
let stud2: string;
let alice: Client;
let bob: Client;

const hour = 3_600_000;

beforeAll(async () => {
  t = await createTestApp();
  const tree = await createUnitTree(t.database.db);
  stud1 = await createUser(t.database.db, { username: 'stud1', roles: [{ role: 'student', scopeUnitId: tree.group1 }], homeUnitId: tree.group1 });
  stud2 = await createUser(t.database.db, { username: 'stud2', roles: [{ role: 'student', scopeUnitId: tree.group1 }], homeUnitId: tree.group1 });
  alice = await loginAs(t, 'stud1');
  bob = await loginAs(t, 'stud2');
});
afterAll(() => t.close());

const readAudits = async () => (await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'platform.notification.read'))).length;

describe('notify()', () => {
  it('writes in the caller’s transaction and disappears when it rolls back', async () => {
    const db = t.database.db;
    await expect(
      db.transaction(async (tx) => {
        await notify(tx, [{ userId: stud1, kind: 'registration.planApproved', link: '/registration' }], t.clock.now);
        expect((await tx.select().from(notifications).where(eq(notifications.userId, stud1))).length).toBe(1);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await db.select().from(notifications).where(eq(notifications.userId, stud1))).length).toBe(0);
  });

  it('inserts many rows (past one chunk) and refuses missing params or an outside link', async () => {
    const db = t.database.db;
    const many = Array.from({ length: 1_001 }, () => ({ userId: stud2, kind: 'registration.planAccepted' as const }));
    await db.transaction((tx) => notify(tx, many, t.clock.now));
    expect((await db.select().from(notifications).where(eq(notifications.userId, stud2))).length).toBe(1_001);
    await expect(notify(db, [{ userId: stud1, kind: 'registration.electiveCancelled', params: { discipline: 'X' } }], t.clock.now)).rejects.toThrow(/missing params \[until\]/);
    await expect(notify(db, [{ userId: stud1, kind: 'registration.planApproved', link: '//evil.example' }], t.clock.now)).rejects.toThrow(/not a web path/);
    await expect(notify(db, [{ userId: stud1, kind: 'registration.planApproved', link: 'javascript:alert(1)' }], t.clock.now)).rejects.toThrow(/not a web path/);
    await db.update(notifications).set({ readAt: t.clock.now }).where(eq(notifications.userId, stud2));
  });
});

describe('the own notifications', () => {
  beforeAll(async () => {
    const db = t.database.db;
    await notify(db, [{ userId: stud1, kind: 'registration.planReturned', params: { note: 'добавьте КЭД' } }], new Date(t.clock.now.getTime() - 2 * hour));
    await notify(
      db,
      [
        { userId: stud1, kind: 'registration.electiveCancelled', params: { discipline: 'Философия', until: '2026-09-04T12:00:00.000Z' }, link: '/registration' },
        { userId: stud2, kind: 'registration.waitlistOffered', params: { discipline: 'История', section: 'Лекционный поток 1', until: '2026-09-02T06:00:00.000Z' } },
      ],
      new Date(t.clock.now.getTime() - hour),
    );
  });

  it('lists only the user’s own, newest first, with the text in their language and the unread count', async () => {
    const res = await alice.get('/api/notifications');
    expect(res.status).toBe(200);
    expect(res.body.unread).toBe(2);
    expect(res.body.items.map((n: { kind: string }) => n.kind)).toEqual(['registration.electiveCancelled', 'registration.planReturned']);
    const [first] = res.body.items;
    expect(first).toMatchObject({ link: '/registration', readAt: null, params: { discipline: 'Философия', until: '2026-09-04T12:00:00.000Z' } });
    // 12:00 UTC is 18:00 in Bishkek
    expect(first.text).toBe('Дисциплина по выбору «Философия», на которую вы записались, отменена. Выберите другую до 04.09.2026 18:00.');
    expect(res.body.items[1].text).toContain('на доработку: добавьте КЭД');
  });

  it('renders the text in ky and en', async () => {
    const ky = await bob.get('/api/notifications?unreadOnly=true', { 'accept-language': 'ky' });
    expect(ky.body.items).toHaveLength(1);
    expect(ky.body.items[0].text).toBe(
      '«История» сабагы боюнча (Лекционный поток 1) сиз үчүн орун бошоду. Жазылууну ырастаңыз (мөөнөтү: 02.09.2026 12:00), болбосо орун күтүү тизмесиндеги кийинки студентке өтөт.',
    );
    const en = await alice.get('/api/notifications', { 'accept-language': 'en' });
    expect(en.body.items[0].text).toBe('The elective “Философия” you registered for has been cancelled. Choose another one by 04/09/2026 18:00.');
  });

  it('pages by 20', async () => {
    const page1 = await bob.get('/api/notifications');
    const page2 = await bob.get('/api/notifications?page=2');
    expect(page1.body.items).toHaveLength(20);
    expect(page2.body.items).toHaveLength(20);
    expect(page2.body.items[0].id).not.toBe(page1.body.items[0].id);
    // 1,001 newer ones, then the offer: the last page holds two, the offer last
    const last = await bob.get('/api/notifications?page=51');
    expect(last.body.items.map((n: { kind: string }) => n.kind)).toEqual(['registration.planAccepted', 'registration.waitlistOffered']);
  });

  it('marks one read (audited), answers 404 for another user’s, and leaves an already read one alone', async () => {
    const [mine] = (await alice.get('/api/notifications')).body.items;
    const [bobs] = (await bob.get('/api/notifications?unreadOnly=true')).body.items;
    const audits = await readAudits();
    const refused = await alice.send('POST', `/api/notifications/${bobs.id}/read`);
    expect(refused.status).toBe(404);
    expect(refused.body.error.code).toBe('NOTIFICATION_NOT_FOUND');
    expect((await bob.get('/api/notifications?unreadOnly=true')).body.unread).toBe(1);
    expect((await alice.send('POST', `/api/notifications/${mine.id}/read`)).status).toBe(204);
    expect((await alice.send('POST', `/api/notifications/${mine.id}/read`)).status).toBe(204);
    expect(await readAudits()).toBe(audits + 1);
    const after = await alice.get('/api/notifications');
    expect(after.body.unread).toBe(1);
    expect(after.body.items[0].readAt).toBe(t.clock.now.toISOString());
    expect((await alice.get('/api/notifications?unreadOnly=true')).body.items.map((n: { kind: string }) => n.kind)).toEqual(['registration.planReturned']);
  });

  it('marks all read with one audit row, and only the user’s own', async () => {
    const audits = await readAudits();
    const res = await alice.send('POST', '/api/notifications/read-all');
    expect(res.status).toBe(200);
    expect(res.body.marked).toBe(1);
    expect(await readAudits()).toBe(audits + 1);
    expect((await alice.get('/api/notifications')).body.unread).toBe(0);
    expect((await bob.get('/api/notifications')).body.unread).toBe(1);
    expect((await alice.send('POST', '/api/notifications/read-all')).body.marked).toBe(0);
    expect(await readAudits()).toBe(audits + 1);
  });

  it('needs a session, and the CSRF token on mutations', async () => {
    expect((await call(t, 'GET', '/api/notifications')).status).toBe(401);
    expect((await alice.send('POST', '/api/notifications/read-all', undefined, { 'x-csrf-token': 'wrong' })).status).toBe(403);
    expect((await alice.get('/api/notifications?page=0')).status).toBe(400);
  });
});
