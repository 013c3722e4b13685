import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import { createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { financeCampus, givePlan, STUDENT_PASSWORD, type FinanceCampus } from './finance.fixtures.ts';
import { payments, tuitionPrices } from './finance.tables.ts';
import { hasRestudyPrepayment, tuitionStatus } from './index.ts';

let t: TestApp;
let c: FinanceCampus;
const as: Record<string, Client> = {};
const en = { 'accept-language': 'en' };

beforeAll(async () => {
  t = await createTestApp();
  c = await financeCampus(t);
  const db = t.database.db;
  const users: [string, Parameters<typeof createUser>[1]['roles']][] = [
    ['cashier', [{ role: 'cashier' }]],
    ['registrar', [{ role: 'registrar' }]],
    ['dean1', [{ role: 'deansOffice', scopeUnitId: c.tree.faculty1 }]],
    ['teacher', [{ role: 'teacher', scopeUnitId: c.tree.department1 }]],
    ['mama', [{ role: 'parent', scopeStudentId: c.a.userId }]],
  ];
  for (const [username, roles] of users) {
    await createUser(db, { username, roles });
    as[username] = await loginAs(t, username);
  }
  as.studentA = await loginAs(t, 'st-a', STUDENT_PASSWORD);
  await givePlan(t, c.a, 2026, [{ term: 'autumn', credits: 18 }, { term: 'autumn', credits: 12 }, { term: 'autumn', credits: 5, kind: 'restudy' }, { term: 'spring', credits: 28 }]);
  await givePlan(t, c.b, 2026, [{ term: 'autumn', credits: 30 }]);
});
afterAll(() => t.close());

const setPrice = (client: Client, body: Record<string, unknown>) => client.send('PUT', '/api/finance/prices', body, en);
const record = (client: Client, studentId: string, body: Record<string, unknown>) => client.send('POST', `/api/students/${studentId}/payments`, body, en);
const tuition = (client: Client, studentId: string, term = 'autumn', year = 2026) => client.get(`/api/students/${studentId}/tuition?academicYear=${year}&term=${term}`, en);
const tuitionPay = (amount: number, extra: Record<string, unknown> = {}) => ({ academicYear: 2026, term: 'autumn', purpose: 'tuition', amount, paidOn: '2026-08-28', reference: 'КВ-0001', ...extra });
const audits = (action: 'finance.price.manage' | 'finance.payment.record', entityId: string) => t.database.db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));

describe('the price list', () => {
  it('answers a missing price for a contract student as priceMissing, not an error', async () => {
    const res = await tuition(as.cashier!, c.a.id);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ funding: 'contract', credits: 30, pricePerCredit: null, priceMissing: true, tuition: 0, isPaid: false });
  });

  it('lets the cashier set a price and change it, each audited once with before and after', async () => {
    const first = await setPrice(as.cashier!, { programId: c.a.programId, studyForm: 'fullTime', academicYear: 2026, pricePerCredit: 2400 });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ programId: c.a.programId, programCode: 'P-A', programName: { ru: 'Программа A' }, studyForm: 'fullTime', academicYear: 2026, pricePerCredit: 2400 });
    const changed = await setPrice(as.cashier!, { programId: c.a.programId, studyForm: 'fullTime', academicYear: 2026, pricePerCredit: 2500 });
    expect(changed.body).toMatchObject({ id: first.body.id, pricePerCredit: 2500 });
    const rows = await audits('finance.price.manage', first.body.id);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => [(r.before as { pricePerCredit: number } | null)?.pricePerCredit ?? null, (r.after as { pricePerCredit: number }).pricePerCredit]).sort()).toEqual([[2400, 2500], [null, 2400]].sort());
    expect(await t.database.db.select().from(tuitionPrices)).toHaveLength(1);
  });

  it('lists a year’s prices to the offices and students, with the years and programs, and who may change them', async () => {
    await setPrice(as.cashier!, { programId: c.a.programId, studyForm: 'extramural', academicYear: 2025, pricePerCredit: 1500 });
    const list = await as.dean1!.get('/api/finance/prices?academicYear=2026');
    expect(list.status).toBe(200);
    expect(list.body.items.map((p: { programCode: string; studyForm: string; pricePerCredit: number }) => [p.programCode, p.studyForm, p.pricePerCredit])).toEqual([['P-A', 'fullTime', 2500]]);
    expect(list.body.years).toEqual([2025, 2026]);
    expect(list.body.programs.map((p: { code: string }) => p.code)).toEqual(['P-A', 'P-B']);
    expect(list.body.canManage).toBe(false);
    const current = await as.studentA!.get('/api/finance/prices');
    expect(current.body).toMatchObject({ academicYear: 2026, canManage: false });
    expect((await as.cashier!.get('/api/finance/prices?academicYear=2025')).body).toMatchObject({ academicYear: 2025, canManage: true, items: [{ studyForm: 'extramural', pricePerCredit: 1500 }] });
  });

  it('refuses bad prices and unknown programs with a clear message, changing nothing', async () => {
    const before = await t.database.db.select().from(tuitionPrices);
    for (const bad of [{ pricePerCredit: 0 }, { pricePerCredit: 2500.5 }, { pricePerCredit: -1 }, { studyForm: 'evening' }, { academicYear: 'next' }, { extra: 1 }]) {
      const res = await setPrice(as.cashier!, { programId: c.a.programId, studyForm: 'fullTime', academicYear: 2026, pricePerCredit: 2600, ...bad });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    const unknown = await setPrice(as.cashier!, { programId: '00000000-0000-4000-8000-000000000009', studyForm: 'fullTime', academicYear: 2026, pricePerCredit: 2600 });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('The program was not found.');
    expect(await t.database.db.select().from(tuitionPrices)).toEqual(before);
  });
});

describe('payments and tuition', () => {
  it('counts the ИУП credits of the term (re-study lines apart) × the price, and nothing paid yet', async () => {
    const res = await tuition(as.studentA!, c.a.id);
    expect(res.body).toEqual({ studentId: c.a.id, academicYear: 2026, term: 'autumn', funding: 'contract', programId: c.a.programId, programCode: 'P-A', studyForm: 'fullTime', credits: 30, pricePerCredit: 2500, priceMissing: false, tuition: 75_000, paid: 0, due: 75_000, isPaid: false });
    expect((await tuition(as.studentA!, c.a.id, 'spring')).body).toMatchObject({ credits: 28, tuition: 70_000, due: 70_000 });
  });

  it('records tuition payments, audited once, shown newest first; the term is paid when they cover it', async () => {
    const part = await record(as.cashier!, c.a.id, tuitionPay(50_000, { paidOn: '2026-08-20', reference: 'КВ-0001' }));
    expect(part.status, JSON.stringify(part.body)).toBe(201);
    expect(part.body).toMatchObject({ studentId: c.a.id, purpose: 'tuition', amount: 50_000, paidOn: '2026-08-20', reference: 'КВ-0001', discipline: null, recordedBy: { fullName: expect.stringContaining('cashier') }, recordedAt: '2026-09-01T06:00:00.000Z' });
    expect(await audits('finance.payment.record', part.body.id)).toHaveLength(1);
    expect((await tuition(as.mama!, c.a.id)).body).toMatchObject({ tuition: 75_000, paid: 50_000, due: 25_000, isPaid: false });
    expect(await tuitionStatus(t.database.db, { studentId: c.a.id, academicYear: 2026, term: 'autumn' })).toEqual({ funding: 'contract', credits: 30, pricePerCredit: 2500, tuition: 75_000, paid: 50_000, isPaid: false });
    const rest = await record(as.cashier!, c.a.id, tuitionPay(25_000, { paidOn: '2026-09-01', reference: 'КВ-0002' }));
    expect(rest.status).toBe(201);
    expect((await tuition(as.studentA!, c.a.id)).body).toMatchObject({ paid: 75_000, due: 0, isPaid: true });
    const list = await as.studentA!.get(`/api/students/${c.a.id}/payments`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ today: '2026-09-01', academicYear: 2026, canRecord: false });
    expect(list.body.items.map((p: { reference: string }) => p.reference)).toEqual(['КВ-0002', 'КВ-0001']);
    expect((await as.cashier!.get(`/api/students/${c.a.id}/payments`)).body.canRecord).toBe(true);
  });

  it('records a re-study prepayment for a discipline, apart from the tuition', async () => {
    const [discipline] = c.disciplineIds;
    const key = { studentId: c.a.id, academicYear: 2026, term: 'autumn' as const, disciplineId: discipline };
    expect(await hasRestudyPrepayment(t.database.db, key)).toBe(false);
    const res = await record(as.cashier!, c.a.id, tuitionPay(12_000, { purpose: 'restudy', disciplineId: discipline, reference: 'КВ-0003' }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.discipline).toMatchObject({ id: discipline, code: 'FIN-1' });
    expect(await hasRestudyPrepayment(t.database.db, key)).toBe(true);
    expect(await hasRestudyPrepayment(t.database.db, { ...key, disciplineId: c.disciplineIds[1] })).toBe(false);
    expect(await hasRestudyPrepayment(t.database.db, { ...key, term: 'spring' })).toBe(false);
    expect((await tuition(as.cashier!, c.a.id)).body.paid).toBe(75_000);
  });

  it('answers a grant student with nothing to pay, though re-study is still paid', async () => {
    const res = await tuition(as.registrar!, c.b.id);
    expect(res.body).toMatchObject({ funding: 'grant', credits: 30, pricePerCredit: null, priceMissing: false, tuition: 0, due: 0, isPaid: true });
    expect(await tuitionStatus(t.database.db, { studentId: c.b.id, academicYear: 2026, term: 'autumn' })).toMatchObject({ funding: 'grant', isPaid: true, tuition: 0 });
  });

  it('refuses a payment in the future, without a receipt, of no whole positive amount, or with a wrong discipline — changing nothing', async () => {
    const count = async () => (await t.database.db.select().from(payments).where(eq(payments.studentId, c.a.id))).length;
    const before = await count();
    const future = await record(as.cashier!, c.a.id, tuitionPay(1000, { paidOn: '2026-09-02' }));
    expect(future.status).toBe(400);
    expect(future.body.error).toMatchObject({ code: 'PAYMENT_DATE_IN_FUTURE', message: 'The payment day (02.09.2026) has not come yet: today is 01.09.2026. Enter the day the payment was made.' });
    const ru = await as.cashier!.send('POST', `/api/students/${c.a.id}/payments`, tuitionPay(1000, { purpose: 'restudy' }), { 'accept-language': 'ru' });
    expect(ru.body.error).toMatchObject({ code: 'PAYMENT_DISCIPLINE_REQUIRED', message: 'Для оплаты повторного изучения укажите дисциплину, которую студент изучает повторно.' });
    expect((await record(as.cashier!, c.a.id, tuitionPay(1000, { disciplineId: c.disciplineIds[0] }))).body.error.code).toBe('PAYMENT_DISCIPLINE_NOT_ALLOWED');
    expect((await record(as.cashier!, c.a.id, tuitionPay(1000, { purpose: 'restudy', disciplineId: '00000000-0000-4000-8000-000000000009' }))).status).toBe(404);
    for (const bad of [{ amount: 0 }, { amount: -5 }, { amount: 100.5 }, { reference: '  ' }, { reference: undefined }, { term: 'winter' }, { paidOn: '28.08.2026' }, { note: 'x' }]) {
      const res = await record(as.cashier!, c.a.id, tuitionPay(1000, bad));
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect(await count()).toBe(before);
  });

  it('keeps payments within reach: self, parent, offices in scope; 404 for no such student', async () => {
    expect((await as.studentA!.get(`/api/students/${c.b.id}/payments`)).status).toBe(403);
    expect((await tuition(as.studentA!, c.b.id)).status).toBe(403);
    expect((await as.mama!.get(`/api/students/${c.b.id}/payments`)).status).toBe(403);
    expect((await as.dean1!.get(`/api/students/${c.a.id}/payments`)).status).toBe(200);
    expect((await as.dean1!.get(`/api/students/${c.b.id}/payments`)).status).toBe(403);
    expect((await as.teacher!.get(`/api/students/${c.a.id}/payments`)).status).toBe(403);
    expect((await record(as.registrar!, c.a.id, tuitionPay(1000))).status).toBe(403);
    expect((await as.cashier!.get('/api/students/00000000-0000-4000-8000-000000000009/payments')).status).toBe(404);
    expect((await tuition(as.cashier!, c.a.id, 'autumn', 1900)).status).toBe(400);
  });
});
