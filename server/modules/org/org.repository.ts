import { and, asc, count, eq, isNull, ne, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/client.ts';
import { orgUnits } from './org.tables.ts';

export type UnitRow = typeof orgUnits.$inferSelect;

export async function listUnits(db: Executor): Promise<UnitRow[]> {
  return db.select().from(orgUnits).orderBy(asc(orgUnits.kind), asc(orgUnits.code));
}

export async function findUnit(db: Executor, id: string): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(orgUnits).where(eq(orgUnits.id, id));
  return row;
}

export async function insertUnit(db: Executor, values: typeof orgUnits.$inferInsert): Promise<UnitRow> {
  const [row] = await db.insert(orgUnits).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** The unit and every unit above it, nearest first. */
export async function unitPath(db: Executor, unitId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, sql`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from org_units where id = ${unitId}
      union all
      select u.id, u.parent_id, up.depth + 1 from org_units u join up on u.id = up.parent_id where up.depth < 20
    )
    select id from up order by depth`);
  return rows.map((r) => r.id);
}

/** The units and every unit below them. */
export async function unitsWithin(db: Executor, unitIds: string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await queryRows<{ id: string }>(db, sql`
    with recursive down(id, depth) as (
      select id, 0 from org_units where id in ${unitIds}
      union all
      select u.id, down.depth + 1 from org_units u join down on u.parent_id = down.id where down.depth < 20
    )
    select distinct id from down`);
  return rows.map((r) => r.id);
}

/** The unit, locked for the rest of the transaction (two editors of one unit take turns). */
export async function lockUnit(db: Executor, id: string): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(orgUnits).where(eq(orgUnits.id, id)).for('update');
  return row;
}

export async function updateUnit(db: Executor, id: string, values: Partial<typeof orgUnits.$inferInsert>): Promise<UnitRow> {
  const [row] = await db.update(orgUnits).set(values).where(eq(orgUnits.id, id)).returning();
  if (!row) throw new Error('update returned nothing');
  return row;
}

/** Another unit of the same kind with this code (codes are unique per kind). */
export async function findUnitByCode(db: Executor, kind: UnitRow['kind'], code: string): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(orgUnits).where(and(eq(orgUnits.kind, kind), sql`lower(${orgUnits.code}) = lower(${code})`));
  return row;
}

/** How many open faculties or departments stand directly under the unit. */
export async function countOpenChildren(db: Executor, id: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(orgUnits)
    .where(and(eq(orgUnits.parentId, id), ne(orgUnits.kind, 'group'), isNull(orgUnits.closedAt)));
  return row?.n ?? 0;
}

/**
 * Whether a group below the unit has a student placed on the day. The placements belong to the
 * students module, which builds on this one; they are read by table name so the modules stay acyclic.
 */
export async function hasGroupsWithStudents(db: Executor, id: string, day: string): Promise<boolean> {
  const rows = await queryRows<{ found: number }>(db, sql`
    with recursive down(id, depth) as (
      select id, 0 from org_units where id = ${id}
      union all
      select u.id, down.depth + 1 from org_units u join down on u.parent_id = down.id where down.depth < 20
    )
    select 1 as found from student_placements p join down on down.id = p.group_id
    where not p.is_cancelled and p.valid_from <= ${day} and (p.valid_to is null or p.valid_to > ${day})
      and p.status in ('active', 'onLeave')
    limit 1`);
  return rows.length > 0;
}

/** Inserts the unit unless its kind and code are taken (also by a concurrent insert); undefined when taken. */
export async function insertUnitIfCodeFree(db: Executor, values: typeof orgUnits.$inferInsert): Promise<UnitRow | undefined> {
  const [row] = await db.insert(orgUnits).values(values).onConflictDoNothing({ target: [orgUnits.kind, orgUnits.code] }).returning();
  return row;
}
