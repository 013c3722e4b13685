import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { dayInZone } from '../../shared/calendar-day.ts';
import { semestersOfCourse, termOfSemester } from '../../shared/modules/curricula/rules/individual-plan.ts';
import type { Term } from '../../shared/modules/curricula/curricula.vocabulary.ts';
import { openWindows, REGISTRATION_PERIOD_KINDS } from '../../shared/modules/registration/rules/registration.ts';
import type { Tx } from '../platform/db/client.ts';
import { newId } from '../platform/ids.ts';
import { academicYears, calendarPeriods } from '../modules/calendar/calendar.tables.ts';
import { individualPlanLines, individualPlans, individualPlanStatusChanges } from '../modules/curricula/curricula.individual.tables.ts';
import { studyPlanElectiveGroups, studyPlanLines, studyPlanPractices, studyPlans } from '../modules/curricula/curricula.tables.ts';
import { users } from '../modules/identity/identity.tables.ts';
import { holds } from '../modules/registration/registration.tables.ts';
import { enrolments, offerings, sections } from '../modules/registration/registration.offerings.tables.ts';
import { groupProfiles, placements, students } from '../modules/students/students.tables.ts';
import { DEMO_OFFERINGS_YEAR } from './offerings.ts';

/**
 * The demo's registrations of 2026/27, as they stand on the seeding day: once autumn registration
 * has run, every active student (but the demo student, whose registration is left to try) has an
 * ИУП of the year with the working plan's mandatory lines and electives chosen in turn, accepted by
 * the registrar, and places in autumn sections (a lecture and a practice / lab group of their
 * offering, never over capacity). Once the spring window opens, some are on their way: a share has
 * taken spring seats and waits for the advisor (submitted), a few for the registrar; students with
 * a hold in force have taken nothing for spring. Written straight to the tables (fast); the seat
 * counters are set from the places.
 */

type PlanLine = typeof studyPlanLines.$inferSelect;

async function workingPlans(tx: Tx) {
  const plans = await tx.select().from(studyPlans).where(and(eq(studyPlans.kind, 'working'), eq(studyPlans.status, 'approved')));
  const ids = plans.map((p) => p.id);
  if (ids.length === 0) return new Map<string, { plan: (typeof plans)[number]; lines: PlanLine[]; choose: Map<string, number>; practices: (typeof studyPlanPractices.$inferSelect)[] }>();
  // one after another: a transaction is one connection (node-postgres refuses queries sent at once on one client)
  const lines = await tx.select().from(studyPlanLines).where(inArray(studyPlanLines.planId, ids)).orderBy(asc(studyPlanLines.semester), asc(studyPlanLines.position));
  const groups = await tx.select().from(studyPlanElectiveGroups).where(inArray(studyPlanElectiveGroups.planId, ids));
  const practices = await tx.select().from(studyPlanPractices).where(inArray(studyPlanPractices.planId, ids));
  return new Map(
    plans.map((plan) => [
      `${plan.programId}:${plan.admissionYear}`,
      { plan, lines: lines.filter((l) => l.planId === plan.id), choose: new Map(groups.filter((g) => g.planId === plan.id).map((g) => [g.key, g.choose])), practices: practices.filter((p) => p.planId === plan.id) },
    ]),
  );
}

/** Sections of the year's open offerings by discipline and term (the group's language first), with seats left. */
async function seatsOf(tx: Tx) {
  const rows = await tx
    .select({ id: sections.id, kind: sections.kind, capacity: sections.capacity, offeringId: offerings.id, disciplineId: offerings.disciplineId, term: offerings.term, language: offerings.language })
    .from(sections)
    .innerJoin(offerings, eq(offerings.id, sections.offeringId))
    .where(and(eq(offerings.academicYear, DEMO_OFFERINGS_YEAR), eq(offerings.status, 'open'), eq(sections.status, 'open')))
    .orderBy(asc(sections.kind), asc(sections.number));
  const taken = new Map<string, number>();
  const find = (disciplineId: string, term: Term, language: string) => {
    const mine = rows.filter((s) => s.disciplineId === disciplineId && s.term === term);
    const offeringId = (mine.find((s) => s.language === language) ?? mine[0])?.offeringId;
    const kinds = [...new Set(mine.filter((s) => s.offeringId === offeringId).map((s) => s.kind))];
    // one free section of every kind, or nothing (a student never holds half an offering)
    const picked = kinds.map((kind) => mine.find((s) => s.offeringId === offeringId && s.kind === kind && (taken.get(s.id) ?? 0) < s.capacity));
    if (picked.some((s) => s === undefined)) return [];
    for (const s of picked) taken.set(s!.id, (taken.get(s!.id) ?? 0) + 1);
    return picked as typeof rows;
  };
  return { find, taken };
}

async function registrationDays(tx: Tx, today: string) {
  const periods = await tx
    .select({ kind: calendarPeriods.kind, termKind: calendarPeriods.termKind, startDate: calendarPeriods.startDate, endDate: calendarPeriods.endDate })
    .from(calendarPeriods)
    .innerJoin(academicYears, eq(academicYears.id, calendarPeriods.yearId))
    .where(and(eq(academicYears.startYear, DEMO_OFFERINGS_YEAR), inArray(calendarPeriods.kind, [...REGISTRATION_PERIOD_KINDS])));
  const started = (term: Term) => periods.some((p) => p.termKind === term && p.kind === 'registration' && p.startDate <= today);
  return { autumn: started('autumn'), spring: started('spring'), springOpen: openWindows(periods, today).some((w) => w.term === 'spring') };
}

async function activeStudents(tx: Tx, today: string) {
  const rows = await tx
    .select({ studentId: students.id, username: users.username, programId: placements.programId, admissionYear: groupProfiles.admissionYear, language: groupProfiles.language })
    .from(placements)
    .innerJoin(students, eq(students.id, placements.studentId))
    .innerJoin(users, eq(users.id, students.userId))
    .innerJoin(groupProfiles, eq(groupProfiles.unitId, placements.groupId))
    .where(and(isNull(placements.validTo), eq(placements.isCancelled, false), eq(placements.status, 'active')))
    .orderBy(asc(users.username));
  const held = await tx
    .select({ studentId: holds.studentId })
    .from(holds)
    .where(and(lte(holds.since, today), or(isNull(holds.until), gte(holds.until, today)), isNull(holds.liftedAt)));
  const onHold = new Set(held.map((h) => h.studentId));
  return rows.map((r) => ({ ...r, onHold: onHold.has(r.studentId) }));
}

const chunked = async <T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) => {
  for (let i = 0; i < rows.length; i += 1000) await insert(rows.slice(i, i + 1000));
};

/** Writes the demo's ИУПs, places and seat counters of 2026/27 (nothing before autumn registration opens). */
export async function insertDemoRegistrations(tx: Tx, now: Date): Promise<{ plans: number; enrolments: number }> {
  const today = dayInZone(now, 'Asia/Bishkek');
  const days = await registrationDays(tx, today);
  if (!days.autumn) return { plans: 0, enrolments: 0 };
  const [registrar] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'registrar'));
  const [advisor] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'advisor'));
  if (!registrar || !advisor) return { plans: 0, enrolments: 0 };
  const plansBy = await workingPlans(tx);
  const seats = await seatsOf(tx);
  const at = (day: number, hour: number) => new Date(Math.min(now.getTime(), Date.UTC(DEMO_OFFERINGS_YEAR, 8, day, hour)));
  const planRows: (typeof individualPlans.$inferInsert)[] = [];
  const lineRows: (typeof individualPlanLines.$inferInsert)[] = [];
  const changeRows: (typeof individualPlanStatusChanges.$inferInsert)[] = [];
  const placeRows: (typeof enrolments.$inferInsert)[] = [];
  const all = await activeStudents(tx, today);
  all.forEach((student, i) => {
    if (student.username === 'student') return;
    const source = plansBy.get(`${student.programId}:${student.admissionYear}`);
    if (!source) return;
    const course = DEMO_OFFERINGS_YEAR - student.admissionYear + 1;
    const semesters = semestersOfCourse(course, source.plan.semesters);
    if (semesters.length === 0) return;
    const planId = newId();
    const lines: (typeof individualPlanLines.$inferInsert)[] = [];
    const add = (row: Omit<typeof individualPlanLines.$inferInsert, 'id' | 'planId' | 'position'>) => lines.push({ id: newId(), planId, position: lines.length, ...row });
    const mine = source.lines.filter((l) => semesters.includes(l.semester));
    for (const l of mine.filter((l) => l.groupKind !== 'elective')) add({ source: 'discipline', kind: 'mandatory', semester: l.semester, term: termOfSemester(l.semester), disciplineId: l.disciplineId, planLineId: l.id, groupKind: l.groupKind, credits: l.credits, controlForm: l.controlForm });
    for (const key of [...new Set(mine.filter((l) => l.groupKind === 'elective').map((l) => l.electiveGroup!))]) {
      const options = mine.filter((l) => l.electiveGroup === key);
      const choose = source.choose.get(key) ?? 1;
      for (let k = 0; k < Math.min(choose, options.length); k++) {
        const l = options[(i + k) % options.length]!;
        add({ source: 'discipline', kind: 'elective', semester: l.semester, term: termOfSemester(l.semester), disciplineId: l.disciplineId, planLineId: l.id, groupKind: 'elective', electiveGroup: key, credits: l.credits, controlForm: l.controlForm });
      }
    }
    for (const p of source.practices.filter((p) => semesters.includes(p.semester))) add({ source: 'practice', kind: 'mandatory', semester: p.semester, term: termOfSemester(p.semester), practiceId: p.id, credits: p.credits });
    if (source.plan.attestationCredits > 0 && semesters.includes(source.plan.semesters)) add({ source: 'attestation', kind: 'mandatory', semester: source.plan.semesters, term: termOfSemester(source.plan.semesters), credits: source.plan.attestationCredits });
    const place = (term: Term, when: Date) => {
      for (const l of lines.filter((l) => l.term === term && l.disciplineId)) {
        for (const s of seats.find(l.disciplineId!, term, student.language)) placeRows.push({ id: newId(), sectionId: s.id, offeringId: s.offeringId, kind: s.kind, studentId: student.studentId, planLineId: l.id, status: 'enrolled', enrolledBy: registrar.id, enrolledAt: when });
      }
    };
    place('autumn', at(1, 6));
    const step = (from: string | null, to: string, by: string, when: Date) => changeRows.push({ id: newId(), planId, fromStatus: from as never, toStatus: to as never, changedBy: by, changedAt: when });
    step(null, 'draft', registrar.id, at(1, 4));
    step('draft', 'submitted', registrar.id, at(2, 5));
    step('submitted', 'advisorApproved', advisor.id, at(3, 5));
    step('advisorApproved', 'registrarAccepted', registrar.id, at(4, 5));
    let status: 'registrarAccepted' | 'submitted' | 'advisorApproved' = 'registrarAccepted';
    const springAt = new Date(Math.min(now.getTime(), Date.UTC(DEMO_OFFERINGS_YEAR, 10, 28, 6)));
    // spring: a share registered already (waiting for the advisor or the registrar); the rest, and anyone on hold, still to come
    if (days.spring && !student.onHold && i % 5 !== 0 && i % 5 !== 4) {
      const when = springAt;
      place('spring', when);
      status = i % 5 === 3 ? 'advisorApproved' : 'submitted';
      step('registrarAccepted', 'draft', registrar.id, when);
      step('draft', 'submitted', registrar.id, when);
      if (status === 'advisorApproved') step('submitted', 'advisorApproved', advisor.id, when);
    }
    const revised = status !== 'registrarAccepted';
    planRows.push({
      id: planId, studentId: student.studentId, academicYear: DEMO_OFFERINGS_YEAR, course, programId: student.programId, workingPlanId: source.plan.id, status, revision: revised ? 1 : 0,
      submittedBy: registrar.id, submittedAt: revised ? springAt : at(2, 5), advisorApprovedBy: status === 'submitted' ? null : advisor.id, advisorApprovedAt: status === 'submitted' ? null : revised ? springAt : at(3, 5),
      registrarAcceptedBy: revised ? null : registrar.id, registrarAcceptedAt: revised ? null : at(4, 5), createdBy: registrar.id, createdAt: at(1, 4), updatedAt: now,
    });
    lineRows.push(...lines);
  });
  await chunked(planRows, (c) => tx.insert(individualPlans).values(c));
  await chunked(lineRows, (c) => tx.insert(individualPlanLines).values(c));
  await chunked(changeRows, (c) => tx.insert(individualPlanStatusChanges).values(c));
  await chunked(placeRows, (c) => tx.insert(enrolments).values(c));
  const byCount = new Map<number, string[]>();
  for (const [sectionId, n] of seats.taken) byCount.set(n, [...(byCount.get(n) ?? []), sectionId]);
  for (const [n, ids] of byCount) await chunked(ids, (c) => tx.update(sections).set({ taken: n }).where(inArray(sections.id, c)));
  return { plans: planRows.length, enrolments: placeRows.length };
}
