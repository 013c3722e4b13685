import type { Permission } from '../../../shared/access/permissions.ts';
import type { IndividualPlanDto } from '../../../shared/modules/curricula/curricula.individual.contracts.ts';
import { semestersOfCourse, termOfSemester } from '../../../shared/modules/curricula/rules/individual-plan.ts';
import { nextStatus, type PlanAction } from '../../../shared/modules/registration/rules/registration.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { translate } from '../../platform/i18n/translate.ts';
import { notify } from '../../platform/notifications/index.ts';
import { universityToday } from '../../platform/settings/settings.service.ts';
import type { NotificationKind } from '../../../shared/notifications/kinds.ts';
import { getIndividualPlan } from '../curricula/index.ts';
import { activeStanding, nameIn, noHolds, openWindow, termName } from './registration.checks.ts';
import * as repo from './registration.enrolment.repository.ts';
import * as plans from './registration.plans.repository.ts';
import { studentAccess } from './registration.policy.ts';
import { creditLimit, creditsIn } from './registration.plans.service.ts';

/**
 * The steps of the ИУП flow (DOMAIN.md §4): submit (the student, after the term's checks), withdraw,
 * approve (the advisor), approve a change (the dean's office, for a revision opened in add/drop),
 * accept (the registrar's office), and return with a note (whoever holds the plan). Audited.
 */

const STEP_PERMISSION: Record<Exclude<PlanAction, 'return'>, Permission> = {
  submit: 'registration.plan.submit',
  withdraw: 'registration.plan.submit',
  approve: 'registration.plan.approve',
  approveChange: 'registration.plan.approveChange',
  accept: 'registration.plan.accept',
};

/** Who returns a plan: the office whose step it waits for. */
function returnPermission(plan: repo.PlanRow): Permission {
  if (plan.status === 'submitted') return 'registration.plan.approve';
  if (plan.status === 'advisorApproved' && plan.needsDeanApproval) return 'registration.plan.approveChange';
  return 'registration.plan.accept';
}

/** The term a submission is about: the one whose window is open today and that the plan has lines in. */
async function submittedTerm(ctx: ServiceContext, plan: repo.PlanRow, today: string) {
  const errors: AppError[] = [];
  for (const term of ['autumn', 'spring', 'summer'] as const) {
    try {
      const window = await openWindow(ctx.db, ctx.lang, plan.academicYear, term, today, plan.studentId);
      if ((await repo.termLines(ctx.db, plan.id, term)).length > 0) return { term, window };
    } catch (err) {
      if (err instanceof AppError) errors.push(err);
      else throw err;
    }
  }
  throw errors[0] ?? new AppError('REGISTRATION_WINDOW_CLOSED', { term: '', next: '' });
}

/**
 * What submitting a term needs beyond the window and holds: credits within the limits, every
 * elective group of the term chosen in full, and a place of every kind of section each discipline's
 * offering has.
 */
async function submissionChecks(ctx: ServiceContext, plan: repo.PlanRow, term: 'autumn' | 'spring' | 'summer'): Promise<void> {
  const credits = await creditsIn(ctx.db, plan.id, term);
  const { min, max } = await creditLimit(ctx.db, term);
  if (credits < min) throw new AppError('CREDITS_BELOW_MINIMUM', { credits, min, term: termName(ctx.lang, term) });
  if (credits > max) throw new AppError('CREDIT_LIMIT_EXCEEDED', { credits, max, term: termName(ctx.lang, term) });
  const semesters = semestersOfCourse(plan.course, 99).filter((s) => termOfSemester(s) === term);
  const open: string[] = [];
  for (const group of await plans.electiveGroupsOf(ctx.db, plan.workingPlanId, semesters)) {
    const chosen = await plans.chosenInGroup(ctx.db, plan.id, group.key);
    if (chosen < group.choose) open.push(`${group.key} (${chosen}/${group.choose})`);
  }
  if (open.length) throw new AppError('ELECTIVES_NOT_CHOSEN', { groups: [...new Set(open)].join(', ') });
  const lines = (await repo.termLines(ctx.db, plan.id, term)).filter((l) => l.disciplineId !== null);
  const coverage = await plans.sectionCoverage(ctx.db, plan.studentId, plan.academicYear, term, lines.map((l) => l.id));
  const missing: string[] = [];
  for (const line of lines) {
    const held = coverage.held.filter((h) => h.planLineId === line.id);
    const offeringIds = held.length ? new Set(held.map((h) => h.offeringId)) : new Set(coverage.offered.filter((o) => o.disciplineId === line.disciplineId).map((o) => o.offeringId));
    const needed = new Set(coverage.offered.filter((o) => offeringIds.has(o.offeringId)).map((o) => o.kind));
    if ([...needed].some((kind) => !held.some((h) => h.kind === kind))) {
      const d = await plans.findDiscipline(ctx.db, line.disciplineId!);
      if (d) missing.push(nameIn(ctx.lang, d));
    }
  }
  if (missing.length) throw new AppError('SECTIONS_MISSING', { disciplines: missing.join('; ') }, { disciplines: missing });
}

/** What the student is told of a step an office took. */
const STEP_NOTICE: Partial<Record<PlanAction, NotificationKind>> = { approve: 'registration.planApproved', approveChange: 'registration.changeApproved', accept: 'registration.planAccepted', return: 'registration.planReturned' };

const STEP_FIELDS = {
  submitted: (by: string, at: Date) => ({ submittedBy: by, submittedAt: at }),
  advisorApproved: (by: string, at: Date) => ({ advisorApprovedBy: by, advisorApprovedAt: at }),
  deanApproved: (by: string, at: Date) => ({ deanApprovedBy: by, deanApprovedAt: at }),
  registrarAccepted: (by: string, at: Date) => ({ registrarAcceptedBy: by, registrarAcceptedAt: at }),
  draft: () => ({}),
} as const;

/** Moves an ИУП one step of the flow, after the step's checks, under the student's lock. Audited. */
export async function planStep(ctx: ServiceContext, planId: string, action: PlanAction, note: string | null): Promise<IndividualPlanDto> {
  const found = await repo.findPlan(ctx.db, planId);
  if (!found) throw new AppError('INDIVIDUAL_PLAN_NOT_FOUND');
  await studentAccess(ctx.db, ctx.actor, found.studentId, action === 'return' ? returnPermission(found) : STEP_PERMISSION[action]);
  if (action === 'submit') {
    const today = await universityToday(ctx);
    const { term } = await submittedTerm(ctx, found, today);
    await activeStanding(ctx.db, ctx.lang, found.studentId, today, '');
    await noHolds(ctx, found.studentId, today);
    await submissionChecks(ctx, found, term);
  }
  await ctx.db.transaction(async (tx) => {
    await repo.lockStudent(tx, found.studentId);
    const plan = await repo.findPlan(tx, planId, true);
    if (!plan) throw new AppError('INDIVIDUAL_PLAN_NOT_FOUND');
    const to = nextStatus(plan.status, action, plan.needsDeanApproval);
    if (!to || (plan.status !== found.status)) throw new AppError('PLAN_STEP_NOT_ALLOWED', { status: translate(ctx.lang, `curricula:individual.status.${plan.status}`) });
    const fields = { ...STEP_FIELDS[to](ctx.actor.userId, ctx.now), ...(to === 'registrarAccepted' ? { needsDeanApproval: false } : {}) };
    const row = await repo.setPlanStatus(tx, plan, to, fields, { by: ctx.actor.userId, at: ctx.now, note });
    const note_ = STEP_NOTICE[action];
    const user = note_ ? await repo.userOfStudent(tx, plan.studentId) : undefined;
    if (note_ && user && user.userId !== ctx.actor.userId) await notify(tx, [{ userId: user.userId, kind: note_, params: action === 'return' ? { note: note ?? '' } : {}, link: '/registration' }], ctx.now);
    await recordAudit(tx, ctx, { action: action === 'return' ? returnPermission(plan) : STEP_PERMISSION[action], entityType: 'individualPlan', entityId: plan.id, before: { status: plan.status, revision: plan.revision }, after: { status: row.status, revision: row.revision, step: action, note } });
  });
  return getIndividualPlan(ctx, planId);
}
