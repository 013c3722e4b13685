/**
 * The backup file: gzip'd JSON lines, engine-neutral (PGlite ↔ PostgreSQL).
 *
 *   {header}                         line 1: format, version, migrations, tables
 *   ["table", name]                  then that table's rows, one row_to_json object a line
 *   {row} …
 *   ["end", name, rowCount]
 *   …                                tables in foreign-key order (parents first)
 *   ["sequences", [{name, value, isCalled}]]
 *   ["end-of-backup", {tables, rows}] a file without it is truncated
 *
 * Markers are JSON arrays and rows JSON objects, so a row can never be taken for a marker.
 */

export const BACKUP_FORMAT = 'univer-backup';
export const BACKUP_VERSION = 1;

export interface MigrationRef {
  /** drizzle's sha256 of the migration file */
  hash: string;
  /** the journal's `when`, which drizzle keeps as created_at */
  createdAt: number;
  /** the file's tag when the code knows the hash */
  tag: string | null;
}

export interface ColumnInfo {
  name: string;
  type: string;
  /** a generated column: dumped but never inserted (the database computes it) */
  generated: boolean;
  /**
   * json, jsonb (and arrays of them) are written as their text, a JSON string: row_to_json
   * would write a JSON null and an SQL NULL alike, and the restore could not tell them apart
   */
  asText: boolean;
}

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  primaryKey: string[];
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  engine: 'pglite' | 'postgres';
  serverVersion: string;
  migrations: MigrationRef[];
  /** every table of the backup, in the order the file holds them */
  tables: TableInfo[];
}

export interface SequenceValue {
  name: string;
  /** bigint as text */
  value: string;
  isCalled: boolean;
}

export interface TableCount {
  name: string;
  rows: number;
}

export type Marker =
  | ['table', string]
  | ['end', string, number]
  | ['sequences', SequenceValue[]]
  | ['end-of-backup', { tables: number; rows: number }];

/** A refusal about the file itself (wrong format, truncated, corrupted): the message is for the operator. */
export class BackupFileError extends Error {
  override name = 'BackupFileError';
}

/** One JSON line of the file. */
export function line(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/** Checks line 1 and returns it typed, or explains why the file is not a backup this code reads. */
export function parseHeader(text: string): BackupHeader {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupFileError('not a univer backup: the first line is not JSON (wrong file, or corrupted)');
  }
  const header = value as Partial<BackupHeader> | null;
  if (!header || typeof header !== 'object' || header.format !== BACKUP_FORMAT) throw new BackupFileError('not a univer backup: the header names no "univer-backup" format');
  if (header.version !== BACKUP_VERSION) throw new BackupFileError(`backup format version ${String(header.version)} is not supported (this code reads version ${BACKUP_VERSION})`);
  if (!Array.isArray(header.migrations) || !Array.isArray(header.tables)) throw new BackupFileError('the backup header is incomplete (no migrations or tables list)');
  return header as BackupHeader;
}

/** Parses a marker line (a JSON array) or explains the corruption. */
export function parseMarker(text: string, lineNo: number): Marker {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupFileError(`the backup is corrupted: line ${lineNo} is not JSON`);
  }
  if (!Array.isArray(value) || typeof value[0] !== 'string') throw new BackupFileError(`the backup is corrupted: line ${lineNo} is not a section marker`);
  return value as Marker;
}
