import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import { newId } from '../../platform/ids.ts';
import { notifications } from '../../platform/notifications/notifications.tables.ts';
import { payments } from '../finance/finance.tables.ts';
import { individualPlanLines, individualPlans } from '../curricula/curricula.individual.tables.ts';
import { finalResults } from '../gradebook/gradebook.tables.ts';
import { placements } from '../students/students.tables.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { PASSWORD, registrationSetup, type Registration } from './registration.enrolment.fixtures.ts';
import { enrolments, offerings as offeringsTable, sections, waitlistEntries } from './registration.offerings.tables.ts';
import { lockStudent } from './registration.enrolment.repository.ts';
import { expireOffers } from './registration.waitlist.service.ts';

let t: TestApp;
let r: Registration;
type Student = Awaited<ReturnType<Registration['student']>>;
type Line = { id: string; code: string; term: string };
type Plan = { id: string; status: string; revision: number; needsDeanApproval: boolean; lines: Line[] };

/** Everyone signed in, signed in again after the clock jumps (sessions expire as in life). */
const signedIn: { user: string; password?: string; set: (c: Client) => void }[] = [];
async function at(iso: string) {
  t.clock.now = new Date(iso);
  for (const s of signedIn) s.set(await loginAs(t, s.user, s.password));
}
async function newStudent(username: string, year: 2025 | 2026, funding?: 'grant' | 'contract'): Promise<Student> {
  const s = await r.student(username, year, funding);
  signedIn.push({ user: username, password: PASSWORD, set: (c) => (s.client = c) });
  return s;
}
async function office(user: string, set: (c: Client) => void): Promise<Client> {
  const c = await loginAs(t, user);
  signedIn.push({ user, set });
  set(c);
  return c;
}

async function planOf(s: Student): Promise<Plan> {
  const res = await s.client.send<Plan>('POST', `/api/students/${s.id}/individual-plans`, { academicYear: 2026 });
  expect([200, 201], JSON.stringify(res.body)).toContain(res.status);
  return (await s.client.send<Plan>('GET', `/api/individual-plans/${res.body.id}`)).body;
}
const lineOf = (plan: Plan, code: string) => plan.lines.find((l) => l.code === code)!;
const enrol = (s: Student, planLineId: string, sectionId: string, waitlist?: boolean) => s.client.send('POST', `/api/students/${s.id}/enrolments`, { planLineId, sectionId, ...(waitlist ? { waitlist } : {}) });
const taken = async (sectionId: string) => (await t.database.db.select({ taken: sections.taken }).from(sections).where(eq(sections.id, sectionId)))[0]!.taken;
const audits = (action: string) => t.database.db.select().from(auditLog).where(eq(auditLog.action, action as never));

/** Takes a lecture and a practice place in every autumn discipline line of the plan (and E11 as the elective). */
async function fullAutumn(s: Student, plan: Plan, practice: 'practice1' | 'practice2') {
  for (const code of ['M11', 'M12', 'M13', 'M14', 'E11']) {
    const planLine = lineOf(plan, code);
    expect((await enrol(s, planLine.id, r.sections[code]!.lecture)).status).toBe(201);
    expect((await enrol(s, planLine.id, r.sections[code]![practice])).status).toBe(201);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  r = await registrationSetup(t);
  signedIn.push({ user: 'reg1', set: (c) => (r.registrar = c) });
});
afterAll(() => t.close());

describe('taking seats', () => {
  let a: Student;
  let b: Student;
  let c: Student;
  let planA: Plan;
  beforeAll(async () => {
    await at('2026-09-01T06:00:00Z');
    [a, b, c] = [await newStudent('st-a', 2026), await newStudent('st-b', 2026), await newStudent('st-c', 2026)];
    planA = await planOf(a);
  });

  it('takes a seat with one audit row, and never two sections of one kind of an offering', async () => {
    const before = (await audits('registration.enrolment.manage')).length;
    const res = await enrol(a, lineOf(planA, 'M11').id, r.sections.M11!.practice1);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ outcome: 'enrolled', enrolment: { kind: 'practice', sectionNumber: 1, status: 'enrolled' } });
    expect(await taken(r.sections.M11!.practice1)).toBe(1);
    const again = await enrol(a, lineOf(planA, 'M11').id, r.sections.M11!.practice2);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('SECTION_KIND_TAKEN');
    expect(await taken(r.sections.M11!.practice2)).toBe(0);
    expect((await audits('registration.enrolment.manage')).length).toBe(before + 1);
  });

  it('refuses a section of another discipline for the line', async () => {
    const res = await enrol(a, lineOf(planA, 'M11').id, r.sections.M12!.lecture);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('SECTION_NOT_FOR_LINE');
  });

  it('refuses a full section with its capacity, or puts the student on its waitlist; a freed seat is offered and accepted', async () => {
    const planB = await planOf(b);
    const planC = await planOf(c);
    expect((await enrol(b, lineOf(planB, 'M11').id, r.sections.M11!.practice1)).status).toBe(201);
    const full = await enrol(c, lineOf(planC, 'M11').id, r.sections.M11!.practice1);
    expect(full.status).toBe(409);
    expect(full.body.error).toMatchObject({ code: 'SECTION_FULL' });
    expect(full.body.error.message).toContain('2');
    const waiting = await enrol(c, lineOf(planC, 'M11').id, r.sections.M11!.practice1, true);
    expect(waiting.status).toBe(201);
    expect(waiting.body).toMatchObject({ outcome: 'waitlisted', entry: { status: 'waiting', position: 1 } });
    expect((await enrol(c, lineOf(planC, 'M11').id, r.sections.M11!.practice1, true)).body.error.code).toBe('WAITLIST_ALREADY');
    // a leaves: the seat stays taken, held for c, who is told
    const [mine] = await t.database.db.select().from(enrolments).where(and(eq(enrolments.studentId, a.id), eq(enrolments.sectionId, r.sections.M11!.practice1)));
    expect((await a.client.send('POST', `/api/enrolments/${mine!.id}/drop`)).status).toBe(200);
    expect(await taken(r.sections.M11!.practice1)).toBe(2);
    const [entry] = await t.database.db.select().from(waitlistEntries).where(eq(waitlistEntries.id, waiting.body.entry.id));
    expect(entry).toMatchObject({ status: 'offered' });
    expect(entry!.offerExpiresAt!.getTime() - t.clock.now.getTime()).toBe(48 * 3_600_000);
    expect(await t.database.db.select().from(notifications).where(and(eq(notifications.userId, c.userId), eq(notifications.kind, 'registration.waitlistOffered')))).toHaveLength(1);
    expect((await a.client.send('POST', `/api/enrolments/${mine!.id}/drop`)).body.error.code).toBe('ENROLMENT_ENDED');
    // the place is a step of c's ИУП: not while the plan waits for the advisor
    await t.database.db.update(individualPlans).set({ status: 'submitted' }).where(eq(individualPlans.id, planC.id));
    const underReview = await c.client.send('POST', `/api/waitlist/${entry!.id}/accept`);
    expect(underReview.body.error.code).toBe('PLAN_UNDER_REVIEW');
    expect((await t.database.db.select().from(waitlistEntries).where(eq(waitlistEntries.id, entry!.id)))[0]!.status).toBe('offered');
    await t.database.db.update(individualPlans).set({ status: 'draft' }).where(eq(individualPlans.id, planC.id));
    const accepted = await c.client.send('POST', `/api/waitlist/${entry!.id}/accept`);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    expect(await taken(r.sections.M11!.practice1)).toBe(2);
    const places = await t.database.db.select().from(enrolments).where(and(eq(enrolments.sectionId, r.sections.M11!.practice1), eq(enrolments.status, 'enrolled')));
    expect(places.map((p) => p.studentId).sort()).toEqual([b.id, c.id].sort());
  });

  it('passes an offer not accepted in time to the next in line, and returns the seat when no one waits', async () => {
    const d = await newStudent('st-d', 2026);
    const e = await newStudent('st-e', 2026);
    const planD = await planOf(d);
    const planE = await planOf(e);
    const section = r.sections.M12!.practice1;
    expect((await enrol(b, lineOf(await planOf(b), 'M12').id, section)).status).toBe(201);
    expect((await enrol(c, lineOf(await planOf(c), 'M12').id, section)).status).toBe(201);
    const dWaits = await enrol(d, lineOf(planD, 'M12').id, section, true);
    const eWaits = await enrol(e, lineOf(planE, 'M12').id, section, true);
    expect(eWaits.body.entry.position).toBe(2);
    const [place] = await t.database.db.select().from(enrolments).where(and(eq(enrolments.studentId, b.id), eq(enrolments.sectionId, section), eq(enrolments.status, 'enrolled')));
    await b.client.send('POST', `/api/enrolments/${place!.id}/drop`);
    expect(await expireOffers({ db: t.database.db, now: new Date(t.clock.now.getTime() + 47 * 3_600_000), requestId: 'sweep' })).toBe(0);
    expect(await expireOffers({ db: t.database.db, now: new Date(t.clock.now.getTime() + 49 * 3_600_000), requestId: 'sweep' })).toBe(1);
    const late = await d.client.send('POST', `/api/waitlist/${dWaits.body.entry.id}/accept`);
    expect(late.body.error.code).toBe('WAITLIST_NOT_OFFERED');
    const [eEntry] = await t.database.db.select().from(waitlistEntries).where(eq(waitlistEntries.id, eWaits.body.entry.id));
    expect(eEntry!.status).toBe('offered');
    expect((await e.client.send('POST', `/api/waitlist/${eEntry!.id}/decline`)).status).toBe(200);
    expect(await taken(section)).toBe(1);
    expect((await audits('registration.waitlist.expire')).length).toBe(1);
  });
});

describe('what registration refuses', () => {
  let s: Student;
  let plan: Plan;
  beforeAll(async () => {
    await at('2026-09-01T06:00:00Z');
    s = await newStudent('st-f', 2026);
    plan = await planOf(s);
  });

  it('outside the window, naming when the next one opens', async () => {
    await at('2026-10-20T06:00:00Z');
    const res = await enrol(s, lineOf(plan, 'M13').id, r.sections.M13!.lecture);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('REGISTRATION_WINDOW_CLOSED');
    await at('2026-09-01T06:00:00Z');
  });

  it('while a hold is in force, with its reason; lifted, it lets the student in', async () => {
    const cashier = await loginAs(t, 'cashier1');
    const hold = await cashier.send<{ id: string }>('POST', `/api/students/${s.id}/holds`, { kind: 'financial', reason: 'Долг за общежитие' });
    expect(hold.status).toBe(201);
    const res = await enrol(s, lineOf(plan, 'M13').id, r.sections.M13!.lecture);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('REGISTRATION_HOLD');
    expect(res.body.error.message).toContain('Долг за общежитие');
    expect((await cashier.send('POST', `/api/holds/${hold.body.id}/lift`, { note: 'Оплачено' })).status).toBe(200);
    expect((await enrol(s, lineOf(plan, 'M13').id, r.sections.M13!.lecture)).status).toBe(201);
  });

  it('a student on leave', async () => {
    await t.database.db.update(placements).set({ status: 'onLeave' }).where(eq(placements.studentId, s.id));
    const res = await enrol(s, lineOf(plan, 'M12').id, r.sections.M12!.lecture);
    expect(res.body.error.code).toBe('STUDENT_ON_LEAVE');
    await t.database.db.update(placements).set({ status: 'active' }).where(eq(placements.studentId, s.id));
  });

  it('a student whose leave starts today (the order that ended the active period takes effect today)', async () => {
    const [open] = await t.database.db.select().from(placements).where(and(eq(placements.studentId, s.id), isNull(placements.validTo)));
    await t.database.db.update(placements).set({ validTo: '2026-09-01' }).where(eq(placements.id, open!.id));
    const leaveId = newId();
    await t.database.db.insert(placements).values({ ...open!, id: leaveId, status: 'onLeave', validFrom: '2026-09-01', validTo: null });
    try {
      const res = await enrol(s, lineOf(plan, 'M12').id, r.sections.M12!.lecture);
      expect(res.body.error.code).toBe('STUDENT_ON_LEAVE');
    } finally {
      await t.database.db.delete(placements).where(eq(placements.id, leaveId));
      await t.database.db.update(placements).set({ validTo: null }).where(eq(placements.id, open!.id));
    }
  });

  it('a discipline whose prerequisite is not passed with D or better', async () => {
    const senior = await newStudent('st-g', 2025);
    const seniorPlan = await planOf(senior);
    const line = lineOf(seniorPlan, 'M31');
    const refused = await enrol(senior, line.id, r.sections.M31!.lecture);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('PREREQUISITES_NOT_PASSED');
    expect(refused.body.error.message).toContain('M11');
    const result = { id: newId(), studentId: senior.id, disciplineId: r.ids.M11!, academicYear: '2025-2026', term: 'autumn' as const, points: 45, letter: 'F' as const, gradePoint: '0.00', attempt: 1, source: 'gradesheet' as const, recordedBy: senior.userId, recordedAt: t.clock.now };
    await t.database.db.insert(finalResults).values(result);
    expect((await enrol(senior, line.id, r.sections.M31!.lecture)).body.error.code).toBe('PREREQUISITES_NOT_PASSED');
    // re-study after the F: added to the plan, refused until prepaid
    const added = await senior.client.send<Plan>('POST', `/api/individual-plans/${seniorPlan.id}/lines`, { kind: 'restudy', disciplineId: r.ids.M11, term: 'autumn' });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const restudy = lineOf(added.body, 'M11');
    expect(restudy).toMatchObject({ kind: 'restudy', term: 'autumn', credits: 6 });
    expect((await enrol(senior, restudy.id, r.sections.M11!.lecture)).body.error.code).toBe('RESTUDY_NOT_PREPAID');
    await t.database.db.insert(payments).values({ id: newId(), studentId: senior.id, academicYear: 2026, term: 'autumn', purpose: 'restudy', disciplineId: r.ids.M11!, amount: 9000, paidOn: '2026-09-01', reference: 'Q-1', recordedBy: senior.userId, recordedAt: t.clock.now });
    expect((await enrol(senior, restudy.id, r.sections.M11!.lecture)).status).toBe(201);
    // 24 mandatory + 6 re-study = 30: the elective makes 36, over 33
    const over = await senior.client.send('POST', `/api/individual-plans/${seniorPlan.id}/lines`, { kind: 'elective', disciplineId: r.ids.E31 });
    expect(over.status).toBe(409);
    expect(over.body.error.code).toBe('CREDIT_LIMIT_EXCEEDED');
    expect(over.body.error.message).toContain('36');
    // a passed retake clears the prerequisite
    await t.database.db.insert(finalResults).values({ ...result, id: newId(), points: 62, letter: 'D', gradePoint: '1.00', attempt: 2 });
    expect((await enrol(senior, line.id, r.sections.M31!.lecture)).status).toBe(201);
    const passedTwice = await senior.client.send('POST', `/api/individual-plans/${seniorPlan.id}/lines`, { kind: 'restudy', disciplineId: r.ids.M12, term: 'autumn' });
    expect(passedTwice.body.error.code).toBe('RESTUDY_NOT_NEEDED');
  });

  it('counts a prerequisite the plan places in the autumn while it is studied, for spring registration', async () => {
    await at('2026-12-01T06:00:00Z');
    const res = await enrol(s, lineOf(plan, 'M21').id, r.sections.M21!.lecture);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    await at('2026-09-01T06:00:00Z');
  });

  it('a second elective of a group that chooses one, and a mandatory line taken out', async () => {
    expect((await s.client.send('POST', `/api/individual-plans/${plan.id}/lines`, { kind: 'elective', disciplineId: r.ids.E11 })).status).toBe(201);
    const second = await s.client.send('POST', `/api/individual-plans/${plan.id}/lines`, { kind: 'elective', disciplineId: r.ids.E12 });
    expect(second.body.error.code).toBe('ELECTIVE_GROUP_FULL');
    const notMine = await s.client.send('POST', `/api/individual-plans/${plan.id}/lines`, { kind: 'elective', disciplineId: r.ids.E31 });
    expect(notMine.body.error.code).toBe('ELECTIVE_NOT_OFFERED');
    const mandatory = await s.client.send('POST', `/api/individual-plans/${plan.id}/lines/${lineOf(plan, 'M11').id}/remove`);
    expect(mandatory.body.error.code).toBe('PLAN_LINE_NOT_REMOVABLE');
  });
});

describe('the ИУП flow: student → advisor → registrar, and an add/drop change through the dean', () => {
  let s: Student;
  let plan: Plan;
  let advisor: Client;
  let dean: Client;
  beforeAll(async () => {
    await at('2026-09-01T06:00:00Z');
    s = await newStudent('st-h', 2026, 'contract');
    plan = await planOf(s);
    advisor = await office('advisor1', (c) => (advisor = c));
    dean = await office('dean1', (c) => (dean = c));
  });

  it('submits only a complete term: electives chosen, credits within the limits, a place of every kind', async () => {
    expect((await s.client.send('POST', `/api/individual-plans/${plan.id}/submit`, {})).body.error.code).toBe('ELECTIVES_NOT_CHOSEN');
    plan = (await s.client.send<Plan>('POST', `/api/individual-plans/${plan.id}/lines`, { kind: 'elective', disciplineId: r.ids.E11 })).body;
    const missing = await s.client.send('POST', `/api/individual-plans/${plan.id}/submit`, {});
    expect(missing.body.error.code).toBe('SECTIONS_MISSING');
    expect(missing.body.error.message).toContain('M11');
    await fullAutumn(s, plan, 'practice2');
    const submitted = await s.client.send<Plan>('POST', `/api/individual-plans/${plan.id}/submit`, {});
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    const locked = await enrol(s, lineOf(plan, 'M12').id, r.sections.M12!.practice1);
    expect(locked.body.error.code).toBe('PLAN_UNDER_REVIEW');
  });

  it('lets only the advisor approve, only the registrar accept, and tells the student', async () => {
    expect((await s.client.send('POST', `/api/individual-plans/${plan.id}/approve`, {})).status).toBe(403);
    expect((await r.registrar.send('POST', `/api/individual-plans/${plan.id}/accept`, {})).body.error.code).toBe('PLAN_STEP_NOT_ALLOWED');
    expect((await advisor.send<Plan>('POST', `/api/individual-plans/${plan.id}/approve`, {})).body.status).toBe('advisorApproved');
    expect((await dean.send('POST', `/api/individual-plans/${plan.id}/approve-change`, {})).body.error.code).toBe('PLAN_STEP_NOT_ALLOWED');
    expect((await r.registrar.send<Plan>('POST', `/api/individual-plans/${plan.id}/accept`, {})).body.status).toBe('registrarAccepted');
    const told = await t.database.db.select().from(notifications).where(eq(notifications.userId, s.userId));
    expect(told.map((n) => n.kind).sort()).toEqual(['registration.planAccepted', 'registration.planApproved']);
  });

  it('reopens an accepted plan in add/drop as a revision that the dean’s office approves before the registrar', async () => {
    await at('2026-09-10T06:00:00Z');
    const [place] = await t.database.db.select().from(enrolments).where(and(eq(enrolments.studentId, s.id), eq(enrolments.sectionId, r.sections.M12!.practice2), eq(enrolments.status, 'enrolled')));
    expect((await s.client.send('POST', `/api/enrolments/${place!.id}/drop`)).status).toBe(200);
    expect((await enrol(s, lineOf(plan, 'M12').id, r.sections.M12!.practice1)).status).toBe(201);
    const reopened = (await s.client.send<Plan>('GET', `/api/individual-plans/${plan.id}`)).body;
    expect(reopened).toMatchObject({ status: 'draft', revision: 1, needsDeanApproval: true });
    expect((await s.client.send('POST', `/api/individual-plans/${plan.id}/submit`, {})).status).toBe(200);
    expect((await advisor.send('POST', `/api/individual-plans/${plan.id}/approve`, {})).status).toBe(200);
    expect((await r.registrar.send('POST', `/api/individual-plans/${plan.id}/accept`, {})).body.error.code).toBe('PLAN_STEP_NOT_ALLOWED');
    const returned = await dean.send<Plan>('POST', `/api/individual-plans/${plan.id}/return`, { note: 'Согласуйте группу с кафедрой' });
    expect(returned.body.status).toBe('draft');
    expect((await s.client.send('POST', `/api/individual-plans/${plan.id}/submit`, {})).status).toBe(200);
    expect((await advisor.send('POST', `/api/individual-plans/${plan.id}/approve`, {})).status).toBe(200);
    expect((await dean.send<Plan>('POST', `/api/individual-plans/${plan.id}/approve-change`, {})).body.status).toBe('deanApproved');
    const accepted = await r.registrar.send<Plan>('POST', `/api/individual-plans/${plan.id}/accept`, {});
    expect(accepted.body).toMatchObject({ status: 'registrarAccepted', revision: 1, needsDeanApproval: false });
    const kinds = (await t.database.db.select().from(notifications).where(eq(notifications.userId, s.userId))).map((n) => n.kind);
    expect(kinds).toContain('registration.planReturned');
    expect(kinds).toContain('registration.changeApproved');
    await at('2026-09-01T06:00:00Z');
  });
});

describe('taking a line out of the plan', () => {
  beforeAll(() => at('2026-09-01T06:00:00Z'));
  const withE12 = async (s: Student) => {
    const res = await s.client.send<Plan>('POST', `/api/individual-plans/${(await planOf(s)).id}/lines`, { kind: 'elective', disciplineId: r.ids.E12 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { plan: res.body, line: lineOf(res.body, 'E12') };
  };
  const removeLine = (s: Student, x: { plan: Plan; line: Line }) => s.client.send('POST', `/api/individual-plans/${x.plan.id}/lines/${x.line.id}/remove`);
  const entryOf = async (id: string) => (await t.database.db.select().from(waitlistEntries).where(eq(waitlistEntries.id, id)))[0]!;

  it('ends its places and withdraws its waitlist entries: a seat freed or held for the student passes to the next in line', async () => {
    const section = r.sections.E12!.practice2; // 2 seats
    const [x, y, z, w, v] = [await newStudent('st-x', 2026), await newStudent('st-y', 2026), await newStudent('st-z', 2026), await newStudent('st-w', 2026), await newStudent('st-v', 2026)];
    const [lx, ly, lz, lw, lv] = [await withE12(x), await withE12(y), await withE12(z), await withE12(w), await withE12(v)];
    expect((await enrol(x, lx.line.id, section)).status).toBe(201);
    expect((await enrol(y, ly.line.id, section)).status).toBe(201);
    const zWaits = (await enrol(z, lz.line.id, section, true)).body.entry.id as string;
    const wWaits = (await enrol(w, lw.line.id, section, true)).body.entry.id as string;
    const vWaits = (await enrol(v, lv.line.id, section, true)).body.entry.id as string;
    // x takes the elective out: the place ends, the seat is held for z
    expect((await removeLine(x, lx)).status).toBe(200);
    expect(await taken(section)).toBe(2);
    expect((await entryOf(zWaits)).status).toBe('offered');
    // z takes it out with the offer standing: the entry is withdrawn and the seat held passes to w
    const removed = await removeLine(z, lz);
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    expect(await entryOf(zWaits)).toMatchObject({ status: 'withdrawn' });
    expect((await entryOf(wWaits)).status).toBe('offered');
    expect(await taken(section)).toBe(2);
    const removal = (await audits('registration.enrolment.manage')).filter((a) => a.entityId === lz.line.id && a.before !== null);
    expect(removal).toHaveLength(1);
    expect(removal[0]!.after).toMatchObject({ waitlistWithdrawn: [zWaits], enrolmentsDropped: [] });
    // the withdrawn entry cannot take the seat any more
    expect((await z.client.send('POST', `/api/waitlist/${zWaits}/accept`)).body.error.code).toBe('WAITLIST_ENTRY_NOT_FOUND');
    // v, still waiting, takes it out: the line empties behind w, whose offer stands
    expect((await removeLine(v, lv)).status).toBe(200);
    expect((await entryOf(vWaits)).status).toBe('withdrawn');
    expect((await entryOf(wWaits)).status).toBe('offered');
    // y and w leave too: no place or waitlist entry of the section is left, its counter back to 0
    expect((await removeLine(y, ly)).status).toBe(200);
    expect((await removeLine(w, lw)).status).toBe(200);
    expect(await taken(section)).toBe(0);
    const live = await t.database.db.select().from(waitlistEntries).where(and(eq(waitlistEntries.sectionId, section), sql`${waitlistEntries.status} in ('waiting', 'offered')`));
    expect(live).toEqual([]);
  });

  it('refuses a place for a line taken out while the request waited for the student’s last step', async () => {
    const q = await newStudent('st-q', 2026);
    const lq = await withE12(q);
    const section = r.sections.E12!.practice1;
    const before = await taken(section);
    let answer: Awaited<ReturnType<typeof enrol>> | undefined;
    if (t.database.kind === 'postgres') {
      // the student's other step holds their lock (another connection) and takes the line out; the request,
      // which read the line in force before it queued on the lock, must see the line gone once it gets the lock
      let pending: Promise<unknown> | undefined;
      await t.database.db.transaction(async (tx) => {
        await lockStudent(tx, q.id);
        pending = enrol(q, lq.line.id, section).then((res) => (answer = res));
        const waiting = async () => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(sql`pg_stat_activity`).where(sql`wait_event_type = 'Lock' and wait_event = 'advisory' and datname = current_database()`))[0]!.n;
        for (let i = 0; i < 100 && (await waiting()) === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
        expect(await waiting()).toBe(1);
        await tx.update(individualPlanLines).set({ removedAt: t.clock.now, removedBy: q.userId }).where(eq(individualPlanLines.id, lq.line.id));
      });
      await pending;
    } else {
      // one connection: the steps cannot interleave, the removal is simply first
      expect((await removeLine(q, lq)).status).toBe(200);
      answer = await enrol(q, lq.line.id, section);
    }
    expect(answer!.body.error.code).toBe('PLAN_LINE_NOT_FOUND');
    expect(await taken(section)).toBe(before);
    expect(await t.database.db.select().from(enrolments).where(eq(enrolments.planLineId, lq.line.id))).toEqual([]);
  });
});

describe('closing a term', () => {
  it('waits for the window to end, then cancels an elective under its minimum, takes it out of plans and tells its students', async () => {
    const s = await newStudent('st-i', 2026);
    const plan = (await s.client.send<Plan>('POST', `/api/individual-plans/${(await planOf(s)).id}/lines`, { kind: 'elective', disciplineId: r.ids.E12 })).body;
    expect((await enrol(s, lineOf(plan, 'E12').id, r.sections.E12!.lecture)).status).toBe(201);
    expect((await r.registrar.send('POST', '/api/registration/close', { academicYear: 2026, term: 'autumn' })).body.error.code).toBe('REGISTRATION_STILL_OPEN');
    await at('2026-09-08T06:00:00Z');
    const closed = await r.registrar.send('POST', '/api/registration/close', { academicYear: 2026, term: 'autumn' });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const e12 = closed.body.cancelled.find((c: { offeringId: string }) => c.offeringId === r.sections.E12!.offering);
    expect(e12).toMatchObject({ students: 1, minimum: 3, rechooseUntil: '2026-09-11' });
    expect(await taken(r.sections.E12!.lecture)).toBe(0);
    const after = (await s.client.send<Plan>('GET', `/api/individual-plans/${plan.id}`)).body;
    expect(after.lines.find((l) => l.code === 'E12')).toBeUndefined();
    const told = await t.database.db.select().from(notifications).where(and(eq(notifications.userId, s.userId), eq(notifications.kind, 'registration.electiveCancelled')));
    expect(told).toHaveLength(1);
    expect(closed.body.proposals.some((p: { kind: string; waiting: number }) => p.waiting > 0)).toBe(false);
    expect((await audits('registration.term.close')).length).toBe(1);
    await at('2026-09-01T06:00:00Z');
  });

  it('gives the students of a cancelled elective their days to re-choose after every window has closed, and only them', async () => {
    const s = await newStudent('st-j', 2026);
    const other = await newStudent('st-k', 2026);
    // the group's electives open again (the first close may have cancelled both): E12 is cancelled again below,
    // after add/drop (to 14 Sept); E11, the other option, runs whatever its size
    for (const code of ['E11', 'E12']) {
      await t.database.db.update(offeringsTable).set({ status: 'open', rechooseUntil: null }).where(eq(offeringsTable.id, r.sections[code]!.offering));
      await t.database.db.update(sections).set({ status: 'open', ...(code === 'E11' ? { minSize: 0 } : {}) }).where(eq(sections.offeringId, r.sections[code]!.offering));
    }
    const plan = (await s.client.send<Plan>('POST', `/api/individual-plans/${(await planOf(s)).id}/lines`, { kind: 'elective', disciplineId: r.ids.E12 })).body;
    expect((await enrol(s, lineOf(plan, 'E12').id, r.sections.E12!.lecture)).status).toBe(201);
    const otherPlan = await planOf(other);
    await at('2026-09-15T06:00:00Z');
    const closed = await r.registrar.send('POST', '/api/registration/close', { academicYear: 2026, term: 'autumn' });
    expect(closed.body.cancelled.find((c: { offeringId: string }) => c.offeringId === r.sections.E12!.offering)).toMatchObject({ students: 1, rechooseUntil: '2026-09-18' });
    // within the 3 days: s chooses the other elective of the group and takes a place; the view shows the window open until then
    const view = await s.client.send<{ window: { isOpen: boolean; current: { endDate: string } | null } }>('GET', `/api/students/${s.id}/registration?academicYear=2026&term=autumn`);
    expect(view.body.window).toMatchObject({ isOpen: true, current: { endDate: '2026-09-18' } });
    const rechosen = await s.client.send<Plan>('POST', `/api/individual-plans/${plan.id}/lines`, { kind: 'elective', disciplineId: r.ids.E11 });
    expect(rechosen.status, JSON.stringify(rechosen.body)).toBe(201);
    const placed = await enrol(s, lineOf(rechosen.body, 'E11').id, r.sections.E11!.lecture);
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    // a student without a cancelled elective finds the term closed
    const refused = await other.client.send('POST', `/api/individual-plans/${otherPlan.id}/lines`, { kind: 'elective', disciplineId: r.ids.E11 });
    expect(refused.body.error.code).toBe('REGISTRATION_WINDOW_CLOSED');
    // after the last day, s too
    await at('2026-09-19T06:00:00Z');
    const late = await enrol(s, lineOf(rechosen.body, 'E11').id, r.sections.E11!.practice1);
    expect(late.body.error.code).toBe('REGISTRATION_WINDOW_CLOSED');
    await at('2026-09-01T06:00:00Z');
  });

  it("waits for a step of a cancelled elective's student in progress before it changes their place and plan", async () => {
    const s = await newStudent('st-l', 2026);
    await t.database.db.update(offeringsTable).set({ status: 'open', rechooseUntil: null }).where(eq(offeringsTable.id, r.sections.E12!.offering));
    await t.database.db.update(sections).set({ status: 'open' }).where(eq(sections.offeringId, r.sections.E12!.offering));
    const plan = (await s.client.send<Plan>('POST', `/api/individual-plans/${(await planOf(s)).id}/lines`, { kind: 'elective', disciplineId: r.ids.E12 })).body;
    expect((await enrol(s, lineOf(plan, 'E12').id, r.sections.E12!.lecture)).status).toBe(201);
    await at('2026-09-15T06:00:00Z');
    let closed: { status: number; body: { cancelled: { offeringId: string }[] } } | undefined;
    if (t.database.kind === 'postgres') {
      // the student's own step holds their lock (on another connection of the pool): the close waits for it
      let closing: Promise<unknown> | undefined;
      await t.database.db.transaction(async (tx) => {
        await lockStudent(tx, s.id);
        closing = r.registrar.send('POST', '/api/registration/close', { academicYear: 2026, term: 'autumn' }).then((res) => (closed = res));
        await new Promise((resolve) => setTimeout(resolve, 400));
        expect(closed).toBeUndefined();
      });
      await closing;
    } else {
      closed = await r.registrar.send('POST', '/api/registration/close', { academicYear: 2026, term: 'autumn' });
    }
    expect(closed!.status, JSON.stringify(closed!.body)).toBe(200);
    expect(closed!.body.cancelled.find((c: { offeringId: string }) => c.offeringId === r.sections.E12!.offering)).toMatchObject({ students: 1 });
    const [place] = await t.database.db.select().from(enrolments).where(and(eq(enrolments.studentId, s.id), eq(enrolments.offeringId, r.sections.E12!.offering)));
    expect(place).toMatchObject({ status: 'cancelled', endReason: 'offeringCancelled' });
    expect((await s.client.send<Plan>('GET', `/api/individual-plans/${plan.id}`)).body.lines.find((l) => l.code === 'E12')).toBeUndefined();
    await at('2026-09-01T06:00:00Z');
  });
});
