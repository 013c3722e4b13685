import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import { createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { activeHolds } from './index.ts';
import { campus, STUDENT_PASSWORD, type Campus } from './registration.fixtures.ts';

let t: TestApp;
let c: Campus;
const as: Record<string, Client> = {};

beforeAll(async () => {
  t = await createTestApp();
  c = await campus(t);
  const db = t.database.db;
  const users: [string, Parameters<typeof createUser>[1]['roles']][] = [
    ['cashier', [{ role: 'cashier' }]],
    ['registrar', [{ role: 'registrar' }]],
    ['librarian', [{ role: 'librarian' }]],
    ['dean1', [{ role: 'deansOffice', scopeUnitId: c.tree.faculty1 }]],
    ['curator-a', [{ role: 'curator', scopeUnitId: c.a.groupId }]],
    ['teacher', [{ role: 'teacher', scopeUnitId: c.tree.department1 }]],
    ['mama', [{ role: 'parent', scopeStudentId: c.a.userId }]],
  ];
  for (const [username, roles] of users) {
    await createUser(db, { username, roles });
    as[username] = await loginAs(t, username);
  }
  as.studentA = await loginAs(t, 'st-a', STUDENT_PASSWORD);
});
afterAll(() => t.close());

const holdsOf = (client: Client, studentId: string) => client.get(`/api/students/${studentId}/holds`, { 'accept-language': 'en' });
const setHold = (client: Client, studentId: string, body: Record<string, unknown>) => client.send('POST', `/api/students/${studentId}/holds`, body, { 'accept-language': 'en' });
const lift = (client: Client, holdId: string, note = 'Оплачено, квитанция № 17') => client.send('POST', `/api/holds/${holdId}/lift`, { note }, { 'accept-language': 'en' });
const audits = (holdId: string) => t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'registration.hold.manage'), eq(auditLog.entityType, 'hold'), eq(auditLog.entityId, holdId)));

describe('setting a hold', () => {
  it('lets the cashier set a financial hold from today, audited once, and shows it active to the student', async () => {
    const res = await setHold(as.cashier!, c.a.id, { kind: 'financial', reason: 'Не оплачен осенний семестр' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ kind: 'financial', since: '2026-09-01', until: null, isActive: true, lifted: null, canLift: true, setBy: { fullName: expect.stringContaining('cashier') } });
    expect(await audits(res.body.id)).toHaveLength(1);
    const seen = await holdsOf(as.studentA!, c.a.id);
    expect(seen.status).toBe(200);
    expect(seen.body.items.map((h: { kind: string; isActive: boolean; canLift: boolean }) => [h.kind, h.isActive, h.canLift])).toEqual([['financial', true, false]]);
    expect(seen.body.canSet).toEqual([]);
  });

  it('refuses a kind the office may not set, naming who may', async () => {
    const res = await setHold(as.registrar!, c.a.id, { kind: 'financial', reason: 'x' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('HOLD_KIND_NOT_ALLOWED');
    expect(res.body.error.message).toBe('Your role may not set a hold of the kind “Financial”: it is set by Cashier / accounting, Administrator.');
    const ru = await as.registrar!.send('POST', `/api/students/${c.a.id}/holds`, { kind: 'library', reason: 'x' }, { 'accept-language': 'ru' });
    expect(ru.body.error.message).toBe('Ваша роль не может ставить блокировку вида «Библиотека»: её ставит Библиотекарь, Администратор.');
  });

  it("lets a dean's office set holds on its own faculty only", async () => {
    expect((await setHold(as.dean1!, c.a.id, { kind: 'dean', reason: 'Неявка на собрание', since: '2026-09-10', until: '2026-09-20' })).status).toBe(201);
    const other = await setHold(as.dean1!, c.b.id, { kind: 'dean', reason: 'x' });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('FORBIDDEN');
    expect((await holdsOf(as.dean1!, c.a.id)).body.canSet).toEqual(['medical', 'dean']);
  });

  it('refuses a period ending before it starts, and bad input, changing nothing', async () => {
    const before = (await holdsOf(as.registrar!, c.b.id)).body.items.length;
    const res = await setHold(as.registrar!, c.b.id, { kind: 'medical', reason: 'Нет справки 086', since: '2026-09-10', until: '2026-09-09' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('The hold’s last day (09.09.2026) is before its first day (10.09.2026): choose a later end or leave it open.');
    expect((await setHold(as.registrar!, c.b.id, { kind: 'medical', reason: '' })).status).toBe(400);
    expect((await setHold(as.registrar!, c.b.id, { kind: 'parking', reason: 'x' })).status).toBe(400);
    expect((await holdsOf(as.registrar!, c.b.id)).body.items).toHaveLength(before);
  });

  it('answers 404 for a student who does not exist, 403 to a role without the permission', async () => {
    expect((await setHold(as.cashier!, '00000000-0000-4000-8000-000000000009', { kind: 'financial', reason: 'x' })).status).toBe(404);
    expect((await setHold(as.teacher!, c.a.id, { kind: 'financial', reason: 'x' })).status).toBe(403);
    expect((await setHold(as.studentA!, c.a.id, { kind: 'financial', reason: 'x' })).status).toBe(403);
  });
});

describe('reading holds', () => {
  it('shows a student their own holds, a parent their child’s, a curator and dean in scope, and nobody else', async () => {
    expect((await holdsOf(as.studentA!, c.b.id)).status).toBe(403);
    expect((await holdsOf(as.mama!, c.a.id)).status).toBe(200);
    expect((await holdsOf(as.mama!, c.b.id)).status).toBe(403);
    expect((await holdsOf(as['curator-a']!, c.a.id)).status).toBe(200);
    expect((await holdsOf(as['curator-a']!, c.b.id)).status).toBe(403);
    expect((await holdsOf(as.dean1!, c.b.id)).status).toBe(403);
    expect((await holdsOf(as.librarian!, c.b.id)).status).toBe(200);
    expect((await holdsOf(as.teacher!, c.a.id)).status).toBe(403);
  });

  it('lists active holds first, marks a future one as not in force, and answers what registration checks on any day', async () => {
    const list = (await holdsOf(as.registrar!, c.a.id)).body;
    expect(list.today).toBe('2026-09-01');
    expect(list.items.map((h: { kind: string; isActive: boolean }) => [h.kind, h.isActive])).toEqual([['financial', true], ['dean', false]]);
    const kinds = async (day: string) => (await activeHolds({ db: t.database.db }, c.a.id, day)).map((h) => h.kind).sort();
    expect(await kinds('2026-09-01')).toEqual(['financial']);
    expect(await kinds('2026-09-15')).toEqual(['dean', 'financial']);
    expect(await kinds('2026-09-21')).toEqual(['financial']);
    expect(await kinds('2026-08-31')).toEqual([]);
  });
});

describe('lifting a hold', () => {
  it('is done once, with a note, by whom the kind allows; a second lift is refused; each lift audited once', async () => {
    const hold = (await setHold(as.librarian!, c.b.id, { kind: 'library', reason: 'Не возвращены 2 книги' })).body;
    const refused = await lift(as.cashier!, hold.id);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('HOLD_LIFT_NOT_ALLOWED');
    expect((await lift(as.librarian!, hold.id, '')).status).toBe(400);
    const lifted = await lift(as.librarian!, hold.id, 'Книги сданы');
    expect(lifted.status, JSON.stringify(lifted.body)).toBe(200);
    expect(lifted.body).toMatchObject({ isActive: false, canLift: false, lifted: { on: '2026-09-01', note: 'Книги сданы', by: { fullName: expect.stringContaining('librarian') } } });
    const again = await lift(as.librarian!, hold.id);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('HOLD_ALREADY_LIFTED');
    expect(await audits(hold.id)).toHaveLength(2);
    expect(await activeHolds({ db: t.database.db }, c.b.id, '2026-09-01')).toEqual([]);
    expect((await lift(as.librarian!, '00000000-0000-4000-8000-000000000009')).status).toBe(404);
  });

  it('lets exactly one of two concurrent lifts succeed', async () => {
    const hold = (await setHold(as.cashier!, c.b.id, { kind: 'financial', reason: 'Долг за общежитие' })).body;
    const admin = await loginAs(t, 'root');
    const results = await Promise.all([lift(as.cashier!, hold.id, 'first'), lift(admin, hold.id, 'second')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const rows = await audits(hold.id);
    expect(rows).toHaveLength(2);
    const winner = results.find((r) => r.status === 200)!.body;
    expect((rows.find((r) => r.before !== null)!.after as { liftNote: string }).liftNote).toBe(winner.lifted.note);
  });
});
