/**
 * `npm run restore -- FILE`: restores a backup made by `npm run backup` into an EMPTY database:
 * the PostgreSQL server of DATABASE_URL, or else the PGlite data directory of DATA_DIR (not
 * while a server runs on it). Refuses a database that has rows, and a backup from a version
 * of the product whose migrations this code does not start with.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../server/platform/config.ts';
import { fail, openConfigured, report } from '../server/platform/backup/cli.ts';
import { findLiveServer, readHeader, restoreBackup } from '../server/platform/backup/index.ts';

async function main(): Promise<void> {
  const source = process.argv[2];
  if (!source) fail('usage', 'npm run restore -- FILE');
  // npm runs scripts in the package root: a relative FILE is meant from where npm was called
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), source);
  const bytes = statSync(file, { throwIfNoEntry: false })?.size;
  if (bytes === undefined) fail('restore failed', `no such file: ${file}`);
  await readHeader(file); // a wrong file is refused before any database is opened (or created)
  const config = loadConfig();
  const server = config.databaseUrl ? null : findLiveServer(config.dataDir);
  if (server) fail('restore refused', `a server (pid ${server.pid}, port ${server.port}) is running on ${config.dataDir}: stop it first`);
  const started = performance.now();
  const { database, where } = await openConfigured(config);
  try {
    const done = await restoreBackup(database, file);
    const migrated = done.migrations.now > done.migrations.backup ? `; migrated from ${done.migrations.backup} to ${done.migrations.now} migrations` : '';
    const missing = done.missingSequences.length ? `; sequences not in this schema, skipped: ${done.missingSequences.join(', ')}` : '';
    process.stdout.write(report(`restored ${file} into ${where}${migrated}${missing}`, done.tables, bytes, started));
  } finally {
    await database.close();
  }
}

await main().catch((err: unknown) => fail('restore failed', err));
