import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Grant } from '../../../shared/access/can.ts';
import { ROLE_DEFINITIONS, ROLES, type Role } from '../../../shared/access/permissions.ts';
import type { OfferingsPageDto, SectionDto } from '../../../shared/modules/registration/registration.offerings.contracts.ts';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import { unitPath } from '../org/index.ts';
import { createUser } from '../../test/factories.ts';
import { call, loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { offeringsCampus, type OfferingsCampus } from './registration.offerings.fixtures.ts';

/** Role × the offerings routes: 401, 403 or through exactly as the catalog and the department's reach say; one audit row per mutation. */

let t: TestApp;
let c: OfferingsCampus;
let offeringId: string;
const clients = new Map<Role, { client: Client; grant: Grant }>();

beforeAll(async () => {
  t = await createTestApp();
  c = await offeringsCampus(t);
  for (const role of ROLES) {
    const scope = ROLE_DEFINITIONS[role].scopes[0];
    const grant: Grant = { role, scopeUnitId: scope === 'unit' ? c.tree.department1 : null, scopeStudentId: scope === 'student' ? c.a.userId : null };
    await createUser(t.database.db, { username: `as-${role}`, roles: [grant] });
    clients.set(role, { client: await loginAs(t, `as-${role}`), grant });
  }
  expect((await c.registrar.send('POST', '/api/offerings/generate', { academicYear: 2026, term: 'autumn' })).status).toBe(200);
  const page = await c.registrar.get<OfferingsPageDto>('/api/offerings?academicYear=2026&term=autumn&q=LEC');
  offeringId = page.body.items[0]!.id;
});
afterAll(() => t.close());

const mutations = () => t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'registration.offering.manage'), inArray(auditLog.entityType, ['section', 'offeringGeneration'])));

describe('the offerings routes', () => {
  it('answer 401 without a session', async () => {
    expect((await call(t, 'GET', '/api/offerings')).status).toBe(401);
    expect((await call(t, 'GET', `/api/offerings/${offeringId}`)).status).toBe(401);
    expect((await call(t, 'POST', '/api/offerings/generate', { academicYear: 2026, term: 'autumn' })).status).toBe(401);
    expect((await call(t, 'POST', `/api/offerings/${offeringId}/sections`, { kind: 'practice' })).status).toBe(401);
    expect((await call(t, 'PATCH', `/api/sections/${offeringId}`, { capacity: 5 })).status).toBe(401);
    expect((await call(t, 'POST', `/api/sections/${offeringId}/cancel`)).status).toBe(401);
  });

  it('read, generate and adjust for exactly the roles the catalog allows, each mutation audited once', async () => {
    const target = { unitPath: await unitPath(t.database.db, c.tree.department1) };
    const admin = clients.get('administrator')!.client;
    const before = (await mutations()).length;
    let count = 0;
    const generators: Role[] = [];
    const adjusters: Role[] = [];
    for (const role of ROLES) {
      const { client, grant } = clients.get(role)!;
      const actor = { userId: client.userId, grants: [grant] };
      const mayRead = can(actor, 'registration.offering.read');
      expect((await client.get('/api/offerings?academicYear=2026')).status, `${role} lists`).toBe(mayRead ? 200 : 403);
      expect((await client.get(`/api/offerings/${offeringId}`)).status, `${role} reads one`).toBe(mayRead ? 200 : 403);
      const mayGenerate = can(actor, 'registration.offering.manage', { unitPath: [] });
      expect((await client.send('POST', '/api/offerings/generate', { academicYear: 2026, term: 'autumn' })).status, `${role} generates`).toBe(mayGenerate ? 200 : 403);
      const mayAdjust = can(actor, 'registration.offering.manage', target);
      expect((await client.get(`/api/offerings/${offeringId}/teachers`)).status, `${role} lists teachers`).toBe(mayAdjust ? 200 : 403);
      const added = await client.send<SectionDto>('POST', `/api/offerings/${offeringId}/sections`, { kind: 'practice' });
      expect(added.status, `${role} adds a section`).toBe(mayAdjust ? 201 : 403);
      // a section to change and cancel: added by the administrator when the role may not
      const section = mayAdjust ? added.body : (await admin.send<SectionDto>('POST', `/api/offerings/${offeringId}/sections`, { kind: 'practice' })).body;
      expect((await client.send('PATCH', `/api/sections/${section.id}`, { capacity: 24 })).status, `${role} changes a section`).toBe(mayAdjust ? 200 : 403);
      expect((await client.send('POST', `/api/sections/${section.id}/cancel`)).status, `${role} cancels a section`).toBe(mayAdjust ? 200 : 403);
      count += (mayGenerate ? 1 : 0) + 1 + (mayAdjust ? 2 : 0);
      if (mayGenerate) generators.push(role);
      if (mayAdjust) adjusters.push(role);
    }
    expect(generators).toEqual(['administrator', 'registrar']);
    expect(adjusters).toEqual(['administrator', 'registrar', 'department']);
    const audited = (await mutations()).length - before;
    expect(audited).toBe(count);
  });
});
