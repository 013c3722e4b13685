import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/access/permissions.ts';
import { loginAs } from '../test/login-as.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { checkPersonalNumber } from '../../shared/modules/students/rules/personal-documents.ts';
import { buildDemo, DEMO_PASSWORD, DEMO_SIGN_INS, seedDemo } from './generate.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, 1, t.clock.now);
});
afterAll(() => t.close());

const strip = (data: ReturnType<typeof buildDemo>) => ({
  units: data.units.map((u) => [u.kind, u.code, u.nameRu]),
  users: data.users.map((u) => [u.username, u.lastName, u.firstName, u.patronymic]),
  grants: data.grants.map((g) => g.role),
});

describe('the demo university', () => {
  it('is deterministic for a seed and different for another', () => {
    expect(strip(buildDemo('h', 1, 7))).toEqual(strip(buildDemo('h', 1, 7)));
    expect(strip(buildDemo('h', 1, 7)).users).not.toEqual(strip(buildDemo('h', 1, 8)).users);
  });

  it('has the structure of DESIGN.md and scales with its size', () => {
    const demo = buildDemo('h', 1);
    const count = (kind: string) => demo.units.filter((u) => u.kind === kind).length;
    expect([count('university'), count('faculty'), count('department'), count('group')]).toEqual([1, 3, 6, 12]);
    const roleCount = (role: string) => demo.grants.filter((g) => g.role === role).length;
    expect(roleCount('student')).toBe(300);
    expect(roleCount('teacher')).toBe(31); // 30 teachers and the demo sign-in
    expect(buildDemo('h', 10).grants.filter((g) => g.role === 'student').length).toBe(3000);
  });

  it('writes names as documents need them, Kyrgyz and Russian', () => {
    const users = buildDemo('h', 1).users;
    expect(users.every((u) => /^[А-ЯЁӨҮҢ][а-яёөүң-]+$/.test(u.lastName) && /^[А-ЯЁӨҮҢ]/.test(u.firstName))).toBe(true);
    expect(users.some((u) => / (уулу|кызы)$/.test(u.patronymic ?? ''))).toBe(true);
    expect(users.some((u) => /(вич|вна)$/.test(u.patronymic ?? ''))).toBe(true);
    // a daughter's surname takes the feminine form, a son's does not
    expect(users.filter((u) => (u.patronymic ?? '').endsWith('кызы')).every((u) => !/(ов|ев)$/.test(u.lastName))).toBe(true);
  });

  it('gives one working sign-in per role, with the demo password', async () => {
    expect(DEMO_SIGN_INS.map((s) => s.role).sort()).toEqual([...ROLES].sort());
    for (const { role, username } of DEMO_SIGN_INS) {
      const client = await loginAs(t, username, DEMO_PASSWORD);
      const me = await client.get('/api/auth/me');
      expect(me.body.grants.map((g: { role: string }) => g.role)).toContain(role);
    }
  });

  it("links the parent to the demo student and scopes the dean's office to one faculty", async () => {
    const parent = await loginAs(t, 'parent', DEMO_PASSWORD);
    const children = (await parent.get('/api/people?role=student')).body;
    expect(children.items.map((p: { username: string }) => p.username)).toEqual(['student']);
    // the card names the parent, as a link made on the card would
    const office = await loginAs(t, 'personnel', DEMO_PASSWORD);
    const card = (await office.get('/api/students?q=student')).body.items.find((s: { username: string }) => s.username === 'student');
    const parents = (await office.get(`/api/students/${card.id}/parents`)).body;
    expect(parents.map((p: { relation: string; username: string }) => [p.relation, p.username])).toEqual([['mother', 'parent']]);
    const dean = await loginAs(t, 'dean', DEMO_PASSWORD);
    expect((await dean.get('/api/people?role=student&pageSize=1')).body.total).toBe(100);
    const registrar = await loginAs(t, 'registrar', DEMO_PASSWORD);
    expect((await registrar.get('/api/people?role=student&pageSize=1')).body.total).toBe(300);
  });

  it('has student records: programs, groups, cards with valid personal numbers, enrolment orders and some history', async () => {
    const { records } = buildDemo('h', 1);
    expect(records.programs.map((p) => p.level).sort()).toEqual(['bachelor', 'bachelor', 'bachelor', 'bachelor', 'bachelor', 'master']);
    expect(records.profiles).toHaveLength(12);
    expect(records.students).toHaveLength(300);
    const today = new Date('2026-11-23T00:00:00Z');
    expect(records.students.every((s) => checkPersonalNumber(s.personalNumber!, today, { birthDate: s.birthDate, gender: s.gender }).problems.length === 0)).toBe(true);
    expect(records.students.every((s) => checkPersonalNumber(s.personalNumber!, today, { birthDate: s.birthDate, gender: s.gender }).warnings.length === 0)).toBe(true);
    expect(records.orders.map((o) => o.kind).sort()).toEqual(['academicLeave', 'enrol', 'enrol', 'expel']);
    const office = await loginAs(t, 'personnel', DEMO_PASSWORD);
    expect((await office.get('/api/students?status=active&pageSize=1')).body.total).toBe(298);
    expect((await office.get('/api/students?status=onLeave&pageSize=1')).body.total).toBe(1);
    const me = await loginAs(t, 'student', DEMO_PASSWORD);
    const mine = (await me.get('/api/students')).body.items;
    expect(mine).toHaveLength(1);
    const card = (await me.get(`/api/students/${mine[0].id}`)).body;
    expect(card.current).toMatchObject({ status: 'active', groupCode: 'ПИ-1-25', orderNumber: '1/2025' });
  });
});

