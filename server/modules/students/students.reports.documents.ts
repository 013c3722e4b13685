import { courseOf } from '../../../shared/modules/students/rules/course.ts';
import type { PlacementDto, StudentDto } from '../../../shared/modules/students/students.contracts.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { documentDate, documentHeader, fields, renderPdf, signatureLine, table, type Content } from '../../platform/documents/pdf.ts';
import { translate } from '../../platform/i18n/translate.ts';
import { universityToday } from '../../platform/settings/settings.service.ts';
import { fullName } from '../identity/index.ts';
import { unitName } from '../org/index.ts';
import { canOnStudent } from './students.policy.ts';
import { unitNames } from './students.reports.repository.ts';
import { getStudent, groupList } from './students.records.service.ts';
import { getGroup } from './students.structure.service.ts';

/** Printable documents of student records: the group list as of a date and the student's personal card (PDF). */

export interface PdfFile {
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
}

const tr = (ctx: ServiceContext, key: string, params?: Record<string, unknown>) => translate(ctx.lang, key, params);
const label = (ctx: ServiceContext, ns: string, value: string | null | undefined) => (value ? tr(ctx, `students:${ns}.${value}`) : null);
const courseText = (ctx: ServiceContext, course: number | null) => (course === null ? null : course === 0 ? tr(ctx, 'students:course.notStarted') : tr(ctx, 'students:course.value', { course }));

async function facultyName(ctx: ServiceContext, facultyId: string | null): Promise<string | null> {
  if (!facultyId) return null;
  const [unit] = await unitNames(ctx.db, [facultyId]);
  return unit ? unitName(unit, ctx.lang) : null;
}

/** The list of a group on a date (today by default), as the signed orders placed the students: FORMS.md §0 layout. */
export async function groupListPdf(ctx: ServiceContext, groupId: string, date?: string): Promise<PdfFile> {
  const list = await groupList(ctx, groupId, date);
  const group = await getGroup(ctx, groupId);
  const day = documentDate(list.date);
  const rows = list.items.map((item, i) => [String(i + 1), item.fullName, item.username, label(ctx, 'funding', item.funding) ?? '', label(ctx, 'status', item.status) ?? '']);
  const content: Content[] = [
    fields([
      [tr(ctx, 'students-reports:groupList.faculty'), await facultyName(ctx, group.facultyId)],
      [tr(ctx, 'students:field.group'), group.code],
      [tr(ctx, 'students:field.program'), `${group.programCode} ${group.programName}`],
      [tr(ctx, 'students:field.course'), courseText(ctx, courseOf(group.admissionYear, new Date(`${list.date}T00:00:00Z`)))],
      [tr(ctx, 'students:field.studyForm'), label(ctx, 'studyForm', group.studyForm)],
      [tr(ctx, 'students-reports:groupList.date'), day],
    ]),
    rows.length
      ? table(['students-reports:groupList.number', 'students-reports:groupList.fullName', 'students-reports:groupList.username', 'students-reports:groupList.funding', 'students-reports:groupList.status'].map((k) => tr(ctx, k)), rows, [20, '*', 'auto', 'auto', 'auto'])
      : { text: tr(ctx, 'students-reports:groupList.empty'), italics: true },
    { text: tr(ctx, 'students-reports:groupList.total', { count: rows.length }), margin: [0, 8, 0, 0] },
    signatureLine(tr(ctx, 'students-reports:groupList.dean')),
  ];
  const title = tr(ctx, 'students-reports:groupList.title', { group: group.code, date: day });
  return { fileName: `${group.code}-${list.date}`, bytes: await renderPdf(await documentHeader(ctx.db), { title, content }, ctx.lang) };
}

function standingOf(ctx: ServiceContext, card: StudentDto): [string, string | null][] {
  const now = card.current;
  if (!now) return [[tr(ctx, 'students:field.status'), tr(ctx, 'students-reports:card.notEnrolled')]];
  return [
    [tr(ctx, 'students:field.status'), label(ctx, 'status', now.status)],
    [tr(ctx, 'students:field.group'), now.groupCode],
    [tr(ctx, 'students:field.program'), now.programCode],
    [tr(ctx, 'students:field.course'), courseText(ctx, card.course)],
    [tr(ctx, 'students:field.studyForm'), label(ctx, 'studyForm', now.studyForm)],
    [tr(ctx, 'students:field.funding'), label(ctx, 'funding', now.funding)],
  ];
}

function historyOf(ctx: ServiceContext, history: PlacementDto[]): Content {
  if (history.length === 0) return { text: tr(ctx, 'students-reports:card.noHistory'), italics: true };
  const header = ['order', 'kind', 'from', 'to'].map((k) => tr(ctx, `students-reports:card.${k}`));
  header.push(tr(ctx, 'students:field.group'), tr(ctx, 'students:field.status'));
  const rows = history.map((p) => [
    p.orderNumber,
    tr(ctx, `students:orderKind.${p.orderKind}`) + (p.isCancelled ? ` (${tr(ctx, 'students-reports:card.cancelled')})` : ''),
    documentDate(p.validFrom),
    p.validTo ? documentDate(p.validTo) : '—',
    p.groupCode,
    label(ctx, 'status', p.status) ?? '',
  ]);
  return table(header, rows, ['auto', '*', 'auto', 'auto', 'auto', 'auto']);
}

/** Every field of the card the reader may see (personal documents only with students.student.readPersonal), its standing and the history of orders. */
export async function studentCardPdf(ctx: ServiceContext, studentId: string): Promise<PdfFile> {
  const card = await getStudent(ctx, studentId);
  const personal = await canOnStudent(ctx.db, ctx.actor, 'students.student.readPersonal', { userId: card.userId, unitId: card.current?.groupId ?? null });
  const f = (key: string, value: string | number | null) => [tr(ctx, `students:field.${key}`), value === null ? null : String(value)] as [string, string | null];
  const latin = [card.lastNameLatin, card.firstNameLatin].filter(Boolean).join(' ') || null;
  const documents = personal || card.personalNumber !== null ? [f('personalNumber', card.personalNumber), f('passportNumber', card.passportNumber), f('address', card.address)] : [];
  const content: Content[] = [
    { text: tr(ctx, 'students-reports:card.personal'), bold: true, margin: [0, 0, 0, 4] },
    fields([
      [tr(ctx, 'students-reports:card.fullName'), fullName(card)],
      [tr(ctx, 'students:field.latinName'), latin],
      [tr(ctx, 'students-reports:groupList.username'), card.username],
      [tr(ctx, 'students:field.birthDate'), documentDate(card.birthDate)],
      [tr(ctx, 'students:field.gender'), label(ctx, 'gender', card.gender)],
      f('nationality', card.nationality),
      f('citizenship', card.citizenship),
      ...documents,
      f('phone', card.phone),
      f('email', card.email),
      f('previousEducation', card.previousEducation),
      f('ortCertificate', card.ortCertificate),
      f('ortScore', card.ortScore),
    ]),
    { text: tr(ctx, 'students-reports:card.standing'), bold: true, margin: [0, 4, 0, 4] },
    fields(standingOf(ctx, card)),
    { text: tr(ctx, 'students-reports:card.history'), bold: true, margin: [0, 4, 0, 4] },
    historyOf(ctx, card.history),
    { text: tr(ctx, 'students-reports:card.printedOn', { date: documentDate(await universityToday(ctx)) }), margin: [0, 12, 0, 0], fontSize: 9 },
    signatureLine(tr(ctx, 'students-reports:card.head')),
  ];
  return { fileName: `card-${card.username}`, bytes: await renderPdf(await documentHeader(ctx.db), { title: tr(ctx, 'students-reports:card.title'), subtitle: [fullName(card)], content }, ctx.lang) };
}
