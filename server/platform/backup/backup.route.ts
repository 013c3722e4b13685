import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono } from 'hono';
import { sameSecret } from '../auth/tokens.ts';
import { AppError } from '../http/app-error.ts';
import type { AppEnv, AppServices } from '../http/context.ts';
import { writeBackupFile } from './dump.ts';
import { BACKUP_TOKEN_HEADER, readRuntimeFile } from './runtime-file.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** The socket's address, never X-Forwarded-For: a proxy in front must not make a remote call look local. */
function isLoopback(c: Context<AppEnv>): boolean {
  try {
    return LOOPBACK.has(getConnInfo(c).remote.address ?? '');
  } catch {
    return false; // no socket (app.request in tests): not local
  }
}

/** Refuses anybody but a local caller holding the token of this process's runtime file. */
function assertAllowed(c: Context<AppEnv>, dataDir: string): void {
  const runtime = readRuntimeFile(dataDir);
  if (!runtime || runtime.pid !== process.pid) throw new AppError('ROUTE_NOT_FOUND');
  if (!isLoopback(c)) throw new AppError('FORBIDDEN');
  const token = c.req.header(BACKUP_TOKEN_HEADER);
  if (!token) throw new AppError('UNAUTHENTICATED');
  if (!sameSecret(token, runtime.token)) throw new AppError('FORBIDDEN');
}

/**
 * POST /internal/backup: the running server writes a backup of its own database and sends it,
 * for `npm run backup` while the server holds the PGlite data directory. Outside /api (no
 * session, not in the OpenAPI docs); active only while this process's runtime file exists.
 * The backup is spooled to a temporary file first: on PGlite the dump's transaction blocks
 * every other query, so it must not last as long as a slow download.
 */
export function mountBackupRoute(app: Hono<AppEnv>, services: AppServices): void {
  app.post('/internal/backup', async (c) => {
    assertAllowed(c, services.config.dataDir);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'univer-backup-'));
    const file = path.join(dir, 'backup.jsonl.gz');
    const cleanup = () => void rm(dir, { recursive: true, force: true });
    try {
      const summary = await writeBackupFile(services.database, file);
      c.get('logger').info({ tables: summary.tables.length, rows: summary.rows, bytes: summary.bytes }, 'backup sent to a local client');
      const stream = createReadStream(file);
      stream.once('close', cleanup);
      return new Response(Readable.toWeb(stream) as ReadableStream, {
        headers: { 'content-type': 'application/gzip', 'content-length': String(summary.bytes), 'x-backup-rows': String(summary.rows), 'cache-control': 'no-store' },
      });
    } catch (err) {
      cleanup();
      throw err;
    }
  });
}
