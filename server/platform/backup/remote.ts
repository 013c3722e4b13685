import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { TableCount } from './format.ts';
import { readBackup } from './reader.ts';
import { BACKUP_TOKEN_HEADER, type RuntimeInfo } from './runtime-file.ts';

/**
 * Asks the server running on the PGlite data directory for a backup and saves it to `file`.
 * The download is read back in full before it gets its name: a cut connection must not
 * leave a file that looks like a backup.
 */
export async function downloadBackup(server: RuntimeInfo, file: string): Promise<{ tables: TableCount[]; rows: number; bytes: number }> {
  const url = `http://127.0.0.1:${server.port}/internal/backup`;
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers: { [BACKUP_TOKEN_HEADER]: server.token } });
  } catch (err) {
    const hint = 'if no server runs on this DATA_DIR any more, remove its runtime.json';
    throw new Error(`the server (pid ${server.pid}) does not answer on ${url} (${(err as Error).message}); ${hint}`, { cause: err });
  }
  if (res.status !== 200 || !res.body) throw new Error(`the server (pid ${server.pid}) refused the backup: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
  const partial = `${file}.partial`;
  try {
    await pipeline(Readable.fromWeb(res.body as NodeReadableStream), createWriteStream(partial, { mode: 0o600 }));
    const { tables } = await readBackup(partial);
    await rename(partial, file);
    return { tables, rows: tables.reduce((n, t) => n + t.rows, 0), bytes: (await stat(file)).size };
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
}
