import ExcelJS from 'exceljs';
import type { ErrorCode } from '../../../shared/errors.ts';
import type { Lang } from '../../../shared/i18n/languages.ts';
import type { PlanImportErrorDto } from '../../../shared/modules/curricula/curricula.contracts.ts';
import { COMPONENTS, CYCLES, GROUP_KINDS, TRACKS, type Component, type Cycle, type GroupKind, type Track } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import { translate } from '../../platform/i18n/translate.ts';
import { cellInteger, cellOf, cellText, headerRecognizer, label, LINE_COLUMNS, REQUIRED_LINE_COLUMNS, semesterOfHeader, vocabularyValue, type Cell, type LineColumn } from './curricula.plans.sheet.ts';

/** Reading a plan's workbook: its sheets as numbered rows, and the disciplines table as raw lines (catalog checks come later). */

export interface SheetRows {
  name: string;
  /** the rows that hold anything, numbered as the user sees them; cells[0] is column A */
  rows: { row: number; cells: Cell[] }[];
}

type ImportCode = Extract<ErrorCode, `PLAN_IMPORT_${string}`>;

/** The refusals found so far, each translated at once into the user's language. */
export class Problems {
  readonly list: PlanImportErrorDto[] = [];
  readonly lang: Lang;
  constructor(lang: Lang) {
    this.lang = lang;
  }
  add(at: { row: number; sheet?: string | undefined; column?: string | undefined }, code: ImportCode, params: Record<string, unknown> = {}): void {
    const message = translate(this.lang, `errors:${code}`, { column: at.column, ...params });
    this.list.push({ row: at.row, ...(at.column ? { column: at.column } : {}), ...(at.sheet ? { sheet: at.sheet } : {}), code, message });
  }
}

/** Every sheet of an XLSX file, or undefined when the bytes are no workbook. */
export async function readWorkbook(bytes: Uint8Array): Promise<SheetRows[] | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    return undefined;
  }
  return workbook.worksheets.map((sheet) => {
    const rows: SheetRows['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells = Array.from((row.values as ExcelJS.CellValue[]).slice(1), cellOf);
      if (cells.some((c) => c !== null)) rows.push({ row: number, cells });
    });
    return { name: sheet.name, rows };
  });
}

/** One discipline row of the file, its values recognised but not yet matched with the catalog. */
export interface RawLine {
  row: number;
  code: string;
  cycle: Cycle;
  component: Component;
  /** Major when the file has no track column or leaves the cell empty */
  track: Track;
  groupKind: GroupKind;
  electiveGroup: string | null;
  midterms: number | undefined;
  semester: number;
  /** credits the file states for it, with the column they stand in */
  stated: { credits: number; column: string }[];
}

export interface LinesTable {
  sheet: SheetRows;
  headerRow: number;
  /** how many semesters the plan has: the highest semester column */
  semesters: number;
  lines: RawLine[];
  /** rows that name a discipline, good or not */
  count: number;
}

const recognizeLineHeader = headerRecognizer('column', LINE_COLUMNS);
const MAX_SEMESTER = 16;

/** The header of the disciplines table: the first row (of any sheet) with a "code" column. */
function findHeader(sheets: SheetRows[]) {
  for (const sheet of sheets) {
    for (const { row, cells } of sheet.rows) if (cells.some((c) => recognizeLineHeader(cellText(c)) === 'code')) return { sheet, row, cells };
  }
  return undefined;
}

/** Where each known column of the table is (0-based), or nothing when a required one is missing. */
function readHeader(header: NonNullable<ReturnType<typeof findHeader>>, problems: Problems) {
  const at = { row: header.row, sheet: header.sheet.name };
  const columns = new Map<LineColumn, number>();
  const semesterColumns = new Map<number, { index: number; title: string }>();
  const before = problems.list.length;
  header.cells.forEach((cell, index) => {
    const title = cellText(cell);
    if (title === '') return;
    const key = recognizeLineHeader(title);
    const semester = key === undefined ? semesterOfHeader(title) : undefined;
    if (key !== undefined) {
      if (columns.has(key)) problems.add({ ...at, column: title }, 'PLAN_IMPORT_HEADER_REPEATED');
      else columns.set(key, index);
    } else if (semester !== undefined) {
      if (semester < 1 || semester > MAX_SEMESTER) problems.add({ ...at, column: title }, 'PLAN_IMPORT_SEMESTER_INVALID', { value: title, max: MAX_SEMESTER });
      else if (semesterColumns.has(semester)) problems.add({ ...at, column: title }, 'PLAN_IMPORT_HEADER_REPEATED');
      else semesterColumns.set(semester, { index, title });
    }
  });
  for (const key of REQUIRED_LINE_COLUMNS) if (!columns.has(key)) problems.add({ ...at, column: label(problems.lang, `column.${key}`) }, 'PLAN_IMPORT_HEADER_MISSING');
  if (semesterColumns.size === 0) problems.add({ ...at, column: label(problems.lang, 'semester', { n: 1 }) }, 'PLAN_IMPORT_HEADER_MISSING');
  return problems.list.length === before ? { columns, semesterColumns } : undefined;
}

const allowed = (lang: Lang, ns: string, values: readonly string[]) => values.map((v) => translate(lang, `curricula:${ns}.${v}`)).join('; ');

/** The disciplines table of the file, row by row; every problem is added to `problems`. */
export function readLines(sheets: SheetRows[], problems: Problems): LinesTable | undefined {
  const lang = problems.lang;
  const header = findHeader(sheets);
  if (!header) {
    problems.add({ row: 0, column: label(lang, 'column.code') }, 'PLAN_IMPORT_HEADER_MISSING');
    return undefined;
  }
  const known = readHeader(header, problems);
  if (!known) return undefined;
  const { columns, semesterColumns } = known;
  const titleOf = (key: LineColumn) => cellText(header.cells[columns.get(key)!] ?? null) || label(lang, `column.${key}`);
  const lines: RawLine[] = [];
  const firstRow = new Map<string, number>();
  let count = 0;
  for (const { row, cells } of header.sheet.rows.filter((r) => r.row > header.row)) {
    const at = (key: LineColumn) => ({ row, sheet: header.sheet.name, column: titleOf(key) });
    const text = (key: LineColumn) => (columns.has(key) ? cellText(cells[columns.get(key)!] ?? null) : '');
    const code = text('code');
    if (code === '') {
      // a totals or note row has no code; a discipline row without one is an error
      if ((['cycle', 'component', 'track', 'groupKind', 'electiveGroup', 'midterms'] as const).some((k) => text(k) !== '')) problems.add(at('code'), 'PLAN_IMPORT_REQUIRED');
      continue;
    }
    count += 1;
    const before = problems.list.length;
    if (firstRow.has(code)) problems.add(at('code'), 'PLAN_IMPORT_CODE_REPEATED', { value: code, first: firstRow.get(code) });
    else firstRow.set(code, row);
    const vocabulary = <T extends string>(key: 'cycle' | 'component' | 'groupKind', values: readonly T[]): T | undefined => {
      const value = text(key);
      if (value === '') return void problems.add(at(key), 'PLAN_IMPORT_REQUIRED');
      const found = vocabularyValue(key, values, value);
      if (found === undefined) problems.add(at(key), 'PLAN_IMPORT_VALUE_UNKNOWN', { value, allowed: allowed(lang, key, values) });
      return found;
    };
    const cycle = vocabulary('cycle', CYCLES);
    const component = vocabulary('component', COMPONENTS);
    const groupKind = vocabulary('groupKind', GROUP_KINDS);
    const trackText = text('track');
    const track = trackText === '' ? 'major' : vocabularyValue('track', TRACKS, trackText);
    if (track === undefined) problems.add(at('track'), 'PLAN_IMPORT_VALUE_UNKNOWN', { value: trackText, allowed: allowed(lang, 'track', TRACKS) });
    const electiveGroup = text('electiveGroup');
    if (electiveGroup.length > 30) problems.add(at('electiveGroup'), 'PLAN_IMPORT_TEXT_TOO_LONG', { max: 30 });
    /** A whole number of the cell at `index` (under the header `column`), undefined when empty or refused. */
    const integer = (index: number | undefined, column: string, min: number, max: number) => {
      const raw = index === undefined ? null : (cells[index] ?? null);
      if (cellText(raw) === '') return undefined;
      const n = cellInteger(raw);
      if (n === undefined || n < min || n > max) return void problems.add({ row, sheet: header.sheet.name, column }, 'PLAN_IMPORT_NUMBER_INVALID', { value: cellText(raw), min, max });
      return n;
    };
    const midterms = integer(columns.get('midterms'), titleOf('midterms'), 0, 3);
    const stated: RawLine['stated'] = [];
    const credits = integer(columns.get('credits'), titleOf('credits'), 0, 60);
    if (credits !== undefined) stated.push({ credits, column: titleOf('credits') });
    const placed: number[] = [];
    for (const [semester, { index, title }] of [...semesterColumns].sort(([a], [b]) => a - b)) {
      const n = integer(index, title, 0, 60);
      if (n === undefined || n === 0) continue; // empty (or 0): not in this semester
      placed.push(semester);
      stated.push({ credits: n, column: title });
    }
    const where = { row, sheet: header.sheet.name };
    if (placed.length === 0) problems.add(where, 'PLAN_IMPORT_NO_SEMESTER', { value: code });
    if (placed.length > 1) problems.add({ ...where, column: placed.map((s) => semesterColumns.get(s)!.title).join(', ') }, 'PLAN_IMPORT_TWO_SEMESTERS', { value: code, semesters: placed.join(', ') });
    if (problems.list.length > before || !cycle || !component || !groupKind || !track) continue;
    lines.push({ row, code, cycle, component, track, groupKind, electiveGroup: electiveGroup || null, midterms, semester: placed[0]!, stated });
  }
  return { sheet: header.sheet, headerRow: header.row, semesters: Math.max(...semesterColumns.keys()), lines, count };
}
