import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfferingDto, OfferingsPageDto, SectionDto } from '../../../shared/modules/registration/registration.offerings.contracts.ts';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import { createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { offeringsCampus, type OfferingsCampus } from './registration.offerings.fixtures.ts';
import { offerings, sections } from './registration.offerings.tables.ts';

let t: TestApp;
let c: OfferingsCampus;
const as: Record<string, Client> = {};
const en = { 'accept-language': 'en' };

beforeAll(async () => {
  t = await createTestApp();
  c = await offeringsCampus(t);
  const db = t.database.db;
  await createUser(db, { username: 'dep1', roles: [{ role: 'department', scopeUnitId: c.tree.department1 }] });
  await createUser(db, { username: 'dep2', roles: [{ role: 'department', scopeUnitId: c.tree.department2 }] });
  await createUser(db, { username: 'not-staff', roles: [{ role: 'teacher', scopeUnitId: c.tree.department1 }] });
  as.dep1 = await loginAs(t, 'dep1');
  as.dep2 = await loginAs(t, 'dep2');
});
afterAll(() => t.close());

const generate = (client: Client, body: Record<string, unknown>) => client.send<Record<string, unknown>>('POST', '/api/offerings/generate', body, en);
const list = async (client: Client, query = 'academicYear=2026&term=autumn') => (await client.get<OfferingsPageDto>(`/api/offerings?${query}`, en)).body;
const byCode = async (code: string) => (await list(c.registrar, `academicYear=2026&term=autumn&q=${code}`)).items.find((o) => o.disciplineCode === code)!;
const generations = () => t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'registration.offering.manage'), eq(auditLog.entityType, 'offeringGeneration')));
const shape = (o: OfferingDto) => o.sections.map((s) => [s.kind, s.number, s.capacity, s.minSize, s.taken]);

describe('generating offerings', () => {
  it('refuses a term the calendar does not have, naming it', async () => {
    const res = await generate(c.registrar, { academicYear: 2027, term: 'autumn' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: { code: 'OFFERINGS_TERM_NOT_IN_CALENDAR', message: expect.stringContaining('Autumn term of 2027/28') } });
  });

  it('refuses a department: generation reaches the whole university', async () => {
    const res = await generate(as.dep1!, { academicYear: 2026, term: 'autumn' });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { code: 'OFFERINGS_GENERATE_NOT_ALLOWED' } });
  });

  it("makes the term's offerings from the approved working plans, with sections by kind, audited once", async () => {
    const res = await generate(c.registrar, { academicYear: 2026, term: 'autumn' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ academicYear: 2026, term: 'autumn', groups: 2, created: 6, sections: 9, kept: 0 });
    const page = await list(c.registrar);
    expect(page.total).toBe(6);
    expect(page.items.map((o) => [o.disciplineCode, o.language, o.expectedStudents, o.isElective])).toEqual([
      ['B3', 'ru', 1, false],
      ['E31', 'ru', 2, true],
      ['E32', 'ru', 2, true],
      ['LAB', 'ru', 3, false],
      ['LANG', 'ru', 3, false],
      ['LEC', 'ru', 4, false],
    ]);
    const lec = page.items.find((o) => o.disciplineCode === 'LEC')!;
    expect(lec).toMatchObject({ disciplineName: 'Discipline LEC', departmentName: 'D1 en', status: 'open', canManage: true });
    expect(shape(lec)).toEqual([['lecture', 1, 100, 40, 0], ['practice', 1, 25, 20, 0]]);
    expect(shape(page.items.find((o) => o.disciplineCode === 'LAB')!)).toEqual([['lab', 1, 12, 6, 0]]);
    expect(shape(page.items.find((o) => o.disciplineCode === 'LANG')!)).toEqual([['practice', 1, 12, 6, 0]]);
    expect(shape(page.items.find((o) => o.disciplineCode === 'B3')!)).toEqual([['practice', 1, 25, 20, 0]]);
    expect(lec.sections[0]).toMatchObject({ seatsLeft: 100, teacherId: null, teacherName: null });
    expect(await generations()).toHaveLength(1);
    expect((await generations())[0]!.after).toMatchObject({ created: 6, sections: 9, kept: 0 });
  });

  it('is idempotent: a second run keeps what exists', async () => {
    const res = await generate(c.registrar, { academicYear: 2026, term: 'autumn' });
    expect(res.body).toMatchObject({ created: 0, sections: 0, kept: 6 });
    expect(await t.database.db.select().from(offerings).where(eq(offerings.term, 'autumn'))).toHaveLength(6);
  });

  it('makes each offering once when two generations run at once, sized by the settings of the moment', async () => {
    await createUser(t.database.db, { username: 'admin', roles: [{ role: 'administrator' }] });
    const admin = await loginAs(t, 'admin');
    expect((await admin.send('PUT', '/api/admin/settings/registration.practiceMaxSize', { value: 2 })).status).toBe(200);
    const [one, two] = await Promise.all([generate(c.registrar, { academicYear: 2026, term: 'spring' }), generate(c.registrar, { academicYear: 2026, term: 'spring' })]);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect([one.body.created, two.body.created].sort()).toEqual([0, 1]);
    const spring = await list(c.registrar, 'academicYear=2026&term=spring');
    // 3 students: one lecture stream, and practice groups of at most 2 (the minimum of 20 kept within the capacity)
    expect(spring.items.map((o) => [o.disciplineCode, shape(o)])).toEqual([['SPR', [['lecture', 1, 100, 40, 0], ['practice', 1, 2, 2, 0], ['practice', 2, 2, 2, 0]]]]);
    const rows = await t.database.db.select().from(sections).innerJoin(offerings, eq(offerings.id, sections.offeringId)).where(eq(offerings.term, 'spring'));
    expect(rows).toHaveLength(3);
    expect((await admin.send('PUT', '/api/admin/settings/registration.practiceMaxSize', { value: 25 })).status).toBe(200);
  });

  it('makes nothing for the summer term (no plan places disciplines there)', async () => {
    expect((await generate(c.registrar, { academicYear: 2026, term: 'summer' })).body).toMatchObject({ created: 0, sections: 0, kept: 0, groups: 0 });
  });

  it('lists by search, department and page; one offering by id', async () => {
    expect((await list(as.dep2!, `academicYear=2026&term=autumn&departmentId=${c.tree.department2}`)).items.map((o) => [o.disciplineCode, o.canManage])).toEqual([['B3', true], ['LANG', true]]);
    expect((await list(as.dep2!, 'academicYear=2026&term=autumn&q=lec')).items.map((o) => [o.disciplineCode, o.canManage])).toEqual([['LEC', false]]);
    const paged = await list(c.registrar, 'academicYear=2026&term=autumn&pageSize=4&page=2');
    expect([paged.total, paged.items.length, paged.page]).toEqual([6, 2, 2]);
    const lec = await byCode('LEC');
    const one = await c.registrar.get<OfferingDto>(`/api/offerings/${lec.id}`, en);
    expect(one.body).toEqual(lec);
    expect((await c.registrar.get(`/api/offerings/${c.a.id}`, en)).body).toMatchObject({ error: { code: 'OFFERING_NOT_FOUND' } });
  });
});

describe('adjusting sections by hand', () => {
  it('adds a section numbered next, with the sizes of the kind', async () => {
    const lec = await byCode('LEC');
    const res = await as.dep1!.send<SectionDto>('POST', `/api/offerings/${lec.id}/sections`, { kind: 'practice', teacherId: c.teacherId }, en);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ kind: 'practice', number: 2, capacity: 25, minSize: 20, taken: 0, teacherId: c.teacherId, teacherName: 'Осмонов Бакыт' });
    const lab = await as.dep1!.send<SectionDto>('POST', `/api/offerings/${lec.id}/sections`, { kind: 'lab', capacity: 10 }, en);
    expect(lab.body).toMatchObject({ kind: 'lab', number: 1, capacity: 10, minSize: 6 });
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'section'), eq(auditLog.entityId, res.body.id)));
    expect(audit).toHaveLength(1);
  });

  it("keeps a department to its own disciplines' sections", async () => {
    const lang = await byCode('LANG');
    expect((await as.dep1!.send('POST', `/api/offerings/${lang.id}/sections`, { kind: 'practice' }, en)).status).toBe(403);
    expect((await as.dep1!.send('PATCH', `/api/sections/${lang.sections[0]!.id}`, { capacity: 10 }, en)).status).toBe(403);
    expect((await as.dep1!.send('POST', `/api/sections/${lang.sections[0]!.id}/cancel`, undefined, en)).status).toBe(403);
    const own = await as.dep2!.send<SectionDto>('PATCH', `/api/sections/${lang.sections[0]!.id}`, { capacity: 10, minSize: 5 }, en);
    expect(own.body).toMatchObject({ capacity: 10, minSize: 5, seatsLeft: 10 });
  });

  it("offers the department's staff as teachers, and anyone on the staff by name", async () => {
    const lec = await byCode('LEC');
    expect((await as.dep1!.get(`/api/offerings/${lec.id}/teachers`, en)).body).toEqual([{ userId: c.teacherId, fullName: 'Осмонов Бакыт', unitName: 'D1 en' }]);
    const lang = await byCode('LANG');
    expect((await as.dep2!.get(`/api/offerings/${lang.id}/teachers`, en)).body).toEqual([]);
    expect((await as.dep2!.get(`/api/offerings/${lang.id}/teachers?q=осм`, en)).body).toMatchObject([{ userId: c.teacherId }]);
    expect((await as.dep1!.get(`/api/offerings/${lang.id}/teachers`, en)).status).toBe(403);
  });

  it('changes only what is given, and refuses a teacher who is not on the staff', async () => {
    const lec = await byCode('LEC');
    const stream = lec.sections[0]!;
    expect((await c.registrar.send<SectionDto>('PATCH', `/api/sections/${stream.id}`, { teacherId: c.teacherId }, en)).body).toMatchObject({ teacherId: c.teacherId, capacity: 100, minSize: 40 });
    const notStaff = (await t.database.db.query.users.findFirst({ where: (u, { eq: is }) => is(u.username, 'not-staff') }))!.id;
    const refused = await c.registrar.send('PATCH', `/api/sections/${stream.id}`, { teacherId: notStaff }, en);
    expect(refused.body).toMatchObject({ error: { code: 'SECTION_TEACHER_NOT_STAFF' } });
    expect((await c.registrar.send<SectionDto>('PATCH', `/api/sections/${stream.id}`, { teacherId: null }, en)).body).toMatchObject({ teacherId: null, capacity: 100 });
    const min = await c.registrar.send('PATCH', `/api/sections/${stream.id}`, { capacity: 30 }, en);
    expect(min.body).toMatchObject({ error: { code: 'SECTION_MIN_ABOVE_CAPACITY', message: expect.stringContaining('(40)') } });
    expect((await c.registrar.send('PATCH', `/api/sections/${stream.id}`, { capacity: 30, extra: 1 }, en)).status).toBe(400);
  });

  it('never lowers the capacity below the seats taken, and cancels only an empty section', async () => {
    const lec = await byCode('LEC');
    const practice = lec.sections.find((s) => s.kind === 'practice' && s.number === 1)!;
    // three seats taken, as enrolments would take them
    await t.database.db.update(sections).set({ taken: 3 }).where(eq(sections.id, practice.id));
    const below = await c.registrar.send('PATCH', `/api/sections/${practice.id}`, { capacity: 2, minSize: 1 }, en);
    expect(below.status).toBe(409);
    expect(below.body).toMatchObject({ error: { code: 'SECTION_CAPACITY_BELOW_TAKEN', message: 'A capacity of 2 is below the 3 students already enrolled: give at least 3, or open another section.' } });
    expect((await c.registrar.send<SectionDto>('PATCH', `/api/sections/${practice.id}`, { capacity: 3, minSize: 1 }, en)).body).toMatchObject({ capacity: 3, taken: 3, seatsLeft: 0 });
    const busy = await c.registrar.send('POST', `/api/sections/${practice.id}/cancel`, undefined, en);
    expect(busy.body).toMatchObject({ error: { code: 'SECTION_NOT_EMPTY' } });
    const added = lec.sections.find((s) => s.kind === 'practice' && s.number === 2)!;
    expect((await as.dep1!.send<SectionDto>('POST', `/api/sections/${added.id}/cancel`, undefined, en)).body).toMatchObject({ status: 'cancelled', seatsLeft: 0 });
    expect((await as.dep1!.send('POST', `/api/sections/${added.id}/cancel`, undefined, en)).body).toMatchObject({ error: { code: 'SECTION_CANCELLED' } });
    expect((await as.dep1!.send('PATCH', `/api/sections/${added.id}`, { capacity: 20 }, en)).body).toMatchObject({ error: { code: 'SECTION_CANCELLED' } });
  });
});
