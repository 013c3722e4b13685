import { ATTESTATION_FORMS, PRACTICE_KINDS, type AttestationForm, type PracticeKind } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import { LANGUAGES } from '../../../shared/i18n/languages.ts';
import { translate } from '../../platform/i18n/translate.ts';
import type { Problems, SheetRows } from './curricula.plans.import.file.ts';
import { cellInteger, cellText, headerRecognizer, label, normalized, SECTIONS, vocabularyValue, type Cell, type SectionName } from './curricula.plans.sheet.ts';

/** Reading the second sheet of a plan's workbook: elective groups, practices and the final attestation (each section optional). */

export interface Sections {
  electiveGroups: { key: string; choose: number }[];
  practices: { kind: PracticeKind; credits: number; semester: number }[];
  attestationCredits: number;
  /** the attestation's forms; undefined for a file without the form column (the credits alone) */
  attestation?: { form: AttestationForm; credits: number }[];
}

type SectionRow = { row: number; cells: Cell[] };

const titles = new Map<string, SectionName>();
for (const lang of LANGUAGES) for (const name of Object.keys(SECTIONS) as SectionName[]) titles.set(normalized(label(lang, SECTIONS[name].title)), name);

/** The section a row opens, when its first filled cell is a section's title. */
const sectionOf = (cells: Cell[]) => titles.get(normalized(cellText(cells.find((c) => c !== null) ?? null)));

/** Each section found: its header row and the rows under it, up to a blank row or the next title. */
function findSections(sheets: SheetRows[], problems: Problems) {
  const found = new Map<SectionName, { sheet: string; header: SectionRow; rows: SectionRow[] }>();
  for (const sheet of sheets) {
    const rows = sheet.rows;
    for (let i = 0; i < rows.length; i++) {
      const name = sectionOf(rows[i]!.cells);
      const header = rows[i + 1];
      if (!name || !header || header.row !== rows[i]!.row + 1) continue;
      if (found.has(name)) {
        problems.add({ row: rows[i]!.row, sheet: sheet.name, column: label(problems.lang, SECTIONS[name].title) }, 'PLAN_IMPORT_HEADER_REPEATED');
        continue;
      }
      const body: SectionRow[] = [];
      for (let j = i + 2; j < rows.length && rows[j]!.row === rows[j - 1]!.row + 1 && !sectionOf(rows[j]!.cells); j++) body.push(rows[j]!);
      found.set(name, { sheet: sheet.name, header: rows[i + 1]!, rows: body });
    }
  }
  return found;
}

/** The rows of a section as key → cell, or nothing when a required column is missing. */
function sectionRows(name: SectionName, section: { sheet: string; header: SectionRow; rows: SectionRow[] }, problems: Problems) {
  const { columns, keys, required } = SECTIONS[name];
  const recognize = headerRecognizer<string>(columns, keys);
  const index = new Map<string, number>();
  section.header.cells.forEach((cell, i) => {
    const key = recognize(cellText(cell));
    if (key !== undefined && !index.has(key)) index.set(key, i);
  });
  const missing = required.filter((k) => !index.has(k));
  for (const key of missing) problems.add({ row: section.header.row, sheet: section.sheet, column: label(problems.lang, `${columns}.${key}`) }, 'PLAN_IMPORT_HEADER_MISSING');
  if (missing.length) return [];
  return section.rows.map(({ row, cells }) => {
    const at = (key: string) => ({ row, sheet: section.sheet, column: cellText(section.header.cells[index.get(key)!] ?? null) });
    const cell = (key: string) => (index.has(key) ? (cells[index.get(key)!] ?? null) : null);
    const integer = (key: string, min: number, max: number, code: 'PLAN_IMPORT_NUMBER_INVALID' | 'PLAN_IMPORT_SEMESTER_INVALID' = 'PLAN_IMPORT_NUMBER_INVALID') => {
      const value = cellText(cell(key));
      if (value === '') return void problems.add(at(key), 'PLAN_IMPORT_REQUIRED');
      const n = cellInteger(cell(key));
      if (n === undefined || n < min || n > max) return void problems.add(at(key), code, { value, min, max });
      return n;
    };
    return { row, at, text: (key: string) => cellText(cell(key)), integer };
  });
}

/** The sections of the workbook (all sheets but the disciplines table's), checked against a plan of `semesters` semesters. */
export function readSections(sheets: SheetRows[], semesters: number, problems: Problems): Sections {
  const found = findSections(sheets, problems);
  const out: Sections = { electiveGroups: [], practices: [], attestationCredits: 0 };
  const tooMany = (name: SectionName, count: number, max: number) => {
    const section = found.get(name);
    if (section && count > max) problems.add({ row: section.header.row, sheet: section.sheet, column: label(problems.lang, SECTIONS[name].title) }, 'PLAN_IMPORT_TOO_MANY', { max });
  };
  const groups = found.get('electiveGroups');
  const firstRow = new Map<string, number>();
  for (const r of groups ? sectionRows('electiveGroups', groups, problems) : []) {
    const key = r.text('key');
    if (key === '') problems.add(r.at('key'), 'PLAN_IMPORT_REQUIRED');
    else if (key.length > 30) problems.add(r.at('key'), 'PLAN_IMPORT_TEXT_TOO_LONG', { max: 30 });
    else if (firstRow.has(key)) problems.add(r.at('key'), 'PLAN_IMPORT_GROUP_REPEATED', { value: key, first: firstRow.get(key) });
    const choose = r.integer('choose', 0, 20);
    if (key !== '' && key.length <= 30 && !firstRow.has(key)) firstRow.set(key, r.row);
    if (key !== '' && choose !== undefined) out.electiveGroups.push({ key, choose });
  }
  tooMany('electiveGroups', out.electiveGroups.length, 100);
  const practices = found.get('practices');
  for (const r of practices ? sectionRows('practices', practices, problems) : []) {
    const text = r.text('kind');
    const kind = text === '' ? undefined : vocabularyValue('practiceKind', PRACTICE_KINDS, text);
    if (text === '') problems.add(r.at('kind'), 'PLAN_IMPORT_REQUIRED');
    else if (!kind) problems.add(r.at('kind'), 'PLAN_IMPORT_VALUE_UNKNOWN', { value: text, allowed: PRACTICE_KINDS.map((k) => translate(problems.lang, `curricula:practiceKind.${k}`)).join('; ') });
    const semester = r.integer('semester', 1, semesters, 'PLAN_IMPORT_SEMESTER_INVALID');
    const credits = r.integer('credits', 0, 60);
    if (kind && semester !== undefined && credits !== undefined) out.practices.push({ kind, semester, credits });
  }
  tooMany('practices', out.practices.length, 50);
  const attestation = found.get('attestation');
  const rows = attestation ? sectionRows('attestation', attestation, problems) : [];
  // a row per form, the form as its code or label in any language (a form given twice is left to validation); rows
  // naming no form (an older file, or a plan saved with credits alone) give the credits alone, in one row
  if (rows.some((r) => r.text('form') !== '')) {
    const parts: { form: AttestationForm; credits: number }[] = [];
    for (const r of rows) {
      const text = r.text('form');
      const form = text === '' ? undefined : vocabularyValue('attestationForm', ATTESTATION_FORMS, text);
      if (text === '') problems.add(r.at('form'), 'PLAN_IMPORT_REQUIRED');
      else if (!form) problems.add(r.at('form'), 'PLAN_IMPORT_VALUE_UNKNOWN', { value: text, allowed: ATTESTATION_FORMS.map((f) => translate(problems.lang, `curricula:attestationForm.${f}`)).join('; ') });
      const credits = r.integer('credits', 0, 60);
      if (form && credits !== undefined) parts.push({ form, credits });
    }
    tooMany('attestation', parts.length, 8);
    out.attestation = parts;
    out.attestationCredits = parts.reduce((sum, p) => sum + p.credits, 0);
    return out;
  }
  tooMany('attestation', rows.length, 1);
  const credits = rows[0]?.integer('credits', 0, 60);
  if (credits !== undefined) out.attestationCredits = credits;
  return out;
}
