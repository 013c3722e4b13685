import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/generate.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { queryRows, type Database, type Db } from '../db/client.ts';
import { newId } from '../ids.ts';
import { writeBackupFile } from './dump.ts';
import { readBackup } from './reader.ts';
import { restoreBackup } from './restore.ts';
import { codeMigrations } from './migrations.ts';
import { createProbes, fillProbes, fingerprint } from './testing.ts';

/**
 * The round trip loses nothing: the demo university, audit rows with awkward content, and
 * the probe tables of testing.ts (what the product's own tables do not have yet).
 */

async function addAuditRows(db: Db): Promise<void> {
  const ctx = { actor: null, now: new Date('2026-09-02T10:00:00Z'), ip: '127.0.0.1', requestId: 'backup-test' };
  await recordAudit(db, ctx, { action: 'identity.user.update', entityType: 'user', entityId: newId(), before: { name: 'Асель' }, after: { name: 'Асель "Ы"\n\t\\', nested: { list: [1, null, true] } } });
  await recordAudit(db, ctx, { action: 'auth.signin.failed', entityType: 'user', entityId: null, actorUsername: 'nobody' });
}

let source: Database;
let target: Database;
let file: string;
/** the demo's own audit rows (its bootstrap and each curricula step), before the two awkward ones */
let demoAuditRows = 0;

beforeAll(async () => {
  source = await openTestDatabase();
  target = await openTestDatabase();
  await seedDemo(source.db, 1, new Date('2026-09-01T06:00:00Z'));
  demoAuditRows = (await queryRows<{ n: number }>(source.db, sql`select count(*)::int as n from audit_log`))[0]!.n;
  await addAuditRows(source.db);
  // an updated parent moves to the end of its table: children now come first when the table is read
  await source.db.execute(sql`update org_units set name_en = name_en || ' (renamed)' where parent_id is null`);
  await createProbes(source.db);
  await fillProbes(source.db);
  await createProbes(target.db);
  file = path.join(mkdtempSync(path.join(os.tmpdir(), 'univer-backup-test-')), 'backup.jsonl.gz');
});
afterAll(async () => {
  await source.close();
  await target.close();
  rmSync(path.dirname(file), { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('writes every table of the public schema, parents first, with the migrations applied', async () => {
    const written = await writeBackupFile(source, file);
    const { header, tables } = await readBackup(file);
    expect(header.migrations.map((m) => m.hash)).toEqual(codeMigrations().map((m) => m.hash));
    expect(header.migrations[0]?.tag).toBe('0000_platform');
    const names = tables.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['audit_log', 'org_units', 'users', 'role_grants', 'sessions', 'settings', 'backup_probe_a', 'backup_probe_b']));
    expect(names).not.toContain('__drizzle_migrations');
    expect(names.indexOf('org_units')).toBeLessThan(names.indexOf('users'));
    expect(names.indexOf('users')).toBeLessThan(names.indexOf('role_grants'));
    expect(tables).toEqual(written.tables);
    expect(written.rows).toBeGreaterThan(600);
    expect(tables.find((t) => t.name === 'users')?.rows).toBe(345);
  });

  it('restores into an empty database with every row count and content checksum equal', async () => {
    const before = await fingerprint(source.db);
    const restored = await restoreBackup(target, file);
    expect(restored.rows).toBe(Object.values(before).reduce((n, t) => n + t.rows, 0));
    expect(await fingerprint(target.db)).toEqual(before);
    expect(before.audit_log?.rows).toBe(demoAuditRows + 2);
    expect(before.backup_probe_b?.rows).toBe(3);
  });

  it('puts sequences back: identity columns continue after the restored ids, free sequences where they were', async () => {
    await target.db.execute(sql`insert into backup_probe_b (a_id) values (1)`);
    const [row] = await queryRows<{ id: number; doubled: number }>(target.db, sql`select id, doubled from backup_probe_b order by id desc limit 1`);
    expect(row).toEqual({ id: 4, doubled: 8 });
    const [next] = await queryRows<{ n: string }>(target.db, sql`select nextval('backup_probe_numbers')::text as n`);
    expect(next?.n).toBe('42');
  });

  it('keeps a JSON null apart from SQL NULL and a JSON string a string', async () => {
    const rows = await queryRows<{ id: number; doc: string | null; is_null: boolean }>(target.db, sql`select id, doc::text as doc, doc is null as is_null from backup_probe_b where id <= 3 order by id`);
    expect(rows.map((r) => r.doc)).toEqual([expect.stringContaining('два'), '"just a string"', 'null']);
  });
});
