import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Grant } from '../../../shared/access/can.ts';
import { ROLE_DEFINITIONS, ROLES, type Role } from '../../../shared/access/permissions.ts';
import { unitPath } from '../org/index.ts';
import { createUser } from '../../test/factories.ts';
import { call, loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { campus, type Campus } from './registration.fixtures.ts';

/** Role × the read routes of registration: 401 without a session, else 200 or 403 exactly as the catalog says. */

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

const READS = (studentId: string) => [`/api/students/${studentId}/registration`, '/api/registration/queue', '/api/registration/overview', '/api/registration/lists.xlsx'];

describe('the read routes of registration', () => {
  it('answer 401 without a session', async () => {
    for (const path of READS(c.a.id)) expect((await call(t, 'GET', path)).status, path).toBe(401);
  });

  it('answer each role as the catalog says: the view by scope, the queue (the plans of a step to whoever reviews it, empty to other readers), the overview and lists to the offices', async () => {
    const target = { ownerUserId: c.a.userId, unitPath: await unitPath(t.database.db, c.a.groupId) };
    for (const role of ROLES) {
      const { client, grant } = clients.get(role)!;
      const actor = { userId: client.userId, grants: [grant] };
      const [viewPath, queuePath, overviewPath, listsPath] = READS(c.a.id) as [string, string, string, string];
      expect((await client.get(viewPath)).status, `${role} reads the view`).toBe(can(actor, 'registration.enrolment.read', target) ? 200 : 403);
      const reviews = (['registration.plan.approve', 'registration.plan.approveChange', 'registration.plan.accept'] as const).some((p) => can(actor, p));
      // the queue answers every reader of registration: a reviewer their step's plans, anyone else an empty queue
      const queue = await client.get(queuePath);
      expect(queue.status, `${role} reads the queue`).toBe(can(actor, 'registration.enrolment.read') ? 200 : 403);
      if (queue.status === 200) expect(queue.body.step === null, `${role}'s queue is empty`).toBe(!reviews);
      const reports = can(actor, 'registration.report.read');
      expect((await client.get(overviewPath)).status, `${role} reads the overview`).toBe(reports ? 200 : 403);
      expect((await client.get(listsPath)).status, `${role} downloads the lists`).toBe(reports ? 200 : 403);
    }
  });
});
