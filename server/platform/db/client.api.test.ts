import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../modules/identity/identity.tables.ts';
import { createUser } from '../../test/factories.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { queryRows, readAll, type Database } from './client.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase(1); // one connection: the statements prepared are this session's
  await createUser(database.db, { username: 'probe', roles: [] });
});
afterAll(() => database.close());

describe('the statement cache of the PostgreSQL pool', () => {
  it('prepares a query with parameters once per connection and reuses it with other values', async () => {
    const byName = (username: string) => database.db.select({ id: users.id, username: users.username }).from(users).where(eq(users.username, username));
    const probe = await byName('probe');
    expect(probe.map((u) => u.username)).toEqual(['probe']);
    expect(await byName('nobody-by-that-name')).toEqual([]);
    expect((await byName('probe')).map((u) => u.id)).toEqual(probe.map((u) => u.id));
    const prepared = await queryRows<{ statement: string }>(database.db, sql`select statement from pg_prepared_statements where statement like ${'%from "users" where "users"."username" = $1%'}`);
    // PGlite has no pool: its statements are its own business
    expect(prepared.length).toBe(database.kind === 'postgres' ? 1 : 0);
  });

  it('rolls a failed transaction back whole, and the connection serves its prepared statements after it', async () => {
    const lastName = async () => (await database.db.select({ lastName: users.lastName }).from(users).where(eq(users.username, 'probe')))[0]?.lastName;
    const before = await lastName();
    await expect(
      database.db.transaction(async (tx) => {
        await tx.update(users).set({ lastName: 'Пробный' }).where(eq(users.username, 'probe'));
        expect((await tx.select({ lastName: users.lastName }).from(users).where(eq(users.username, 'probe')))[0]?.lastName).toBe('Пробный');
        await tx.execute(sql`select 1 / ${0}::int`);
      }),
    ).rejects.toThrow();
    expect(await lastName()).toBe(before);
    expect(before).not.toBe('Пробный');
  });
});

describe('readAll', () => {
  const tracked = (log: string[], name: string, db: Database['db'] | Parameters<Parameters<Database['db']['transaction']>[0]>[0]) => async () => {
    log.push(`${name} starts`);
    const [row] = await queryRows<{ n: number }>(db, sql`select ${name.length}::int as n`);
    log.push(`${name} ends`);
    return row!.n;
  };

  it('runs reads side by side on the pool, one after another in a transaction, answering them in order', async () => {
    const pooled: string[] = [];
    expect(await readAll(database.db, [tracked(pooled, 'a', database.db), tracked(pooled, 'bb', database.db)] as const)).toEqual([1, 2]);
    expect(pooled.slice(0, 2)).toEqual(['a starts', 'bb starts']);
    const inTx: string[] = [];
    const answers = await database.db.transaction((tx) => readAll(tx, [tracked(inTx, 'a', tx), tracked(inTx, 'bb', tx), tracked(inTx, 'ccc', tx)] as const));
    expect(answers).toEqual([1, 2, 3]);
    expect(inTx).toEqual(['a starts', 'a ends', 'bb starts', 'bb ends', 'ccc starts', 'ccc ends']);
  });
});
