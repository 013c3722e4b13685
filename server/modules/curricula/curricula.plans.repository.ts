import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { readAll, type Executor } from '../../platform/db/client.ts';
import { programs } from '../students/students.tables.ts';
import { disciplines, studyPlanAttestation, studyPlanElectiveGroups, studyPlanLines, studyPlanPractices, studyPlans } from './curricula.tables.ts';

/** Queries of study plans: the plan, its lines (with the discipline's code and names), groups, practices and attestation forms. */

export type PlanRow = typeof studyPlans.$inferSelect;
export type NewPlanRow = typeof studyPlans.$inferInsert;
export type NewLineRow = typeof studyPlanLines.$inferInsert;
export type NewAttestationRow = Omit<typeof studyPlanAttestation.$inferInsert, 'planId'>;

export async function findPlan(db: Executor, id: string, lock = false) {
  const query = db.select({ plan: studyPlans, program: programs }).from(studyPlans).innerJoin(programs, eq(programs.id, studyPlans.programId)).where(eq(studyPlans.id, id));
  const [row] = lock ? await query.for('update', { of: studyPlans }) : await query;
  return row;
}

export async function listPlans(db: Executor, filter: { programId?: string | undefined; kind?: string | undefined; status?: string | undefined }) {
  const parts: SQL[] = [];
  if (filter.programId) parts.push(eq(studyPlans.programId, filter.programId));
  if (filter.kind) parts.push(sql`${studyPlans.kind} = ${filter.kind}`);
  if (filter.status) parts.push(sql`${studyPlans.status} = ${filter.status}`);
  return db
    .select({ plan: studyPlans, program: programs })
    .from(studyPlans)
    .innerJoin(programs, eq(programs.id, studyPlans.programId))
    .where(parts.length ? and(...parts) : undefined)
    .orderBy(asc(programs.code), asc(studyPlans.kind), desc(studyPlans.admissionYear), desc(studyPlans.version));
}

export async function planContent(db: Executor, planId: string) {
  const [lines, groups, practices, attestation] = await readAll(db, [
    () =>
      db
        .select({ line: studyPlanLines, code: disciplines.code, nameRu: disciplines.nameRu, nameKy: disciplines.nameKy, nameEn: disciplines.nameEn, kind: disciplines.kind })
        .from(studyPlanLines)
        .innerJoin(disciplines, eq(disciplines.id, studyPlanLines.disciplineId))
        .where(eq(studyPlanLines.planId, planId))
        .orderBy(asc(studyPlanLines.semester), asc(studyPlanLines.position)),
    () => db.select().from(studyPlanElectiveGroups).where(eq(studyPlanElectiveGroups.planId, planId)).orderBy(asc(studyPlanElectiveGroups.key)),
    () => db.select().from(studyPlanPractices).where(eq(studyPlanPractices.planId, planId)).orderBy(asc(studyPlanPractices.semester)),
    () => db.select().from(studyPlanAttestation).where(eq(studyPlanAttestation.planId, planId)).orderBy(asc(studyPlanAttestation.position)),
  ] as const);
  return { lines, groups, practices, attestation };
}

/** The highest version of a program's plan of a kind (and admission year), 0 when there is none. */
export async function lastVersion(db: Executor, programId: string, kind: string, admissionYear: number | null): Promise<number> {
  const year = admissionYear === null ? isNull(studyPlans.admissionYear) : eq(studyPlans.admissionYear, admissionYear);
  const [row] = await db.select({ v: sql<number>`coalesce(max(${studyPlans.version}), 0)::int` }).from(studyPlans).where(and(eq(studyPlans.programId, programId), sql`${studyPlans.kind} = ${kind}`, year));
  return row?.v ?? 0;
}

/** Serializes the creation of versions of one program's plans until the transaction ends. */
export async function lockProgramPlans(tx: Executor, programId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`curricula.plans.${programId}`}))`);
}

export async function insertPlan(db: Executor, values: NewPlanRow): Promise<PlanRow> {
  const [row] = await db.insert(studyPlans).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updatePlan(db: Executor, id: string, values: Partial<NewPlanRow>): Promise<void> {
  await db.update(studyPlans).set(values).where(eq(studyPlans.id, id));
}

/** Marks the other approved versions of the same program, kind and year as superseded (all but `plan` itself). */
export async function supersedeOthers(db: Executor, plan: PlanRow): Promise<void> {
  const year = plan.admissionYear === null ? isNull(studyPlans.admissionYear) : eq(studyPlans.admissionYear, plan.admissionYear);
  await db
    .update(studyPlans)
    .set({ status: 'superseded', updatedAt: plan.updatedAt })
    .where(and(eq(studyPlans.programId, plan.programId), sql`${studyPlans.kind} = ${plan.kind}`, year, eq(studyPlans.status, 'approved'), sql`${studyPlans.id} <> ${plan.id}`));
}

/** Replaces a draft's whole content: lines, elective groups, practices and the attestation's forms. */
export async function replaceContent(
  db: Executor,
  planId: string,
  content: { lines: NewLineRow[]; groups: { key: string; choose: number }[]; practices: { id: string; kind: typeof studyPlanPractices.$inferInsert.kind; credits: number; semester: number }[]; attestation: NewAttestationRow[] },
) {
  await db.delete(studyPlanLines).where(eq(studyPlanLines.planId, planId));
  await db.delete(studyPlanElectiveGroups).where(eq(studyPlanElectiveGroups.planId, planId));
  await db.delete(studyPlanPractices).where(eq(studyPlanPractices.planId, planId));
  await db.delete(studyPlanAttestation).where(eq(studyPlanAttestation.planId, planId));
  if (content.lines.length) await db.insert(studyPlanLines).values(content.lines);
  if (content.groups.length) await db.insert(studyPlanElectiveGroups).values(content.groups.map((g) => ({ ...g, planId })));
  if (content.practices.length) await db.insert(studyPlanPractices).values(content.practices.map((p) => ({ ...p, planId })));
  if (content.attestation.length) await db.insert(studyPlanAttestation).values(content.attestation.map((a) => ({ ...a, planId })));
}

export async function disciplinesByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(disciplines).where(inArray(disciplines.id, ids));
}

export async function findProgram(db: Executor, id: string) {
  const [row] = await db.select().from(programs).where(eq(programs.id, id));
  return row;
}
