import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_DEFINITIONS, ROLES, type Role } from '../../../shared/access/permissions.ts';
import { updateSetting } from '../../platform/settings/settings.service.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { call, loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

/** Who may edit the structure: the administrator and the student personnel office, nobody else. */

let t: TestApp;
let tree: Awaited<ReturnType<typeof createUnitTree>>;
const clients = new Map<Role, Client>();
const MANAGERS: Role[] = ['administrator', 'personnelOffice'];

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  tree = await createUnitTree(db);
  const admin = await createUser(db, { username: 'root', roles: [{ role: 'administrator' }] });
  const adminCtx = { db, actor: { userId: admin, username: 'root', lang: 'en' as const, grants: [], sessionId: '', csrfToken: '' }, now: t.clock.now, requestId: 't', lang: 'en' as const, ip: null, userAgent: null, services: {} as never };
  await updateSetting(adminCtx, 'auth.ipSignInsPerMinute', 10_000);
  const someone = await createUser(db, { username: 'someone' });
  for (const role of ROLES) {
    const scope = ROLE_DEFINITIONS[role].scopes[0];
    const grant = scope === 'unit' ? { role, scopeUnitId: tree.faculty1 } : scope === 'student' ? { role, scopeStudentId: someone } : { role };
    await createUser(db, { username: `as-${role}`, roles: [grant] });
    clients.set(role, await loginAs(t, `as-${role}`));
  }
});
afterAll(() => t.close());

const body = (code: string) => ({ kind: 'department', parentId: tree.faculty1, code, nameRu: code, nameKy: code, nameEn: code });

describe('editing the structure', () => {
  it('answers 401 without a session', async () => {
    expect((await call(t, 'POST', '/api/units', body('N0'))).status).toBe(401);
    expect((await call(t, 'PATCH', `/api/units/${tree.department1}`, { code: 'N0' })).status).toBe(401);
    expect((await call(t, 'POST', `/api/units/${tree.department1}/close`)).status).toBe(401);
  });

  it('refuses every role but the administrator and the personnel office, who may create, edit and close', async () => {
    for (const role of ROLES) {
      const client = clients.get(role)!;
      const created = await client.send('POST', '/api/units', body(`N-${role}`));
      if (!MANAGERS.includes(role)) {
        expect(created.status, role).toBe(403);
        expect((await client.send('PATCH', `/api/units/${tree.department1}`, { nameEn: 'x' })).status, role).toBe(403);
        expect((await client.send('POST', `/api/units/${tree.department1}/close`)).status, role).toBe(403);
        continue;
      }
      expect(created.status, role).toBe(201);
      expect((await client.send('PATCH', `/api/units/${created.body.id}`, { nameEn: `${role} renamed` })).status).toBe(200);
      expect((await client.send('POST', `/api/units/${created.body.id}/close`)).status).toBe(200);
    }
    // every role reads the structure it works in
    expect((await clients.get('teacher')!.get('/api/units')).status).toBe(200);
  });
});
