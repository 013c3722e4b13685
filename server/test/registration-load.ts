import { sql } from 'drizzle-orm';
import { tokenDigest, newToken } from '../platform/auth/tokens.ts';
import { queryRows, type Executor } from '../platform/db/client.ts';
import { newId } from '../platform/ids.ts';

/**
 * Registration load on top of the demo university (seedDemo): for the students studying on a day,
 * an ИУП of the academic year whose registration window is open that day, with a line per chosen
 * discipline (ones without prerequisites), and an open offering of each discipline with lecture
 * sections. Set-based SQL, so 50,000 students take seconds, on PGlite and on PostgreSQL alike.
 * Used by the registration concurrency test and by `npm run bench:registration`.
 */

export interface LoadStudent {
  studentId: string;
  userId: string;
  /** discipline id → the ИУП line for it */
  lines: Map<string, string>;
}

export interface LoadOffering {
  id: string;
  disciplineId: string;
  sectionIds: string[];
}

export interface RegistrationLoad {
  academicYear: number;
  term: 'autumn' | 'spring' | 'summer';
  students: LoadStudent[];
  offerings: LoadOffering[];
}

export interface LoadOptions {
  /** the university's day (yyyy-mm-dd) the registration runs on */
  day: string;
  /** at most this many students get an ИУП (the eligible ones, in id order) */
  students: number;
  /** this many disciplines, each an offering with a line in every ИУП */
  disciplines: number;
  /** the lecture sections of the offering of discipline i (0-based) and their capacities */
  sections: (index: number) => number[];
}

/** The registration window open on a day: its academic year (by start year) and term. */
export async function openRegistrationTerm(db: Executor, day: string): Promise<{ academicYear: number; term: RegistrationLoad['term'] } | null> {
  const [row] = await queryRows<{ start_year: number; term_kind: RegistrationLoad['term'] }>(
    db,
    sql`select y.start_year, p.term_kind from calendar_periods p join academic_years y on y.id = p.year_id
        where p.kind = 'registration' and p.term_kind is not null and p.start_date <= ${day} and p.end_date >= ${day}
        order by y.start_year desc limit 1`,
  );
  return row ? { academicYear: Number(row.start_year), term: row.term_kind } : null;
}

const TERM_SEMESTER = { autumn: 1, spring: 2, summer: 2 } as const;

/** Writes the ИУПs, offerings and sections; returns who may register for what. */
export async function seedRegistrationLoad(db: Executor, options: LoadOptions): Promise<RegistrationLoad> {
  const open = await openRegistrationTerm(db, options.day);
  if (!open) throw new Error(`no registration window is open on ${options.day}`);
  const { academicYear, term } = open;
  const disciplines = await queryRows<{ id: string }>(
    db,
    // disciplines without prerequisites that no student's plan holds yet (the demo's own registrations keep theirs)
    sql`select d.id from disciplines d where not exists (select 1 from discipline_prerequisites p where p.discipline_id = d.id) and not exists (select 1 from individual_plan_lines l where l.discipline_id = d.id) order by d.code limit ${options.disciplines}`,
  );
  if (disciplines.length < options.disciplines) throw new Error(`only ${disciplines.length} disciplines without prerequisites`);
  const offerings: LoadOffering[] = [];
  for (const [index, d] of disciplines.entries()) {
    const id = newId();
    await db.execute(sql`insert into offerings (id, discipline_id, academic_year, term, language, expected_students) values (${id}, ${d.id}, ${academicYear}, ${term}, 'ru', ${options.students})`);
    const sectionIds: string[] = [];
    for (const [n, capacity] of options.sections(index).entries()) {
      const sectionId = newId();
      await db.execute(sql`insert into sections (id, offering_id, kind, number, capacity, min_size) values (${sectionId}, ${id}, 'lecture', ${n + 1}, ${capacity}, 0)`);
      sectionIds.push(sectionId);
    }
    offerings.push({ id, disciplineId: d.id, sectionIds });
  }
  // students studying that day, with no hold at all (registration would refuse them): their plan of the year (the demo's, when it
  // may change: a draft, or accepted and reopened by the first place) or a new draft from the working plan of their cohort
  const studying = sql`
    from students s
    join student_placements pl on pl.student_id = s.id and not pl.is_cancelled and pl.status = 'active' and pl.valid_from <= ${options.day} and (pl.valid_to is null or pl.valid_to >= ${options.day})
    join group_profiles gp on gp.unit_id = pl.group_id
    where not exists (select 1 from holds h where h.student_id = s.id)`;
  await db.execute(sql`
    insert into individual_plans (id, student_id, academic_year, course, program_id, working_plan_id, status)
    select gen_random_uuid(), s.id, ${academicYear}, greatest(1, ${academicYear} - gp.admission_year + 1), pl.program_id, wp.id, 'draft'
    from students s
    join student_placements pl on pl.student_id = s.id and not pl.is_cancelled and pl.status = 'active' and pl.valid_from <= ${options.day} and (pl.valid_to is null or pl.valid_to >= ${options.day})
    join group_profiles gp on gp.unit_id = pl.group_id
    join lateral (select id from study_plans sp where sp.program_id = pl.program_id order by (sp.kind = 'working' and sp.admission_year = gp.admission_year) desc, (sp.status = 'approved') desc, sp.version desc limit 1) wp on true
    where not exists (select 1 from holds h where h.student_id = s.id)
      and not exists (select 1 from individual_plans ip where ip.student_id = s.id and ip.academic_year = ${academicYear})
    order by s.id
    limit ${options.students}`);
  const ids = sql.join(
    disciplines.map((d) => sql`${d.id}::uuid`),
    sql`, `,
  );
  await db.execute(sql`
    insert into individual_plan_lines (id, plan_id, source, kind, semester, term, discipline_id, credits, control_form, position)
    select gen_random_uuid(), ip.id, 'discipline', 'mandatory', (ip.course - 1) * 2 + ${TERM_SEMESTER[term]}, ${term}, d.id, d.credits, d.control_form, 1000 + d.ord
    from (select ip.id, ip.course from individual_plans ip where ip.academic_year = ${academicYear} and ip.status in ('draft', 'registrarAccepted')
            and ip.student_id in (select s.id ${studying}) order by ip.student_id limit ${options.students}) ip
    cross join (select id, credits, control_form, row_number() over (order by code)::int as ord from disciplines where id in (${ids})) d`);
  const rows = await queryRows<{ student_id: string; user_id: string; discipline_id: string; line_id: string }>(
    db,
    sql`select ip.student_id, s.user_id, l.discipline_id, l.id as line_id
        from individual_plans ip join students s on s.id = ip.student_id join individual_plan_lines l on l.plan_id = ip.id
        where ip.academic_year = ${academicYear} and l.discipline_id in (${ids}) order by ip.student_id`,
  );
  const byStudent = new Map<string, LoadStudent>();
  for (const r of rows) {
    const s = byStudent.get(r.student_id) ?? { studentId: r.student_id, userId: r.user_id, lines: new Map<string, string>() };
    s.lines.set(r.discipline_id, r.line_id);
    byStudent.set(r.student_id, s);
  }
  return { academicYear, term, students: [...byStudent.values()], offerings };
}

export interface DirectSession {
  userId: string;
  /** `univer_session=<token>` */
  cookie: string;
  csrfToken: string;
}

/**
 * Opens sessions the way the sign-in does (the session row keyed by the token's HMAC under the
 * server's secret, a CSRF token, the `auth.session.create` audit row) without the password check:
 * argon2 and the per-address sign-in limit would make thousands of sign-ins the slowest step.
 */
export async function openSessions(db: Executor, secret: string, userIds: string[], now: Date, hours = 12): Promise<DirectSession[]> {
  const out: DirectSession[] = [];
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  for (let i = 0; i < userIds.length; i += 1000) {
    const chunk = userIds.slice(i, i + 1000).map((userId) => ({ userId, token: newToken(), csrfToken: newToken(), publicId: newId() }));
    const sessions = sql.join(
      chunk.map((c) => sql`(${tokenDigest(secret, c.token)}, ${c.publicId}::uuid, ${c.userId}::uuid, ${c.csrfToken}, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz, ${expiresAt.toISOString()}::timestamptz, '127.0.0.1', 'bench')`),
      sql`, `,
    );
    await db.execute(sql`insert into sessions (id, public_id, user_id, csrf_token, created_at, last_seen_at, expires_at, ip, user_agent) values ${sessions}`);
    const audits = sql.join(
      chunk.map((c) => sql`(${newId()}::uuid, ${now.toISOString()}::timestamptz, ${c.userId}::uuid, (select username from users where id = ${c.userId}::uuid), '127.0.0.1', 'load-sessions', 'auth.session.create', 'session', ${c.publicId}, ${JSON.stringify({ ip: '127.0.0.1', userAgent: 'bench' })}::jsonb)`),
      sql`, `,
    );
    await db.execute(sql`insert into audit_log (id, at, actor_id, actor_username, ip, request_id, action, entity_type, entity_id, after) values ${audits}`);
    out.push(...chunk.map((c) => ({ userId: c.userId, cookie: `univer_session=${c.token}`, csrfToken: c.csrfToken })));
  }
  return out;
}
