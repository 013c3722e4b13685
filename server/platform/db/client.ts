import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PgTransaction, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import * as schema from '../../db/schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a repository can run a query on: the database or an open transaction. */
export type Executor = Db | Tx;

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../db/migrations');

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** the embedded engine, when the database is PGlite (backups use it) */
  pglite: PGlite | null;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… — a PostgreSQL server; otherwise the embedded PGlite */
  url?: string | undefined;
  /** PGlite data directory; omitted: in memory */
  dataDir?: string | undefined;
  /** an already open PGlite (tests clone one) */
  pglite?: PGlite;
  poolSize?: number;
}

/** An embedded PGlite with the extensions the migrations use (pg_trgm for name search). */
export function createPglite(options: PGliteOptions = {}): Promise<PGlite> {
  return PGlite.create({ ...options, extensions: { pg_trgm, ...options.extensions } });
}

const STATEMENT_CACHE_SIZE = 1000;
const statementNames = new Map<string, string>();

/**
 * node-postgres with a statement cache: a query with parameters is sent as a named prepared statement
 * (its name follows its text), so each pooled connection parses and plans it once and then only binds
 * and executes. Planning cost more than running most of the product's queries (a registration's reads
 * are a few index lookups each). Texts past the cache's size (an IN list of every length, say) go
 * unnamed, as before.
 */
class StatementCachingClient extends pg.Client {
  override query(config: unknown, values?: unknown, callback?: unknown): never {
    if (config && typeof config === 'object' && 'text' in config && typeof config.text === 'string' && !('name' in config && config.name) && Array.isArray(values) && values.length > 0) {
      let name = statementNames.get(config.text);
      if (name === undefined && statementNames.size < STATEMENT_CACHE_SIZE) {
        name = `s${statementNames.size}`;
        statementNames.set(config.text, name);
      }
      if (name !== undefined) config = { ...config, name };
    }
    return (super.query as (...args: unknown[]) => never)(config, values, callback);
  }
}

/** Opens the product's database: PostgreSQL when a URL is given, else embedded PGlite. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, Client: StatementCachingClient });
    pool.on('error', () => undefined); // an idle client's error must not crash the process
    const db = drizzlePg(pool, { schema, casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      pglite: null,
      migrate: () => migratePg(db as never, { migrationsFolder: MIGRATIONS_DIR }),
      close: () => pool.end(),
    };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = options.pglite ?? (await createPglite(options.dataDir ? { dataDir: options.dataDir } : {}));
  const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    pglite: client,
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR }),
    close: () => client.close(),
  };
}

/** Runs raw SQL and returns its rows (both drivers answer `{ rows }`). */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/**
 * Runs independent reads side by side on the pool, and one after another in a transaction: a
 * transaction is one connection, which answers one query at a time (node-postgres queues a second
 * one sent meanwhile, a use it deprecates and pg 9 refuses).
 */
export async function readAll<T extends readonly (() => Promise<unknown>)[]>(db: Executor, reads: T): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  if (!(db instanceof PgTransaction)) return (await Promise.all(reads.map((read) => read()))) as never;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as never;
}
