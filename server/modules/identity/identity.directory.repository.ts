import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../../shared/access/permissions.ts';
import type { Executor } from '../../platform/db/client.ts';
import { orgUnits } from '../org/org.tables.ts';
import { roleGrants, users } from './identity.tables.ts';
import type { UserRow } from './identity.repository.ts';

/** Searching and paging accounts and people. */

export interface DirectoryFilter {
  q?: string | undefined;
  role?: Role | undefined;
  isActive?: boolean | undefined;
  /** null: no restriction; otherwise the person must be in one of these units or be one of these ids */
  within?: { unitIds: string[]; userIds: string[] } | null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function conditions(filter: DirectoryFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (filter.q) {
    const like = `%${escapeLike(filter.q)}%`;
    parts.push(or(ilike(users.username, like), ilike(users.lastName, like), ilike(users.firstName, like), ilike(users.patronymic, like)));
  }
  if (filter.role) {
    const role = filter.role;
    parts.push(sql`exists (select 1 from ${roleGrants} where ${roleGrants.userId} = ${users.id} and ${roleGrants.role} = ${role})`);
  }
  if (filter.isActive !== undefined) parts.push(eq(users.isActive, filter.isActive));
  if (filter.within) {
    const { unitIds, userIds } = filter.within;
    const reach: SQL[] = [];
    if (unitIds.length > 0) reach.push(inArray(users.homeUnitId, unitIds));
    if (userIds.length > 0) reach.push(inArray(users.id, userIds));
    parts.push(reach.length > 0 ? or(...reach) : sql`false`);
  }
  return and(...parts);
}

export async function searchUsers(db: Executor, filter: DirectoryFilter, page: number, pageSize: number) {
  const where = conditions(filter);
  const rows = await db
    .select({ user: users, unit: { nameRu: orgUnits.nameRu, nameKy: orgUnits.nameKy, nameEn: orgUnits.nameEn } })
    .from(users)
    .leftJoin(orgUnits, eq(orgUnits.id, users.homeUnitId))
    .where(where)
    .orderBy(asc(users.lastName), asc(users.firstName), asc(users.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(users).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function findUserWithUnit(db: Executor, id: string) {
  const [row] = await db
    .select({ user: users, unit: { nameRu: orgUnits.nameRu, nameKy: orgUnits.nameKy, nameEn: orgUnits.nameEn } })
    .from(users)
    .leftJoin(orgUnits, eq(orgUnits.id, users.homeUnitId))
    .where(eq(users.id, id));
  return row;
}

export type UserWithUnit = { user: UserRow; unit: { nameRu: string | null; nameKy: string | null; nameEn: string | null } | null };
