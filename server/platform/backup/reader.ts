import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { BackupFileError, parseHeader, parseMarker, type BackupHeader, type SequenceValue, type TableCount } from './format.ts';

/** Rows handed to the visitor at once: big enough for few round trips, small enough for one statement's parameter. */
const BATCH_ROWS = 5000;
const BATCH_CHARS = 4 * 1024 * 1024;

/** What a reader of the file is told, in file order; each call is awaited before reading on. */
export interface BackupVisitor {
  header?(header: BackupHeader): Promise<void> | void;
  tableStart?(table: string): Promise<void> | void;
  /** a batch of rows, each the row_to_json text of one row */
  rows?(table: string, rows: string[]): Promise<void> | void;
  tableEnd?(table: TableCount): Promise<void> | void;
  sequences?(values: SequenceValue[]): Promise<void> | void;
}

function explainStreamError(err: unknown): unknown {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return new BackupFileError(`no such file: ${(err as { path?: string }).path ?? ''}`);
  if (code === 'Z_DATA_ERROR' && /header check/.test((err as Error).message)) return new BackupFileError('not a univer backup: the file is not gzip-compressed');
  if (code?.startsWith('Z_')) return new BackupFileError(`the backup file is truncated or corrupted (gzip: ${(err as Error).message})`);
  return err;
}

/** The file's lines, decompressed, one at a time. */
async function* lines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  input.on('error', (err) => gunzip.destroy(err));
  input.pipe(gunzip).setEncoding('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      yield* parts;
    }
  } catch (err) {
    throw explainStreamError(err);
  } finally {
    input.destroy();
  }
  if (rest) yield rest;
}

/** Reads only line 1: checks that the file is a backup this code reads. */
export async function readHeader(file: string): Promise<BackupHeader> {
  for await (const text of lines(file)) return parseHeader(text);
  throw new BackupFileError('the backup file is empty');
}

/** The reader's position: in a table (and how many rows so far) or between tables. */
interface State {
  header: BackupHeader | null;
  table: string | null;
  count: number;
  batch: string[];
  batchChars: number;
  seen: TableCount[];
  finished: boolean;
}

async function flush(state: State, visitor: BackupVisitor): Promise<void> {
  if (state.batch.length === 0 || !state.table) return;
  const batch = state.batch;
  state.batch = [];
  state.batchChars = 0;
  await visitor.rows?.(state.table, batch);
}

async function onMarker(state: State, text: string, lineNo: number, visitor: BackupVisitor): Promise<void> {
  const marker = parseMarker(text, lineNo);
  const corrupt = (why: string) => new BackupFileError(`the backup is corrupted at line ${lineNo}: ${why}`);
  if (marker[0] === 'end') {
    if (marker[1] !== state.table) throw corrupt(`end of table ${marker[1]} while reading ${state.table ?? 'no table'}`);
    if (marker[2] !== state.count) throw corrupt(`table ${marker[1]} should have ${marker[2]} rows, the file holds ${state.count}`);
    await flush(state, visitor);
    state.seen.push({ name: state.table, rows: state.count });
    state.table = null;
    await visitor.tableEnd?.({ name: marker[1], rows: marker[2] });
    return;
  }
  if (state.table) throw corrupt(`table ${state.table} has no end marker`);
  if (marker[0] === 'table') {
    if (!state.header?.tables.some((t) => t.name === marker[1]) || state.seen.some((t) => t.name === marker[1])) throw corrupt(`unexpected table ${marker[1]}`);
    state.table = marker[1];
    state.count = 0;
    await visitor.tableStart?.(marker[1]);
  } else if (marker[0] === 'sequences') {
    await visitor.sequences?.(marker[1]);
  } else if (marker[0] === 'end-of-backup') {
    const rows = state.seen.reduce((n, t) => n + t.rows, 0);
    if (marker[1].tables !== state.seen.length || marker[1].rows !== rows || state.seen.length !== state.header?.tables.length) throw corrupt('tables or rows are missing');
    state.finished = true;
  } else {
    throw corrupt(`unknown marker ${String(marker[0])}`);
  }
}

async function onLine(state: State, text: string, lineNo: number, visitor: BackupVisitor): Promise<void> {
  if (state.finished) {
    if (text.trim()) throw new BackupFileError(`the backup is corrupted: data after the end marker (line ${lineNo})`);
  } else if (!state.header) {
    state.header = parseHeader(text);
    await visitor.header?.(state.header);
  } else if (text.startsWith('{')) {
    if (!state.table || !text.endsWith('}')) throw new BackupFileError(`the backup is corrupted at line ${lineNo}: a row outside a table, or cut short`);
    state.batch.push(text);
    state.batchChars += text.length;
    state.count++;
    if (state.batch.length >= BATCH_ROWS || state.batchChars >= BATCH_CHARS) await flush(state, visitor);
  } else {
    await onMarker(state, text, lineNo, visitor);
  }
}

/**
 * Reads a whole backup file, checking its structure as it goes (header, every table closed with
 * its row count, the end marker): a truncated or corrupted file is refused with the reason.
 * Returns the tables and row counts read.
 */
export async function readBackup(file: string, visitor: BackupVisitor = {}): Promise<{ header: BackupHeader; tables: TableCount[] }> {
  const state: State = { header: null, table: null, count: 0, batch: [], batchChars: 0, seen: [], finished: false };
  let lineNo = 0;
  for await (const text of lines(file)) await onLine(state, text, ++lineNo, visitor);
  if (!state.header) throw new BackupFileError('the backup file is empty');
  if (!state.finished) throw new BackupFileError(`the backup is truncated: it ends ${state.table ? `inside table ${state.table}` : 'before its end marker'} (line ${lineNo})`);
  return { header: state.header, tables: state.seen };
}
