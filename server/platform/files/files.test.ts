import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBackupFile } from '../backup/dump.ts';
import { restoreBackup } from '../backup/restore.ts';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { detectContentType, getFile, putFile } from './files.ts';

let source: Database;
let target: Database;
let dir: string;

/** Every byte value, twice, after a PNG signature: what a text column would mangle. */
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 512 }, (_, i) => i % 256)]);

beforeAll(async () => {
  source = await openTestDatabase();
  target = await openTestDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), 'univer-files-'));
});
afterAll(async () => {
  await source.close();
  await target.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('stored files', () => {
  it('keeps the bytes exactly, with size and checksum', async () => {
    const stored = await putFile(source.db, { bytes: png, contentType: 'image/png', createdBy: null, now: new Date('2026-09-01T06:00:00Z') });
    expect(stored).toMatchObject({ size: 520, contentType: 'image/png', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const read = await getFile(source.db, stored.id);
    expect(Buffer.from(read!.bytes).equals(Buffer.from(png))).toBe(true);
    expect(await getFile(source.db, '00000000-0000-4000-8000-000000000009')).toBeUndefined();
  });

  it('goes through a backup and a restore unchanged', async () => {
    const stored = await putFile(source.db, { bytes: png.slice().reverse(), contentType: 'application/octet-stream', createdBy: null, now: new Date() });
    const file = path.join(dir, 'files.jsonl.gz');
    await writeBackupFile(source, file);
    await restoreBackup(target, file);
    const restored = await getFile(target.db, stored.id);
    expect(Buffer.from(restored!.bytes).equals(Buffer.from(png.slice().reverse()))).toBe(true);
    expect(restored!.sha256).toBe(stored.sha256);
  });
});

describe('detectContentType', () => {
  it.each([
    [[0xff, 0xd8, 0xff, 0xe0, 0, 0], 'image/jpeg'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0], 'image/png'],
    [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], 'application/pdf'],
    [[0x47, 0x49, 0x46, 0x38, 0x39, 0x61], null],
    [[0xff, 0xd8], null],
    [[], null],
  ])('%j → %s', (bytes, expected) => {
    expect(detectContentType(new Uint8Array(bytes))).toBe(expected);
  });
});
