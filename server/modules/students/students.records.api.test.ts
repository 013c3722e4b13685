import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let office: Client;
let tree: Awaited<ReturnType<typeof createUnitTree>>;
const ids = { groupA: '', groupB: '', s1: '', s1user: '', s2: '' };

const card = (username: string, extra: Record<string, unknown> = {}) => ({
  username,
  password: 'Student-2026-pass',
  lastName: 'Жумабаева',
  firstName: 'Айгерим',
  patronymic: 'Бакыт кызы',
  birthDate: '2005-03-15',
  gender: 'female',
  ...extra,
});

async function enrol(studentId: string, groupId: string) {
  const draft = await office.send('POST', '/api/orders', { kind: 'enrol', orderDate: '2026-09-01', effectiveDate: '2026-09-01', reason: 'Приказ о зачислении', items: [{ studentId, params: { kind: 'enrol', groupId, funding: 'grant' } }] });
  expect((await office.send('POST', `/api/orders/${draft.body.id}/sign`)).status).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  tree = await createUnitTree(db);
  await createUser(db, { username: 'office', roles: [{ role: 'personnelOffice' }] });
  office = await loginAs(t, 'office');
  const program = async (code: string, departmentId: string) =>
    (await office.send('POST', '/api/programs', { code, nameRu: code, nameKy: code, nameEn: code, level: 'bachelor', durationYears: 4, credits: 240, languages: ['ru'], departmentId })).body.id as string;
  const group = async (code: string, programId: string) => (await office.send('POST', '/api/groups', { code, programId, admissionYear: 2026, language: 'ru', studyForm: 'fullTime' })).body.id as string;
  ids.groupA = await group('A-1-26', await program('P1', tree.department1));
  ids.groupB = await group('B-1-26', await program('P2', tree.department2));
  const first = await office.send('POST', '/api/students', card('st1', { personalNumber: '11503200512345', passportNumber: 'id 1234567', address: 'г. Нарын, ул. Ленина 1' }));
  expect(first.status, JSON.stringify(first.body)).toBe(201);
  ids.s1 = first.body.id;
  ids.s1user = first.body.userId;
  ids.s2 = (await office.send('POST', '/api/students', card('st2', { lastName: 'Иванова' }))).body.id;
  await enrol(ids.s1, ids.groupA);
  await enrol(ids.s2, ids.groupB);
  await createUser(db, { username: 'dean1', roles: [{ role: 'deansOffice', scopeUnitId: tree.faculty1 }] });
  await createUser(db, { username: 'parent1', roles: [{ role: 'parent', scopeStudentId: ids.s1user }] });
  await createUser(db, { username: 'curatorB', roles: [{ role: 'curator', scopeUnitId: ids.groupB }] });
  await createUser(db, { username: 'teacher1', roles: [{ role: 'teacher', scopeUnitId: tree.department1 }] });
});
afterAll(() => t.close());

describe('the student card', () => {
  it('keeps the documents as entered, normalized, with warnings that do not refuse', async () => {
    const res = await office.get(`/api/students/${ids.s1}`);
    expect(res.body).toMatchObject({ personalNumber: '11503200512345', passportNumber: 'ID1234567', course: 1, current: { status: 'active', groupCode: 'A-1-26' } });
    expect(res.body.warnings).toEqual([]);
    const edited = await office.send('PATCH', `/api/students/${ids.s1}`, { birthDate: '2005-03-16' });
    expect(edited.body.warnings).toEqual(['birthDateMismatch']);
  });

  it('changes only the fields an edit names: a foreign citizenship stays', async () => {
    expect((await office.send('PATCH', `/api/students/${ids.s1}`, { citizenship: 'kz' })).body.citizenship).toBe('KZ');
    const edited = await office.send('PATCH', `/api/students/${ids.s1}`, { phone: '+996 700 123 456' });
    expect(edited.body).toMatchObject({ phone: '+996 700 123 456', citizenship: 'KZ' });
    await office.send('PATCH', `/api/students/${ids.s1}`, { citizenship: 'KG' });
  });

  it('refuses a malformed or duplicate personal number or passport, changing nothing', async () => {
    const count = (await office.get('/api/students?pageSize=1')).body.total;
    const bad = await office.send('POST', '/api/students', card('st3', { personalNumber: '31503200512345' }));
    expect(bad.body.error.code).toBe('PERSONAL_NUMBER_INVALID');
    expect(bad.body.error.details.problems).toEqual(['format']);
    const short = await office.send('POST', '/api/students', card('st3', { personalNumber: '123' }));
    expect(short.body.error.code).toBe('VALIDATION_FAILED');
    const date = await office.send('POST', '/api/students', card('st3', { personalNumber: '13102200512345' }));
    expect(date.body.error.details.problems).toEqual(['date']);
    const dupPin = await office.send('POST', '/api/students', card('st3', { personalNumber: '11503200512345' }));
    expect(dupPin.status).toBe(409);
    expect(dupPin.body.error.code).toBe('PERSONAL_NUMBER_TAKEN');
    const dupPassport = await office.send('POST', '/api/students', card('st3', { passportNumber: 'ID1234567' }));
    expect(dupPassport.body.error.code).toBe('PASSPORT_TAKEN');
    const badPassport = await office.send('POST', '/api/students', card('st3', { passportNumber: 'X123' }));
    expect(badPassport.body.error.code).toBe('PASSPORT_INVALID');
    expect((await office.get('/api/students?pageSize=1')).body.total).toBe(count);
  });

  it('changes the standing only through orders: the card has no such fields', async () => {
    const res = await office.send('PATCH', `/api/students/${ids.s1}`, { status: 'expelled' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].message).toMatch(/status/);
  });
});

describe('who sees which student', () => {
  it('a student sees only their own card, without being able to search others', async () => {
    const me = await loginAs(t, 'st1', 'Student-2026-pass');
    expect((await me.get(`/api/students/${ids.s1}`)).status).toBe(200);
    expect((await me.get(`/api/students/${ids.s2}`)).status).toBe(403);
    expect((await me.get('/api/students')).body.items.map((s: { id: string }) => s.id)).toEqual([ids.s1]);
    expect((await me.get(`/api/groups/${ids.groupA}/students`)).status).toBe(403);
  });

  it("a parent sees the child's card, not another's", async () => {
    const parent = await loginAs(t, 'parent1');
    expect((await parent.get(`/api/students/${ids.s1}`)).status).toBe(200);
    expect((await parent.get(`/api/students/${ids.s2}`)).status).toBe(403);
  });

  it("a dean's office sees its faculty with documents; a curator sees their group without them", async () => {
    const dean = await loginAs(t, 'dean1');
    const own = await dean.get(`/api/students/${ids.s1}`);
    expect(own.status).toBe(200);
    expect(own.body.personalNumber).toBe('11503200512345');
    expect((await dean.get(`/api/students/${ids.s2}`)).status).toBe(403);
    expect((await dean.get('/api/students')).body.items.map((s: { id: string }) => s.id)).toEqual([ids.s1]);
    const curator = await loginAs(t, 'curatorB');
    const theirs = await curator.get(`/api/students/${ids.s2}`);
    expect(theirs.status).toBe(200);
    expect(theirs.body.personalNumber).toBeNull();
    expect((await curator.get(`/api/groups/${ids.groupB}/students`)).body.items).toHaveLength(1);
    expect((await curator.get(`/api/groups/${ids.groupA}/students`)).status).toBe(403);
  });

  it('only the records office edits cards, creates groups and signs orders; a dean drafts for its faculty only', async () => {
    const dean = await loginAs(t, 'dean1');
    expect((await dean.send('PATCH', `/api/students/${ids.s1}`, { phone: '+996 700 000 000' })).status).toBe(403);
    const draft = await dean.send('POST', '/api/orders', { kind: 'academicLeave', orderDate: '2026-10-01', effectiveDate: '2026-10-01', reason: 'Заявление', items: [{ studentId: ids.s1, params: { kind: 'academicLeave', leaveKind: 'medical' } }] });
    expect(draft.status).toBe(201);
    expect((await dean.send('POST', `/api/orders/${draft.body.id}/sign`)).status).toBe(403);
    const outside = await dean.send('POST', '/api/orders', { kind: 'academicLeave', orderDate: '2026-10-01', effectiveDate: '2026-10-01', reason: 'x', items: [{ studentId: ids.s2, params: { kind: 'academicLeave', leaveKind: 'medical' } }] });
    expect(outside.status).toBe(403);
    const teacher = await loginAs(t, 'teacher1');
    expect((await teacher.get(`/api/students/${ids.s1}`)).status).toBe(403);
    expect((await teacher.get('/api/groups')).status).toBe(200);
    const group = await teacher.get(`/api/groups/${ids.groupA}`);
    expect(group.body).toMatchObject({ code: 'A-1-26', facultyId: tree.faculty1, course: 1, studentCount: 1 });
  });
});

describe('search', () => {
  it('finds by any part of the name in any case, by personal ID, by group and status', async () => {
    const names = async (query: string) => (await office.get(`/api/students?${query}`)).body.items.map((s: { username: string }) => s.username);
    expect(await names(`q=${encodeURIComponent('ЖУМАБ')}`)).toEqual(['st1']);
    expect(await names(`q=${encodeURIComponent('бакыт кызы')}`)).toEqual(['st1', 'st2']);
    expect(await names('q=st2')).toEqual(['st2']);
    expect(await names(`groupId=${ids.groupB}`)).toEqual(['st2']);
    expect(await names(`unitId=${tree.faculty1}`)).toEqual(['st1']);
    expect(await names('status=onLeave')).toEqual([]);
    expect(await names('course=1&funding=grant')).toEqual(['st1', 'st2']);
  });

  it('finds by Latin names, and follows a change of name at once', async () => {
    const names = async (q: string) => (await office.get(`/api/students?q=${encodeURIComponent(q)}`)).body.items.map((s: { username: string }) => s.username);
    await office.send('PATCH', `/api/students/${ids.s2}`, { lastNameLatin: 'Ivanova', lastName: 'Петрова' });
    expect(await names('IVANOVA')).toEqual(['st2']);
    expect(await names('петров')).toEqual(['st2']);
    expect(await names('иванова')).toEqual([]);
  });
});
