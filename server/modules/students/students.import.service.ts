import { z } from 'zod';
import { recordAuditMany, type AuditEntry } from '../../platform/audit/record-audit.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { translate } from '../../platform/i18n/translate.ts';
import { NO_PASSWORD_HASH, newAccountRows } from '../identity/index.ts';
import { readSheet } from './students.import.file.ts';
import * as repo from './students.import.repository.ts';
import { checkRow, IMPORT_FIELDS, importMapping, markFileDuplicates, resolveMapping, rowProblem, type CheckedRow, type ImportCard, type ImportField, type MappedColumn } from './students.import.values.ts';

/**
 * Import of student cards from a CSV or XLSX file (issue: import and export of students). Every row
 * is checked like a new card; the report lists each bad row, field and reason; nothing is written
 * unless the whole file is clean, and then everything is written in one transaction.
 */

export const importError = z.object({ row: z.number().int(), field: z.string(), code: z.string(), message: z.string() });
export const importReport = z.object({ rows: z.number().int(), valid: z.number().int(), errors: z.array(importError), imported: z.number().int() });
export type ImportReport = z.infer<typeof importReport>;

export interface ImportRequest {
  fileName: string;
  bytes: Uint8Array;
  /** the mapping as sent: a JSON object, our field → the file's column header */
  mapping: string;
  dryRun: boolean;
}

function parseMapping(raw: string) {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError('IMPORT_MAPPING_INVALID', {}, { reason: 'notJson' });
  }
  const parsed = importMapping.safeParse(json);
  if (!parsed.success) throw new AppError('IMPORT_MAPPING_INVALID', {}, { reason: 'shape', fields: parsed.error.issues.map((i) => i.path.join('.')) });
  return parsed.data;
}

/** Marks the usernames, PINs and passports that a card or account in the database already holds. */
async function markTaken(ctx: ServiceContext, rows: CheckedRow[]): Promise<void> {
  const values = (field: 'username' | 'personalNumber' | 'passportNumber') => [...new Set(rows.flatMap((r) => (r.keys[field] ? [field === 'username' ? r.keys[field].toLowerCase() : r.keys[field]] : [])))];
  const usernames = await repo.takenUsernames(ctx.db, values('username'));
  const pins = await repo.takenDocuments(ctx.db, 'personalNumber', values('personalNumber'));
  const passports = await repo.takenDocuments(ctx.db, 'passportNumber', values('passportNumber'));
  for (const row of rows) {
    const { username, personalNumber, passportNumber } = row.keys;
    if (username && usernames.has(username.toLowerCase())) row.problems.push(rowProblem('username', 'USERNAME_TAKEN', { username }));
    if (personalNumber && pins.has(personalNumber)) row.problems.push(rowProblem('personalNumber', 'PERSONAL_NUMBER_TAKEN'));
    if (passportNumber && passports.has(passportNumber)) row.problems.push(rowProblem('passportNumber', 'PASSPORT_TAKEN'));
  }
}

const FIELD_ORDER = new Map<string, number>(IMPORT_FIELDS.map((f, i) => [f, i]));

/** The report: each problem with the row number the user sees and a message in their language naming their column. */
function reportOf(ctx: ServiceContext, rows: CheckedRow[], columns: Map<ImportField, MappedColumn>, imported: number): ImportReport {
  const errors = rows.flatMap((r) =>
    [...r.problems]
      .sort((a, b) => (FIELD_ORDER.get(a.field) ?? 0) - (FIELD_ORDER.get(b.field) ?? 0))
      .map((p) => ({ row: r.row, field: p.field, code: p.code, message: translate(ctx.lang, p.messageKey, { ...p.params, field: columns.get(p.field)?.header ?? p.field }) })),
  );
  return { rows: rows.length, valid: rows.filter((r) => r.problems.length === 0).length, errors, imported };
}

/** The table rows and audit entries of the new cards, accounts without a usable password included. */
function recordsOf(ctx: ServiceContext, cards: ImportCard[]) {
  const users: repo.NewUserRow[] = [];
  const grants: repo.NewGrantRow[] = [];
  const students: repo.NewStudentRow[] = [];
  const audit: AuditEntry[] = [];
  for (const card of cards) {
    const { username, lastName, firstName, patronymic, email, ...rest } = card;
    const account = { username, lastName, firstName, patronymic: patronymic ?? null, email: email ?? null, phone: card.phone ?? null, role: 'student' as const };
    const { user, grant } = newAccountRows(ctx, account, NO_PASSWORD_HASH);
    const student = { ...rest, id: newId(), userId: user.id, createdAt: ctx.now, updatedAt: ctx.now };
    users.push(user);
    grants.push(grant);
    students.push(student);
    const { passwordHash: _secret, ...shown } = user;
    audit.push({ action: 'identity.user.create', entityType: 'user', entityId: user.id, after: { ...shown, role: grant.role, hasPassword: false } });
    audit.push({ action: 'students.student.manage', entityType: 'student', entityId: student.id, after: student });
  }
  return { users, grants, students, audit };
}

/** Writes every card in one transaction, with one audit row per account and card and one for the import. */
async function writeAll(ctx: ServiceContext, cards: ImportCard[], summary: Record<string, unknown>): Promise<void> {
  const records = recordsOf(ctx, cards);
  const importId = newId();
  try {
    await ctx.db.transaction(async (tx) => {
      await repo.insertImported(tx, records);
      await recordAuditMany(tx, ctx, [{ action: 'students.student.manage', entityType: 'studentImport', entityId: importId, after: { ...summary, imported: cards.length } }, ...records.audit]);
    });
  } catch (err) {
    if (repo.isUniqueViolation(err)) throw new AppError('IMPORT_CONFLICT');
    throw err;
  }
}

/** Checks a file of student cards and, unless it is a dry run or any row is bad, creates them all at once. */
export async function importStudents(ctx: ServiceContext, request: ImportRequest): Promise<ImportReport> {
  const mapping = parseMapping(request.mapping);
  const sheet = await readSheet(request.fileName, request.bytes);
  const columns = resolveMapping(sheet.headers, mapping);
  const rows = sheet.rows.map((r) => checkRow(r, columns, ctx.now));
  markFileDuplicates(rows);
  await markTaken(ctx, rows);
  const report = reportOf(ctx, rows, columns, 0);
  if (request.dryRun) return report;
  if (report.errors.length) throw new AppError('IMPORT_HAS_ERRORS', { count: report.errors.length, rows: report.rows - report.valid }, report);
  const cards = rows.map((r) => r.card).filter((c): c is ImportCard => c !== null);
  await writeAll(ctx, cards, { fileName: request.fileName, format: sheet.format, rows: report.rows, mapping });
  return { ...report, imported: cards.length };
}
