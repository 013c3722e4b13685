import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can } from '../../../shared/access/can.ts';
import { ROLE_DEFINITIONS, ROLES, type Role } from '../../../shared/access/permissions.ts';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import { updateSetting } from '../../platform/settings/settings.service.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { call, loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

/** Role × the routes of the card's photo and parents and of program editing: 401, 403 or through, one audit row per mutation. */

let t: TestApp;
let tree: Awaited<ReturnType<typeof createUnitTree>>;
const clients = new Map<Role, Client>();
const ids = { student: '', studentUser: '', program: '' };
const grantOf = new Map<Role, { role: Role; scopeUnitId: string | null; scopeStudentId: string | null }>();
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7]);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  tree = await createUnitTree(db);
  const root = await createUser(db, { username: 'root', roles: [{ role: 'administrator' }] });
  const rootCtx = { db, actor: { userId: root, username: 'root', lang: 'en' as const, grants: [], sessionId: '', csrfToken: '' }, now: t.clock.now, requestId: 't', lang: 'en' as const, ip: null, userAgent: null, services: {} as never };
  await updateSetting(rootCtx, 'auth.ipSignInsPerMinute', 10_000);
  const office = await loginAs(t, 'root');
  const created = await office.send('POST', '/api/students', { username: 'st1', password: 'Student-2026-pass', lastName: 'Асанова', firstName: 'Айжан', birthDate: '2006-01-02', gender: 'female' });
  ids.student = created.body.id;
  ids.studentUser = created.body.userId;
  ids.program = (await office.send('POST', '/api/programs', { code: 'P1', nameRu: 'п', nameKy: 'п', nameEn: 'p', level: 'bachelor', durationYears: 4, credits: 240, languages: ['ru'], departmentId: tree.department1 })).body.id;
  for (const role of ROLES) {
    const scope = ROLE_DEFINITIONS[role].scopes[0];
    const grant = scope === 'unit' ? { role, scopeUnitId: tree.university } : scope === 'student' ? { role, scopeStudentId: created.body.userId } : { role };
    grantOf.set(role, { scopeUnitId: null, scopeStudentId: null, ...grant });
    await createUser(db, { username: `as-${role}`, roles: [grant] });
    clients.set(role, await loginAs(t, `as-${role}`));
  }
});
afterAll(() => t.close());

const mayManage = (role: Role) => can({ userId: 'x', grants: [{ role, scopeUnitId: null, scopeStudentId: null }] }, 'students.student.manage');
const audits = (entityType: string) => t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'students.student.manage'), eq(auditLog.entityType, entityType)));

async function upload(client: Client) {
  const form = new FormData();
  form.set('file', new Blob([PNG.slice().buffer]), 'p.png');
  return (await t.app.request(`/api/students/${ids.student}/photo`, { method: 'POST', headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken }, body: form })).status;
}

describe('the card routes', () => {
  it('answer 401 without a session', async () => {
    for (const [method, path] of [['GET', 'photo'], ['POST', 'photo'], ['GET', 'parents'], ['POST', 'parents'], ['DELETE', `parents/${ids.student}`]] as const) {
      expect((await call(t, method, `/api/students/${ids.student}/${path}`, method === 'GET' ? undefined : {})).status, `${method} ${path}`).toBe(401);
    }
    expect((await call(t, 'PATCH', `/api/programs/${ids.program}`, { credits: 60 })).status).toBe(401);
  });

  it('let exactly the roles that manage students upload and link, each mutation audited once', async () => {
    let uploads = 0;
    let links = 0;
    for (const role of ROLES) {
      const client = clients.get(role)!;
      const linked = await client.send('POST', `/api/students/${ids.student}/parents`, { relation: 'guardian', lastName: role, firstName: 'Опекун', phone: `+996 700 ${String(ROLES.indexOf(role)).padStart(3, '0')}` });
      if (!mayManage(role)) {
        expect(await upload(client), role).toBe(403);
        expect(linked.status, role).toBe(403);
        expect((await client.send('DELETE', `/api/students/${ids.student}/parents/${ids.student}`)).status, role).toBe(403);
        continue;
      }
      expect(await upload(client), role).toBe(201);
      expect(linked.status, role).toBe(201);
      expect((await client.send('DELETE', `/api/students/${ids.student}/parents/${linked.body.id}`)).status).toBe(204);
      uploads += 1;
      links += 2;
    }
    expect(uploads).toBe(2);
    expect(await audits('studentPhoto')).toHaveLength(uploads);
    expect(await audits('studentParent')).toHaveLength(links);
  });

  it('show the photo and parents to every reader of the card, and program editing only to who manages the structure', async () => {
    for (const role of ROLES) {
      const client = clients.get(role)!;
      // the student is not enrolled (no unit): university-wide readers and the parent reach the card, unit-scoped ones do not
      const reads = can({ userId: client.userId, grants: [grantOf.get(role)!] }, 'students.student.read', { ownerUserId: ids.studentUser, unitPath: [] });
      expect((await client.get(`/api/students/${ids.student}/parents`)).status, role).toBe(reads ? 200 : 403);
      expect((await client.get(`/api/students/${ids.student}/photo`)).status, role).toBe(reads ? 200 : 403);
      const edits = can({ userId: client.userId, grants: [{ role, scopeUnitId: null, scopeStudentId: null }] }, 'students.structure.manage');
      expect((await client.send('PATCH', `/api/programs/${ids.program}`, { credits: 240 })).status, role).toBe(edits ? 200 : 403);
    }
  });
});
