import type ExcelJS from 'exceljs';
import { LANGUAGES, type Lang } from '../../../shared/i18n/languages.ts';
import { translate } from '../../platform/i18n/translate.ts';

/**
 * The layout of a plan's workbook, shared by the export and the import: the columns of the
 * disciplines table, the sections of the second sheet, and how their headers and values are
 * recognised in any of the three languages (or by their codes).
 */

/**
 * The disciplines table, left to right; a column per semester follows them. `track` (Major/Minor) may be left out
 * of a file (every line is then Major); `weeklyHours` (classroom hours a week), like `totalHours`, is never read back.
 */
export const LINE_COLUMNS = ['number', 'code', 'name', 'cycle', 'component', 'track', 'groupKind', 'electiveGroup', 'credits', 'lecture', 'practice', 'lab', 'supervised', 'independent', 'totalHours', 'weeklyHours', 'controlForm', 'midterms'] as const;
export type LineColumn = (typeof LINE_COLUMNS)[number];
/** Without these the file cannot say what a line is (plus at least one semester column). */
export const REQUIRED_LINE_COLUMNS: readonly LineColumn[] = ['code', 'cycle', 'component', 'groupKind'];

/** The sections of the second sheet: a title row, a header row, rows until a blank row. */
export const SECTIONS = {
  electiveGroups: { title: 'electiveGroups', columns: 'group', keys: ['key', 'choose', 'of', 'semester', 'credits', 'disciplines'], required: ['key', 'choose'] },
  practices: { title: 'practices', columns: 'practice', keys: ['kind', 'semester', 'credits'], required: ['kind', 'semester', 'credits'] },
  /** one row per form of the attestation; a file without the form column (an older one) gives the credits alone, in one row */
  attestation: { title: 'attestation', columns: 'attestationColumn', keys: ['form', 'semester', 'credits'], required: ['credits'] },
} as const;
export type SectionName = keyof typeof SECTIONS;

/** A label of the plan documents (`curricula:planDocument.*`) in a language. */
export const label = (lang: Lang, key: string, params?: Record<string, unknown>) => translate(lang, `curricula:planDocument.${key}`, params);

/** How a header or a value is compared: case, spaces, ё and a final dot or colon do not matter. */
export const normalized = (text: string) =>
  text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:]$/, '');

/** Recognises a header among `keys` by its label (`<prefix>.<key>`) in any language. */
export function headerRecognizer<K extends string>(prefix: string, keys: readonly K[]): (text: string) => K | undefined {
  const known = new Map<string, K>();
  for (const lang of LANGUAGES) for (const key of keys) known.set(normalized(label(lang, `${prefix}.${key}`)), key);
  return (text) => known.get(normalized(text));
}

/** The semester a header names ("Семестр 3", "3-семестр", "Semester 3" or just "3"), if it names one. */
export function semesterOfHeader(text: string): number | undefined {
  const value = normalized(text);
  if (/^\d{1,2}$/.test(value)) return Number(value);
  for (const lang of LANGUAGES) {
    const [before = '', after = ''] = normalized(label(lang, 'semester', { n: '\u0000' })).split('\u0000');
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(`^${escape(before)}(\\d{1,2})${escape(after)}$`).exec(value);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** A value of a vocabulary (`curricula:<ns>.<value>`): its code, or its label in any language. */
export function vocabularyValue<T extends string>(ns: string, values: readonly T[], text: string): T | undefined {
  const value = normalized(text);
  for (const v of values) {
    if (normalized(v) === value) return v;
    if (LANGUAGES.some((lang) => normalized(translate(lang, `curricula:${ns}.${v}`)) === value)) return v;
  }
  return undefined;
}

// ——— cells ———

/** One cell as read: text, a number, or nothing. */
export type Cell = string | number | null;

export function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return cellOf(value.richText.map((part) => part.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return cellOf((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('hyperlink' in value) return cellOf(value.text);
  return null;
}

/** The text of a cell (a leading quote that kept it from being a formula dropped), '' when empty. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  const text = String(cell).trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/** A whole number in a cell ("6", "6,0" and 6 alike), or undefined when it holds something else. */
export function cellInteger(cell: Cell): number | undefined {
  const n = typeof cell === 'number' ? cell : Number(cellText(cell).replace(',', '.'));
  return cellText(cell) !== '' && Number.isInteger(n) ? n : undefined;
}

/** A leading =, +, - or @ would make a spreadsheet read free text as a formula: quote it. */
export const formulaSafe = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
