import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Grant } from '../../../shared/access/can.ts';
import { ROLE_DEFINITIONS, ROLES, type Permission, type Role } from '../../../shared/access/permissions.ts';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import { createUser } from '../../test/factories.ts';
import { call, loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { unitPath } from '../org/index.ts';
import { registrationSetup, type Registration } from './registration.enrolment.fixtures.ts';

/**
 * Role × the enrolment and ИУП-flow routes: 401 without a session; 403 exactly for the roles the
 * catalog denies on this student (their own for a student, their child for a parent, the unit for
 * unit-scoped offices); any other answer is the route's own (a refusal of state is 409, never 403);
 * one audit row per mutation that went through.
 */

let t: TestApp;
let r: Registration;
let student: Awaited<ReturnType<Registration['student']>>;
const clients = new Map<Role, { client: Client; grant: Grant }>();

beforeAll(async () => {
  t = await createTestApp();
  r = await registrationSetup(t);
  student = await r.student('st-access', 2026);
  for (const role of ROLES) {
    const scope = ROLE_DEFINITIONS[role].scopes[0];
    const grant: Grant = { role, scopeUnitId: scope === 'unit' ? r.ids.group2026! : null, scopeStudentId: scope === 'student' ? student.userId : null };
    await createUser(t.database.db, { username: `as-${role}`, roles: [grant] });
    clients.set(role, { client: await loginAs(t, `as-${role}`), grant });
  }
});
afterAll(() => t.close());

describe('the enrolment and flow routes', () => {
  it('answer 401 without a session', async () => {
    const id = student.id;
    for (const [method, path] of [
      ['POST', `/api/students/${id}/enrolments`],
      ['POST', `/api/enrolments/${id}/drop`],
      ['POST', `/api/waitlist/${id}/accept`],
      ['POST', `/api/individual-plans/${id}/lines`],
      ['POST', `/api/individual-plans/${id}/submit`],
      ['POST', `/api/individual-plans/${id}/approve`],
      ['POST', `/api/individual-plans/${id}/return`],
      ['POST', '/api/registration/close'],
    ] as const) {
      expect((await call(t, method, path, {})).status, path).toBe(401);
    }
  });

  it('let through exactly the roles the catalog allows on this student, each mutation audited once', async () => {
    const plan = (await student.client.send<{ id: string; lines: { id: string; code: string }[] }>('POST', `/api/students/${student.id}/individual-plans`, { academicYear: 2026 })).body;
    const line = plan.lines.find((l) => l.code === 'M11')!;
    const target = { ownerUserId: student.userId, unitPath: await unitPath(t.database.db, r.ids.group2026!) };
    const mutationRows = async () => (await t.database.db.select({ action: auditLog.action }).from(auditLog)).filter((row) => !row.action.startsWith('auth.')).length;
    const before = await mutationRows();
    let through = 0;
    const check = (role: Role, permission: Permission, status: number, what: string) => {
      const { client, grant } = clients.get(role)!;
      const allowed = can({ userId: client.userId, grants: [grant] }, permission, target);
      if (allowed) expect(status, `${role} ${what}`).not.toBe(403);
      else expect(status, `${role} ${what}`).toBe(403);
      if (status >= 200 && status < 300) through++;
    };
    for (const role of ROLES) {
      const { client } = clients.get(role)!;
      const enrolled = await client.send<{ outcome: string; enrolment: { id: string } }>('POST', `/api/students/${student.id}/enrolments`, { planLineId: line.id, sectionId: r.sections.M11!.lecture });
      check(role, 'registration.enrolment.manage', enrolled.status, 'enrols');
      if (enrolled.status === 201) {
        const dropped = await client.send('POST', `/api/enrolments/${enrolled.body.enrolment.id}/drop`);
        check(role, 'registration.enrolment.manage', dropped.status, 'drops');
      }
      const chose = await client.send('POST', `/api/individual-plans/${plan.id}/lines`, { kind: 'elective', disciplineId: r.ids.E11 });
      check(role, 'registration.enrolment.manage', chose.status, 'chooses an elective');
      if (chose.status === 201) {
        const chosen = (chose.body as { lines: { id: string; code: string }[] }).lines.find((l) => l.code === 'E11')!;
        check(role, 'registration.enrolment.manage', (await client.send('POST', `/api/individual-plans/${plan.id}/lines/${chosen.id}/remove`)).status, 'removes it');
      }
      // the plan is a draft: each office's step is refused by state (409) when allowed, by access (403) when not
      check(role, 'registration.plan.approve', (await client.send('POST', `/api/individual-plans/${plan.id}/approve`, {})).status, 'approves');
      check(role, 'registration.plan.approveChange', (await client.send('POST', `/api/individual-plans/${plan.id}/approve-change`, {})).status, 'approves a change');
      check(role, 'registration.plan.accept', (await client.send('POST', `/api/individual-plans/${plan.id}/accept`, {})).status, 'accepts');
      check(role, 'registration.plan.submit', (await client.send('POST', `/api/individual-plans/${plan.id}/submit`, {})).status, 'submits');
      const closed = await client.send('POST', '/api/registration/close', { academicYear: 2026, term: 'spring' });
      check(role, 'registration.term.close', closed.status, 'closes');
    }
    expect((await mutationRows()) - before).toBe(through);
    expect((await t.database.db.select().from(auditLog).where(inArray(auditLog.action, ['registration.enrolment.manage', 'registration.term.close']))).length).toBe(through);
  });
});
