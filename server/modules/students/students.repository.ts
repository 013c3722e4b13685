import { and, asc, desc, eq, isNull, lte, or, gt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.ts';
import { compiledSql } from '../../platform/db/compiled.ts';
import { users } from '../identity/identity.tables.ts';
import { orgUnits } from '../org/org.tables.ts';
import { groupProfiles, orderCounters, orderItems, orders, placements, programs, students } from './students.tables.ts';

/** Queries of student records: programs, group profiles, cards, placements. Orders: students.orders.repository.ts. */

export type ProgramRow = typeof programs.$inferSelect;
export type StudentRow = typeof students.$inferSelect;
export type PlacementRow = typeof placements.$inferSelect;

export async function listPrograms(db: Executor) {
  return db
    .select({ program: programs, department: { nameRu: orgUnits.nameRu, nameKy: orgUnits.nameKy, nameEn: orgUnits.nameEn } })
    .from(programs)
    .innerJoin(orgUnits, eq(orgUnits.id, programs.departmentId))
    .orderBy(asc(programs.code));
}

export async function findProgram(db: Executor, id: string): Promise<ProgramRow | undefined> {
  const [row] = await db.select().from(programs).where(eq(programs.id, id));
  return row;
}

export async function insertProgram(db: Executor, values: typeof programs.$inferInsert): Promise<ProgramRow> {
  const [row] = await db.insert(programs).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateProgram(db: Executor, id: string, values: Partial<typeof programs.$inferInsert>): Promise<ProgramRow | undefined> {
  const [row] = await db.update(programs).set(values).where(eq(programs.id, id)).returning();
  return row;
}

const department = alias(orgUnits, 'department');

/** Group profiles with their unit, program and the count of students placed there on `date`. */
export async function listGroups(db: Executor, date: string, groupId?: string) {
  const count = sql<number>`(select count(*)::int from ${placements} p where p.group_id = ${groupProfiles.unitId} and p.status = 'active' and not p.is_cancelled and p.valid_from <= ${date} and (p.valid_to is null or p.valid_to > ${date}))`;
  return db
    .select({ profile: groupProfiles, unit: orgUnits, facultyId: department.parentId, program: programs, curator: { lastName: users.lastName, firstName: users.firstName, patronymic: users.patronymic }, studentCount: count })
    .from(groupProfiles)
    .innerJoin(orgUnits, eq(orgUnits.id, groupProfiles.unitId))
    .leftJoin(department, eq(department.id, orgUnits.parentId))
    .innerJoin(programs, eq(programs.id, groupProfiles.programId))
    .leftJoin(users, eq(users.id, groupProfiles.curatorId))
    .where(groupId ? eq(groupProfiles.unitId, groupId) : undefined)
    .orderBy(desc(groupProfiles.admissionYear), asc(orgUnits.code));
}

/** A group with its program: what an order needs to move a student into it. */
export async function findGroupTarget(db: Executor, groupId: string) {
  const [row] = await db
    .select({ groupId: groupProfiles.unitId, programId: programs.id, programLevel: programs.level, studyForm: groupProfiles.studyForm })
    .from(groupProfiles)
    .innerJoin(programs, eq(programs.id, groupProfiles.programId))
    .where(eq(groupProfiles.unitId, groupId));
  return row;
}

export async function insertGroupProfile(db: Executor, values: typeof groupProfiles.$inferInsert): Promise<void> {
  await db.insert(groupProfiles).values(values);
}

export async function updateGroupProfile(db: Executor, unitId: string, values: Partial<typeof groupProfiles.$inferInsert>) {
  const [row] = await db.update(groupProfiles).set(values).where(eq(groupProfiles.unitId, unitId)).returning();
  return row;
}

export async function insertStudent(db: Executor, values: typeof students.$inferInsert): Promise<StudentRow> {
  const [row] = await db.insert(students).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateStudent(db: Executor, id: string, values: Partial<typeof students.$inferInsert>): Promise<StudentRow | undefined> {
  const [row] = await db.update(students).set(values).where(eq(students.id, id)).returning();
  return row;
}

/** A card with its account, locked for the transaction when asked (orders serialize per student). */
export async function findStudent(db: Executor, id: string, lock = false) {
  const query = db.select({ student: students, user: users }).from(students).innerJoin(users, eq(users.id, students.userId)).where(eq(students.id, id));
  const [row] = lock ? await query.for('update', { of: students }) : await query;
  return row;
}

export async function findStudentByUser(db: Executor, userId: string): Promise<StudentRow | undefined> {
  const [row] = await db.select().from(students).where(eq(students.userId, userId));
  return row;
}

/** Another card already holding this personal number or passport, if any. */
export async function findDuplicateDocument(db: Executor, field: 'personalNumber' | 'passportNumber', value: string, exceptId?: string) {
  const column = field === 'personalNumber' ? students.personalNumber : students.passportNumber;
  const [row] = await db
    .select({ id: students.id })
    .from(students)
    .where(and(eq(column, value), exceptId ? sql`${students.id} <> ${exceptId}` : undefined));
  return row;
}

// compiled once (server/platform/db/compiled.ts): every request about a student asks it
const ownerAndUnits = compiledSql<{ studentId: string }, { user_id: string; unit_path: string[] | null }>(
  ($) => sql`
    with recursive s as (
      select u.id as user_id,
        coalesce((select p.group_id from student_placements p where p.student_id = st.id and p.valid_to is null and not p.is_cancelled limit 1), u.home_unit_id) as unit_id
      from students st join users u on u.id = st.user_id where st.id = ${$.studentId}
    ), up(id, parent_id, depth) as (
      select o.id, o.parent_id, 0 from org_units o join s on o.id = s.unit_id
      union all
      select o.id, o.parent_id, up.depth + 1 from org_units o join up on o.id = up.parent_id where up.depth < 20
    )
    select s.user_id, (select array_agg(up.id::text order by up.depth) from up) as unit_path from s`,
);

/**
 * A student card's account and the units its records lie in (the current group, else the home unit,
 * and every unit above, nearest first), in one round trip: every registration request asks it.
 */
export async function studentOwnerAndUnits(db: Executor, studentId: string): Promise<{ userId: string; unitPath: string[] } | undefined> {
  const [row] = await ownerAndUnits(db, { studentId });
  return row && { userId: row.user_id, unitPath: row.unit_path ?? [] };
}

export async function findOpenPlacement(db: Executor, studentId: string): Promise<PlacementRow | undefined> {
  const [row] = await db
    .select()
    .from(placements)
    .where(and(eq(placements.studentId, studentId), isNull(placements.validTo), eq(placements.isCancelled, false)));
  return row;
}

/** Every period of a student, oldest first, with the order that set it. */
export async function listPlacements(db: Executor, studentId: string) {
  return db
    .select({ placement: placements, groupCode: orgUnits.code, programCode: programs.code, order: { id: orders.id, year: orders.year, number: orders.number, kind: orders.kind } })
    .from(placements)
    .innerJoin(orgUnits, eq(orgUnits.id, placements.groupId))
    .innerJoin(programs, eq(programs.id, placements.programId))
    .innerJoin(orderItems, eq(orderItems.id, placements.orderItemId))
    .innerJoin(orders, eq(orders.id, orderItems.orderId))
    .where(eq(placements.studentId, studentId))
    .orderBy(asc(placements.validFrom), asc(placements.createdAt));
}

export async function insertPlacement(db: Executor, values: typeof placements.$inferInsert): Promise<void> {
  await db.insert(placements).values(values);
}

export async function closePlacement(db: Executor, id: string, validTo: string): Promise<void> {
  await db.update(placements).set({ validTo }).where(eq(placements.id, id));
}

/** Students placed in a group (any status) on a date. */
export async function groupMembersOn(db: Executor, groupId: string, date: string) {
  return db
    .select({ student: students, user: users, placement: placements })
    .from(placements)
    .innerJoin(students, eq(students.id, placements.studentId))
    .innerJoin(users, eq(users.id, students.userId))
    .where(
      and(
        eq(placements.groupId, groupId),
        eq(placements.isCancelled, false),
        lte(placements.validFrom, date),
        or(isNull(placements.validTo), gt(placements.validTo, date)),
      ),
    )
    .orderBy(asc(users.lastName), asc(users.firstName), asc(users.id));
}

/** The next order number of a year: one atomic upsert, so concurrent drafts never share a number. */
export async function nextOrderNumber(db: Executor, year: number): Promise<number> {
  const [row] = await db
    .insert(orderCounters)
    .values({ year, lastNumber: 1 })
    .onConflictDoUpdate({ target: orderCounters.year, set: { lastNumber: sql`${orderCounters.lastNumber} + 1` } })
    .returning({ n: orderCounters.lastNumber });
  if (!row) throw new Error('counter returned nothing');
  return row.n;
}
