import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../modules/identity/identity.tables.ts';
import { createUser } from '../../test/factories.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { auditLog } from '../audit/audit.tables.ts';
import { newId } from '../ids.ts';
import type { Database } from './client.ts';
import { compiled, compiledSql, type Slots } from './compiled.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
  await createUser(database.db, { username: 'first', roles: [] });
  await createUser(database.db, { username: 'second', roles: [] });
});
afterAll(() => database.close());

const byUsername = compiled((db, $: Slots<{ username: string }>) => db.select({ id: users.id, username: users.username, createdAt: users.createdAt, grants: sql<number>`(select count(*)::int from role_grants g where g.user_id = ${users.id})` }).from(users).where(eq(users.username, $.username)));
const built = (username: string) => database.db.select({ id: users.id, username: users.username, createdAt: users.createdAt, grants: sql<number>`(select count(*)::int from role_grants g where g.user_id = ${users.id})` }).from(users).where(eq(users.username, username));
const usernameOf = compiledSql<{ id: string }, { username: string }>(($) => sql`select username from users where id = ${$.id}`);

describe('compiled queries', () => {
  it('answer what the builder answers, each call with its own values, with the columns mapped', async () => {
    for (const username of ['first', 'second', 'nobody']) expect(await byUsername(database.db, { username })).toEqual(await built(username));
    const [first] = await byUsername(database.db, { username: 'first' });
    expect(first?.createdAt).toBeInstanceOf(Date);
    expect((await usernameOf(database.db, { id: first!.id }))[0]?.username).toBe('first');
  });

  it('run on the transaction they are given: they see its writes, and its rollback takes their writes back', async () => {
    const id = newId();
    const logged = compiled((db, $: Slots<{ id: string; entityId: string; after: unknown }>) => db.insert(auditLog).values({ id: $.id, at: new Date('2026-09-01T06:00:00Z'), action: 'test.compiled', entityType: 'test', entityId: $.entityId, after: $.after }).returning({ id: auditLog.id, after: auditLog.after }));
    await expect(
      database.db.transaction(async (tx) => {
        await tx.update(users).set({ lastName: 'Внутри' }).where(eq(users.username, 'second'));
        const [inserted] = await logged(tx, { id, entityId: 'x', after: { note: 'в транзакции', n: 1 } });
        expect(inserted?.after).toEqual({ note: 'в транзакции', n: 1 }); // the json column's encoder applied to the value
        const seen = await compiledSql<{ username: string }, { last_name: string }>(($) => sql`select last_name from users where username = ${$.username}`)(tx, { username: 'second' });
        expect(seen[0]?.last_name).toBe('Внутри');
        if (database.kind === 'postgres') {
          // another connection of the pool does not see the transaction's work yet
          const outside = await compiledSql<{ username: string }, { last_name: string }>(($) => sql`select last_name from users where username = ${$.username}`)(database.db, { username: 'second' });
          expect(outside[0]?.last_name).not.toBe('Внутри');
        }
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await database.db.select().from(auditLog).where(eq(auditLog.id, id))).toEqual([]);
    const [after] = await logged(database.db, { id, entityId: 'y', after: null });
    expect(after).toEqual({ id, after: null });
  });
});
