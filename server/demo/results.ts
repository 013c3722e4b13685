import { and, asc, eq, isNull } from 'drizzle-orm';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { dayInZone } from '../../shared/calendar-day.ts';
import type { Letter, Term } from '../../shared/modules/gradebook/gradebook.vocabulary.ts';
import { courseOf } from '../../shared/modules/students/rules/course.ts';
import type { Tx } from '../platform/db/client.ts';
import type { ServiceContext } from '../platform/http/context.ts';
import { newId } from '../platform/ids.ts';
import { studyPlanLines, studyPlans } from '../modules/curricula/curricula.tables.ts';
import { recordFinalResultsInBulk, type FinalResultInput } from '../modules/gradebook/index.ts';
import { holds } from '../modules/registration/registration.tables.ts';
import { users } from '../modules/identity/identity.tables.ts';
import { groupProfiles, placements, students } from '../modules/students/students.tables.ts';

/**
 * Final results of earlier terms for the demo students of year 2 and above, by the plans that place
 * the demo's disciplines in semesters (a working plan of the cohort, else the program's base plan);
 * with no plans in the database there are no results. And a few holds, so registration has
 * something to refuse: financial holds on some contract students, a medical hold, a lifted one.
 */

export interface DemoSemester {
  semester: number;
  academicYear: string;
  term: Extract<Term, 'autumn' | 'spring'>;
  /** the last day of its session: autumn ends with January, spring with June */
  endsOn: string;
}

/** The semesters of a cohort admitted in `admissionYear` that have ended before `today`. */
export function finishedSemesters(admissionYear: number, today: string, max = 12): DemoSemester[] {
  const out: DemoSemester[] = [];
  for (let semester = 1; semester <= max; semester++) {
    const start = admissionYear + Math.floor((semester - 1) / 2);
    const term = semester % 2 === 1 ? 'autumn' : 'spring';
    const endsOn = term === 'autumn' ? `${start + 1}-01-31` : `${start + 1}-06-30`;
    if (endsOn >= today) break;
    out.push({ semester, academicYear: `${start}-${start + 1}`, term, endsOn });
  }
  return out;
}

interface PlanLine {
  disciplineId: string;
  semester: number;
  electiveGroup: string | null;
  controlForm: string;
}

/** The lines of the plan each cohort studies by: key `program/year` for working plans, `program/base` for base plans (newest version). */
async function planLines(tx: Tx): Promise<Map<string, PlanLine[]>> {
  const plans = await tx.select({ id: studyPlans.id, programId: studyPlans.programId, kind: studyPlans.kind, admissionYear: studyPlans.admissionYear, version: studyPlans.version, status: studyPlans.status }).from(studyPlans);
  const chosen = new Map<string, { id: string; rank: number }>();
  for (const plan of plans) {
    const key = `${plan.programId}/${plan.kind === 'working' ? plan.admissionYear : 'base'}`;
    const rank = (plan.status === 'approved' ? 1_000_000 : 0) + plan.version;
    if ((chosen.get(key)?.rank ?? -1) < rank) chosen.set(key, { id: plan.id, rank });
  }
  if (chosen.size === 0) return new Map();
  const lines = await tx.select({ planId: studyPlanLines.planId, disciplineId: studyPlanLines.disciplineId, semester: studyPlanLines.semester, electiveGroup: studyPlanLines.electiveGroup, controlForm: studyPlanLines.controlForm, position: studyPlanLines.position }).from(studyPlanLines);
  const byPlan = new Map<string, PlanLine[]>();
  for (const line of [...lines].sort((a, b) => a.position - b.position || a.disciplineId.localeCompare(b.disciplineId))) byPlan.set(line.planId, [...(byPlan.get(line.planId) ?? []), line]);
  return new Map([...chosen].map(([key, plan]) => [key, byPlan.get(plan.id) ?? []]));
}

/** A mark as a demo cohort earns them: mostly passes, a few FX and F; a credit passed or failed. */
function mark(rng: RandomGenerator, controlForm: string): { points: number | null; letter: Letter | null } {
  const roll = uniformInt(rng, 0, 99);
  if (controlForm === 'credit') return { points: null, letter: roll < 94 ? 'pass' : 'fail' };
  if (roll < 3) return { points: uniformInt(rng, 10, 30), letter: null };
  if (roll < 8) return { points: uniformInt(rng, 31, 60), letter: null };
  if (roll < 10) return { points: null, letter: 'absent' };
  return { points: uniformInt(rng, 61, 100), letter: null };
}

const failed = (m: { points: number | null; letter: Letter | null }) => (m.points !== null && m.points <= 60) || m.letter === 'absent' || m.letter === 'fail';

/** One student's results: each finished semester's disciplines (one of each elective group), a failed one re-studied in the summer. */
function studentInputs(rng: RandomGenerator, studentId: string, lines: PlanLine[], semesters: DemoSemester[], today: string): FinalResultInput[] {
  const inputs: FinalResultInput[] = [];
  for (const s of semesters) {
    const inSemester = lines.filter((l) => l.semester === s.semester);
    const electives = new Map<string, PlanLine[]>();
    for (const line of inSemester) if (line.electiveGroup) electives.set(line.electiveGroup, [...(electives.get(line.electiveGroup) ?? []), line]);
    const chosen = new Set([...electives.values()].map((group) => group[uniformInt(rng, 0, group.length - 1)]!.disciplineId));
    const retakes: FinalResultInput[] = [];
    for (const line of inSemester.filter((l) => !l.electiveGroup || chosen.has(l.disciplineId))) {
      const first = mark(rng, line.controlForm);
      inputs.push({ studentId, disciplineId: line.disciplineId, academicYear: s.academicYear, term: s.term, ...first, source: 'gradesheet' });
      const summerEnds = `${s.academicYear.slice(5)}-08-20`;
      if (failed(first) && summerEnds < today) {
        const again = line.controlForm === 'credit' ? { points: null, letter: 'pass' as const } : { points: uniformInt(rng, 61, 85), letter: null };
        retakes.push({ studentId, disciplineId: line.disciplineId, academicYear: s.academicYear, term: 'summer', ...again, source: 'gradesheet' });
      }
    }
    inputs.push(...retakes);
  }
  return inputs;
}

/** The demo's students with their cohort: the program and admission year of their open placement, and their funding. */
async function cohorts(tx: Tx) {
  return tx
    .select({ studentId: students.id, userId: students.userId, username: users.username, programId: placements.programId, admissionYear: groupProfiles.admissionYear, status: placements.status, funding: placements.funding })
    .from(placements)
    .innerJoin(students, eq(students.id, placements.studentId))
    .innerJoin(users, eq(users.id, students.userId))
    .innerJoin(groupProfiles, eq(groupProfiles.unitId, placements.groupId))
    .where(and(isNull(placements.validTo), eq(placements.isCancelled, false)))
    .orderBy(asc(groupProfiles.admissionYear), asc(users.username));
}

async function userNamed(tx: Tx, username: string): Promise<string> {
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!row) throw new Error(`the demo has no ${username}`);
  return row.id;
}

/** Records the results through the gradebook (its scale, its attempt numbers, its audit), as the registrar. */
export async function seedDemoResults(tx: Tx, now: Date): Promise<number> {
  const lines = await planLines(tx);
  if (lines.size === 0) return 0;
  const today = dayInZone(now, 'Asia/Bishkek');
  const ctx: ServiceContext = { db: tx, actor: { userId: await userNamed(tx, 'registrar'), username: 'registrar', lang: 'ru', grants: [], sessionId: '', csrfToken: '' }, now, requestId: 'demo', lang: 'ru', ip: null, userAgent: null, services: {} as never };
  const rng = xoroshiro128plus(2027);
  const inputs: FinalResultInput[] = [];
  for (const cohort of await cohorts(tx)) {
    if (cohort.status === 'expelled' || cohort.status === 'graduated' || courseOf(cohort.admissionYear, now) < 2) continue;
    const plan = lines.get(`${cohort.programId}/${cohort.admissionYear}`) ?? lines.get(`${cohort.programId}/base`) ?? [];
    inputs.push(...studentInputs(rng, cohort.studentId, plan, finishedSemesters(cohort.admissionYear, today), today));
  }
  return inputs.length ? recordFinalResultsInBulk(ctx, tx, inputs) : 0;
}

const dayBefore = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The demo's holds: a financial hold on every seventh contract student of year 2+, a medical hold on
 * one grant student, and a library hold on the demo student, lifted (their registration stays open).
 */
export async function seedDemoHolds(tx: Tx, now: Date): Promise<number> {
  const today = dayInZone(now, 'Asia/Bishkek');
  const [cashier, registrar, librarian] = [await userNamed(tx, 'cashier'), await userNamed(tx, 'registrar'), await userNamed(tx, 'librarian')];
  const all = await cohorts(tx);
  const senior = all.filter((c) => c.status === 'active' && c.username !== 'student' && courseOf(c.admissionYear, now) >= 2);
  const row = (studentId: string, kind: 'financial' | 'medical' | 'library', reason: string, setBy: string, since: string) => ({ id: newId(), studentId, kind, reason, since, until: null, setBy, setAt: now, createdAt: now, updatedAt: now });
  const rows: (typeof holds.$inferInsert)[] = senior
    .filter((c) => c.funding === 'contract')
    .filter((_, i) => i % 7 === 0)
    .map((c) => row(c.studentId, 'financial', 'Не оплачено обучение за текущий семестр по договору', cashier, dayBefore(today, 14)));
  const medical = senior.find((c) => c.funding === 'grant');
  if (medical) rows.push(row(medical.studentId, 'medical', 'Не пройден медицинский осмотр в этом учебном году (нет справки 086/у)', registrar, dayBefore(today, 7)));
  const demoStudent = all.find((c) => c.username === 'student');
  if (demoStudent) rows.push({ ...row(demoStudent.studentId, 'library', 'Не возвращены 2 книги абонемента', librarian, dayBefore(today, 40)), liftedBy: librarian, liftedAt: new Date(now.getTime() - 10 * 86_400_000), liftedOn: dayBefore(today, 10), liftNote: 'Книги возвращены' });
  if (rows.length) await tx.insert(holds).values(rows);
  return rows.length;
}

/** Writes the demo holds and results (after the curricula of the demo, when there are any). */
export async function insertResultsAndHolds(tx: Tx, now: Date): Promise<{ results: number; holds: number }> {
  return { holds: await seedDemoHolds(tx, now), results: await seedDemoResults(tx, now) };
}
