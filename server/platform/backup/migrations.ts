import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { MIGRATIONS_DIR, queryRows, type Database, type Executor } from '../db/client.ts';
import { BackupFileError, type MigrationRef } from './format.ts';

interface JournalEntry {
  tag: string;
  when: number;
}

function readJournal(folder: string): { entries: JournalEntry[] } & Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] };
}

/** The migrations this code ships, in order, with drizzle's hashes. */
export function codeMigrations(folder = MIGRATIONS_DIR): MigrationRef[] {
  const tags = readJournal(folder).entries.map((e) => e.tag);
  return readMigrationFiles({ migrationsFolder: folder }).map((m, i) => ({ hash: m.hash, createdAt: m.folderMillis, tag: tags[i] ?? null }));
}

/** The migrations applied to a database (none when drizzle never ran on it), tagged from the code's list. */
export async function appliedMigrations(ex: Executor, code = codeMigrations()): Promise<MigrationRef[]> {
  const [exists] = await queryRows<{ present: boolean }>(ex, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  if (!exists?.present) return [];
  const rows = await queryRows<{ hash: string; created_at: string | number }>(ex, sql`select hash, created_at from drizzle.__drizzle_migrations order by created_at, id`);
  const tags = new Map(code.map((m) => [m.hash, m.tag]));
  return rows.map((r) => ({ hash: r.hash, createdAt: Number(r.created_at), tag: tags.get(r.hash) ?? null }));
}

function describe(m: MigrationRef): string {
  return `${m.tag ?? 'untagged'} ${m.hash.slice(0, 12)}`;
}

/** The first place where `prefix` stops being a prefix of `list`, or -1 when it is one. */
function mismatchAt(prefix: MigrationRef[], list: MigrationRef[]): number {
  if (prefix.length > list.length) return list.length;
  return prefix.findIndex((m, i) => m.hash !== list[i]?.hash);
}

/**
 * Refuses a backup whose schema this code cannot rebuild: its migrations must be the code's
 * first N migrations (an older backup is restored at its own level, then migrated forward).
 */
export function assertRestorable(backup: MigrationRef[], code: MigrationRef[], applied: MigrationRef[]): void {
  if (backup.length === 0) throw new BackupFileError('the backup lists no migrations: it was not made by this product');
  const atCode = mismatchAt(backup, code);
  if (atCode >= 0) {
    const theirs = backup[atCode];
    throw new BackupFileError(
      theirs && atCode < code.length
        ? `the backup's migration ${atCode + 1} (${describe(theirs)}) differs from this code's (${describe(code[atCode]!)}): restore it with the version of the product that made the backup`
        : `the backup was made by a newer version of the product (${backup.length} migrations, this code has ${code.length}): upgrade the product first`,
    );
  }
  if (mismatchAt(applied, backup) >= 0) {
    throw new BackupFileError(`the database is already at a newer schema (${applied.length} migrations) than the backup (${backup.length}): restore into a new, empty database`);
  }
}

/** Migrates the database up to the code's first `count` migrations only, so the data goes into the schema it came from. */
export async function migrateTo(database: Database, count: number): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'univer-migrations-'));
  try {
    const journal = readJournal(MIGRATIONS_DIR);
    const entries = journal.entries.slice(0, count);
    mkdirSync(path.join(dir, 'meta'));
    writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
    for (const e of entries) copyFileSync(path.join(MIGRATIONS_DIR, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
    if (database.kind === 'pglite') await migratePglite(database.db as never, { migrationsFolder: dir });
    else await migratePg(database.db as never, { migrationsFolder: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
