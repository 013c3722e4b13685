import ExcelJS from 'exceljs';
import type { Lang } from '../../../shared/i18n/languages.ts';
import { HOUR_KINDS } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import type { PlanDto } from '../../../shared/modules/curricula/curricula.contracts.ts';
import { translate } from '../../platform/i18n/translate.ts';
import { formulaSafe, label, LINE_COLUMNS, SECTIONS, type SectionName } from './curricula.plans.sheet.ts';

/**
 * A plan as the workbook a department keeps (the layout the import reads back, README.md):
 * sheet 1 — the header (program, level, admission year, version, status) and one row per line
 * with its track (Major/Minor), classroom hours a week and a column per semester holding its credits, then totals per semester and year;
 * sheet 2 — elective groups (choose N of M), practices, the final attestation.
 */

/** What a plan's documents show besides the plan itself. */
export interface PlanDocumentData {
  plan: PlanDto;
  departmentName: string;
  /** dd.mm.yyyy in the university's time zone, and who approved it */
  approvedOn: string | null;
  approverName: string | null;
}

const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
const bold = { bold: true } as const;
const semestersOf = (plan: PlanDto) => Array.from({ length: plan.semesters }, (_, i) => i + 1);

/** The header of both documents: label → value, in the document's language. */
export function headerPairs(doc: PlanDocumentData, lang: Lang): [string, string][] {
  const { plan } = doc;
  const l = (key: string) => label(lang, `field.${key}`);
  const pairs: [string, string][] = [
    [l('program'), `${plan.programCode} ${plan.programName}`],
    [l('department'), doc.departmentName],
    [l('level'), translate(lang, `students:level.${plan.level}`)],
    [l('admissionYear'), plan.admissionYear === null ? '—' : String(plan.admissionYear)],
    [l('version'), String(plan.version)],
    [l('status'), label(lang, `status.${plan.status}`)],
  ];
  if (doc.approvedOn) pairs.push([l('approved'), doc.approverName ? label(lang, 'approvedOn', { date: doc.approvedOn, name: doc.approverName }) : doc.approvedOn]);
  return pairs;
}

function linesSheet(workbook: ExcelJS.Workbook, doc: PlanDocumentData, lang: Lang) {
  const { plan } = doc;
  const t = (key: string) => translate(lang, `curricula:${key}`);
  const semesters = semestersOf(plan);
  const first = LINE_COLUMNS.length + 1; // the column of semester 1
  const sheet = workbook.addWorksheet(sheetName(label(lang, 'sheet.plan')));
  sheet.addRow([label(lang, `title.${plan.kind}`)]).font = { bold: true, size: 13 };
  for (const [name, value] of headerPairs(doc, lang)) {
    const row = sheet.addRow([name, null, value]);
    sheet.mergeCells(row.number, 1, row.number, 2);
  }
  sheet.addRow([]);
  const header = sheet.addRow([...LINE_COLUMNS.map((c) => label(lang, `column.${c}`)), ...semesters.map((n) => label(lang, 'semester', { n }))]);
  header.font = bold;
  header.alignment = { wrapText: true, vertical: 'middle' };
  plan.lines.forEach((line, i) => {
    const hours = HOUR_KINDS.map((k) => line.hours[k] ?? 0);
    sheet.addRow([
      i + 1,
      formulaSafe(line.code),
      formulaSafe(line.name),
      t(`cycle.${line.cycle}`),
      t(`component.${line.component}`),
      t(`track.${line.track}`),
      t(`groupKind.${line.groupKind}`),
      line.groupKind === 'elective' ? line.electiveGroup : null,
      line.credits,
      ...hours,
      hours.reduce((a, b) => a + b, 0),
      line.weeklyHours.classroom,
      t(`controlForm.${line.controlForm}`),
      line.midterms,
      ...semesters.map((n) => (n === line.semester ? line.credits : null)),
    ]);
  });
  sheet.addRow([]);
  const totals = sheet.addRow([null, null, label(lang, 'semesterTotal')]);
  totals.getCell(LINE_COLUMNS.indexOf('credits') + 1).value = plan.totalCredits;
  plan.semesterCredits.forEach((credits, i) => (totals.getCell(first + i).value = credits));
  totals.font = bold;
  const years = sheet.addRow([null, null, label(lang, 'yearTotal')]);
  years.font = bold;
  for (let s = 1; s <= plan.semesters; s += 2) {
    years.getCell(first + s - 1).value = (plan.semesterCredits[s - 1] ?? 0) + (plan.semesterCredits[s] ?? 0);
    if (s < plan.semesters) sheet.mergeCells(years.number, first + s - 1, years.number, first + s);
    years.getCell(first + s - 1).alignment = { horizontal: 'center' };
  }
  sheet.addRow([null, null, label(lang, 'totalsNote')]).font = { italic: true };
  const widths = { number: 5, code: 12, name: 44, cycle: 24, component: 20, track: 24, groupKind: 22, electiveGroup: 12, weeklyHours: 12, controlForm: 16 } as Partial<Record<string, number>>;
  LINE_COLUMNS.forEach((c, i) => (sheet.getColumn(i + 1).width = widths[c] ?? 10));
  semesters.forEach((n) => (sheet.getColumn(first + n - 1).width = 11));
  sheet.views = [{ state: 'frozen', ySplit: header.number, xSplit: 3 }];
}

function section(sheet: ExcelJS.Worksheet, lang: Lang, name: SectionName, rows: (string | number | null)[][]) {
  const { title, columns, keys } = SECTIONS[name];
  sheet.addRow([label(lang, title)]).font = { bold: true, size: 12 };
  sheet.addRow(keys.map((k) => label(lang, `${columns}.${k}`))).font = bold;
  for (const row of rows) sheet.addRow(row);
  sheet.addRow([]);
}

function otherSheet(workbook: ExcelJS.Workbook, doc: PlanDocumentData, lang: Lang) {
  const { plan } = doc;
  const sheet = workbook.addWorksheet(sheetName(label(lang, 'sheet.other')));
  const groups = plan.electiveGroups.map((g) => {
    const lines = plan.lines.filter((l) => l.groupKind === 'elective' && l.electiveGroup === g.key);
    return [g.key, g.choose, lines.length, lines[0]?.semester ?? null, lines[0]?.credits ?? null, lines.map((l) => l.code).join(', ')];
  });
  section(sheet, lang, 'electiveGroups', groups);
  section(sheet, lang, 'practices', plan.practices.map((p) => [translate(lang, `curricula:practiceKind.${p.kind}`), p.semester, p.credits]));
  // one row per form; a plan saved with credits alone has a row without a form
  const attestation = plan.attestation.length ? plan.attestation.map((a) => [translate(lang, `curricula:attestationForm.${a.form}`), plan.semesters, a.credits]) : [[null, plan.semesters, plan.attestationCredits]];
  section(sheet, lang, 'attestation', attestation);
  [44, 14, 14, 12, 14, 60].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

/** The plan's workbook bytes, labels in the reader's language. */
export async function planWorkbook(doc: PlanDocumentData, lang: Lang): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = doc.plan.programCode;
  linesSheet(workbook, doc, lang);
  otherSheet(workbook, doc, lang);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
