import { asc, eq, sql } from 'drizzle-orm';
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
