import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let office: Client;
let tree: Awaited<ReturnType<typeof createUnitTree>>;
const groups = { a: '', b: '', c: '', m: '' };

async function program(code: string, level: string, departmentId: string) {
  const res = await office.send('POST', '/api/programs', { code, nameRu: code, nameKy: code, nameEn: code, level, durationYears: 4, credits: 240, languages: ['ru'], departmentId });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function group(code: string, programId: string, studyForm = 'fullTime', admissionYear = 2025) {
  const res = await office.send('POST', '/api/groups', { code, programId, admissionYear, language: 'ru', studyForm });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

let seq = 0;
async function student(lastName = 'Асанов') {
  seq += 1;
  const res = await office.send('POST', '/api/students', { username: `st${seq}`, password: 'Student-2026-pass', lastName, firstName: 'Бакыт', birthDate: '2006-05-01', gender: 'male' });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function order(kind: string, studentId: string, params: Record<string, unknown>, effectiveDate = '2026-09-01') {
  return office.send('POST', '/api/orders', { kind, orderDate: effectiveDate, effectiveDate, reason: 'Заявление студента', items: [{ studentId, params: { kind, ...params } }] });
}

async function signed(kind: string, studentId: string, params: Record<string, unknown>, effectiveDate = '2026-09-01') {
  const draft = await order(kind, studentId, params, effectiveDate);
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  const res = await office.send('POST', `/api/orders/${draft.body.id}/sign`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** Where the student stands once every signed order has taken effect (the test clock stands at 1 Sept 2026). */
const standing = async (id: string) => {
  const history = (await office.get(`/api/students/${id}`)).body.history as { isCancelled: boolean }[];
  return (history.filter((period) => !period.isCancelled).at(-1) ?? null) as any;
};
const members = async (groupId: string, date: string) => (await office.get(`/api/groups/${groupId}/students?date=${date}`)).body.items.map((m: { id: string }) => m.id);

beforeAll(async () => {
  t = await createTestApp();
  tree = await createUnitTree(t.database.db);
  await createUser(t.database.db, { username: 'office', roles: [{ role: 'personnelOffice' }] });
  office = await loginAs(t, 'office');
  const bachelor = await program('580100', 'bachelor', tree.department1);
  const other = await program('580200', 'bachelor', tree.department2);
  const master = await program('680100', 'master', tree.department1);
  groups.a = await group('ЭК-1-25', bachelor);
  groups.b = await group('ЭК-2-25', bachelor, 'partTime');
  groups.c = await group('ФН-1-25', other);
  groups.m = await group('МЭ-1-25', master);
});
afterAll(() => t.close());

describe('orders change a student only when signed', () => {
  it('enrols: a draft changes nothing, signing places the student from the effective date', async () => {
    const id = await student();
    const draft = await order('enrol', id, { groupId: groups.a, funding: 'grant' });
    expect(draft.body.status).toBe('draft');
    expect(await standing(id)).toBeNull();
    await office.send('POST', `/api/orders/${draft.body.id}/sign`);
    expect(await standing(id)).toMatchObject({ status: 'active', groupId: groups.a, funding: 'grant', studyForm: 'fullTime', validFrom: '2026-09-01' });
    expect(await members(groups.a, '2026-08-31')).not.toContain(id);
    expect(await members(groups.a, '2026-09-01')).toContain(id);
  });

  it('transfers between groups and answers the group lists of any past date exactly', async () => {
    const id = await student();
    await signed('enrol', id, { groupId: groups.a, funding: 'contract' }, '2026-09-01');
    await signed('transfer', id, { groupId: groups.b }, '2026-10-15');
    expect(await standing(id)).toMatchObject({ groupId: groups.b, studyForm: 'partTime', funding: 'contract' });
    expect(await members(groups.a, '2026-10-14')).toContain(id);
    // the test clock stands at 1 Sept 2026: the card shows today's group and the change to come
    const card = (await office.get(`/api/students/${id}`)).body;
    expect(card.current).toMatchObject({ groupId: groups.a });
    expect(card.upcoming).toMatchObject({ groupId: groups.b, validFrom: '2026-10-15' });
    expect(await members(groups.a, '2026-10-15')).not.toContain(id);
    expect(await members(groups.b, '2026-10-15')).toContain(id);
    await signed('transfer', id, { funding: 'grant' }, '2026-11-01');
    expect((await standing(id)).funding).toBe('grant');
    const history = (await office.get(`/api/students/${id}`)).body.history;
    expect(history.map((h: { orderKind: string }) => h.orderKind)).toEqual(['enrol', 'transfer', 'transfer']);
  });

  it('grants leave and return, expels with a reason, restores, graduates', async () => {
    const id = await student();
    await signed('enrol', id, { groupId: groups.a, funding: 'grant' }, '2026-09-01');
    await signed('academicLeave', id, { leaveKind: 'medical' }, '2026-09-10');
    expect((await standing(id)).status).toBe('onLeave');
    expect(await members(groups.a, '2026-09-10')).toContain(id); // on the list, marked on leave
    await signed('returnFromLeave', id, { groupId: groups.b }, '2026-09-20');
    expect(await standing(id)).toMatchObject({ status: 'active', groupId: groups.b });
    await signed('expel', id, { reason: 'nonPayment' }, '2026-10-01');
    expect((await standing(id)).status).toBe('expelled');
    await signed('restore', id, { groupId: groups.a, funding: 'contract' }, '2026-10-20');
    expect(await standing(id)).toMatchObject({ status: 'active', groupId: groups.a, funding: 'contract' });
    await signed('graduate', id, {}, '2026-11-01');
    expect((await standing(id)).status).toBe('graduated');
  });
});

describe('impossible orders are refused with the reason, and change nothing', () => {
  it.each([
    ['expel an already expelled student', 'expel', { reason: 'ownWish' }, 'STUDENT_ALREADY_LEFT'],
    ['return one who is not on leave', 'returnFromLeave', {}, 'STUDENT_NOT_ON_LEAVE'],
    ['transfer into a group of another level', 'transfer', { groupId: 'master' }, 'TRANSFER_LEVEL_MISMATCH'],
    ['enrol twice', 'enrol', { groupId: 'a', funding: 'grant' }, 'STUDENT_ALREADY_ENROLLED'],
  ] as [string, string, Record<string, string>, string][])('%s', async (_name, kind, params, code) => {
    const id = await student('Исаков');
    await signed('enrol', id, { groupId: groups.a, funding: 'grant' });
    if (code === 'STUDENT_ALREADY_LEFT') await signed('expel', id, { reason: 'ownWish' }, '2026-09-02');
    const before = await standing(id);
    const resolved = { ...params, ...(params.groupId ? { groupId: params.groupId === 'master' ? groups.m : groups.a } : {}) };
    const res = await order(kind, id, resolved, '2026-09-05');
    expect(res.status).toBe(code === 'TRANSFER_LEVEL_MISMATCH' ? 400 : 409);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toContain('Исаков');
    expect(await standing(id)).toEqual(before);
  });

  it('refuses an order dated before the student’s last change', async () => {
    const id = await student();
    await signed('enrol', id, { groupId: groups.a, funding: 'grant' }, '2026-09-01');
    const res = await order('academicLeave', id, { leaveKind: 'army' }, '2026-08-01');
    expect(res.body.error.code).toBe('ORDER_BACKDATED');
  });

  it('re-checks at signing: of two drafts that both expel, the second cannot be signed', async () => {
    const id = await student();
    await signed('enrol', id, { groupId: groups.a, funding: 'grant' });
    const first = await order('expel', id, { reason: 'ownWish' }, '2026-09-03');
    const second = await order('expel', id, { reason: 'absences' }, '2026-09-03');
    expect((await office.send('POST', `/api/orders/${first.body.id}/sign`)).status).toBe(200);
    const res = await office.send('POST', `/api/orders/${second.body.id}/sign`);
    expect(res.body.error.code).toBe('STUDENT_ALREADY_LEFT');
    expect((await office.get(`/api/orders/${second.body.id}`)).body.status).toBe('draft');
  });

  it('never changes a signed order: signing again is refused', async () => {
    const id = await student();
    const done = await signed('enrol', id, { groupId: groups.a, funding: 'grant' });
    const again = await office.send('POST', `/api/orders/${done.id}/sign`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ORDER_NOT_DRAFT');
  });
});

describe('cancelling an order by another order', () => {
  it('restores the previous standing and keeps the history', async () => {
    const id = await student();
    await signed('enrol', id, { groupId: groups.a, funding: 'grant' }, '2026-09-01');
    const transfer = await signed('transfer', id, { groupId: groups.c }, '2026-09-15');
    const cancel = await office.send('POST', '/api/orders', { kind: 'cancel', orderDate: '2026-09-20', effectiveDate: '2026-09-20', reason: 'Ошибка в приказе', cancelsOrderId: transfer.id });
    expect(cancel.status).toBe(201);
    await office.send('POST', `/api/orders/${cancel.body.id}/sign`);
    expect(await standing(id)).toMatchObject({ groupId: groups.a, validTo: null });
    expect((await office.get(`/api/orders/${transfer.id}`)).body.status).toBe('cancelled');
    const history = (await office.get(`/api/students/${id}`)).body.history;
    expect(history.find((h: { orderId: string }) => h.orderId === transfer.id).isCancelled).toBe(true);
    expect(await members(groups.c, '2026-09-16')).not.toContain(id);
  });

  it('refuses to cancel an order superseded by a later one', async () => {
    const id = await student();
    const enrol = await signed('enrol', id, { groupId: groups.a, funding: 'grant' }, '2026-09-01');
    await signed('academicLeave', id, { leaveKind: 'family' }, '2026-09-05');
    const cancel = await office.send('POST', '/api/orders', { kind: 'cancel', orderDate: '2026-09-20', effectiveDate: '2026-09-20', reason: 'x', cancelsOrderId: enrol.id });
    const res = await office.send('POST', `/api/orders/${cancel.body.id}/sign`);
    expect(res.body.error.code).toBe('ORDER_CANCEL_SUPERSEDED');
  });
});

describe('order numbers', () => {
  it('are unique within a year under concurrent drafting, and restart each year', async () => {
    const ids = await Promise.all(Array.from({ length: 12 }, () => student()));
    const drafts = await Promise.all(ids.map((id, i) => order('enrol', id, { groupId: groups.a, funding: 'grant' }, i % 2 ? '2027-01-10' : '2026-12-10')));
    const numbers = drafts.map((d) => d.body.number as string);
    expect(new Set(numbers).size).toBe(12);
    expect(numbers.filter((n) => n.endsWith('/2027')).sort()).toContain('1/2027');
  });
});

describe('"today" is the university’s day', () => {
  it('counts an order effective on the Bishkek date as in force, though UTC is still on the day before', async () => {
    const id = await student();
    const [saved, savedOffice] = [t.clock.now, office];
    // 19:00 UTC on 1 Dec is 01:00 on 2 Dec in Bishkek (UTC+6); a fresh session for the moved clock
    t.clock.now = new Date('2026-12-01T19:00:00Z');
    office = await loginAs(t, 'office');
    try {
      await signed('enrol', id, { groupId: groups.c, funding: 'grant' }, '2026-12-02');
      const card = (await office.get(`/api/students/${id}`)).body;
      expect(card.current).toMatchObject({ groupId: groups.c, validFrom: '2026-12-02' });
      expect(card.upcoming).toBeNull();
      const today = (await office.get(`/api/groups/${groups.c}/students`)).body.items.map((m: { id: string }) => m.id);
      expect(today).toContain(id);
    } finally {
      [t.clock.now, office] = [saved, savedOffice];
    }
  });
});
