import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { roleGrants, users } from '../identity/identity.tables.ts';
import { students } from './students.tables.ts';

/** The bulk reads and writes of an import: a few statements per thousand rows, never one per row. */

export const CHUNK = 1000;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The usernames (lower case) among these that an account already has. */
export async function takenUsernames(db: Executor, lowered: string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const part of chunks(lowered)) {
    const rows = await db.select({ name: sql<string>`lower(${users.username})` }).from(users).where(sql`lower(${users.username}) in ${part}`);
    for (const row of rows) taken.add(row.name);
  }
  return taken;
}

/** The personal numbers or (normalized) passport numbers among these that a card already has. */
export async function takenDocuments(db: Executor, field: 'personalNumber' | 'passportNumber', values: string[]): Promise<Set<string>> {
  const column = field === 'personalNumber' ? students.personalNumber : students.passportNumber;
  const taken = new Set<string>();
  for (const part of chunks(values)) {
    const rows = await db.select({ value: column }).from(students).where(inArray(column, part));
    for (const row of rows) if (row.value !== null) taken.add(row.value);
  }
  return taken;
}

export type NewUserRow = typeof users.$inferInsert;
export type NewGrantRow = typeof roleGrants.$inferInsert;
export type NewStudentRow = typeof students.$inferInsert;

/** Accounts, their grants and the cards, in chunks, inside the caller's transaction. */
export async function insertImported(tx: Executor, rows: { users: NewUserRow[]; grants: NewGrantRow[]; students: NewStudentRow[] }): Promise<void> {
  for (const part of chunks(rows.users)) await tx.insert(users).values(part);
  for (const part of chunks(rows.grants)) await tx.insert(roleGrants).values(part);
  for (const part of chunks(rows.students)) await tx.insert(students).values(part);
}

export { isUniqueViolation } from '../../platform/db/unique-violation.ts';
