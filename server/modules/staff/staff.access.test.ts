import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { call, loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { card, draft, position, signed } from './staff.fixtures.ts';

let t: TestApp;
let tree: Awaited<ReturnType<typeof createUnitTree>>;
let hr: Client;
const as: Record<string, Client> = {};
const cards = { teacher1: '', teacher2: '' };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  tree = await createUnitTree(db);
  await createUser(db, { username: 'hr', roles: [{ role: 'hr' }] });
  await createUser(db, { username: 'admin', roles: [{ role: 'administrator' }] });
  await createUser(db, { username: 'head1', homeUnitId: tree.department1, roles: [{ role: 'department', scopeUnitId: tree.department1 }] });
  await createUser(db, { username: 'dean1', homeUnitId: tree.faculty1, roles: [{ role: 'deansOffice', scopeUnitId: tree.faculty1 }] });
  await createUser(db, { username: 'registrar', roles: [{ role: 'registrar' }] });
  const teacher1 = await createUser(db, { username: 'teacher1', homeUnitId: tree.department1, roles: [{ role: 'teacher', scopeUnitId: tree.department1 }] });
  const teacher2 = await createUser(db, { username: 'teacher2', homeUnitId: tree.department2, roles: [{ role: 'teacher', scopeUnitId: tree.department2 }] });
  hr = await loginAs(t, 'hr');
  for (const name of ['admin', 'head1', 'dean1', 'registrar', 'teacher1', 'teacher2']) as[name] = await loginAs(t, name);
  const docent = await position(hr, 'docent', 'доцент');
  cards.teacher1 = await card(hr, teacher1, { personalNumber: '21005198000011' });
  cards.teacher2 = await card(hr, teacher2);
  await signed(hr, cards.teacher1, { kind: 'hire', unitId: tree.department1, positionId: docent, rate: 1, employment: 'main' });
  await signed(hr, cards.teacher2, { kind: 'hire', unitId: tree.department2, positionId: docent, rate: 1, employment: 'main' });
});
afterAll(() => t.close());

const statusOf = async (client: Client, path: string) => (await client.get(path)).status;

describe('who reads staff cards', () => {
  it('answers 401 without a session', async () => {
    for (const path of ['/api/staff/cards', `/api/staff/cards/${cards.teacher1}`, '/api/staff/list', '/api/staff/report', '/api/staff/orders']) expect((await call(t, 'GET', path)).status, path).toBe(401);
  });

  it('lets HR and the administrator read every card with personal data', async () => {
    for (const client of [hr, as.admin!]) {
      const shown = await client.get(`/api/staff/cards/${cards.teacher2}`);
      expect(shown.status).toBe(200);
      expect(shown.body.personal).not.toBeNull();
    }
  });

  it('lets a department head read its department’s staff, without personal data, and not another’s', async () => {
    const head = as.head1!;
    const shown = await head.get(`/api/staff/cards/${cards.teacher1}`);
    expect(shown.status).toBe(200);
    expect(shown.body.personal).toBeNull();
    expect(await statusOf(head, `/api/staff/cards/${cards.teacher2}`)).toBe(403);
    const listed = await head.get('/api/staff/cards');
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    expect(listed.body.items.map((c: { id: string }) => c.id)).toEqual([cards.teacher1]);
    expect((await head.get(`/api/staff/list?unitId=${tree.department1}`)).body.items).toHaveLength(1);
    expect(await statusOf(head, `/api/staff/list?unitId=${tree.department2}`)).toBe(403);
    expect(await statusOf(head, `/api/staff/report?unitId=${tree.department2}`)).toBe(403);
    expect((await head.get(`/api/staff/report?unitId=${tree.department1}`)).body.totals).toEqual({ headcount: 1, totalRate: 1 });
  });

  it('lets a dean’s office read its faculty and not another', async () => {
    const dean = as.dean1!;
    expect(await statusOf(dean, `/api/staff/cards/${cards.teacher1}`)).toBe(200);
    expect(await statusOf(dean, `/api/staff/cards/${cards.teacher2}`)).toBe(403);
    expect((await dean.get(`/api/staff/list?unitId=${tree.faculty1}`)).body.items.map((r: { cardId: string }) => r.cardId)).toEqual([cards.teacher1]);
    expect((await dean.get('/api/staff/list')).body.items.map((r: { cardId: string }) => r.cardId)).toEqual([cards.teacher1]);
    expect(await statusOf(dean, `/api/staff/list?unitId=${tree.faculty2}`)).toBe(403);
  });

  it('lets a teacher read only their own card, with their personal data', async () => {
    const teacher = as.teacher1!;
    const mine = await teacher.get('/api/staff/cards/me');
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ id: cards.teacher1, personal: { personalNumber: '21005198000011' }, current: [expect.objectContaining({ unitId: tree.department1 })] });
    expect(await statusOf(teacher, `/api/staff/cards/${cards.teacher2}`)).toBe(403);
    expect((await teacher.get('/api/staff/cards')).body.items.map((c: { id: string }) => c.id)).toEqual([cards.teacher1]);
    expect((await teacher.get('/api/staff/list')).body.items).toEqual([]);
    expect(await statusOf(teacher, `/api/staff/list?unitId=${tree.department1}`)).toBe(403);
    expect(await statusOf(teacher, '/api/staff/report')).toBe(403);
    expect(await statusOf(teacher, '/api/staff/orders')).toBe(403);
  });

  it('answers null for “my card” to someone without one', async () => {
    const res = await as.admin!.get('/api/staff/cards/me');
    expect(res.status).toBe(200);
    expect(res.body).toBeNull();
  });

  it('keeps the registrar out of the staff module', async () => {
    for (const path of ['/api/staff/cards', `/api/staff/cards/${cards.teacher1}`, '/api/staff/list', '/api/staff/positions']) expect(await statusOf(as.registrar!, path), path).toBe(403);
  });
});

describe('who changes staff records', () => {
  it('refuses orders and card edits to everyone but HR and the administrator', async () => {
    for (const name of ['head1', 'dean1', 'teacher1', 'registrar']) {
      const client = as[name]!;
      expect((await draft(client, cards.teacher1, { kind: 'award', awardKind: 'gratitude', text: 'x' })).status, name).toBe(403);
      expect((await client.send('PATCH', `/api/staff/cards/${cards.teacher1}`, { phone: '1' })).status, name).toBe(403);
      expect((await client.send('POST', '/api/staff/positions', { code: 'x1', nameRu: 'x', nameKy: 'x', nameEn: 'x', isTeaching: true })).status, name).toBe(403);
    }
  });

  it('writes one audit row per mutation, in its transaction', async () => {
    const audit = async (id: string) => (await queryRows<{ action: string; entity_type: string }>(t.database.db, sql`select action, entity_type from audit_log where entity_id = ${id} order by at, id`)).map((r) => `${r.action} ${r.entity_type}`);
    const order = await draft(as.admin!, cards.teacher1, { kind: 'award', awardKind: 'gratitude', text: 'За подготовку олимпиадников' });
    expect(order.status).toBe(201);
    expect(await audit(order.body.id)).toEqual(['staff.order.create staffOrder']);
    expect((await as.admin!.send('POST', `/api/staff/orders/${order.body.id}/sign`)).status).toBe(200);
    expect(await audit(order.body.id)).toEqual(['staff.order.create staffOrder', 'staff.order.sign staffOrder']);
    expect((await hr.send('PATCH', `/api/staff/cards/${cards.teacher1}`, { phone: '+996 700 000 000' })).status).toBe(200);
    expect(await audit(cards.teacher1)).toEqual(['staff.card.manage staffCard', 'staff.card.manage staffCard']);
    const refused = await hr.send('PATCH', `/api/staff/cards/${cards.teacher1}`, { personalNumber: '99999999999999' });
    expect(refused.status).toBe(400);
    expect(await audit(cards.teacher1)).toHaveLength(2);
  });
});
