import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { orgUnits } from '../org/org.tables.ts';
import { disciplinePrerequisites, disciplines } from './curricula.tables.ts';

/** Queries of the discipline catalog. */

export type DisciplineRow = typeof disciplines.$inferSelect;
export type NewDisciplineRow = typeof disciplines.$inferInsert;

export interface DisciplineFilter {
  q?: string | undefined;
  departmentId?: string | undefined;
  isElective?: boolean | undefined;
  language?: string | undefined;
}

function where(filter: DisciplineFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    parts.push(or(ilike(disciplines.code, like), ilike(disciplines.nameRu, like), ilike(disciplines.nameKy, like), ilike(disciplines.nameEn, like))!);
  }
  if (filter.departmentId) parts.push(eq(disciplines.departmentId, filter.departmentId));
  if (filter.isElective !== undefined) parts.push(eq(disciplines.isElective, filter.isElective));
  if (filter.language) parts.push(sql`${filter.language} = any(${disciplines.languages})`);
  return parts.length ? and(...parts) : undefined;
}

const withDepartment = { discipline: disciplines, department: { id: orgUnits.id, nameRu: orgUnits.nameRu, nameKy: orgUnits.nameKy, nameEn: orgUnits.nameEn } };

/** A page of the catalog, ordered by code, and the total that matches. */
export async function listDisciplines(db: Executor, filter: DisciplineFilter, page: number, pageSize: number) {
  const condition = where(filter);
  const [rows, [total]] = await Promise.all([
    db.select(withDepartment).from(disciplines).innerJoin(orgUnits, eq(orgUnits.id, disciplines.departmentId)).where(condition).orderBy(asc(disciplines.code)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(disciplines).where(condition),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findDiscipline(db: Executor, id: string) {
  const [row] = await db.select(withDepartment).from(disciplines).innerJoin(orgUnits, eq(orgUnits.id, disciplines.departmentId)).where(eq(disciplines.id, id));
  return row;
}

export async function findDisciplinesByCodes(db: Executor, codes: string[]): Promise<DisciplineRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(disciplines).where(inArray(disciplines.code, codes));
}

/** The prerequisites of the given disciplines, with the prerequisite's code and name. */
export async function prerequisitesOf(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ disciplineId: disciplinePrerequisites.disciplineId, id: disciplines.id, code: disciplines.code, nameRu: disciplines.nameRu, nameKy: disciplines.nameKy, nameEn: disciplines.nameEn })
    .from(disciplinePrerequisites)
    .innerJoin(disciplines, eq(disciplines.id, disciplinePrerequisites.prerequisiteId))
    .where(inArray(disciplinePrerequisites.disciplineId, ids))
    .orderBy(asc(disciplines.code));
}

/** Every prerequisite edge of the catalog as codes: what a cycle check needs. */
export async function prerequisiteEdges(db: Executor): Promise<{ code: string; prerequisite: string }[]> {
  const prerequisite = sql<string>`(select code from disciplines p where p.id = ${disciplinePrerequisites.prerequisiteId})`;
  return db.select({ code: disciplines.code, prerequisite }).from(disciplinePrerequisites).innerJoin(disciplines, eq(disciplines.id, disciplinePrerequisites.disciplineId));
}

export async function insertDiscipline(db: Executor, values: NewDisciplineRow): Promise<DisciplineRow> {
  const [row] = await db.insert(disciplines).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Locks the row for the update that follows in the same transaction. */
export async function lockDiscipline(db: Executor, id: string): Promise<DisciplineRow | undefined> {
  const [row] = await db.select().from(disciplines).where(eq(disciplines.id, id)).for('no key update');
  return row;
}

export async function updateDiscipline(db: Executor, id: string, values: Partial<NewDisciplineRow>): Promise<DisciplineRow> {
  const [row] = await db.update(disciplines).set(values).where(eq(disciplines.id, id)).returning();
  if (!row) throw new Error('update returned nothing');
  return row;
}

/** Serializes every change of prerequisites until the transaction ends, so a cycle check sees the others' edges. */
export async function lockPrerequisites(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('curricula.prerequisites'))`);
}

export async function replacePrerequisites(db: Executor, disciplineId: string, prerequisiteIds: string[]): Promise<void> {
  await db.delete(disciplinePrerequisites).where(eq(disciplinePrerequisites.disciplineId, disciplineId));
  if (prerequisiteIds.length) await db.insert(disciplinePrerequisites).values(prerequisiteIds.map((prerequisiteId) => ({ disciplineId, prerequisiteId })));
}
