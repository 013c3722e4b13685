import type { Permission } from '../../../shared/access/permissions.ts';
import type { IndividualPlanDto } from '../../../shared/modules/curricula/curricula.individual.contracts.ts';
import { semestersOfCourse, termOfSemester } from '../../../shared/modules/curricula/rules/individual-plan.ts';
import type { Term } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import type { AddPlanLineBody } from '../../../shared/modules/registration/registration.enrolment.contracts.ts';
import { creditRange, needsRestudy } from '../../../shared/modules/registration/rules/registration.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { readSettings, universityToday } from '../../platform/settings/settings.service.ts';
import { getIndividualPlan } from '../curricula/index.ts';
import { activeStanding, editablePlan, nameIn, noHolds, openWindow, termName } from './registration.checks.ts';
import * as repo from './registration.enrolment.repository.ts';
import * as plans from './registration.plans.repository.ts';
import { studentAccess } from './registration.policy.ts';
import { passSeat } from './registration.waitlist.service.ts';

/**
 * The ИУП flow (DOMAIN.md §4, seed 003 §4): the student chooses electives and re-study, takes seats,
 * and submits; the advisor approves; a change opened in add/drop goes to the dean's office; the
 * registrar's office accepts. Each step is checked, serialized per student, and audited.
 */

export async function planFor(ctx: ServiceContext, planId: string, permission: Permission) {
  const plan = await repo.findPlan(ctx.db, planId);
  if (!plan) throw new AppError('INDIVIDUAL_PLAN_NOT_FOUND');
  await studentAccess(ctx.db, ctx.actor, plan.studentId, permission);
  return plan;
}

/** Credits of a plan's lines in force in a term. */
export async function creditsIn(db: Executor, planId: string, term: Term): Promise<number> {
  return (await repo.termLines(db, planId, term)).reduce((sum, l) => sum + l.credits, 0);
}

export async function creditLimit(db: Executor, term: Term) {
  const s = await readSettings(db);
  return creditRange(term, { semesterMin: s['registration.semesterMinCredits'], semesterMax: s['registration.semesterMaxCredits'], summerMax: s['registration.summerMaxCredits'] });
}

/** The semester of the plan's year a term is (summer counts as the spring semester's). */
function semesterOfTerm(plan: repo.PlanRow, term: Term, planSemesters: number): number {
  const semesters = semestersOfCourse(plan.course, planSemesters);
  return semesters.find((s) => termOfSemester(s) === (term === 'summer' ? 'spring' : term)) ?? semesters[0] ?? 1;
}

/** What a new line is: an elective option of the working plan (its semester and group), or a re-study (in the term asked). */
async function newLine(ctx: ServiceContext, plan: repo.PlanRow, body: AddPlanLineBody) {
  const discipline = await plans.findDiscipline(ctx.db, body.disciplineId);
  if (!discipline) throw new AppError('DISCIPLINE_NOT_FOUND');
  const label = nameIn(ctx.lang, discipline);
  if (body.kind === 'elective') {
    const option = await plans.electiveOption(ctx.db, plan.workingPlanId, discipline.id);
    const semesters = semestersOfCourse(plan.course, 99);
    if (!option || !semesters.includes(option.line.semester)) throw new AppError('ELECTIVE_NOT_OFFERED', { discipline: label });
    const { line } = option;
    return { discipline, label, term: termOfSemester(line.semester), group: { key: line.electiveGroup!, choose: option.choose ?? 1 }, row: { semester: line.semester, planLineId: line.id, groupKind: line.groupKind, electiveGroup: line.electiveGroup, credits: line.credits, controlForm: line.controlForm } };
  }
  const letters = await repo.latestLetters(ctx.db, plan.studentId, [discipline.id]);
  if (!needsRestudy(letters.get(discipline.id))) throw new AppError('RESTUDY_NOT_NEEDED', { discipline: label });
  return { discipline, label, term: body.term, group: null, row: { semester: semesterOfTerm(plan, body.term, 99), planLineId: null, groupKind: null, electiveGroup: null, credits: discipline.credits, controlForm: discipline.controlForm } };
}

/** Adds a chosen elective or a re-study to the ИУП, within the term's window and credit limit. Audited. */
export async function addPlanLine(ctx: ServiceContext, planId: string, body: AddPlanLineBody): Promise<IndividualPlanDto> {
  const plan = await planFor(ctx, planId, 'registration.enrolment.manage');
  const today = await universityToday(ctx);
  const line = await newLine(ctx, plan, body);
  await activeStanding(ctx.db, ctx.lang, plan.studentId, today, line.label);
  const window = await openWindow(ctx.db, ctx.lang, plan.academicYear, line.term, today, plan.studentId);
  await noHolds(ctx, plan.studentId, today);
  const { max } = await creditLimit(ctx.db, line.term);
  try {
    await ctx.db.transaction(async (tx) => {
      await repo.lockStudent(tx, plan.studentId);
      const locked = await repo.findPlan(tx, plan.id, true);
      if (!locked) throw new AppError('INDIVIDUAL_PLAN_NOT_FOUND');
      await editablePlan(tx, ctx, locked, window);
      if (line.group && (await plans.chosenInGroup(tx, plan.id, line.group.key)) >= line.group.choose) throw new AppError('ELECTIVE_GROUP_FULL', { group: line.group.key, choose: line.group.choose });
      const credits = (await creditsIn(tx, plan.id, line.term)) + line.row.credits;
      if (credits > max) throw new AppError('CREDIT_LIMIT_EXCEEDED', { credits, max, term: termName(ctx.lang, line.term) });
      const row = await plans.insertLine(tx, { id: newId(), planId: plan.id, source: 'discipline', kind: body.kind, term: line.term, disciplineId: line.discipline.id, position: await plans.nextPosition(tx, plan.id), ...line.row });
      await recordAudit(tx, ctx, { action: 'registration.enrolment.manage', entityType: 'individualPlanLine', entityId: row.id, after: { ...row, discipline: line.discipline.code } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('ELECTIVE_GROUP_FULL', { group: line.label, choose: 1 });
    throw err;
  }
  return getIndividualPlan(ctx, plan.id);
}

/**
 * Takes a chosen elective or re-study out of the ИУП: its places end and its waitlist entries are
 * withdrawn; each seat freed, or held for the student by an offer, passes to the next in line. Audited.
 */
export async function removePlanLine(ctx: ServiceContext, planId: string, lineId: string): Promise<IndividualPlanDto> {
  const plan = await planFor(ctx, planId, 'registration.enrolment.manage');
  const found = await repo.findLine(ctx.db, lineId);
  if (!found || found.plan.id !== plan.id || found.line.removedAt) throw new AppError('PLAN_LINE_NOT_FOUND');
  const { line } = found;
  const discipline = line.disciplineId ? await plans.findDiscipline(ctx.db, line.disciplineId) : undefined;
  const label = discipline ? nameIn(ctx.lang, discipline) : '';
  if (line.kind === 'mandatory') throw new AppError('PLAN_LINE_NOT_REMOVABLE', { discipline: label });
  const window = await openWindow(ctx.db, ctx.lang, plan.academicYear, line.term, await universityToday(ctx), plan.studentId);
  await ctx.db.transaction(async (tx) => {
    await repo.lockStudent(tx, plan.studentId);
    const locked = await repo.findPlan(tx, plan.id, true);
    if (!locked) throw new AppError('INDIVIDUAL_PLAN_NOT_FOUND');
    await editablePlan(tx, ctx, locked, window);
    // the line's own waitlist entries leave first, so that no seat freed below is offered to one of them
    const withdrawn: string[] = [];
    for (const entry of await plans.liveWaitlistOfLine(tx, line.id)) {
      if (!(await repo.moveWaitlistEntry(tx, entry.id, entry.status, { status: 'withdrawn', resolvedAt: ctx.now }))) continue;
      withdrawn.push(entry.id);
      if (entry.status === 'offered') await passSeat(tx, ctx, entry.sectionId, label);
    }
    const dropped: string[] = [];
    for (const place of await repo.enrolmentsOfLine(tx, line.id)) {
      if (!(await repo.endEnrolment(tx, place.id, 'dropped', ctx.actor.userId, ctx.now, 'lineRemoved'))) continue;
      dropped.push(place.id);
      await passSeat(tx, ctx, place.sectionId, label);
    }
    if (!(await plans.removeLine(tx, line.id, ctx.actor.userId, ctx.now))) throw new AppError('PLAN_LINE_NOT_FOUND');
    await recordAudit(tx, ctx, { action: 'registration.enrolment.manage', entityType: 'individualPlanLine', entityId: line.id, before: line, after: { removedAt: ctx.now, enrolmentsDropped: dropped, waitlistWithdrawn: withdrawn } });
  });
  return getIndividualPlan(ctx, plan.id);
}

