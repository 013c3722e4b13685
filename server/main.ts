import path from 'node:path';
import { serve } from '@hono/node-server';
import { count, eq, and } from 'drizzle-orm';
import { createApp } from './app.ts';
import { loadConfig, type Config } from './platform/config.ts';
import { DEMO_PASSWORD, DEMO_SIGN_INS, seedDemo } from './demo/generate.ts';
import { users } from './modules/identity/identity.tables.ts';
import { openDatabase, type Database } from './platform/db/client.ts';
import { createLogger, type Logger } from './platform/logging/logger.ts';
import { writeRuntimeFile } from './platform/backup/index.ts';
import { bootstrapAdministrator } from './modules/identity/index.ts';
import { expireOffers } from './modules/registration/index.ts';

/** Refuses to run in production with a default secret or with published demo passwords. */
async function assertProductionReady(config: Config, database: Database): Promise<string | null> {
  if (!config.isProduction) return null;
  if (!config.hasConfiguredSecret) return 'APP_SECRET must be set to a random string of at least 32 characters in production.';
  const [row] = await database.db.select({ n: count() }).from(users).where(and(eq(users.passwordIsDemo, true), eq(users.isActive, true)));
  if ((row?.n ?? 0) > 0) return `${row?.n} active accounts still have the published demo password: change or deactivate them (or start without NODE_ENV=production).`;
  return null;
}

async function prepareDatabase(config: Config, logger: Logger): Promise<Database> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: path.join(config.dataDir, 'pglite'), poolSize: config.dbPoolSize });
  await database.migrate();
  const [row] = await database.db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) === 0) {
    if (config.seedDemo) {
      const seeded = await seedDemo(database.db, config.demoSize);
      logger.info(seeded, 'demo university created');
    } else {
      await bootstrapAdministrator(database.db, process.env, logger);
    }
  }
  return database;
}

function printSignIns(config: Config): void {
  if (config.isProduction) return;
  const lines = DEMO_SIGN_INS.map((s) => `  ${s.role.padEnd(16)} ${s.username}`);
  process.stdout.write(`\nDemo sign-ins (password ${DEMO_PASSWORD}):\n${lines.join('\n')}\n\n`);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (config.isProduction && !config.hasConfiguredSecret) {
    logger.fatal('APP_SECRET must be set to a random string of at least 32 characters in production.');
    process.exit(1);
  }
  const database = await prepareDatabase(config, logger);
  const refusal = await assertProductionReady(config, database);
  if (refusal) {
    logger.fatal(refusal);
    await database.close();
    process.exit(1);
  }
  const app = createApp({ database, config, logger, now: () => new Date() });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    logger.info({ port: info.port, database: database.kind }, `listening on http://localhost:${info.port}`);
    printSignIns(config);
    // backup: runtime file here
    // only PGlite: its data directory is this process's alone, so `npm run backup` asks the server (removed on exit)
    if (database.kind === 'pglite') writeRuntimeFile(config.dataDir, info.port);
  });
  // waitlist offers past their deadline pass their seat on (DOMAIN.md §4); every minute is soon enough for a 48-hour offer
  const sweep = setInterval(() => {
    expireOffers({ db: database.db, now: new Date(), requestId: 'waitlist-sweep' }).catch((err: unknown) => logger.error({ err }, 'waitlist sweep failed'));
  }, 60_000);
  sweep.unref();
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    clearInterval(sweep);
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    server.close(() => {
      void database.close().then(() => {
        logger.info('database closed; bye');
        process.exit(0);
      });
    });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

await main();
