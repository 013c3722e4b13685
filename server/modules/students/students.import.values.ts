import { z } from 'zod';
import type { ErrorCode } from '../../../shared/errors.ts';
import { createStudentBody, type CreateStudentBody } from '../../../shared/modules/students/students.contracts.ts';
import { checkPersonalNumber, isKyrgyzPassport, normalizePassport } from '../../../shared/modules/students/rules/personal-documents.ts';
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField } from '../../../shared/modules/students/students.vocabulary.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { Cell, SheetRow } from './students.import.file.ts';

/**
 * From a file's cells to student cards: the column mapping, the forms of dates and genders people
 * type, and the same checks as creating one card (contract, PIN, passport of a KG citizen). Pure.
 */

export { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField } from '../../../shared/modules/students/students.vocabulary.ts';

/** our field → the file's column header, e.g. { "lastName": "Фамилия" } */
export const importMapping = z.partialRecord(z.enum(IMPORT_FIELDS), z.string().trim().min(1).max(200));
export type ImportMapping = z.infer<typeof importMapping>;

/** A card as the import creates it: the contract of a new card without the password. */
export const importCard = createStudentBody.omit({ password: true });
export type ImportCard = Omit<CreateStudentBody, 'password'>;

/** One reason a row cannot be imported: a zod issue code or an error code, with the message's parameters. */
export interface RowProblem {
  field: ImportField;
  code: string;
  /** errors:validation.<key> for contract issues, errors:<code> otherwise */
  messageKey: string;
  params: Record<string, unknown>;
}

/** The values that must be unique (in the file and in the database), when they passed their own checks. */
export type UniqueKeys = Partial<Record<'username' | 'personalNumber' | 'passportNumber', string>>;

export interface CheckedRow {
  row: number;
  /** the card when it meets the contract; the row is importable only without any problem */
  card: ImportCard | null;
  keys: UniqueKeys;
  problems: RowProblem[];
}

export interface MappedColumn {
  index: number;
  header: string;
}

const headerKey = (text: string) => text.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();

/** Where each mapped field is in the file; refuses a mapping that misses a required field or names no column. */
export function resolveMapping(headers: string[], mapping: ImportMapping): Map<ImportField, MappedColumn> {
  const positions = new Map<string, number>();
  headers.forEach((h, i) => positions.has(headerKey(h)) || positions.set(headerKey(h), i));
  const columns = new Map<ImportField, MappedColumn>();
  const unknownColumns: string[] = [];
  for (const field of IMPORT_FIELDS) {
    const header = mapping[field];
    if (header === undefined) continue;
    const index = positions.get(headerKey(header));
    if (index === undefined) unknownColumns.push(header);
    else columns.set(field, { index, header: headers[index] ?? header });
  }
  const missingFields = REQUIRED_IMPORT_FIELDS.filter((f) => mapping[f] === undefined);
  if (missingFields.length || unknownColumns.length) throw new AppError('IMPORT_MAPPING_INVALID', {}, { missingFields, unknownColumns, headers });
  return columns;
}

const isoOf = (date: Date) => date.toISOString().slice(0, 10);

function realDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid && year >= 1900 ? isoOf(date) : null;
}

/** Days since 30.12.1899: how Excel stores a date in a cell without a date format. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date from dd.mm.yyyy, dd/mm/yyyy, yyyy-mm-dd, an Excel date or serial; undefined when empty, null when not a date. */
export function parseDate(cell: Cell): string | null | undefined {
  if (cell === null) return undefined;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : isoOf(cell);
  if (typeof cell === 'number') return cell >= 1 && cell < 2_958_466 ? isoOf(new Date(EXCEL_EPOCH + Math.floor(cell) * 86_400_000)) : null;
  const text = cell.trim();
  if (text === '') return undefined;
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  if (dmy) return realDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (ymd) return realDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return null;
}

const FEMALE = new Set(['ж', 'жен', 'женский', 'женщина', 'f', 'female', 'а', 'аял']);
const MALE = new Set(['м', 'муж', 'мужской', 'мужчина', 'm', 'male', 'э', 'эркек']);

/** ж/м, ж./м., женский/мужской, female/male, аял/эркек (А/Э) in any case; undefined when empty, null when unknown. */
export function parseGender(cell: Cell): 'female' | 'male' | null | undefined {
  if (cell === null) return undefined;
  const text = String(cell).trim().toLowerCase().replace(/\.$/, '');
  if (text === '') return undefined;
  if (FEMALE.has(text)) return 'female';
  if (MALE.has(text)) return 'male';
  return null;
}

/** Text as typed; the quote our exports put before a leading = + - @ (against formulas) comes off again. */
function text(cell: Cell): string | undefined {
  if (cell === null) return undefined;
  if (cell instanceof Date) return isoOf(cell);
  const value = String(cell).trim().replace(/^'(?=[=+\-@])/, '');
  return value === '' ? undefined : value;
}

/** A whole number as typed or stored; anything else is left for the contract to refuse. */
function score(cell: Cell): unknown {
  if (typeof cell === 'number' || cell === null) return cell ?? undefined;
  const value = text(cell);
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : value;
}

export const rowProblem = (field: ImportField, code: ErrorCode, params: Record<string, unknown> = {}): RowProblem => ({ field, code, messageKey: `errors:${code}`, params });

/** The row's values by field, with the problems of reading dates and genders. */
function readValues(sheetRow: SheetRow, columns: Map<ImportField, MappedColumn>) {
  const values: Record<string, unknown> = {};
  const problems: RowProblem[] = [];
  for (const [field, column] of columns) {
    const cell = sheetRow.cells[column.index] ?? null;
    if (field === 'birthDate' || field === 'gender') {
      const value = field === 'birthDate' ? parseDate(cell) : parseGender(cell);
      if (value === null) problems.push(rowProblem(field, field === 'birthDate' ? 'IMPORT_DATE_INVALID' : 'IMPORT_GENDER_INVALID'));
      else values[field] = value;
    } else if (field === 'ortScore') values[field] = score(cell);
    else if (field === 'passportNumber') values[field] = text(cell) === undefined ? undefined : normalizePassport(text(cell)!);
    else values[field] = text(cell);
  }
  return { values, problems };
}

const KNOWN_ISSUES = new Set(['invalid_type', 'too_small', 'too_big', 'invalid_format', 'unrecognized_keys', 'invalid_value', 'not_multiple_of']);

/** Every problem of one row: reading, the card's contract, the PIN and the passport rule (not uniqueness). */
export function checkRow(sheetRow: SheetRow, columns: Map<ImportField, MappedColumn>, now: Date): CheckedRow {
  const { values, problems } = readValues(sheetRow, columns);
  const parsed = importCard.safeParse(values);
  const failed = new Set(problems.map((p) => p.field));
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path[0] as ImportField;
    if (failed.has(field)) continue;
    failed.add(field);
    const params: Record<string, unknown> = {};
    if ('minimum' in issue) params.limit = issue.minimum;
    if ('maximum' in issue) params.limit = issue.maximum;
    const key = KNOWN_ISSUES.has(issue.code) ? issue.code : 'custom';
    problems.push({ field, code: issue.code, messageKey: `errors:validation.${key}`, params });
  }
  const pin = values.personalNumber;
  if (typeof pin === 'string' && !failed.has('personalNumber')) {
    const check = checkPersonalNumber(pin, now);
    if (check.problems.length) problems.push(rowProblem('personalNumber', 'PERSONAL_NUMBER_INVALID', { problems: check.problems }));
  }
  const passport = values.passportNumber;
  const citizenship = typeof values.citizenship === 'string' ? values.citizenship.toUpperCase() : 'KG';
  if (typeof passport === 'string' && !failed.has('passportNumber') && citizenship === 'KG' && !isKyrgyzPassport(passport)) {
    problems.push(rowProblem('passportNumber', 'PASSPORT_INVALID'));
  }
  const keys: UniqueKeys = {};
  for (const field of ['username', 'personalNumber', 'passportNumber'] as const) {
    const value = values[field];
    if (typeof value === 'string' && !problems.some((p) => p.field === field)) keys[field] = value.trim();
  }
  return { row: sheetRow.row, card: parsed.success ? parsed.data : null, keys, problems };
}

/** Marks the second and later rows that repeat a personal ID, PIN or passport of an earlier row of the file. */
export function markFileDuplicates(rows: CheckedRow[]): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    for (const [field, value] of Object.entries(row.keys)) {
      if (!value) continue;
      const key = `${field}\u0000${field === 'username' ? value.toLowerCase() : value}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, row.row);
      else row.problems.push(rowProblem(field as ImportField, 'IMPORT_DUPLICATE_IN_FILE', { row: first }));
    }
  }
}
