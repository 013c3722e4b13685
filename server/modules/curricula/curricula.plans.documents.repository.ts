import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { users } from '../identity/identity.tables.ts';

/** What the printed plan needs beyond the plan: the name of the person who approved it. */
export async function personName(db: Executor, userId: string) {
  const [row] = await db.select({ lastName: users.lastName, firstName: users.firstName, patronymic: users.patronymic }).from(users).where(eq(users.id, userId));
  return row;
}
