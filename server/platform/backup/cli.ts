import { existsSync } from 'node:fs';
import path from 'node:path';
import { openDatabase, type Database } from '../db/client.ts';
import type { Config } from '../config.ts';
import type { TableCount } from './format.ts';

/**
 * What scripts/backup.ts and scripts/restore.ts share: which database they work on, and how
 * they report. They print for an operator, not JSON logs.
 */

/** The PGlite data directory inside DATA_DIR, as the server uses it. */
export function pgliteDir(config: Config): string {
  return path.join(config.dataDir, 'pglite');
}

/** Whether the PGlite directory holds a database (opening an empty one would create it). */
export function hasPgliteDatabase(config: Config): boolean {
  return existsSync(path.join(pgliteDir(config), 'PG_VERSION'));
}

/** The database URL without its password, for printing. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the DATABASE_URL';
  }
}

/** Opens the PostgreSQL server of DATABASE_URL, or the PGlite data directory of DATA_DIR. */
export async function openConfigured(config: Config): Promise<{ database: Database; where: string }> {
  if (config.databaseUrl) return { database: await openDatabase({ url: config.databaseUrl, poolSize: 2 }), where: `PostgreSQL ${redactUrl(config.databaseUrl)}` };
  return { database: await openDatabase({ dataDir: pgliteDir(config) }), where: `PGlite ${pgliteDir(config)}` };
}

/** 1234567 → "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The per-table counts and the totals, as the scripts print them. */
export function report(title: string, tables: TableCount[], bytes: number, startedMs: number): string {
  const rows = tables.reduce((n, t) => n + t.rows, 0);
  const width = Math.max(5, ...tables.map((t) => t.name.length));
  const lines = tables.map((t) => `  ${t.name.padEnd(width)} ${String(t.rows).padStart(9)}`);
  const seconds = ((performance.now() - startedMs) / 1000).toFixed(2);
  return `${title}\n${lines.join('\n')}\n  ${tables.length} tables, ${rows} rows, ${formatBytes(bytes)}, ${seconds} s\n`;
}

/** Ends the script with the message of what went wrong (the cause too, when it helps). */
export function fail(what: string, err: unknown): never {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`${what}: ${message}\n`);
  process.exit(1);
}
