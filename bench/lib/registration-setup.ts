import { sql } from 'drizzle-orm';
import { seedDemo } from '../../server/demo/generate.ts';
import { openDatabase, queryRows, type Database } from '../../server/platform/db/client.ts';
import { newId } from '../../server/platform/ids.ts';
import { openRegistrationTerm, openSessions, seedRegistrationLoad, type DirectSession, type RegistrationLoad } from '../../server/test/registration-load.ts';

/**
 * The data of `bench:registration`, written before the server starts: the demo university at a size
 * giving the students asked for, then (server/test/registration-load.ts) an ИУП per student with a
 * line per discipline, offerings with many sections, and a session per student as the sign-in writes it.
 */

export interface Client {
  studentId: string;
  cookie: string;
  csrfToken: string;
  /** discipline id → ИУП line */
  lines: Map<string, string>;
}

export interface BenchData {
  load: RegistrationLoad;
  clients: Client[];
  /** the section of scenario (c) and the seats already taken in it */
  hot: { offeringId: string; disciplineId: string; sectionId: string; prefilled: number };
  seconds: { demo: number; load: number; sessions: number };
  demoSize: number;
}

const STUDENTS_PER_DEMO_SIZE = 300;

/** The university's day now (Asia/Bishkek, the default zone). */
export function universityDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bishkek', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** When no registration window of the demo calendar covers today, one is added for the term running now (spring otherwise). */
async function ensureWindow(database: Database, day: string): Promise<void> {
  if (await openRegistrationTerm(database.db, day)) return;
  const [year] = await queryRows<{ id: string }>(database.db, sql`select id from academic_years where start_date <= ${day} and end_date >= ${day} limit 1`);
  if (!year) throw new Error(`no academic year covers ${day}`);
  await database.db.execute(sql`insert into calendar_periods (id, year_id, kind, term_kind, start_date, end_date, name_ru, name_ky, name_en)
    values (${newId()}, ${year.id}, 'registration', 'spring', ${day}, ${day}, 'Регистрация (бенчмарк)', 'Каттоо (бенчмарк)', 'Registration (benchmark)')`);
}

/** Seeds a fresh database (PostgreSQL url, or a PGlite data directory) and closes it again. */
export async function seedBenchData(target: { url?: string; dataDir?: string }, opts: { students: number; disciplines: number; sectionsPerOffering: number; capacity: number; hotPrefilled: number; hotCapacity: number; secret: string }): Promise<BenchData> {
  const database = await openDatabase({ ...target, poolSize: 4 });
  try {
    await database.migrate();
    const now = new Date();
    const day = universityDay(now);
    const demoSize = Math.max(1, Math.ceil(opts.students / STUDENTS_PER_DEMO_SIZE));
    let t = Date.now();
    await seedDemo(database.db, demoSize, now);
    const demoSeconds = (Date.now() - t) / 1000;
    t = Date.now();
    await ensureWindow(database, day);
    // the offerings of the wide scenarios, and last the hot one of (c): one section
    const load = await seedRegistrationLoad(database.db, {
      day,
      students: opts.students,
      disciplines: opts.disciplines + 1,
      sections: (i) => (i < opts.disciplines ? Array.from({ length: opts.sectionsPerOffering }, () => opts.capacity) : [opts.hotCapacity]),
    });
    const hotOffering = load.offerings[opts.disciplines]!;
    const hot = { offeringId: hotOffering.id, disciplineId: hotOffering.disciplineId, sectionId: hotOffering.sectionIds[0]!, prefilled: opts.hotPrefilled };
    // the seats already gone before (c): the last students' places, written directly (no requests, no audit: before the run)
    const fillers = load.students.slice(-opts.hotPrefilled);
    for (const s of fillers) {
      await database.db.execute(sql`insert into enrolments (id, section_id, offering_id, kind, student_id, plan_line_id, status, enrolled_by, enrolled_at)
        values (${newId()}, ${hot.sectionId}, ${hot.offeringId}, 'lecture', ${s.studentId}, ${s.lines.get(hot.disciplineId)!}, 'enrolled', ${(await userOf(database, s.studentId))}, ${new Date(now.getTime() - 3_600_000).toISOString()}::timestamptz)`);
    }
    await database.db.execute(sql`update sections set taken = ${fillers.length} where id = ${hot.sectionId}`);
    const loadSeconds = (Date.now() - t) / 1000;
    t = Date.now();
    const students = load.students.slice(0, load.students.length - fillers.length);
    // opened now, after the seeding: a session seen more than a minute ago is touched (a commit of its own) on its first request
    const sessions = await openSessions(database.db, opts.secret, students.map((s) => s.userId), new Date());
    await database.db.execute(sql`analyze`);
    const clients = students.map((s, i) => ({ studentId: s.studentId, cookie: sessions[i]!.cookie, csrfToken: (sessions[i] as DirectSession).csrfToken, lines: s.lines }));
    return { load, clients, hot, seconds: { demo: demoSeconds, load: loadSeconds, sessions: (Date.now() - t) / 1000 }, demoSize };
  } finally {
    await database.close();
  }
}

async function userOf(database: Database, studentId: string): Promise<string> {
  const [row] = await queryRows<{ user_id: string }>(database.db, sql`select user_id from students where id = ${studentId}`);
  return row!.user_id;
}
