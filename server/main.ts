import cluster from 'node:cluster';
import type { Server } from 'node:http';
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

/** Migrates (and seeds) the database and refuses a production start that is not ready; answers the open database. */
async function readyDatabase(config: Config, logger: Logger): Promise<Database> {
  const database = await prepareDatabase(config, logger);
  const refusal = await assertProductionReady(config, database);
  if (refusal) {
    logger.fatal(refusal);
    await database.close();
    process.exit(1);
  }
  return database;
}

/** A worker that exits sooner than this after its start is not restarted (it would only fail again): the server stops. */
const WORKER_MIN_LIFE_MS = 10_000;

/**
 * SERVER_WORKERS > 1 (PostgreSQL only): this process migrates and seeds, then forks the workers, which
 * share the port (node:cluster hands them the connections); a worker that dies is replaced; SIGTERM
 * and SIGINT reach every worker, which finish their requests in flight, and this process exits last.
 */
async function runPrimary(config: Config, logger: Logger): Promise<void> {
  await (await readyDatabase(config, logger)).close();
  let closing = false;
  let listening = 0;
  const fork = (index: number) => {
    const startedAt = Date.now();
    const worker = cluster.fork({ WORKER_INDEX: String(index) });
    worker.on('exit', (code, signal) => {
      if (closing) return;
      if (Date.now() - startedAt < WORKER_MIN_LIFE_MS) {
        logger.fatal({ index, code, signal }, 'a worker failed at its start: stopping the server');
        shutdown('worker failure', 1);
        return;
      }
      logger.error({ index, pid: worker.process.pid, code, signal }, 'a worker exited: starting another');
      fork(index);
    });
  };
  cluster.on('listening', (worker) => {
    logger.info({ pid: worker.process.pid }, 'worker listening');
    if (++listening === config.workers) {
      logger.info({ port: config.port, workers: config.workers, database: 'postgres' }, `listening on http://localhost:${config.port} with ${config.workers} workers`);
      printSignIns(config);
    }
  });
  const shutdown = (signal: string, code = 0) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down the workers');
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    let left = workers.length;
    if (left === 0) process.exit(code);
    for (const worker of workers) {
      worker.once('exit', () => {
        if (--left === 0) {
          logger.info('every worker stopped; bye');
          process.exit(code);
        }
      });
      worker.process.kill('SIGTERM');
    }
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  for (let i = 0; i < config.workers; i++) fork(i);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (config.isProduction && !config.hasConfiguredSecret) {
    logger.fatal('APP_SECRET must be set to a random string of at least 32 characters in production.');
    process.exit(1);
  }
  if (config.workers > 1 && !config.databaseUrl) {
    logger.fatal('SERVER_WORKERS above 1 needs DATABASE_URL: the embedded database belongs to one process.');
    process.exit(1);
  }
  if (config.workers > 1 && cluster.isPrimary) return runPrimary(config, logger);
  const isWorker = cluster.isWorker;
  // a worker finds the database migrated and seeded by the primary
  const database = isWorker ? await openDatabase({ url: config.databaseUrl, poolSize: config.dbPoolSize }) : await readyDatabase(config, logger);
  const app = createApp({ database, config, logger, now: () => new Date() });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    if (isWorker) return; // the primary says it once every worker listens
    logger.info({ port: info.port, database: database.kind }, `listening on http://localhost:${info.port}`);
    printSignIns(config);
    // backup: runtime file here
    // only PGlite: its data directory is this process's alone, so `npm run backup` asks the server (removed on exit)
    if (database.kind === 'pglite') writeRuntimeFile(config.dataDir, info.port);
  });
  // a connection idle between two requests stays open long enough that a client's next request never meets it closing
  const httpServer = server as Server;
  httpServer.keepAliveTimeout = config.keepAliveSeconds * 1000;
  // waitlist offers past their deadline pass their seat on (DOMAIN.md §4); every minute is soon enough for a 48-hour offer.
  // One process sweeps: the first worker, or the server when it is one process.
  const sweep = !isWorker || process.env.WORKER_INDEX === '0' ? setInterval(() => {
    expireOffers({ db: database.db, now: new Date(), requestId: 'waitlist-sweep' }).catch((err: unknown) => logger.error({ err }, 'waitlist sweep failed'));
  }, 60_000) : undefined;
  sweep?.unref();
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
