import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import { roleGrants, users } from '../identity/identity.tables.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { studentPhotos } from './students.card.tables.ts';

let t: TestApp;
let office: Client;
let tree: Awaited<ReturnType<typeof createUnitTree>>;
const ids = { student: '', studentUser: '', other: '', mama: '' };

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const GIF = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0]);

async function upload(client: Client, studentId: string, bytes: Uint8Array | null, name = 'photo.png') {
  const form = new FormData();
  if (bytes) form.set('file', new Blob([bytes.slice().buffer]), name);
  const res = await t.app.request(`/api/students/${studentId}/photo`, { method: 'POST', headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'accept-language': 'en' }, body: form });
  return { status: res.status, body: (await res.json()) };
}

async function photoOf(client: Client, studentId: string) {
  const res = await t.app.request(`/api/students/${studentId}/photo`, { headers: { cookie: client.cookie } });
  return { status: res.status, type: res.headers.get('content-type'), bytes: new Uint8Array(await res.arrayBuffer()) };
}

const audits = (entityType: string, entityId: string) => t.database.db.select().from(auditLog).where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)));
const card = (username: string) => ({ username, password: 'Student-2026-pass', lastName: 'Асанова', firstName: 'Айжан', birthDate: '2006-01-02', gender: 'female' });

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  tree = await createUnitTree(db);
  await createUser(db, { username: 'office', roles: [{ role: 'personnelOffice' }] });
  await createUser(db, { username: 'admin', roles: [{ role: 'administrator' }] });
  office = await loginAs(t, 'office');
  const program = (await office.send('POST', '/api/programs', { code: 'P1', nameRu: 'п', nameKy: 'п', nameEn: 'p', level: 'bachelor', durationYears: 4, credits: 240, languages: ['ru'], departmentId: tree.department1 })).body.id;
  const group = (await office.send('POST', '/api/groups', { code: 'A-1-26', programId: program, admissionYear: 2026, language: 'ru', studyForm: 'fullTime' })).body.id;
  const created = (await office.send('POST', '/api/students', card('st1'))).body;
  ids.student = created.id;
  ids.studentUser = created.userId;
  ids.other = (await office.send('POST', '/api/students', card('st2'))).body.id;
  const order = await office.send('POST', '/api/orders', { kind: 'enrol', orderDate: '2026-09-01', effectiveDate: '2026-09-01', reason: 'Зачисление', items: [{ studentId: ids.student, params: { kind: 'enrol', groupId: group, funding: 'grant' } }] });
  await office.send('POST', `/api/orders/${order.body.id}/sign`);
  await createUser(db, { username: 'curator', roles: [{ role: 'curator', scopeUnitId: group }] });
  await createUser(db, { username: 'dean2', roles: [{ role: 'deansOffice', scopeUnitId: tree.faculty2 }] });
  ids.mama = await createUser(db, { username: 'mama', lastName: 'Асанова', firstName: 'Гүлнара' });
});
afterAll(() => t.close());

describe('the photo', () => {
  it('is uploaded as PNG, shown, and replaced by a JPEG; each upload audited, the earlier one kept', async () => {
    const first = await upload(office, ids.student, PNG);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ contentType: 'image/png', size: PNG.byteLength });
    const shown = await photoOf(office, ids.student);
    expect(shown).toMatchObject({ status: 200, type: 'image/png' });
    expect([...shown.bytes]).toEqual([...PNG]);
    // named .png, but the bytes are a JPEG: the bytes decide
    expect((await upload(office, ids.student, JPEG, 'photo.png')).body.contentType).toBe('image/jpeg');
    expect((await photoOf(office, ids.student)).type).toBe('image/jpeg');
    expect(await t.database.db.select().from(studentPhotos).where(eq(studentPhotos.studentId, ids.student))).toHaveLength(2);
    expect(await audits('studentPhoto', ids.student)).toHaveLength(2);
  });

  it('refuses other types, a missing file and a file past the size setting, changing nothing', async () => {
    const gif = await upload(office, ids.student, GIF, 'photo.jpg');
    expect(gif.status).toBe(400);
    expect(gif.body.error).toMatchObject({ code: 'PHOTO_TYPE', message: 'The photo must be a JPEG or PNG image.' });
    expect((await upload(office, ids.student, null)).body.error.code).toBe('PHOTO_MISSING');
    const admin = await loginAs(t, 'admin');
    expect((await admin.send('PUT', '/api/admin/settings/students.photoMaxKb', { value: 16 })).status).toBe(200);
    const big = new Uint8Array(16 * 1024 + 1);
    big.set(PNG);
    const tooBig = await upload(office, ids.student, big);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error).toMatchObject({ code: 'PHOTO_TOO_LARGE', message: expect.stringContaining('16 KB') });
    expect((await photoOf(office, ids.student)).type).toBe('image/jpeg');
    expect(await audits('studentPhoto', ids.student)).toHaveLength(2);
  });

  it('is seen by readers of the card, uploaded only by those who manage the student', async () => {
    const curator = await loginAs(t, 'curator');
    expect((await photoOf(curator, ids.student)).status).toBe(200);
    expect((await upload(curator, ids.student, PNG)).status).toBe(403);
    const dean = await loginAs(t, 'dean2');
    expect((await photoOf(dean, ids.student)).status).toBe(403);
    expect((await photoOf(office, ids.other)).status).toBe(404);
  });
});

describe('parents', () => {
  it('links a new parent from name and phone: a generated username, no password, a grant for this student only', async () => {
    const res = await office.send('POST', `/api/students/${ids.student}/parents`, { relation: 'father', lastName: 'Асанов', firstName: 'Бакыт', phone: '+996 555 123 456' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ username: 'parent996555123456', fullName: 'Асанов Бакыт', relation: 'father', phone: '+996 555 123 456', hasPassword: false });
    const grants = await t.database.db.select().from(roleGrants).where(eq(roleGrants.userId, res.body.userId));
    expect(grants).toEqual([expect.objectContaining({ role: 'parent', scopeStudentId: ids.studentUser, scopeUnitId: null })]);
    expect(await audits('studentParent', res.body.id)).toHaveLength(1);
    expect(await audits('user', res.body.userId)).toHaveLength(1);
    // the same phone again on another card: the next free username
    const again = await office.send('POST', `/api/students/${ids.other}/parents`, { relation: 'mother', lastName: 'Асанова', firstName: 'Жыпар', phone: '+996 555 123 456' });
    expect(again.body.username).toBe('parent996555123456-2');
  });

  it('links an existing account; the parent then reads the child, the photo, and nobody else', async () => {
    const res = await office.send('POST', `/api/students/${ids.student}/parents`, { relation: 'mother', userId: ids.mama });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ userId: ids.mama, relation: 'mother', hasPassword: true });
    const list = await office.get(`/api/students/${ids.student}/parents`);
    expect(list.body.map((p: { relation: string }) => p.relation)).toEqual(['father', 'mother']);
    const mama = await loginAs(t, 'mama');
    expect((await mama.get(`/api/students/${ids.student}`)).status).toBe(200);
    expect((await photoOf(mama, ids.student)).status).toBe(200);
    expect((await mama.get(`/api/students/${ids.other}`)).status).toBe(403);
    expect((await mama.send('POST', `/api/students/${ids.student}/parents`, { relation: 'guardian', userId: ids.mama })).status).toBe(403);
  });

  it('refuses linking twice, the student as their own parent, an unknown account and a missing name', async () => {
    expect((await office.send('POST', `/api/students/${ids.student}/parents`, { relation: 'mother', userId: ids.mama })).body.error.code).toBe('PARENT_ALREADY_LINKED');
    expect((await office.send('POST', `/api/students/${ids.student}/parents`, { relation: 'guardian', userId: ids.studentUser })).body.error.code).toBe('PARENT_IS_STUDENT');
    expect((await office.send('POST', `/api/students/${ids.student}/parents`, { relation: 'guardian', userId: '00000000-0000-4000-8000-000000000009' })).status).toBe(404);
    const noName = await office.send('POST', `/api/students/${ids.student}/parents`, { relation: 'guardian', phone: '+996 700 000 000' });
    expect(noName.status).toBe(400);
    expect(noName.body.error.code).toBe('VALIDATION_FAILED');
    expect((await office.get(`/api/students/${ids.student}/parents`)).body).toHaveLength(2);
  });

  it('unlinks: the grant is revoked at once, the account stays', async () => {
    const list = (await office.get(`/api/students/${ids.student}/parents`)).body as { id: string; userId: string }[];
    const link = list.find((p) => p.userId === ids.mama)!;
    const mama = await loginAs(t, 'mama');
    expect((await office.send('DELETE', `/api/students/${ids.student}/parents/${link.id}`)).status).toBe(204);
    expect((await mama.get(`/api/students/${ids.student}`)).status).toBe(403);
    expect(await t.database.db.select().from(roleGrants).where(eq(roleGrants.userId, ids.mama))).toEqual([]);
    expect(await t.database.db.select({ id: users.id }).from(users).where(eq(users.id, ids.mama))).toHaveLength(1);
    expect(await audits('studentParent', link.id)).toHaveLength(2);
    expect((await office.send('DELETE', `/api/students/${ids.student}/parents/${link.id}`)).body.error.code).toBe('PARENT_LINK_NOT_FOUND');
  });
});
