import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * DATA_DIR/runtime.json tells the backup and restore scripts that a server holds the PGlite
 * data directory (which a second process must not open) and how to ask it for a backup.
 * Readable by its owner only: the token lets whoever holds it download the whole database.
 */
export interface RuntimeInfo {
  pid: number;
  port: number;
  /** 32 random bytes, hex: the X-Backup-Token the internal backup route wants */
  token: string;
  startedAt: string;
}

export const BACKUP_TOKEN_HEADER = 'x-backup-token';

/** Where the runtime file of a data directory lives. */
export function runtimeFilePath(dataDir: string): string {
  return path.join(dataDir, 'runtime.json');
}

/** The runtime file's content, or null when there is none (or it is not one). */
export function readRuntimeFile(dataDir: string): RuntimeInfo | null {
  try {
    const info = JSON.parse(readFileSync(runtimeFilePath(dataDir), 'utf8')) as Partial<RuntimeInfo>;
    if (typeof info.pid !== 'number' || typeof info.port !== 'number' || typeof info.token !== 'string') return null;
    return info as RuntimeInfo;
  } catch {
    return null;
  }
}

/** Whether a process with this id runs (EPERM: it does, under another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The server running on this data directory, if any: a runtime file whose process is gone is stale and ignored. */
export function findLiveServer(dataDir: string): RuntimeInfo | null {
  const info = readRuntimeFile(dataDir);
  return info && isAlive(info.pid) ? info : null;
}

/**
 * Writes the runtime file of this process (through a new file, so mode 0600 holds even over a
 * stale one) and removes it when the process exits, unless another server has replaced it.
 */
export function writeRuntimeFile(dataDir: string, port: number): RuntimeInfo {
  const info: RuntimeInfo = { pid: process.pid, port, token: randomBytes(32).toString('hex'), startedAt: new Date().toISOString() };
  const file = runtimeFilePath(dataDir);
  const temporary = `${file}.${process.pid}.tmp`;
  rmSync(temporary, { force: true });
  writeFileSync(temporary, JSON.stringify(info), { mode: 0o600, flag: 'wx' });
  renameSync(temporary, file);
  process.once('exit', () => removeRuntimeFile(dataDir));
  return info;
}

/** Removes the runtime file if it is this process's. */
export function removeRuntimeFile(dataDir: string): void {
  if (readRuntimeFile(dataDir)?.pid !== process.pid) return;
  try {
    unlinkSync(runtimeFilePath(dataDir));
  } catch {
    // already gone: nothing to do
  }
}
