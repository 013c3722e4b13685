import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database, type Tx } from '../db/client.ts';
import { listForeignKeys, listTables, qualified, readSequences, serverVersion } from './catalog.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, line, type BackupHeader, type TableCount, type TableInfo } from './format.ts';
import { appliedMigrations } from './migrations.ts';
import { insertionGroups } from './order.ts';

/** Rows fetched per round trip: large enough to stream fast, small enough to keep memory flat. */
const FETCH_ROWS = 2000;

export interface DumpOptions {
  /** called after each table is written (progress; tests use it to write while the dump runs) */
  onTable?: (table: TableCount) => Promise<void> | void;
}

export interface DumpSummary {
  tables: TableCount[];
  rows: number;
}

async function buildHeader(tx: Tx, kind: Database['kind']): Promise<BackupHeader> {
  const tables = await listTables(tx);
  const byName = new Map(tables.map((t) => [t.name, t]));
  const groups = insertionGroups([...byName.keys()], await listForeignKeys(tx));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    engine: kind,
    serverVersion: await serverVersion(tx),
    migrations: await appliedMigrations(tx),
    // parents first, so a restore can insert while it reads
    tables: groups.flatMap((g) => g.tables.map((name) => byName.get(name)!)),
  };
}

/** The columns as the file holds them: json and jsonb as their text (see ColumnInfo.asText). */
function selectList(table: TableInfo): SQL {
  const columns = table.columns.map((c) => (c.asText ? sql`r.${sql.identifier(c.name)}::text as ${sql.identifier(c.name)}` : sql`r.${sql.identifier(c.name)}`));
  return sql.join(columns, sql`, `);
}

/** One table's rows through a cursor: memory stays flat whatever the table's size. */
async function* tableLines(tx: Tx, table: TableInfo): AsyncGenerator<string, number> {
  let count = 0;
  // x.* rather than the alias alone: a column named like the alias would otherwise win
  const source = sql`select ${selectList(table)} from ${qualified(table.name)} as r`;
  await tx.execute(sql`declare backup_rows no scroll cursor for select row_to_json(x.*)::text as j from (${source}) as x`);
  for (;;) {
    const rows = await queryRows<{ j: string }>(tx, sql.raw(`fetch ${FETCH_ROWS} from backup_rows`));
    if (rows.length === 0) break;
    count += rows.length;
    yield `${rows.map((r) => r.j).join('\n')}\n`;
  }
  await tx.execute(sql.raw('close backup_rows'));
  return count;
}

async function* backupLines(tx: Tx, kind: Database['kind'], summary: DumpSummary, options: DumpOptions): AsyncGenerator<string> {
  const header = await buildHeader(tx, kind);
  yield line(header);
  for (const table of header.tables) {
    const name = table.name;
    yield line(['table', name]);
    const rows = yield* tableLines(tx, table);
    yield line(['end', name, rows]);
    summary.tables.push({ name, rows });
    summary.rows += rows;
    await options.onTable?.({ name, rows });
  }
  yield line(['sequences', await readSequences(tx)]);
  yield line(['end-of-backup', { tables: summary.tables.length, rows: summary.rows }]);
}

/**
 * Writes a full, consistent backup (gzip'd JSON lines) to `destination`: every table is read in
 * one REPEATABLE READ, READ ONLY transaction, so the file is one snapshot while the server writes.
 * On PGlite the transaction holds the single connection: other queries wait until it ends.
 */
export async function writeBackup(database: Database, destination: Writable, options: DumpOptions = {}): Promise<DumpSummary> {
  const summary: DumpSummary = { tables: [], rows: 0 };
  await database.db.transaction(
    async (tx) => {
      await pipeline(Readable.from(backupLines(tx, database.kind, summary, options)), createGzip(), destination);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return summary;
}

/** Backs up into `file` (mode 0600), through a temporary name so a failed run never leaves a file that looks complete. */
export async function writeBackupFile(database: Database, file: string, options: DumpOptions = {}): Promise<DumpSummary & { bytes: number }> {
  const partial = `${file}.partial`;
  try {
    const summary = await writeBackup(database, createWriteStream(partial, { mode: 0o600 }), options);
    await rename(partial, file);
    return { ...summary, bytes: (await stat(file)).size };
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
}
