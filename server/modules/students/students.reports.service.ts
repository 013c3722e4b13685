import { unitScopeOf } from '../../../shared/access/can.ts';
import { ageBand, ageBandKeys, ageOn } from '../../../shared/modules/students/rules/age.ts';
import { distribution, pivot, type ContingentDimension, type ContingentRecord } from '../../../shared/modules/students/rules/contingent.ts';
import { courseOf } from '../../../shared/modules/students/rules/course.ts';
import type { ContingentQuery, ContingentReportDto } from '../../../shared/modules/students/students-reports.contracts.ts';
import { STUDENT_STATUSES, type StudentStatus } from '../../../shared/modules/students/students.vocabulary.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { translate } from '../../platform/i18n/translate.ts';
import { universityToday } from '../../platform/settings/settings.service.ts';
import { unitName, unitsWithin } from '../org/index.ts';
import { contingentRows, programNames, unitNames, type ContingentRow } from './students.reports.repository.ts';

/**
 * Contingent reports (контингент) as of a date, from the dated placements: a pivot by the chosen
 * dimensions with totals, and the distributions by course, age, nationality and gender. The reader
 * sees the groups their `students.report.read` grants reach (a dean's office: its faculty).
 */

const DEFAULT_STATUSES: StudentStatus[] = ['active', 'onLeave'];

/** A record with what the distributions need besides the pivot's dimensions. */
type ReportRecord = ContingentRecord & { age: string; gender: string; nationality: string };

function dimensionsOf(ctx: ServiceContext, query: ContingentQuery): { rows: ContingentDimension[]; column: ContingentDimension | null } {
  const rows = (query.rows ? query.rows.split(',') : []) as ContingentDimension[];
  const column = query.columns ?? null;
  const all = column ? [...rows, column] : rows;
  const repeated = all.find((d, i) => all.indexOf(d) !== i);
  if (repeated) throw new AppError('REPORT_DIMENSION_REPEATED', { dimension: translate(ctx.lang, `students-reports:dimension.${repeated}`) });
  return { rows, column };
}

/** The groups the report may count: null for all, else the reader's scope, narrowed to the faculty when one is chosen. */
async function groupsInReach(ctx: ServiceContext, facultyId: string | undefined): Promise<string[] | null> {
  const scope = unitScopeOf(ctx.actor, 'students.report.read');
  const reach = scope.everywhere ? null : await unitsWithin(ctx.db, scope.unitIds);
  if (!facultyId) return reach;
  const faculty = await unitsWithin(ctx.db, [facultyId]);
  if (reach === null) return faculty;
  const allowed = new Set(reach);
  return faculty.filter((id) => allowed.has(id));
}

function toRecord(row: ContingentRow, date: string): ReportRecord {
  return {
    faculty: row.faculty_id ?? '',
    program: row.program_id,
    course: String(courseOf(row.admission_year, new Date(`${date}T00:00:00Z`))),
    form: row.study_form,
    funding: row.funding,
    status: row.status,
    count: row.count,
    age: ageBand(ageOn(row.birth_date, date)),
    gender: row.gender,
    nationality: row.nationality?.trim() ?? '',
  };
}

/** Names of the faculties and programs the records name, in the reader's language. */
async function labelsOf(ctx: ServiceContext, records: ReportRecord[]): Promise<Record<string, string>> {
  const faculties = await unitNames(ctx.db, [...new Set(records.map((r) => r.faculty).filter(Boolean))]);
  const programs = await programNames(ctx.db, [...new Set(records.map((r) => r.program))]);
  return Object.fromEntries([
    ...faculties.map((u) => [u.id, unitName(u, ctx.lang)] as const),
    ...programs.map((p) => [p.id, `${p.code} ${unitName(p, ctx.lang)}`] as const),
  ]);
}

function ageDistribution(records: ReportRecord[]) {
  if (records.length === 0) return [];
  const counts = new Map(distribution(records, (r) => r.age).map((d) => [d.key, d.count]));
  return ageBandKeys().map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

/** The contingent on a date (today by default), grouped as asked, with totals and distributions. */
export async function contingentReport(ctx: ServiceContext, query: ContingentQuery): Promise<ContingentReportDto> {
  const { rows: rowDimensions, column } = dimensionsOf(ctx, query);
  const date = query.date ?? (await universityToday(ctx));
  const statuses = query.statuses ? STUDENT_STATUSES.filter((s) => query.statuses?.split(',').includes(s)) : DEFAULT_STATUSES;
  const groupIds = await groupsInReach(ctx, query.facultyId);
  const records = (await contingentRows(ctx.db, { date, statuses, groupIds, programId: query.programId })).map((r) => toRecord(r, date));
  const table = pivot(records, rowDimensions, column);
  return {
    date,
    rowDimensions,
    columnDimension: column,
    statuses,
    columnKeys: table.columnKeys,
    rows: table.rows,
    columnTotals: table.columnTotals,
    total: table.total,
    labels: await labelsOf(ctx, records),
    distributions: {
      course: distribution(records, (r) => r.course),
      age: ageDistribution(records),
      nationality: distribution(records, (r) => r.nationality),
      gender: distribution(records, (r) => r.gender),
    },
  };
}
