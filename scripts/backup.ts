/**
 * `npm run backup -- FILE`: writes a consistent full backup of the product's database to FILE
 * (gzip'd JSON lines; see server/platform/backup/format.ts), while the server runs.
 *   DATABASE_URL set          → reads the PostgreSQL server directly (one snapshot)
 *   a server runs on DATA_DIR → asks it (PGlite's data directory is that process's alone)
 *   otherwise                 → opens the PGlite data directory of DATA_DIR itself
 */
import path from 'node:path';
import { loadConfig } from '../server/platform/config.ts';
import { downloadBackup } from '../server/platform/backup/remote.ts';
import { fail, hasPgliteDatabase, openConfigured, pgliteDir, report } from '../server/platform/backup/cli.ts';
import { findLiveServer, writeBackupFile } from '../server/platform/backup/index.ts';

async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) fail('usage', 'npm run backup -- FILE');
  // npm runs scripts in the package root: a relative FILE is meant from where npm was called
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), target);
  const config = loadConfig();
  const started = performance.now();
  const server = config.databaseUrl ? null : findLiveServer(config.dataDir);
  if (server) {
    const done = await downloadBackup(server, file);
    process.stdout.write(report(`backup of PGlite ${pgliteDir(config)} (through the running server, pid ${server.pid}) written to ${file}`, done.tables, done.bytes, started));
    return;
  }
  if (!config.databaseUrl && !hasPgliteDatabase(config)) fail('backup failed', `no database in ${pgliteDir(config)} (set DATA_DIR, or DATABASE_URL for a PostgreSQL server)`);
  const { database, where } = await openConfigured(config);
  try {
    const done = await writeBackupFile(database, file);
    process.stdout.write(report(`backup of ${where} written to ${file}`, done.tables, done.bytes, started));
  } finally {
    await database.close();
  }
}

await main().catch((err: unknown) => fail('backup failed', err));
