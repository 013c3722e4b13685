import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createPglite, openDatabase, type Database } from '../platform/db/client.ts';

/**
 * A fresh, migrated database for one test file: a copy of the run's template, on PGlite,
 * or on the PostgreSQL server of TEST_DATABASE_URL when TEST_DB_KIND=postgres.
 */
export async function openTestDatabase(poolSize = 10): Promise<Database> {
  if (process.env.TEST_DB_KIND === 'postgres') {
    const templateUrl = new URL(inject('templateUrl'));
    const template = templateUrl.pathname.slice(1);
    const name = `univer_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    await admin.end();
    const url = new URL(templateUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ url: url.toString(), poolSize });
    return {
      ...database,
      close: async () => {
        await database.close();
        const cleanup = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
        await cleanup.connect();
        await cleanup.query(`drop database if exists ${name} with (force)`);
        await cleanup.end();
      },
    };
  }
  const tar = readFileSync(inject('templateFile'));
  const pglite = await createPglite({ loadDataDir: new Blob([tar]) });
  return openDatabase({ pglite });
}
