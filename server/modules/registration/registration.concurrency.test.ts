import { and, eq, gte, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/generate.ts';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import { loadConfig } from '../../platform/config.ts';
import { openSessions, seedRegistrationLoad, type DirectSession, type RegistrationLoad } from '../../test/registration-load.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { enrolments, sections, waitlistEntries } from './registration.offerings.tables.ts';

/**
 * Seats under a rush (issue: ≥ 200 concurrent registrations at a section of 30): 240 students of the
 * demo university, each with their own session, fire at once through the HTTP API. Exactly 30 get a
 * place, the others are refused with the reason or join the waitlist, and the database agrees. On
 * PGlite always; on the PostgreSQL server (api-pg project) when TEST_DATABASE_URL is set, where the
 * requests really run at once on the pool's connections.
 */

const RUSH = 240;
const SEATS = 30;

let t: TestApp;
let load: RegistrationLoad;
let sessions: Map<string, DirectSession>;
let startedAt: Date;

interface Answer {
  status: number;
  body: { outcome?: 'enrolled' | 'waitlisted'; error?: { code: string; message: string } };
}

async function enrol(session: DirectSession, studentId: string, body: Record<string, unknown>): Promise<Answer> {
  const res = await t.app.request(`/api/students/${studentId}/enrolments`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json', 'accept-language': 'en' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  await seedDemo(db, 1, t.clock.now);
  // discipline 0: the rush section of 30 seats; discipline 1: five sections of one kind for one student
  load = await seedRegistrationLoad(db, { day: '2026-09-01', students: RUSH, disciplines: 2, sections: (i) => (i === 0 ? [SEATS] : [30, 30, 30, 30, 30]) });
  expect(load.students.length).toBe(RUSH);
  const opened = await openSessions(db, loadConfig({ NODE_ENV: 'test' }).secret, load.students.map((s) => s.userId), t.clock.now);
  sessions = new Map(opened.map((s) => [s.userId, s]));
  startedAt = t.clock.now;
});
afterAll(() => t.close());

describe('a rush at the last seats', () => {
  it(`gives exactly ${SEATS} of ${RUSH} concurrent registrations a place; the rest are refused with the reason or waitlisted; the counts agree`, async () => {
    const offering = load.offerings[0]!;
    const sectionId = offering.sectionIds[0]!;
    const answers = await Promise.all(
      load.students.map((s, i) => enrol(sessions.get(s.userId)!, s.studentId, { planLineId: s.lines.get(offering.disciplineId)!, sectionId, waitlist: i % 2 === 1 })),
    );
    const enrolled = answers.filter((a) => a.status === 201 && a.body.outcome === 'enrolled');
    const waitlisted = answers.filter((a) => a.status === 201 && a.body.outcome === 'waitlisted');
    const full = answers.filter((a) => a.status === 409 && a.body.error?.code === 'SECTION_FULL');
    const other = answers.filter((a) => !enrolled.includes(a) && !waitlisted.includes(a) && !full.includes(a));
    expect(other.map((a) => `${a.status} ${JSON.stringify(a.body)}`)).toEqual([]);
    expect(enrolled).toHaveLength(SEATS);
    expect(enrolled.length + waitlisted.length + full.length).toBe(RUSH);
    for (const a of full) expect(a.body.error!.message).toMatch(/full/i);
    // only a request without `waitlist` is refused; one with it waits (unless it got a seat)
    expect(waitlisted.length).toBe(RUSH / 2 - answers.filter((a, i) => i % 2 === 1 && a.body.outcome === 'enrolled').length);

    const db = t.database.db;
    const [section] = await db.select().from(sections).where(eq(sections.id, sectionId));
    expect(section!.taken).toBe(SEATS);
    const rows = await db.select().from(enrolments).where(and(eq(enrolments.sectionId, sectionId), eq(enrolments.status, 'enrolled')));
    expect(rows).toHaveLength(SEATS);
    expect(new Set(rows.map((r) => r.studentId)).size).toBe(SEATS);
    const waiting = await db.select().from(waitlistEntries).where(and(eq(waitlistEntries.sectionId, sectionId), eq(waitlistEntries.status, 'waiting')));
    expect(waiting).toHaveLength(waitlisted.length);
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.action, 'registration.enrolment.manage'), gte(auditLog.at, startedAt)));
    expect(audits).toHaveLength(enrolled.length + waitlisted.length);
    expect(audits.filter((a) => a.entityType === 'enrolment')).toHaveLength(SEATS);
  });

  it('gives one student firing at five sections of one offering and kind at once exactly one place', async () => {
    const offering = load.offerings[1]!;
    const student = load.students[0]!;
    const session = sessions.get(student.userId)!;
    const planLineId = student.lines.get(offering.disciplineId)!;
    const answers = await Promise.all(offering.sectionIds.map((sectionId) => enrol(session, student.studentId, { planLineId, sectionId })));
    expect(answers.filter((a) => a.status === 201 && a.body.outcome === 'enrolled')).toHaveLength(1);
    const refused = answers.filter((a) => a.status !== 201);
    expect(refused.map((a) => [a.status, a.body.error?.code])).toEqual(Array.from({ length: 4 }, () => [409, 'SECTION_KIND_TAKEN']));
    for (const a of refused) expect(a.body.error!.message).toBeTruthy();

    const db = t.database.db;
    const rows = await db.select().from(enrolments).where(and(eq(enrolments.studentId, student.studentId), eq(enrolments.offeringId, offering.id), eq(enrolments.status, 'enrolled')));
    expect(rows).toHaveLength(1);
    const taken = await db.select({ taken: sections.taken }).from(sections).where(inArray(sections.id, offering.sectionIds));
    expect(taken.reduce((sum, s) => sum + s.taken, 0)).toBe(1);
  });
});
