import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client.ts';
import type { SequenceValue, TableInfo } from './format.ts';

/**
 * What a backup needs to know about a database, read from pg_catalog at run time, so tables
 * that later modules add are covered without touching this code. Only the public schema:
 * drizzle keeps its bookkeeping in the `drizzle` schema (and the name is excluded in case
 * a deployment moved it).
 */

const BOOKKEEPING = '__drizzle_migrations';

/** An SQL identifier in double quotes, for the rare place that takes a name as a string (regclass). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A schema-qualified, quoted table or sequence name. */
export function qualified(name: string): SQL {
  return sql`${sql.identifier('public')}.${sql.identifier(name)}`;
}

/** A quoted, comma-separated column list. */
export function columnList(names: string[]): SQL {
  return sql.join(
    names.map((n) => sql.identifier(n)),
    sql`, `,
  );
}

/** Every ordinary and partitioned table of the public schema with its columns and primary key (partitions come through their parent). */
export async function listTables(ex: Executor): Promise<TableInfo[]> {
  const rows = await queryRows<{ name: string; columns: TableInfo['columns']; primary_key: string[] }>(
    ex,
    sql`select c.relname as name,
      coalesce((select json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod), 'generated', a.attgenerated <> '',
          'asText', format_type(a.atttypid, null) in ('json', 'jsonb', 'json[]', 'jsonb[]')) order by a.attnum)
        from pg_attribute a where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped), '[]') as columns,
      coalesce((select json_agg(a.attname order by k.ord)
        from pg_constraint p cross join unnest(p.conkey) with ordinality as k(attnum, ord)
        join pg_attribute a on a.attrelid = p.conrelid and a.attnum = k.attnum
        where p.conrelid = c.oid and p.contype = 'p'), '[]') as primary_key
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition and c.relname <> ${BOOKKEEPING}
    order by c.relname`,
  );
  return rows.map((r) => ({ name: r.name, columns: r.columns, primaryKey: r.primary_key }));
}

export interface ForeignKey {
  from: string;
  to: string;
}

/** Foreign keys between tables of the public schema (a self-reference has from = to). */
export async function listForeignKeys(ex: Executor): Promise<ForeignKey[]> {
  return queryRows<ForeignKey>(
    ex,
    sql`select distinct src.relname as "from", dst.relname as "to"
    from pg_constraint k
    join pg_class src on src.oid = k.conrelid join pg_namespace ns on ns.oid = src.relnamespace
    join pg_class dst on dst.oid = k.confrelid join pg_namespace nd on nd.oid = dst.relnamespace
    where k.contype = 'f' and ns.nspname = 'public' and nd.nspname = 'public'
    order by 1, 2`,
  );
}

/** The current value of every sequence of the public schema (identity, serial and free-standing ones such as document numbers). */
export async function readSequences(ex: Executor): Promise<SequenceValue[]> {
  const names = await queryRows<{ name: string }>(
    ex,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'S' order by 1`,
  );
  const values: SequenceValue[] = [];
  for (const { name } of names) {
    const [row] = await queryRows<{ value: string; is_called: boolean }>(ex, sql`select last_value::text as value, is_called from ${qualified(name)}`);
    if (row) values.push({ name, value: row.value, isCalled: row.is_called });
  }
  return values;
}

/** Puts sequences back where the backup found them; returns those the database does not have. */
export async function writeSequences(ex: Executor, values: SequenceValue[]): Promise<string[]> {
  const existing = new Set((await readSequences(ex)).map((s) => s.name));
  const missing: string[] = [];
  for (const s of values) {
    if (!existing.has(s.name)) {
      missing.push(s.name);
      continue;
    }
    const regclass = `${quoteIdent('public')}.${quoteIdent(s.name)}`;
    await ex.execute(sql`select setval(${regclass}::regclass, ${s.value}::bigint, ${s.isCalled})`);
  }
  return missing;
}

/** The first table of the public schema that holds a row, if any. */
export async function findNonEmptyTable(ex: Executor): Promise<string | null> {
  for (const table of await listTables(ex)) {
    const [row] = await queryRows<{ has: boolean }>(ex, sql`select exists (select 1 from ${qualified(table.name)}) as has`);
    if (row?.has) return table.name;
  }
  return null;
}

/** The engine's version string, for the header (helps when a restore misbehaves). */
export async function serverVersion(ex: Executor): Promise<string> {
  const [row] = await queryRows<{ v: string }>(ex, sql`select current_setting('server_version') as v`);
  return row?.v ?? 'unknown';
}
