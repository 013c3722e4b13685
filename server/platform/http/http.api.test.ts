import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { call, loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let admin: Client;
let total = 0;

beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: '4096' });
  await createUnitTree(t.database.db);
  await createUser(t.database.db, { username: 'admin', roles: [{ role: 'administrator' }] });
  admin = await loginAs(t, 'admin');
  total = (await admin.get('/api/users')).body.total;
});
afterAll(() => t.close());

const expectNothingLeaked = (body: unknown) => {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/at \w+ \(|node_modules|select |insert into|stack/i);
};

describe('bad input is refused clearly and changes nothing', () => {
  const create = (body: unknown, lang = 'en') => admin.send('POST', '/api/users', body, { 'accept-language': lang });

  it('malformed JSON → 400 MALFORMED_JSON', async () => {
    const res = await create('{"username": "x",');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('MALFORMED_JSON');
    expect(res.body.error.message).toMatch(/not valid JSON/);
    expectNothingLeaked(res.body);
  });

  it('wrong types, unknown fields and missing fields → 400 with a translated reason per field', async () => {
    const wrongType = await create({ username: 42, lastName: 'A', firstName: 'B', password: 'Good-pass-2026' }, 'ru');
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.code).toBe('VALIDATION_FAILED');
    expect(wrongType.body.error.details.issues[0]).toMatchObject({ field: 'username' });
    expect(wrongType.body.error.details.issues[0].message).toMatch(/Поле «username»/);
    const unknown = await create({ username: 'abc', lastName: 'A', firstName: 'B', password: 'Good-pass-2026', isAdmin: true }, 'ky');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.issues[0].message).toMatch(/Белгисиз талаалар: isAdmin/);
    const missing = await create({ username: 'abc' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.issues.map((i: { field: string }) => i.field).sort()).toEqual(['firstName', 'lastName', 'password']);
    for (const res of [wrongType, unknown, missing]) expectNothingLeaked(res.body);
    expect((await admin.get('/api/users')).body.total).toBe(total);
  });

  it('an over-large body → 413', async () => {
    const res = await create({ username: 'abc', lastName: 'x'.repeat(10_000), firstName: 'B', password: 'Good-pass-2026' });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('BODY_TOO_LARGE');
    expect((await admin.get('/api/users')).body.total).toBe(total);
  });

  it('a bad query parameter or path id → 400', async () => {
    expect((await admin.get('/api/users?pageSize=100000')).status).toBe(400);
    expect((await admin.get('/api/users/not-a-uuid')).status).toBe(400);
  });

  it('an unknown API address → 404 in the user’s language', async () => {
    const res = await call(t, 'GET', '/api/nothing-here', undefined, { 'accept-language': 'ky' });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('API\'де мындай дарек жок.');
  });
});

describe('operations and documentation', () => {
  it('reports health with the database reachable', async () => {
    const res = await call(t, 'GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: t.database.kind });
  });

  it('serves the OpenAPI document and a browsable page that loads nothing from outside', async () => {
    const doc = await call(t, 'GET', '/api/docs/json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/auth/sign-in', '/users', '/admin/audit']));
    const page = await t.app.request('/api/docs');
    const html = await page.text();
    expect(html).toContain('/api/docs/assets/swagger-ui-bundle.js');
    expect(html).not.toMatch(/https?:\/\//);
    expect((await t.app.request('/api/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
  });

  it('sends secure headers and a request id', async () => {
    const res = await t.app.request('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
