import { inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/client.ts';
import { orgUnits } from '../org/org.tables.ts';
import { programs } from './students.tables.ts';

/** Queries of contingent reports: students as the dated placements stood on a day, counted in groups. */

export interface ContingentFilter {
  date: string;
  statuses: string[];
  /** null: every group; otherwise only these groups (the reader's scope and the chosen faculty) */
  groupIds: string[] | null;
  programId?: string | undefined;
}

/** Identical students on the date (same faculty, program, admission year, form, funding, status, gender, nationality, birth date) and how many. */
export interface ContingentRow {
  faculty_id: string | null;
  program_id: string;
  admission_year: number;
  study_form: string;
  funding: string;
  status: string;
  gender: string;
  nationality: string | null;
  birth_date: string;
  count: number;
}

function where(filter: ContingentFilter): SQL {
  const parts: SQL[] = [
    sql`not p.is_cancelled`,
    sql`p.valid_from <= ${filter.date}`,
    sql`(p.valid_to is null or p.valid_to > ${filter.date})`,
    filter.statuses.length ? sql`p.status in ${filter.statuses}` : sql`false`,
  ];
  if (filter.groupIds) parts.push(filter.groupIds.length ? sql`p.group_id in ${filter.groupIds}` : sql`false`);
  if (filter.programId) parts.push(sql`p.program_id = ${filter.programId}`);
  return sql.join(parts, sql` and `);
}

/** The periods covering the date, counted by every dimension a report may group by (the faculty is the group's nearest faculty above it). */
export async function contingentRows(db: Executor, filter: ContingentFilter): Promise<ContingentRow[]> {
  return queryRows<ContingentRow>(
    db,
    sql`select case when d.kind = 'faculty' then d.id when f.kind = 'faculty' then f.id end as faculty_id,
          p.program_id, gp.admission_year, p.study_form, p.funding, p.status, s.gender, s.nationality,
          to_char(s.birth_date, 'YYYY-MM-DD') as birth_date, count(*)::int as count
        from student_placements p
        join students s on s.id = p.student_id
        join group_profiles gp on gp.unit_id = p.group_id
        join org_units g on g.id = p.group_id
        left join org_units d on d.id = g.parent_id
        left join org_units f on f.id = d.parent_id
        where ${where(filter)}
        group by 1, p.program_id, gp.admission_year, p.study_form, p.funding, p.status, s.gender, s.nationality, s.birth_date`,
  );
}

export async function unitNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: orgUnits.id, nameRu: orgUnits.nameRu, nameKy: orgUnits.nameKy, nameEn: orgUnits.nameEn }).from(orgUnits).where(inArray(orgUnits.id, ids));
}

export async function programNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: programs.id, code: programs.code, nameRu: programs.nameRu, nameKy: programs.nameKy, nameEn: programs.nameEn }).from(programs).where(inArray(programs.id, ids));
}
