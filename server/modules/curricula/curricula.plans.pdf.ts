import type { Lang } from '../../../shared/i18n/languages.ts';
import type { PlanDto, PlanLineDto } from '../../../shared/modules/curricula/curricula.contracts.ts';
import { COMPONENTS, CYCLES, HOUR_KINDS } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import { documentHeader, fields, renderPdf, signatureLine, table, type Content, type TableCell } from '../../platform/documents/pdf.ts';
import type { Executor } from '../../platform/db/client.ts';
import { translate } from '../../platform/i18n/translate.ts';
import { label } from './curricula.plans.sheet.ts';
import { headerPairs, type PlanDocumentData } from './curricula.plans.xlsx.ts';

/**
 * The printable plan (landscape A4): the header of FORMS.md §0 and the plan's own (program, level,
 * admission year, version, status, approval), the lines semester by semester with credits, hours, classroom
 * hours a week and control form (a Minor line marked beside its component), totals per semester and year, elective groups, practices, the final attestation, and
 * the lines the head of department and the registrar's office sign.
 */

const num = (n: number) => String(n);

function lineRow(lang: Lang, line: PlanLineDto, i: number): TableCell[] {
  const s = (key: string, params?: Record<string, unknown>) => label(lang, `short.${key}`, params);
  const hours = HOUR_KINDS.map((k) => line.hours[k] ?? 0);
  const kind = line.groupKind === 'elective' ? label(lang, 'pdf.elective', { group: line.electiveGroup ?? '—' }) : s(`groupKind.${line.groupKind}`);
  const component = line.track === 'minor' ? `${s(`component.${line.component}`)} / ${s('minor')}` : s(`component.${line.component}`);
  const weekly = line.weeklyHours.classroom.toLocaleString(lang === 'en' ? 'en' : 'ru');
  return [num(i + 1), line.code, line.name, s(`cycle.${line.cycle}`), component, kind, num(line.credits), ...hours.map(num), num(hours.reduce((a, b) => a + b, 0)), weekly, translate(lang, `curricula:controlForm.${line.controlForm}`), num(line.midterms)];
}

function semesterBlocks(lang: Lang, plan: PlanDto): Content[] {
  const s = (key: string) => label(lang, `short.${key}`);
  const column = (key: string) => label(lang, `column.${key}`);
  const header = [column('number'), column('code'), column('name'), column('cycle'), column('component'), s('kind'), s('credits'), ...HOUR_KINDS.map((k) => s(`hour.${k}`)), s('totalHours'), s('weeklyHours'), s('controlForm'), s('midterms')];
  const widths = [16, 44, '*', 30, 54, 50, 22, 24, 22, 22, 32, 28, 42, 30, 50, 20];
  const out: Content[] = [];
  for (let n = 1; n <= plan.semesters; n++) {
    const lines = plan.lines.filter((l) => l.semester === n);
    out.push({ text: label(lang, 'pdf.semesterHeading', { n }), bold: true, margin: [0, 8, 0, 4] });
    out.push(lines.length ? { stack: [table(header, lines.map((l, i) => lineRow(lang, l, i)), widths)], fontSize: 8 } : { text: label(lang, 'pdf.noLines'), italics: true, fontSize: 9 });
    out.push({ text: label(lang, 'pdf.semesterTotal', { n, credits: plan.semesterCredits[n - 1] ?? 0 }), bold: true, fontSize: 9, margin: [0, 3, 0, 0] });
    if (n % 2 === 0 || n === plan.semesters) {
      const year = Math.ceil(n / 2);
      const credits = (plan.semesterCredits[2 * year - 2] ?? 0) + (plan.semesterCredits[2 * year - 1] ?? 0);
      out.push({ text: label(lang, 'pdf.yearTotal', { n: year, credits }), bold: true, fontSize: 9, margin: [0, 2, 0, 0] });
    }
  }
  return out;
}

/** One table: credits of each semester, of each year (spanning its two semesters), and of the plan. */
function summary(lang: Lang, plan: PlanDto): Content {
  const semesters = Array.from({ length: plan.semesters }, (_, i) => i + 1);
  const years: TableCell[] = [label(lang, 'yearTotal')];
  for (const n of semesters) {
    if (n % 2 === 0) years.push('');
    else {
      const credits = (plan.semesterCredits[n - 1] ?? 0) + (plan.semesterCredits[n] ?? 0);
      years.push({ text: `${label(lang, 'pdf.year', { n: Math.ceil(n / 2) })}: ${credits}`, colSpan: n < plan.semesters ? 2 : 1, alignment: 'center' });
    }
  }
  years.push(num(plan.totalCredits));
  const header = [label(lang, 'pdf.semester'), ...semesters.map(num), label(lang, 'pdf.total')];
  return table(header, [[label(lang, 'column.credits'), ...plan.semesterCredits.map(num), num(plan.totalCredits)], years], [120, ...semesters.map(() => '*'), 50]);
}

function electives(lang: Lang, plan: PlanDto): Content {
  if (plan.electiveGroups.length === 0) return { text: label(lang, 'pdf.none'), italics: true, fontSize: 9 };
  const rows = plan.electiveGroups.map((g) => {
    const lines = plan.lines.filter((l) => l.groupKind === 'elective' && l.electiveGroup === g.key);
    return [g.key, num(g.choose), num(lines.length), lines[0] ? num(lines[0].semester) : '—', lines[0] ? num(lines[0].credits) : '—', lines.map((l) => `${l.code} ${l.name}`).join('\n')];
  });
  return table((['key', 'choose', 'of', 'semester', 'credits', 'disciplines'] as const).map((k) => label(lang, `group.${k}`)), rows, [50, 60, 60, 50, 90, '*']);
}

function practices(lang: Lang, plan: PlanDto): Content {
  if (plan.practices.length === 0) return { text: label(lang, 'pdf.none'), italics: true, fontSize: 9 };
  const rows = plan.practices.map((p) => [translate(lang, `curricula:practiceKind.${p.kind}`), num(p.semester), num(p.credits)]);
  return table((['kind', 'semester', 'credits'] as const).map((k) => label(lang, `practice.${k}`)), rows, ['*', 80, 80]);
}

function legend(lang: Lang, plan: PlanDto): Content {
  const s = (key: string) => label(lang, `short.${key}`);
  const parts = [
    ...CYCLES.map((c) => `${s(`cycle.${c}`)} — ${translate(lang, `curricula:cycle.${c}`)}`),
    ...COMPONENTS.map((c) => `${s(`component.${c}`)} — ${translate(lang, `curricula:component.${c}`)}`),
    translate(lang, 'curricula:track.minor'),
    ...HOUR_KINDS.map((k) => `${s(`hour.${k}`)} — ${translate(lang, `curricula:hourKind.${k}`)}`),
    label(lang, 'pdf.weeklyLegend', { weeks: plan.teachingWeeks }),
  ];
  return { text: `${label(lang, 'pdf.legend')}: ${parts.join('; ')}.`, fontSize: 7, color: '#444444', margin: [0, 10, 0, 0] };
}

/** "И. О. Фамилия", as a signature line names a person (FORMS.md §0). */
export function initialsName(person: { lastName: string; firstName: string; patronymic: string | null }): string {
  const initials = [person.firstName, person.patronymic].filter((p): p is string => Boolean(p)).map((p) => `${p.charAt(0)}.`);
  return [...initials, person.lastName].join(' ');
}

/** The forms of the final attestation with their credits, one a line (or a note that the plan gives none). */
function attestationForms(lang: Lang, plan: PlanDto): Content {
  if (plan.attestation.length === 0) return { text: label(lang, 'pdf.attestationNoForms'), fontSize: 9, italics: true };
  return { ul: plan.attestation.map((a) => label(lang, 'pdf.attestationPart', { form: translate(lang, `curricula:attestationForm.${a.form}`), credits: a.credits })), fontSize: 9 };
}

/** The plan's PDF bytes, in the reader's language, under the university's header. */
export async function planPdf(db: Executor, doc: PlanDocumentData, lang: Lang, approverInitials: string | null): Promise<Uint8Array<ArrayBuffer>> {
  const { plan } = doc;
  const heading = (key: string): Content => ({ text: label(lang, key), bold: true, margin: [0, 12, 0, 4] });
  const content: Content[] = [
    ...(plan.status === 'draft' ? [{ text: label(lang, 'pdf.draftMark'), bold: true, color: '#b00020', alignment: 'center', margin: [0, 0, 0, 6] } as Content] : []),
    fields(headerPairs(doc, lang)),
    ...semesterBlocks(lang, plan),
    heading('pdf.summary'),
    summary(lang, plan),
    heading('electiveGroups'),
    electives(lang, plan),
    heading('practices'),
    practices(lang, plan),
    heading('attestation'),
    { text: label(lang, 'pdf.attestationLine', { credits: plan.attestationCredits, semester: plan.semesters }), fontSize: 9 },
    attestationForms(lang, plan),
    legend(lang, plan),
    signatureLine(label(lang, 'pdf.headOfDepartment')),
    signatureLine(label(lang, 'pdf.registrar'), approverInitials ?? ''),
  ];
  return renderPdf(await documentHeader(db), { title: label(lang, `title.${plan.kind}`), subtitle: [doc.departmentName], content, orientation: 'landscape' }, lang);
}
