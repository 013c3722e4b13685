import { can, unitScopeOf } from '../../../shared/access/can.ts';
import type { SearchStudentsQuery } from '../../../shared/modules/students/students.contracts.ts';
import { courseOf } from '../../../shared/modules/students/rules/course.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { translate } from '../../platform/i18n/translate.ts';
import { unitsWithin } from '../org/index.ts';
import { cardsByIds, type ExportCard } from './students.export.repository.ts';
import { groupList, searchStudents } from './students.records.service.ts';
import { listGroups } from './students.repository.ts';
import { universityToday } from '../../platform/settings/settings.service.ts';

/**
 * Exports of student lists (XLSX, CSV): the students search with the same filters and scope, every
 * page, in batches; and a group's list as of a date. Personal documents only where the reader may see them.
 */

export const EXPORT_BATCH = 1000;

const COLUMNS = [
  ['username', 'text'], ['lastName', 'text'], ['firstName', 'text'], ['patronymic', 'text'], ['lastNameLatin', 'text'], ['firstNameLatin', 'text'],
  ['birthDate', 'date'], ['gender', 'text'], ['citizenship', 'text'], ['nationality', 'text'], ['group', 'text'], ['program', 'text'],
  ['course', 'number'], ['status', 'text'], ['studyForm', 'text'], ['funding', 'text'], ['phone', 'text'], ['email', 'text'],
  ['previousEducation', 'text'], ['ortCertificate', 'text'], ['ortScore', 'number'],
] as const;
const PERSONAL_COLUMNS = [['personalNumber', 'text'], ['passportNumber', 'text'], ['address', 'text']] as const;

export type ColumnKind = 'text' | 'number' | 'date';
export interface ExportColumn {
  key: string;
  label: string;
  kind: ColumnKind;
}
/** A cell: text, a number, or a date as yyyy-mm-dd (kind 'date'). */
export type ExportValue = string | number | null;

/** A list ready to be written: translated headers and rows in batches (the first is already read). */
export interface ExportTable {
  sheetName: string;
  fileName: string;
  columns: ExportColumn[];
  batches: AsyncIterable<ExportValue[][]> | Iterable<ExportValue[][]>;
}

/** Where a student stands in the list being exported (now, or on the date of a group list). */
interface Standing {
  status: string | null;
  groupId: string | null;
  groupCode: string | null;
  programCode: string | null;
  course: number | null;
  studyForm: string | null;
  funding: string | null;
}

/** Whose personal documents the reader may see: the same reach as students.student.readPersonal on one card. */
async function personalReach(ctx: ServiceContext): Promise<((card: ExportCard, unitId: string | null) => boolean) | null> {
  if (!can(ctx.actor, 'students.student.readPersonal')) return null;
  const scope = unitScopeOf(ctx.actor, 'students.student.readPersonal');
  if (scope.everywhere) return () => true;
  const units = new Set(await unitsWithin(ctx.db, scope.unitIds));
  const people = new Set(scope.studentIds);
  return (card, unitId) => card.userId === ctx.actor.userId || people.has(card.userId) || (unitId !== null && units.has(unitId));
}

function columnsOf(ctx: ServiceContext, personal: boolean): ExportColumn[] {
  const all = personal ? [...COLUMNS, ...PERSONAL_COLUMNS] : COLUMNS;
  return all.map(([key, kind]) => ({ key, kind, label: translate(ctx.lang, `students-export:columns.${key}`) }));
}

function rowOf(ctx: ServiceContext, card: ExportCard, standing: Standing, showPersonal: boolean | null): ExportValue[] {
  const label = (ns: string, value: string | null) => (value === null ? null : translate(ctx.lang, `students:${ns}.${value}`));
  const row: ExportValue[] = [
    card.username, card.lastName, card.firstName, card.patronymic, card.lastNameLatin, card.firstNameLatin,
    card.birthDate, label('gender', card.gender), card.citizenship, card.nationality, standing.groupCode, standing.programCode,
    standing.course, label('status', standing.status), label('studyForm', standing.studyForm), label('funding', standing.funding), card.phone, card.email,
    card.previousEducation, card.ortCertificate, card.ortScore,
  ];
  if (showPersonal !== null) row.push(...(showPersonal ? [card.personalNumber, card.passportNumber, card.address] : [null, null, null]));
  return row;
}

/** The rows of a batch in the batch's order, each card joined to its standing. */
async function rowsOf(ctx: ServiceContext, standings: (Standing & { id: string })[], reach: Awaited<ReturnType<typeof personalReach>>): Promise<ExportValue[][]> {
  const cards = new Map((await cardsByIds(ctx.db, standings.map((s) => s.id))).map((c) => [c.id, c]));
  return standings.flatMap((standing) => {
    const card = cards.get(standing.id);
    if (!card) return [];
    return [rowOf(ctx, card, standing, reach ? reach(card, standing.groupId ?? card.homeUnitId) : null)];
  });
}

/** Every student the search finds (same filters, same scope as GET /api/students), all pages. */
export async function exportStudents(ctx: ServiceContext, query: Omit<SearchStudentsQuery, 'page' | 'pageSize'>): Promise<ExportTable> {
  const reach = await personalReach(ctx);
  const first = await searchStudents(ctx, { ...query, page: 1, pageSize: EXPORT_BATCH });
  // the search's total may stop counting early: a page shorter than the batch is the last one
  async function* batches(): AsyncGenerator<ExportValue[][]> {
    let items = first.items;
    for (let page = 2; ; page += 1) {
      yield await rowsOf(ctx, items, reach);
      if (items.length < EXPORT_BATCH) return;
      items = (await searchStudents(ctx, { ...query, page, pageSize: EXPORT_BATCH })).items;
    }
  }
  return { sheetName: translate(ctx.lang, 'students-export:sheet.students'), fileName: `students-${await universityToday(ctx)}`, columns: columnsOf(ctx, reach !== null), batches: batches() };
}

/** A group's list as of a date (today by default), as the signed orders placed the students then. */
export async function exportGroup(ctx: ServiceContext, groupId: string, date?: string): Promise<ExportTable> {
  const list = await groupList(ctx, groupId, date);
  const [group] = await listGroups(ctx.db, list.date, groupId);
  const reach = await personalReach(ctx);
  const course = group ? courseOf(group.profile.admissionYear, new Date(`${list.date}T00:00:00Z`)) : null;
  const standings = list.items.map((item) => ({
    id: item.id,
    status: item.status,
    groupId,
    groupCode: group?.unit.code ?? null,
    programCode: group?.program.code ?? null,
    course,
    studyForm: item.studyForm,
    funding: item.funding,
  }));
  const rows = await rowsOf(ctx, standings, reach);
  const [y, m, d] = list.date.split('-');
  const code = group?.unit.code ?? 'group';
  return { sheetName: `${code} ${d}.${m}.${y}`, fileName: `${code}-${list.date}`, columns: columnsOf(ctx, reach !== null), batches: [rows] };
}
