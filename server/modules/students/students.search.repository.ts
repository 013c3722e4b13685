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
  /** null: everyone; otherwise placed in one of these units, or one of these users */
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
  total: number;
}

function filters(search: StudentSearch): SQL {
  const parts: SQL[] = [sql`true`];
  if (search.q) {
    const like = `%${search.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    parts.push(sql`(u.username ilike ${like} or (u.last_name || ' ' || u.first_name || ' ' || coalesce(u.patronymic, '')) ilike ${like}
      or (coalesce(s.last_name_latin, '') || ' ' || coalesce(s.first_name_latin, '')) ilike ${like})`);
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
    if (unitIds.length) reach.push(sql`p.group_id in ${unitIds}`);
    if (userIds.length) reach.push(sql`s.user_id in ${userIds}`);
    parts.push(sql`(${sql.join(reach, sql` or `)})`);
  }
  return sql.join(parts, sql` and `);
}

/** A page of students with their current standing, and the total count. */
export async function searchStudents(db: Executor, search: StudentSearch, page: number, pageSize: number): Promise<StudentSearchRow[]> {
  return queryRows<StudentSearchRow>(
    db,
    sql`select s.id, u.username, u.last_name, u.first_name, u.patronymic, p.status, p.group_id, g.code as group_code,
          pr.code as program_code, gp.admission_year, p.study_form, p.funding, count(*) over ()::int as total
        from students s
        join users u on u.id = s.user_id
        left join student_placements p on p.student_id = s.id and p.valid_to is null and not p.is_cancelled
        left join org_units g on g.id = p.group_id
        left join group_profiles gp on gp.unit_id = p.group_id
        left join programs pr on pr.id = p.program_id
        where ${filters(search)}
        order by u.last_name, u.first_name, u.id
        limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
}
