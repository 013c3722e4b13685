import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Grant } from '../../../shared/access/can.ts';
import { ROLE_DEFINITIONS, ROLES, type Role } from '../../../shared/access/permissions.ts';
import { HOLD_KINDS } from '../../../shared/modules/registration/registration.hold-kinds.ts';
import { mayManageHold } from '../../../shared/modules/registration/rules/holds.ts';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import { unitPath } from '../org/index.ts';
import { createUser } from '../../test/factories.ts';
import { call, loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { campus, type Campus } from './registration.fixtures.ts';

/** Role × the holds routes: 401, 403 or through exactly as the catalog and the kind table say; one audit row per mutation. */

let t: TestApp;
let c: Campus;
const clients = new Map<Role, { client: Client; grant: Grant }>();

beforeAll(async () => {
  t = await createTestApp();
  c = await campus(t);
  for (const role of ROLES) {
    const scope = ROLE_DEFINITIONS[role].scopes[0];
    const grant: Grant = { role, scopeUnitId: scope === 'unit' ? c.tree.faculty1 : null, scopeStudentId: scope === 'student' ? c.a.userId : null };
    await createUser(t.database.db, { username: `as-${role}`, roles: [grant] });
    clients.set(role, { client: await loginAs(t, `as-${role}`), grant });
  }
});
afterAll(() => t.close());

describe('the holds routes', () => {
  it('answer 401 without a session', async () => {
    expect((await call(t, 'GET', `/api/students/${c.a.id}/holds`)).status).toBe(401);
    expect((await call(t, 'POST', `/api/students/${c.a.id}/holds`, { kind: 'financial', reason: 'x' })).status).toBe(401);
    expect((await call(t, 'POST', `/api/holds/${c.a.id}/lift`, { note: 'x' })).status).toBe(401);
  });

  it('read, set and lift for exactly the roles and kinds the catalog and the kind table allow, each mutation audited once', async () => {
    const target = { ownerUserId: c.a.userId, unitPath: await unitPath(t.database.db, c.a.groupId) };
    const admin = clients.get('administrator')!.client;
    let mutations = 0;
    for (const role of ROLES) {
      const { client, grant } = clients.get(role)!;
      const actor = { userId: client.userId, grants: [grant] };
      const read = await client.get(`/api/students/${c.a.id}/holds`);
      expect(read.status, `${role} reads`).toBe(can(actor, 'registration.hold.read', target) ? 200 : 403);
      for (const kind of HOLD_KINDS) {
        const set = await client.send('POST', `/api/students/${c.a.id}/holds`, { kind, reason: `${role} ${kind}` });
        const allowed = mayManageHold(actor, kind, 'set', target);
        expect(set.status, `${role} sets ${kind}`).toBe(allowed ? 201 : 403);
        // a hold to lift: set by the administrator (who may set every kind)
        const hold = allowed ? set.body : (await admin.send('POST', `/api/students/${c.a.id}/holds`, { kind, reason: 'to lift' })).body;
        if (!allowed) mutations += 1;
        const lifted = await client.send('POST', `/api/holds/${hold.id}/lift`, { note: `${role} lifts` });
        const mayLift = mayManageHold(actor, kind, 'lift', target);
        expect(lifted.status, `${role} lifts ${kind}`).toBe(mayLift ? 200 : 403);
        mutations += (allowed ? 1 : 0) + (mayLift ? 1 : 0);
      }
    }
    const audited = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'registration.hold.manage'));
    expect(audited).toHaveLength(mutations);
    expect(audited.every((row) => row.entityType === 'hold')).toBe(true);
  });
});
