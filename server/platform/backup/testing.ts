import { sql } from 'drizzle-orm';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, queryRows, type Database, type Db } from '../db/client.ts';
import { listTables, qualified } from './catalog.ts';

const PROBES = [
  `create table backup_probe_a (id int primary key, b_id int, label text)`,
  `create table backup_probe_b (id int generated always as identity primary key, a_id int not null references backup_probe_a (id),
     amount numeric(14, 4), ratio float8, raw bytea, tags text[], doc jsonb, at timestamptz, day date, span interval, doubled int generated always as (id * 2) stored)`,
  `alter table backup_probe_a add constraint backup_probe_a_b_fk foreign key (b_id) references backup_probe_b (id)`,
  `create sequence backup_probe_numbers`,
];

/** Creates the probe tables: a foreign-key cycle, identity and generated columns, numeric, float, bytea, arrays, json, a free sequence. */
export async function createProbes(db: Db): Promise<void> {
  for (const statement of PROBES) await db.execute(sql.raw(statement));
}

/** Fills the probe tables with awkward values (NaN, a JSON null, a JSON string, escapes, the cycle closed). */
export async function fillProbes(db: Db): Promise<void> {
  await db.execute(sql.raw(`insert into backup_probe_a (id, label) values (1, 'first'), (2, E'line\\nbreak "quoted" \\\\ back'), (3, null)`));
  await db.execute(sql.raw(`insert into backup_probe_b (a_id, amount, ratio, raw, tags, doc, at, day, span) values
    (1, 12345.6789, 0.1, '\\x00ff10'::bytea, '{a,"b c",NULL}', '{"k": [1, "два", null], "n": 1.50}', '2026-09-01 06:00:00.123456+06', '2026-02-28', '1 day 02:03:04'),
    (2, -0.0001, 'NaN', null, '{}', '"just a string"', null, null, null),
    (3, null, 1e300, '', null, 'null', null, null, null)`));
  // the cycle closes only now: a's rows reference b's, b's reference a's
  await db.execute(sql.raw(`update backup_probe_a set b_id = id`));
  await db.execute(sql.raw(`select setval('backup_probe_numbers', 41)`));
}

/** Row count and content checksum of one table. */
export interface TableFingerprint {
  rows: number;
  md5: string;
}

/**
 * Every public table's row count and an md5 of its rows' full text form (which, unlike JSON,
 * tells SQL NULL from a JSON null), sorted bytewise so collation and physical order do not matter.
 * In UTC, so the same data fingerprints alike on two servers with different time zones.
 */
export async function fingerprint(db: Db): Promise<Record<string, TableFingerprint>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local timezone to 'UTC'`);
    const result: Record<string, TableFingerprint> = {};
    for (const { name } of await listTables(tx)) {
      const [row] = await queryRows<{ rows: number; md5: string }>(
        tx,
        sql`select count(*)::int as rows, md5(coalesce(string_agg(r::text, E'\n' order by r::text collate "C"), '')) as md5 from ${qualified(name)} as r`,
      );
      result[name] = row!;
    }
    return result;
  });
}

/** The decompressed lines of a backup file (tests alter them to make broken files). */
export function backupFileLines(file: string): string[] {
  return gunzipSync(readFileSync(file)).toString('utf8').split('\n');
}

/** Writes lines as a backup file. */
export function writeBackupFileLines(file: string, lines: string[]): void {
  writeFileSync(file, gzipSync(lines.join('\n')));
}

/**
 * A blank database, with no migrations run (unlike openTestDatabase's copies of the migrated
 * template): in memory on PGlite, a new database on the PostgreSQL server of TEST_DATABASE_URL.
 */
export async function openBlankDatabase(): Promise<Database> {
  if (process.env.TEST_DB_KIND !== 'postgres') return openDatabase({});
  const name = `univer_test_blank_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await admin(`create database ${name}`);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 4 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}
