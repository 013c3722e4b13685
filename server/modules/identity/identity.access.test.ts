import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can } from '../../../shared/access/can.ts';
import { ROLE_DEFINITIONS, ROLES, type Role } from '../../../shared/access/permissions.ts';
import { ROUTE_REGISTRY } from '../../platform/http/route.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { call, loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { updateSetting } from '../../platform/settings/settings.service.ts';

let t: TestApp;
let tree: Awaited<ReturnType<typeof createUnitTree>>;
const clients = new Map<Role, Client>();
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  tree = await createUnitTree(db);
  ids.student1 = await createUser(db, { username: 'student1', homeUnitId: tree.group1, roles: [{ role: 'student', scopeUnitId: tree.group1 }] });
  ids.student2 = await createUser(db, { username: 'student2', homeUnitId: tree.group2, roles: [{ role: 'student', scopeUnitId: tree.group2 }] });
  ids.teacher2 = await createUser(db, { username: 'teacher2', homeUnitId: tree.department2, roles: [{ role: 'teacher', scopeUnitId: tree.department2 }] });
  ids.parent = await createUser(db, { username: 'parent1', roles: [{ role: 'parent', scopeStudentId: ids.student1 }] });
  ids.dean = await createUser(db, { username: 'dean1', homeUnitId: tree.faculty1, roles: [{ role: 'deansOffice', scopeUnitId: tree.faculty1 }] });
  const admin = await createUser(db, { username: 'admin', roles: [{ role: 'administrator' }] });
  // sign-ins of every role come from one address in tests: lift the per-address limit
  const adminCtx = { db, actor: { userId: admin, username: 'admin', lang: 'en' as const, grants: [], sessionId: '', csrfToken: '' }, now: t.clock.now, requestId: 't', lang: 'en' as const, ip: null, userAgent: null, services: {} as never };
  await updateSetting(adminCtx, 'auth.ipSignInsPerMinute', 10_000);
  for (const role of ROLES) {
    const scope = ROLE_DEFINITIONS[role].scopes[0];
    const grant = scope === 'unit' ? { role, scopeUnitId: tree.group1 } : scope === 'student' ? { role, scopeStudentId: ids.student1 } : { role };
    await createUser(db, { username: `as-${role}`, homeUnitId: scope === 'unit' ? tree.group1 : null, roles: [grant] });
    clients.set(role, await loginAs(t, `as-${role}`));
  }
});
afterAll(() => t.close());

function concretePath(path: string, client: Client): string {
  return `/api${path}`.replace('{id}', client.userId).replace('{grantId}', '00000000-0000-4000-8000-000000000001').replace('{key}', 'university.timeZone');
}

describe('every route declares who may call it', () => {
  it('has a permission or is public, and only sign-in and health are public', () => {
    expect(ROUTE_REGISTRY.length).toBeGreaterThan(15);
    expect(ROUTE_REGISTRY.filter((r) => r.isPublic).map((r) => r.path).sort()).toEqual(['/auth/sign-in', '/health']);
    for (const r of ROUTE_REGISTRY) expect(r.isPublic || r.permission !== null).toBe(true);
  });
});

describe('role × route grid', () => {
  const guarded = () => ROUTE_REGISTRY.filter((r) => r.permission !== null && r.path !== '/auth/sign-out');

  it('answers 401 to every guarded route without a session', async () => {
    for (const r of guarded()) {
      const res = await call(t, r.method, `/api${r.path}`.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000001'), r.method === 'GET' ? undefined : {});
      expect(res.status, `${r.method} ${r.path}`).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers 403 with a translated message exactly where the role lacks the permission', async () => {
    for (const role of ROLES) {
      const client = clients.get(role)!;
      for (const r of guarded()) {
        const allowed = can({ userId: client.userId, grants: [{ role, scopeUnitId: null, scopeStudentId: null }] }, r.permission!);
        const path = concretePath(r.path, client);
        const res = r.method === 'GET' ? await client.get(path, { 'accept-language': 'ru' }) : await client.send(r.method, path, {}, { 'accept-language': 'ru' });
        if (allowed) expect([401, 403], `${role} ${r.method} ${r.path}`).not.toContain(res.status);
        else {
          expect(res.status, `${role} ${r.method} ${r.path}`).toBe(403);
          expect(res.body.error.message).toBe('Нет доступа: ваша роль не позволяет это действие.');
        }
      }
    }
  });

  it('keeps administration for administrators only', async () => {
    for (const role of ROLES.filter((r) => r !== 'administrator')) {
      const client = clients.get(role)!;
      for (const path of ['/api/admin/audit', '/api/users', '/api/admin/audit/export.csv']) expect((await client.get(path)).status).toBe(403);
      expect((await client.send('PUT', '/api/admin/settings/university.timeZone', { value: 'Asia/Almaty' })).status).toBe(403);
    }
    // the registrar reads the settings (deadlines and limits live there) but does not change them
    expect((await clients.get('registrar')!.get('/api/admin/settings')).status).toBe(200);
    expect((await clients.get('student')!.get('/api/admin/settings')).status).toBe(403);
    expect((await clients.get('administrator')!.get('/api/admin/audit')).status).toBe(200);
  });
});

describe('scopes', () => {
  it('lets a student read only their own card', async () => {
    const student = await loginAs(t, 'student1');
    expect((await student.get(`/api/people/${ids.student1}`)).status).toBe(200);
    expect((await student.get(`/api/people/${ids.student2}`)).status).toBe(403);
    const list = await student.get('/api/people');
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([ids.student1]);
  });

  it("lets a parent read their child's card and nobody else's", async () => {
    const parent = await loginAs(t, 'parent1');
    const child = await parent.get(`/api/people/${ids.student1}`);
    expect(child.status).toBe(200);
    expect(child.body.username).toBe('student1');
    expect((await parent.get(`/api/people/${ids.student2}`)).status).toBe(403);
    const list = await parent.get('/api/people');
    expect(list.body.items.map((p: { id: string }) => p.id).sort()).toEqual([ids.parent, ids.student1].sort());
  });

  it("lets a dean's office read its faculty and not another", async () => {
    const dean = await loginAs(t, 'dean1');
    expect((await dean.get(`/api/people/${ids.student1}`)).status).toBe(200);
    expect((await dean.get(`/api/people/${ids.student2}`)).status).toBe(403);
    expect((await dean.get(`/api/people/${ids.teacher2}`)).status).toBe(403);
    const list = await dean.get('/api/people?pageSize=200');
    const seen = list.body.items.map((p: { id: string }) => p.id);
    expect(seen).toContain(ids.student1);
    expect(seen).not.toContain(ids.student2);
    expect(seen).not.toContain(ids.teacher2);
  });

  it('answers 404, not 403, for a person who does not exist', async () => {
    const dean = await loginAs(t, 'dean1');
    expect((await dean.get('/api/people/00000000-0000-4000-8000-000000000009')).status).toBe(404);
  });
});
