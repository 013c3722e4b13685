import type { IndividualPlanDto, IndividualPlanSummaryDto } from '../../../shared/modules/curricula/curricula.individual.contracts.ts';
import { courseIn, semestersOfCourse, termOfSemester } from '../../../shared/modules/curricula/rules/individual-plan.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { universityToday } from '../../platform/settings/settings.service.ts';
import { individualPlanDto, summaryOf } from './curricula.individual.dto.ts';
import * as repo from './curricula.individual.repository.ts';
import { canOnStudentPlan } from './curricula.policy.ts';

/**
 * The individual study plan (ИУП, DOMAIN.md §4, seed 003 §4): derived for a student and an academic
 * year from the approved working plan of the student's program and admission year. Registration
 * (choices, advisor approval, the registrar's acceptance, sections) builds on it.
 */

type Student = NonNullable<Awaited<ReturnType<typeof repo.findStudent>>>;
type Permission = 'curricula.individualPlan.read' | 'curricula.individualPlan.derive';

const fullName = (s: Pick<Student, 'lastName' | 'firstName' | 'patronymic'>) => [s.lastName, s.firstName, s.patronymic].filter(Boolean).join(' ');

/** The student, if the actor's grant reaches them (their own plans, their parent's child, the units above their group). */
async function studentFor(ctx: ServiceContext, studentId: string, permission: Permission): Promise<Student> {
  const student = await repo.findStudent(ctx.db, studentId);
  if (!student) throw new AppError('STUDENT_NOT_FOUND');
  const unitId = (await repo.findOpenGroup(ctx.db, studentId)) ?? student.homeUnitId;
  if (!(await canOnStudentPlan(ctx.db, ctx.actor, permission, { userId: student.userId, unitId }))) throw new AppError('FORBIDDEN');
  return student;
}

async function dtoOf(ctx: ServiceContext, id: string, student: Student, db: Executor = ctx.db): Promise<IndividualPlanDto> {
  const found = await repo.findIndividualPlan(db, id);
  if (!found) throw new AppError('INDIVIDUAL_PLAN_NOT_FOUND');
  return individualPlanDto(db, ctx.lang, found, student);
}

/** One ИУП with its lines, open elective groups, credits by semester and every status change. */
export async function getIndividualPlan(ctx: ServiceContext, id: string): Promise<IndividualPlanDto> {
  const found = await repo.findIndividualPlan(ctx.db, id);
  if (!found) throw new AppError('INDIVIDUAL_PLAN_NOT_FOUND');
  const student = await studentFor(ctx, found.plan.studentId, 'curricula.individualPlan.read');
  return individualPlanDto(ctx.db, ctx.lang, found, student);
}

/** A student's individual plans, the newest academic year first. */
export async function listIndividualPlans(ctx: ServiceContext, studentId: string): Promise<IndividualPlanSummaryDto[]> {
  await studentFor(ctx, studentId, 'curricula.individualPlan.read');
  return (await repo.listIndividualPlansOf(ctx.db, studentId)).map(({ credits, ...found }) => summaryOf(found, credits, ctx.lang));
}

/** What deriving needs: the working plan and the semesters of the year, or the refusal the user can act on. */
async function sourceOf(ctx: ServiceContext, student: Student, academicYear: number) {
  const standing = await repo.findStandingOn(ctx.db, student.id, await universityToday(ctx));
  if (!standing || standing.admissionYear === null) throw new AppError('STUDENT_NOT_ENROLLED', { student: fullName(student) });
  if (standing.status !== 'active') throw new AppError('STUDENT_NOT_ACTIVE', { student: fullName(student) });
  const program = await repo.findProgram(ctx.db, standing.programId);
  const workingPlan = await repo.findApprovedWorkingPlan(ctx.db, standing.programId, standing.admissionYear);
  if (!program || !workingPlan) throw new AppError('INDIVIDUAL_PLAN_NO_WORKING_PLAN', { program: program?.code ?? '', year: standing.admissionYear });
  const course = courseIn(standing.admissionYear, academicYear);
  const semesters = semestersOfCourse(course, workingPlan.semesters);
  if (semesters.length === 0) throw new AppError('INDIVIDUAL_PLAN_YEAR_OUTSIDE', { year: `${academicYear}/${String(academicYear + 1).slice(2)}`, admissionYear: standing.admissionYear, years: Math.ceil(workingPlan.semesters / 2) });
  return { program, workingPlan, course, semesters };
}

/**
 * The draft lines of a year: every mandatory discipline of its semesters (fixed ones, and any-semester
 * ones where the plan recommends them), its practices and, in the plan's last semester, the final
 * attestation. Elective groups stay open for the student to choose; re-study lines come later.
 */
async function draftLines(db: Executor, planId: string, workingPlan: { id: string; semesters: number; attestationCredits: number }, semesters: number[]): Promise<repo.NewIndividualLineRow[]> {
  const content = await repo.workingPlanContent(db, workingPlan.id);
  const lines: repo.NewIndividualLineRow[] = [];
  const base = (semester: number) => ({ id: newId(), planId, semester, term: termOfSemester(semester), position: lines.length });
  for (const { line } of content.lines.filter(({ line }) => semesters.includes(line.semester) && line.groupKind !== 'elective')) {
    lines.push({ ...base(line.semester), source: 'discipline', kind: 'mandatory', disciplineId: line.disciplineId, planLineId: line.id, groupKind: line.groupKind, credits: line.credits, controlForm: line.controlForm });
  }
  for (const practice of content.practices.filter((p) => semesters.includes(p.semester))) {
    lines.push({ ...base(practice.semester), source: 'practice', kind: 'mandatory', practiceId: practice.id, credits: practice.credits });
  }
  if (workingPlan.attestationCredits > 0 && semesters.includes(workingPlan.semesters)) {
    lines.push({ ...base(workingPlan.semesters), source: 'attestation', kind: 'mandatory', credits: workingPlan.attestationCredits });
  }
  return lines;
}

/**
 * Derives the draft ИУП of a student for an academic year from the approved working plan of their
 * program and admission year (their standing today). Idempotent: a plan that exists is returned
 * as it is (`created: false`); two derivations at once wait on one lock and make one plan (the
 * unique index stands behind it). Audited.
 */
export async function deriveIndividualPlan(ctx: ServiceContext, studentId: string, academicYear: number): Promise<{ plan: IndividualPlanDto; created: boolean }> {
  const student = await studentFor(ctx, studentId, 'curricula.individualPlan.derive');
  const existing = await repo.findIndividualPlanOf(ctx.db, studentId, academicYear);
  if (existing) return { plan: await dtoOf(ctx, existing.id, student), created: false };
  const { program, workingPlan, course, semesters } = await sourceOf(ctx, student, academicYear);
  try {
    const result = await ctx.db.transaction(async (tx) => {
      await repo.lockStudentYear(tx, studentId, academicYear);
      const meanwhile = await repo.findIndividualPlanOf(tx, studentId, academicYear);
      if (meanwhile) return { id: meanwhile.id, created: false };
      const id = newId();
      const lines = await draftLines(tx, id, workingPlan, semesters);
      const row = await repo.insertIndividualPlan(
        tx,
        { id, studentId, academicYear, course, programId: program.id, workingPlanId: workingPlan.id, status: 'draft', createdBy: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now },
        lines,
        { id: newId(), planId: id, fromStatus: null, toStatus: 'draft', changedBy: ctx.actor.userId, changedAt: ctx.now },
      );
      const credits = lines.reduce((sum, l) => sum + l.credits, 0);
      await recordAudit(tx, ctx, { action: 'curricula.individualPlan.derive', entityType: 'individualPlan', entityId: id, after: { ...row, semesters, lines: lines.length, credits } });
      return { id, created: true };
    });
    return { plan: await dtoOf(ctx, result.id, student), created: result.created };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const other = await repo.findIndividualPlanOf(ctx.db, studentId, academicYear);
    if (!other) throw err;
    return { plan: await dtoOf(ctx, other.id, student), created: false };
  }
}
