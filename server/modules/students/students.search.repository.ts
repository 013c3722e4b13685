import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/client.ts';

/** The student search: name (Cyrillic or Latin, any part), personal ID, and filters on the current standing. */

export interface StudentSearch {
  q?: string | undefined;
  groupIds?: string[] | undefined;
  programId?: string | undefined;
  admissionYear?: number | undefined;
  studyForm?: string | undefined;
  funding?: string | undefined;
  status?: string | undefined;
  /** null: everyone; otherwise placed in one of these units or any unit below them, or one of these users */
  within?: { unitIds: string[]; userIds: string[] } | null;
}

export interface StudentSearchRow {
  id: string;
  username: string;
  last_name: string;
  first_name: string;
  patronymic: string | null;
  status: string | null;
  group_id: string | null;
  group_code: string | null;
  program_code: string | null;
  admission_year: number | null;
  study_form: string | null;
  funding: string | null;
}

function filters(search: StudentSearch): SQL {
  const parts: SQL[] = [sql`true`];
  if (search.q) {
    // search_text is lower-case already (a trigger keeps it): LIKE on it uses the trigram index
    const like = `%${search.q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    parts.push(sql`s.search_text like ${like}`);
  }
  if (search.groupIds) parts.push(search.groupIds.length ? sql`p.group_id in ${search.groupIds}` : sql`false`);
  if (search.programId) parts.push(sql`p.program_id = ${search.programId}`);
  if (search.admissionYear !== undefined) parts.push(sql`gp.admission_year = ${search.admissionYear}`);
  if (search.studyForm) parts.push(sql`p.study_form = ${search.studyForm}`);
  if (search.funding) parts.push(sql`p.funding = ${search.funding}`);
  if (search.status === 'notEnrolled') parts.push(sql`p.id is null`);
  else if (search.status) parts.push(sql`p.status = ${search.status}`);
  if (search.within) {
    const { unitIds, userIds } = search.within;
    const reach: SQL[] = [sql`false`];
    // the subtree is expanded in the query itself: one round trip, a handful of parameters
    if (unitIds.length) {
      reach.push(sql`p.group_id in (with recursive down(id, depth) as (
        select id, 0 from org_units where id in ${unitIds}
        union all select u.id, down.depth + 1 from org_units u join down on u.parent_id = down.id where down.depth < 20)
        select id from down)`);
    }
    if (userIds.length) reach.push(sql`s.user_id in ${userIds}`);
    parts.push(sql`(${sql.join(reach, sql` or `)})`);
  }
  return sql.join(parts, sql` and `);
}

const FROM = sql`from students s
        join users u on u.id = s.user_id
        left join student_placements p on p.student_id = s.id and p.valid_to is null and not p.is_cancelled
        left join group_profiles gp on gp.unit_id = p.group_id`;

/** The count joins only what the filters read: a name search alone counts over students. */
function countFrom(search: StudentSearch): SQL {
  const needsPlacement = Boolean(search.groupIds || search.programId || search.studyForm || search.funding || search.status || search.admissionYear !== undefined || search.within?.unitIds.length);
  const placement = needsPlacement ? sql` left join student_placements p on p.student_id = s.id and p.valid_to is null and not p.is_cancelled` : sql``;
  const profile = search.admissionYear !== undefined ? sql` left join group_profiles gp on gp.unit_id = p.group_id` : sql``;
  return sql`from students s${placement}${profile}`;
}

/** Counting stops here: past it a desk search says "more than 1,000 — refine", and reports count exactly. */
export const SEARCH_COUNT_CAP = 1000;

/** A page of students with their current standing, and the count up to the cap (two queries, run side by side). */
export async function searchStudents(db: Executor, search: StudentSearch, page: number, pageSize: number): Promise<{ rows: StudentSearchRow[]; total: number; totalCapped: boolean }> {
  const where = filters(search);
  const [rows, counted] = await Promise.all([
    queryRows<StudentSearchRow>(
      db,
      sql`select s.id, u.username, u.last_name, u.first_name, u.patronymic, p.status, p.group_id, g.code as group_code,
            pr.code as program_code, gp.admission_year, p.study_form, p.funding
          ${FROM}
          left join org_units g on g.id = p.group_id
          left join programs pr on pr.id = p.program_id
          where ${where}
          order by s.sort_name, s.id
          limit ${pageSize} offset ${(page - 1) * pageSize}`,
    ),
    queryRows<{ total: number }>(db, sql`select count(*)::int as total from (select 1 ${countFrom(search)} where ${where} limit ${SEARCH_COUNT_CAP + 1}) as capped`),
  ]);
  const total = counted[0]?.total ?? 0;
  return { rows, total: Math.min(total, SEARCH_COUNT_CAP), totalCapped: total > SEARCH_COUNT_CAP };
}
