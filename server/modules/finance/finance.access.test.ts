import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Grant } from '../../../shared/access/can.ts';
import { ROLE_DEFINITIONS, ROLES, type Role } from '../../../shared/access/permissions.ts';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import { unitPath } from '../org/index.ts';
import { createUser } from '../../test/factories.ts';
import { call, loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { financeCampus, type FinanceCampus } from './finance.fixtures.ts';

/** Role × the finance routes: 401, 403 or through exactly as the catalog says; one audit row per mutation. */

let t: TestApp;
let c: FinanceCampus;
const clients = new Map<Role, { client: Client; grant: Grant }>();

beforeAll(async () => {
  t = await createTestApp();
  c = await financeCampus(t);
  for (const role of ROLES) {
    const scope = ROLE_DEFINITIONS[role].scopes[0];
    const grant: Grant = { role, scopeUnitId: scope === 'unit' ? c.tree.faculty1 : null, scopeStudentId: scope === 'student' ? c.a.userId : null };
    await createUser(t.database.db, { username: `as-${role}`, roles: [grant] });
    clients.set(role, { client: await loginAs(t, `as-${role}`), grant });
  }
});
afterAll(() => t.close());

const price = (pricePerCredit: number) => ({ programId: c.a.programId, studyForm: 'fullTime', academicYear: 2026, pricePerCredit });
const payment = (reference: string) => ({ academicYear: 2026, term: 'autumn', purpose: 'tuition', amount: 1000, paidOn: '2026-09-01', reference });

describe('the finance routes', () => {
  it('answer 401 without a session', async () => {
    expect((await call(t, 'GET', '/api/finance/prices')).status).toBe(401);
    expect((await call(t, 'PUT', '/api/finance/prices', price(2000))).status).toBe(401);
    expect((await call(t, 'GET', `/api/students/${c.a.id}/payments`)).status).toBe(401);
    expect((await call(t, 'POST', `/api/students/${c.a.id}/payments`, payment('x'))).status).toBe(401);
    expect((await call(t, 'GET', `/api/students/${c.a.id}/tuition?academicYear=2026&term=autumn`)).status).toBe(401);
  });

  it('read prices, set them, read and record payments for exactly the roles the catalog allows, each mutation audited once', async () => {
    const target = { ownerUserId: c.a.userId, unitPath: await unitPath(t.database.db, c.a.groupId) };
    let prices = 0;
    let recorded = 0;
    for (const [i, role] of ROLES.entries()) {
      const { client, grant } = clients.get(role)!;
      const actor = { userId: client.userId, grants: [grant] };
      expect((await client.get('/api/finance/prices')).status, `${role} reads prices`).toBe(can(actor, 'finance.price.read') ? 200 : 403);
      const set = await client.send('PUT', '/api/finance/prices', price(2000 + i));
      expect(set.status, `${role} sets a price`).toBe(can(actor, 'finance.price.manage') ? 200 : 403);
      if (set.status === 200) prices += 1;
      const reads = can(actor, 'finance.payment.read', target) ? 200 : 403;
      expect((await client.get(`/api/students/${c.a.id}/payments`)).status, `${role} reads payments`).toBe(reads);
      expect((await client.get(`/api/students/${c.a.id}/tuition?academicYear=2026&term=autumn`)).status, `${role} reads tuition`).toBe(reads);
      const rec = await client.send('POST', `/api/students/${c.a.id}/payments`, payment(`КВ-${role}`));
      expect(rec.status, `${role} records a payment`).toBe(can(actor, 'finance.payment.record', target) ? 201 : 403);
      if (rec.status === 201) recorded += 1;
    }
    expect(prices).toBeGreaterThan(0);
    expect(recorded).toBeGreaterThan(0);
    const priceAudits = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'finance.price.manage'));
    expect(priceAudits).toHaveLength(prices);
    expect(priceAudits.every((row) => row.entityType === 'tuitionPrice')).toBe(true);
    const paymentAudits = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'finance.payment.record'));
    expect(paymentAudits).toHaveLength(recorded);
    expect(paymentAudits.every((row) => row.entityType === 'payment')).toBe(true);
  });
});
