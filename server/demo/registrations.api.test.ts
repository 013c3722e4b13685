import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../platform/db/client.ts';
import { loginAs } from '../test/login-as.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { DEMO_PASSWORD, seedDemo } from './generate.ts';

/** The demo's registrations as they stand on 2 December 2026, when the spring window is open. */

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2026-12-02T06:00:00Z');
  await seedDemo(t.database.db, 1, t.clock.now);
});
afterAll(() => t.close());

describe('the demo registrations', () => {
  it('accepted autumn for the students, has some on their way for spring, and leaves the demo student and the held to try', async () => {
    const [plans] = await queryRows<{ accepted: number; submitted: number; approved: number; demo: number }>(
      t.database.db,
      sql`select count(*) filter (where status = 'registrarAccepted')::int as accepted, count(*) filter (where status = 'submitted')::int as submitted,
        count(*) filter (where status = 'advisorApproved')::int as approved,
        count(*) filter (where student_id in (select s.id from students s join users u on u.id = s.user_id where u.username = 'student'))::int as demo
        from individual_plans where academic_year = 2026`,
    );
    expect(plans!.accepted).toBeGreaterThan(20);
    expect(plans!.submitted).toBeGreaterThan(10);
    expect(plans!.approved).toBeGreaterThan(5);
    expect(plans!.demo).toBe(0);
    const [seats] = await queryRows<{ over: number; mismatched: number; places: number; heldSpring: number; twice: number }>(
      t.database.db,
      sql`select (select count(*) from sections where taken > capacity)::int as over,
        (select count(*) from sections s where s.taken <> (select count(*) from enrolments e where e.section_id = s.id and e.status = 'enrolled'))::int as mismatched,
        (select count(*) from enrolments)::int as places,
        (select count(*) from enrolments e join offerings o on o.id = e.offering_id join holds h on h.student_id = e.student_id and h.lifted_at is null where o.term = 'spring')::int as "heldSpring",
        (select count(*) from (select 1 from enrolments where status = 'enrolled' group by student_id, offering_id, kind having count(*) > 1) x)::int as twice`,
    );
    expect(seats).toMatchObject({ over: 0, mismatched: 0, heldSpring: 0, twice: 0 });
    expect(seats!.places).toBeGreaterThan(500);
  });

  it('lets the demo student build a spring plan today: derive it and take a seat (a prerequisite studied this autumn counts)', async () => {
    const student = await loginAs(t, 'student', DEMO_PASSWORD);
    const [self] = await queryRows<{ id: string }>(t.database.db, sql`select s.id from students s join users u on u.id = s.user_id where u.username = 'student'`);
    const plan = await student.send<{ id: string; lines: { id: string; term: string; disciplineId: string | null }[] }>('POST', `/api/students/${self!.id}/individual-plans`, { academicYear: 2026 });
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
    const spring = plan.body.lines.filter((l) => l.term === 'spring' && l.disciplineId);
    const [section] = await queryRows<{ id: string; lineId: string }>(
      t.database.db,
      sql`select s.id, l.id as "lineId" from sections s join offerings o on o.id = s.offering_id join individual_plan_lines l on l.discipline_id = o.discipline_id and l.plan_id = ${plan.body.id}
        where o.term = 'spring' and o.academic_year = 2026 and s.taken < s.capacity order by s.kind, s.number limit 1`,
    );
    expect(spring.length).toBeGreaterThan(0);
    const took = await student.send('POST', `/api/students/${self!.id}/enrolments`, { planLineId: section!.lineId, sectionId: section!.id });
    expect(took.status, JSON.stringify(took.body)).toBe(201);
    expect(took.body.outcome).toBe('enrolled');
  });
});
