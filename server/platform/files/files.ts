import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { newId } from '../ids.ts';
import { files } from './files.tables.ts';

/**
 * Stored files: bytes kept in the `files` table, so storage is the same on PGlite and on a
 * PostgreSQL server, needs no shared disk between app nodes, and is in every backup.
 * Callers write in their own transaction and keep the returned id in their own rows.
 */

export interface StoredFile {
  id: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: Date;
}

export interface FileContent extends StoredFile {
  bytes: Uint8Array;
}

/** Recognised from the first bytes, never from a name or a header the client sent. */
const SIGNATURES: { type: string; magic: number[] }[] = [
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
];

/** The content type the bytes really have, if it is one we recognise. */
export function detectContentType(bytes: Uint8Array): string | null {
  const found = SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b));
  return found?.type ?? null;
}

export async function putFile(ex: Executor, input: { bytes: Uint8Array; contentType: string; createdBy: string | null; now: Date }): Promise<StoredFile> {
  const row = {
    id: newId(),
    contentType: input.contentType,
    size: input.bytes.byteLength,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    bytes: input.bytes,
    createdAt: input.now,
    createdBy: input.createdBy,
  };
  await ex.insert(files).values(row);
  const { bytes: _bytes, createdBy: _by, ...stored } = row;
  return stored;
}

export async function getFile(ex: Executor, id: string): Promise<FileContent | undefined> {
  const [row] = await ex.select().from(files).where(eq(files.id, id));
  if (!row) return undefined;
  const { createdBy: _by, ...content } = row;
  return content;
}
