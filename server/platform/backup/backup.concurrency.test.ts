import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/generate.ts';
import { users } from '../../modules/identity/identity.tables.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Database } from '../db/client.ts';
import { newId } from '../ids.ts';
import { writeBackupFile } from './dump.ts';
import { readBackup } from './reader.ts';
import { fingerprint } from './testing.ts';

/**
 * A backup taken while the server writes is one snapshot: a user and the audit row written with
 * it in one transaction are both in the backup or both not, and nothing committed after the dump
 * began appears in it. On PostgreSQL the writes really commit during the dump; on PGlite they
 * wait for it (one connection).
 */

let db: Database;
let dir: string;

beforeAll(async () => {
  db = await openTestDatabase();
  await seedDemo(db.db, 1);
  dir = mkdtempSync(path.join(os.tmpdir(), 'univer-backup-concurrent-'));
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A user and its audit row, in one transaction, as a service would write them. */
async function writePair(tag: string): Promise<void> {
  await db.db.transaction(async (tx) => {
    const id = newId();
    await tx.insert(users).values({ id, username: `${tag}-${id}`, passwordHash: 'x', lastName: 'Параллельный', firstName: 'Писатель' });
    await recordAudit(tx, { actor: null, now: new Date(), ip: null, requestId: tag }, { action: 'identity.user.create', entityType: 'user', entityId: id });
  });
}

/** The users and audit rows of the backup that carry the tag: [user ids, audited ids]. */
async function taggedRows(file: string, tag: string): Promise<[string[], string[]]> {
  const userIds: string[] = [];
  const audited: string[] = [];
  await readBackup(file, {
    rows: (table, rows) => {
      for (const text of rows) {
        const row = JSON.parse(text) as { id: string; username?: string; request_id?: string; entity_id?: string };
        if (table === 'users' && row.username?.startsWith(`${tag}-`)) userIds.push(row.id);
        if (table === 'audit_log' && row.request_id === tag) audited.push(row.entity_id!);
      }
    },
  });
  return [userIds.sort(), audited.sort()];
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('a backup while writes run', () => {
  it('holds nothing committed after it began, though writes commit between its tables', async () => {
    const before = await fingerprint(db.db);
    const writes: Promise<void>[] = [];
    let committedDuringDump = 0;
    const file = path.join(dir, 'between-tables.gz');
    const done = await writeBackupFile(db, file, {
      onTable: async () => {
        const write = writePair('between');
        writes.push(write);
        // PGlite: the write waits for the dump, so wait for it only a while
        if (await Promise.race([write.then(() => true), pause(200).then(() => false)])) committedDuringDump++;
      },
    });
    await Promise.all(writes);
    expect(done.tables.map((t) => [t.name, t.rows])).toEqual(done.tables.map((t) => [t.name, before[t.name]?.rows]));
    expect(await taggedRows(file, 'between')).toEqual([[], []]);
    expect((await fingerprint(db.db)).users?.rows).toBe((before.users?.rows ?? 0) + writes.length);
    if (db.kind === 'postgres') expect(committedDuringDump).toBe(writes.length);
    else expect(committedDuringDump).toBe(0);
  });

  it('never holds half of a transaction while a writer keeps going', async () => {
    let running = true;
    let committed = 0;
    const writer = (async () => {
      while (running) {
        await writePair('loop');
        committed++;
        // PGlite in memory never waits on I/O: without this the loop would starve the timers
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    // the dump begins once some pairs have committed (a loaded CI machine may take longer than
    // any fixed pause to commit the first), so the backup has tagged rows to check
    while (committed < 3) await pause(10);
    const file = path.join(dir, 'loop.gz');
    await writeBackupFile(db, file, { onTable: () => pause(20) });
    running = false;
    await writer;
    const [userIds, audited] = await taggedRows(file, 'loop');
    expect(userIds.length).toBeGreaterThan(0);
    expect(audited).toEqual(userIds);
  });
});
