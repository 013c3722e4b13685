import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A database created for one run on a PostgreSQL server, and dropped after it. */
export interface ThrowawayDatabase {
  url: string;
  drop(): Promise<void>;
}

async function admin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Whether the server of `adminUrl` answers (the PostgreSQL half of a benchmark is skipped when not). */
export async function serverAnswers(adminUrl: string): Promise<boolean> {
  try {
    await admin(adminUrl, 'select 1');
    return true;
  } catch {
    return false;
  }
}

/** Creates `univer_bench_<random>` on the server of `adminUrl`. */
export async function createThrowawayDatabase(adminUrl: string, prefix = 'univer_bench'): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await admin(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(adminUrl, `drop database if exists ${name} with (force)`) };
}
