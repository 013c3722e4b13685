import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { readBackup } from './reader.ts';
import { downloadBackup } from './remote.ts';
import { restoreBackup } from './restore.ts';
import { BACKUP_TOKEN_HEADER, findLiveServer, removeRuntimeFile, runtimeFilePath, writeRuntimeFile, type RuntimeInfo } from './runtime-file.ts';
import { fingerprint } from './testing.ts';

/** POST /internal/backup answers only a local caller with the runtime file's token. */

let t: TestApp;
let server: ServerType;
let port: number;
let dataDir: string;
let runtime: RuntimeInfo;

const post = (headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${port}/internal/backup`, { method: 'POST', headers });

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'univer-backup-route-'));
  t = await createTestApp({ DATA_DIR: dataDir });
  const tree = await createUnitTree(t.database.db);
  await createUser(t.database.db, { username: 'admin', roles: [{ role: 'administrator' }] });
  await createUser(t.database.db, { username: 'stud1', roles: [{ role: 'student', scopeUnitId: tree.group1 }], homeUnitId: tree.group1 });
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  removeRuntimeFile(dataDir);
  await new Promise((resolve) => server.close(resolve));
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the internal backup route', () => {
  it('does not exist while this process has no runtime file', async () => {
    expect((await post({ [BACKUP_TOKEN_HEADER]: 'anything' })).status).toBe(404);
  });

  it('writes the runtime file readable by its owner only, naming this process', () => {
    runtime = writeRuntimeFile(dataDir, port);
    expect(statSync(runtimeFilePath(dataDir)).mode & 0o777).toBe(0o600);
    expect(runtime.token).toMatch(/^[0-9a-f]{64}$/);
    expect(findLiveServer(dataDir)).toEqual(runtime);
  });

  it('refuses a request without the token (401) or with a wrong one (403)', async () => {
    const none = await post();
    expect(none.status).toBe(401);
    expect(((await none.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    expect((await post({ [BACKUP_TOKEN_HEADER]: 'f'.repeat(64) })).status).toBe(403);
    expect((await post({ [BACKUP_TOKEN_HEADER]: 'short' })).status).toBe(403);
  });

  it('refuses a caller that is not on this machine, even with the token', async () => {
    // app.request has no socket, so no loopback address: exactly what a remote caller looks like here
    const res = await t.app.request('/internal/backup', { method: 'POST', headers: { [BACKUP_TOKEN_HEADER]: runtime.token, 'x-forwarded-for': '127.0.0.1' } });
    expect(res.status).toBe(403);
  });

  it('sends the backup to a local caller with the token', async () => {
    const res = await post({ [BACKUP_TOKEN_HEADER]: runtime.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/gzip');
    const file = path.join(dataDir, 'direct.gz');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const { tables } = await readBackup(file);
    expect(tables.find((x) => x.name === 'users')?.rows).toBe(2);
    expect(tables.find((x) => x.name === 'org_units')?.rows).toBe(7);
  });

  it('is what the backup script uses: the download restores to the same content', async () => {
    const file = path.join(dataDir, 'downloaded.gz');
    const done = await downloadBackup(runtime, file);
    expect(done.rows).toBe(11); // 7 units, 2 users, 2 grants
    const target = await openTestDatabase();
    try {
      await restoreBackup(target, file);
      expect(await fingerprint(target.db)).toEqual(await fingerprint(t.database.db));
    } finally {
      await target.close();
    }
  });

  it('is not part of the API documentation', async () => {
    const doc = (await (await t.app.request('/api/docs/json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths).some((p) => p.includes('internal') || p.includes('backup'))).toBe(false);
  });

  it('ignores a stale runtime file, and goes away with this process’s runtime file', async () => {
    removeRuntimeFile(dataDir);
    expect(existsSync(runtimeFilePath(dataDir))).toBe(false);
    expect((await post({ [BACKUP_TOKEN_HEADER]: runtime.token })).status).toBe(404);
    writeFileSync(runtimeFilePath(dataDir), JSON.stringify({ ...runtime, pid: 2 ** 22 + 12345 }));
    expect(findLiveServer(dataDir)).toBeNull();
    expect((await post({ [BACKUP_TOKEN_HEADER]: runtime.token })).status).toBe(404);
  });
});
