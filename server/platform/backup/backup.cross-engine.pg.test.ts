import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/generate.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { writeBackupFile } from './dump.ts';
import { restoreBackup } from './restore.ts';
import { createProbes, fillProbes, fingerprint } from './testing.ts';

/**
 * The format is engine-neutral: a backup of the embedded PGlite (PostgreSQL 18 in WASM) goes
 * into a PostgreSQL server (15 here) and back, with every table's content unchanged.
 * Needs the server: `*.pg.test.ts` files run only in the api-pg project (TEST_DATABASE_URL).
 */

let embedded: Database;
let server: Database;
let backAgain: Database;
let dir: string;

beforeAll(async () => {
  embedded = await openDatabase({});
  await embedded.migrate();
  await seedDemo(embedded.db, 1);
  await createProbes(embedded.db);
  await fillProbes(embedded.db);
  server = await openTestDatabase();
  await createProbes(server.db);
  backAgain = await openDatabase({});
  await backAgain.migrate();
  await createProbes(backAgain.db);
  dir = mkdtempSync(path.join(os.tmpdir(), 'univer-backup-cross-'));
});
afterAll(async () => {
  await Promise.all([embedded.close(), server.close(), backAgain.close()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('between engines', () => {
  it('restores a PGlite backup into PostgreSQL, and that server’s backup into PGlite, losing nothing', async () => {
    const original = await fingerprint(embedded.db);
    await writeBackupFile(embedded, path.join(dir, 'from-pglite.gz'));
    await restoreBackup(server, path.join(dir, 'from-pglite.gz'));
    expect(await fingerprint(server.db)).toEqual(original);
    await writeBackupFile(server, path.join(dir, 'from-postgres.gz'));
    await restoreBackup(backAgain, path.join(dir, 'from-postgres.gz'));
    expect(await fingerprint(backAgain.db)).toEqual(original);
  });
});
