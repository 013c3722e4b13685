import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/generate.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { MIGRATIONS_DIR, type Database } from '../db/client.ts';
import { findNonEmptyTable, listTables } from './catalog.ts';
import { migrateTo } from './migrations.ts';
import { writeBackupFile } from './dump.ts';
import { restoreBackup } from './restore.ts';
import { backupFileLines, fingerprint, openBlankDatabase, writeBackupFileLines } from './testing.ts';

/** Every refusal says why, and leaves the database as it was: empty stays empty, data stays untouched. */

/** The code's migrations, and a backup as an older version (without the last migration) would have made it. */
const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
const codeMigrations = journal.entries.length;
/** Tables and their columns at the schema of one migration fewer (an older version of the product), read in beforeAll. */
const olderSchema = new Map<string, Set<string>>();

/** The backup as an older version would have written it: without what the last migration added (tables, columns). */
function withoutLastMigration(lines: string[]): string[] {
  const header = JSON.parse(lines[0]!) as { migrations: unknown[]; tables: { name: string; columns: { name: string }[] }[] };
  header.migrations.pop();
  header.tables = header.tables.filter((t) => olderSchema.has(t.name)).map((t) => ({ ...t, columns: t.columns.filter((c) => olderSchema.get(t.name)!.has(c.name)) }));
  const out: string[] = [JSON.stringify(header)];
  let table: string | null = null;
  let droppedRows = 0;
  for (const line of lines.slice(1)) {
    if (line.trim() === '') {
      out.push(line);
      continue;
    }
    const parsed = JSON.parse(line) as unknown;
    if (Array.isArray(parsed)) {
      if (parsed[0] === 'table') table = parsed[1] as string;
      if (parsed[0] === 'end-of-backup') {
        const totals = parsed[1] as { tables: number; rows: number };
        out.push(JSON.stringify(['end-of-backup', { ...totals, tables: header.tables.length, rows: totals.rows - droppedRows }]));
        continue;
      }
      if (table === null || olderSchema.has(table)) out.push(line);
      if (parsed[0] === 'end') table = null;
      continue;
    }
    if (table !== null && !olderSchema.has(table)) {
      droppedRows += 1;
      continue;
    }
    const row = parsed as Record<string, unknown>;
    const columns = olderSchema.get(table ?? '')!;
    out.push(JSON.stringify(Object.fromEntries(Object.entries(row).filter(([key]) => columns.has(key)))));
  }
  return out;
}

let source: Database;
let empty: Database;
let dir: string;
let good: string;

beforeAll(async () => {
  const older = await openBlankDatabase();
  await migrateTo(older, codeMigrations - 1);
  for (const table of await listTables(older.db)) olderSchema.set(table.name, new Set(table.columns.map((c) => c.name)));
  await older.close();
  source = await openTestDatabase();
  empty = await openTestDatabase();
  await seedDemo(source.db, 1);
  dir = mkdtempSync(path.join(os.tmpdir(), 'univer-backup-refusals-'));
  good = path.join(dir, 'good.jsonl.gz');
  await writeBackupFile(source, good);
});
afterAll(async () => {
  await source.close();
  await empty.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A copy of the good backup with its lines changed. */
function altered(name: string, change: (lines: string[]) => string[]): string {
  const file = path.join(dir, name);
  writeBackupFileLines(file, change(backupFileLines(good)));
  return file;
}

async function expectRefusedAndEmpty(file: string, message: RegExp): Promise<void> {
  await expect(restoreBackup(empty, file)).rejects.toThrow(message);
  expect(await findNonEmptyTable(empty.db)).toBeNull();
}

describe('restore refuses', () => {
  it('a database that has rows, and changes nothing in it', async () => {
    const before = await fingerprint(source.db);
    await expect(restoreBackup(source, good)).rejects.toThrow(/not empty \(table \w+ has rows\)/);
    expect(await fingerprint(source.db)).toEqual(before);
  });

  it('a file cut short (gzip stream truncated)', async () => {
    const bytes = readFileSync(good);
    const file = path.join(dir, 'cut.gz');
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expectRefusedAndEmpty(file, /truncated or corrupted/);
  });

  it('a file whose lines stop before the end marker', async () => {
    const file = altered('no-end.gz', (lines) => lines.slice(0, lines.findIndex((l) => l.startsWith('["end","users"'))));
    await expectRefusedAndEmpty(file, /truncated: it ends inside table users/);
  });

  it('a file with a row missing', async () => {
    const file = altered('row-missing.gz', (lines) => lines.filter((_, i) => i !== lines.findIndex((l) => l.startsWith('["table","users"]')) + 1));
    await expectRefusedAndEmpty(file, /table users should have 345 rows, the file holds 344/);
  });

  it('a row that is not JSON, naming the table', async () => {
    const file = altered('bad-row.gz', (lines) => lines.map((l, i) => (i === lines.findIndex((x) => x.startsWith('["table","role_grants"]')) + 1 ? `${l.slice(0, 20)}}` : l)));
    await expectRefusedAndEmpty(file, /restoring table role_grants failed: invalid input syntax for type json/);
  });

  it('a file that is not gzip, or not a backup', async () => {
    const plain = path.join(dir, 'plain.txt');
    writeFileSync(plain, 'hello\n');
    await expectRefusedAndEmpty(plain, /not a univer backup: the file is not gzip-compressed/);
    await expectRefusedAndEmpty(altered('other.gz', () => ['{"format":"something-else"}']), /not a univer backup/);
    await expectRefusedAndEmpty(altered('v2.gz', (lines) => [lines[0]!.replace('"version":1', '"version":2'), ...lines.slice(1)]), /version 2 is not supported/);
  });

  it('a backup made by a newer version of the product, or with a migration this code does not have', async () => {
    const header = (lines: string[], edit: (h: { migrations: object[] }) => void) => {
      const h = JSON.parse(lines[0]!) as { migrations: { hash: string }[] };
      edit(h);
      return [JSON.stringify(h), ...lines.slice(1)];
    };
    const newer = altered('newer.gz', (lines) => header(lines, (h) => h.migrations.push({ hash: 'f'.repeat(64), createdAt: 9e12, tag: '9999_future' })));
    await expectRefusedAndEmpty(newer, /made by a newer version of the product/);
    const forked = altered('forked.gz', (lines) => header(lines, (h) => ((h.migrations[1] as { hash: string }).hash = 'e'.repeat(64))));
    // the second migration of the code, whatever later ones there are
    await expectRefusedAndEmpty(forked, /migration 2 \(0001_audit_immutable eeeeeeeeeeee\) differs from this code's \(0001_audit_immutable [0-9a-f]{12}\)/);
  });

  it('an older backup into a database already migrated past it', async () => {
    const older = altered('older.gz', withoutLastMigration);
    await expectRefusedAndEmpty(older, new RegExp(`already at a newer schema \\(${codeMigrations} migrations\\) than the backup \\(${codeMigrations - 1}\\)`));
  });

  it('a missing file', async () => {
    await expect(restoreBackup(empty, path.join(dir, 'nowhere.gz'))).rejects.toThrow(/no such file/);
  });

  it('but takes an older backup into a blank database: at the backup’s schema first, then migrated forward', async () => {
    const older = altered('older2.gz', withoutLastMigration);
    const blank = await openBlankDatabase();
    try {
      const done = await restoreBackup(blank, older);
      expect(done.migrations).toEqual({ backup: codeMigrations - 1, now: codeMigrations });
      // every table the older version had comes back as it was (columns the newer migration added are derived
      // by it); the newer migration's tables start empty
      const restored = await fingerprint(blank.db);
      const original = await fingerprint(source.db);
      for (const name of Object.keys(original)) {
        if (!olderSchema.has(name)) expect(restored[name]!.rows, name).toBe(0);
        else expect(restored[name], name).toEqual(original[name]);
      }
      // the audit log is append-only, restored or not
      await expect(blank.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    } finally {
      await blank.close();
    }
  });

  it('and after all that, the empty database still takes the good backup', async () => {
    await restoreBackup(empty, good);
    expect(await fingerprint(empty.db)).toEqual(await fingerprint(source.db));
  });
});
