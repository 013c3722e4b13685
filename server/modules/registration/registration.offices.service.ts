import { can, unitScopeOf } from '../../../shared/access/can.ts';
import type { Permission } from '../../../shared/access/permissions.ts';
import { QUEUE_STEPS, type OverviewDto, type OverviewQuery, type QueueDto, type QueueQuery, type QueueStep } from '../../../shared/modules/registration/registration.view.contracts.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { universityToday } from '../../platform/settings/settings.service.ts';
import { unitsWithin } from '../org/index.ts';
import * as repo from './registration.offices.repository.ts';
import { resolveTerm, tuitionOf } from './registration.view.service.ts';

/** The offices' side of registration: the plans waiting for each one's step, and who is registered per group. */

const STEP_PERMISSION: Record<QueueStep, Permission> = { approve: 'registration.plan.approve', approveChange: 'registration.plan.approveChange', accept: 'registration.plan.accept' };

/** The groups a permission reaches (null: everywhere), narrowed to a unit when one is asked. */
async function groupsInReach(ctx: ServiceContext, permission: Permission, unitId?: string): Promise<string[] | null> {
  const scope = unitScopeOf(ctx.actor, permission);
  const reach = scope.everywhere ? null : await unitsWithin(ctx.db, scope.unitIds);
  if (!unitId) return reach;
  const within = await unitsWithin(ctx.db, [unitId]);
  if (reach === null) return within;
  const allowed = new Set(reach);
  return within.filter((id) => allowed.has(id));
}

/** The plans waiting for the reader's step (the first step they may take when none is asked), oldest submission first. */
export async function reviewQueue(ctx: ServiceContext, query: QueueQuery): Promise<QueueDto> {
  const steps = QUEUE_STEPS.filter((s) => can(ctx.actor, STEP_PERMISSION[s]));
  const step = query.step ?? steps[0];
  // the route asks for a reader of registration; one who reviews no step has an empty queue, one asking for another's step is refused
  if (!step) return { step: null, steps, page: query.page, pageSize: query.pageSize, total: 0, items: [] };
  if (!steps.includes(step)) throw new AppError('FORBIDDEN');
  const groups = await groupsInReach(ctx, STEP_PERMISSION[step]);
  const { rows, total } = await repo.planQueue(ctx.db, step, groups, query.academicYear, query.page, query.pageSize);
  return {
    step,
    steps,
    page: query.page,
    pageSize: query.pageSize,
    total,
    items: rows.map(({ plan, studentName, groupCode, credits }) => ({
      planId: plan.id, studentId: plan.studentId, studentName, groupCode, academicYear: plan.academicYear, course: plan.course, status: plan.status,
      revision: plan.revision, needsDeanApproval: plan.needsDeanApproval, credits, submittedAt: plan.submittedAt?.toISOString() ?? null,
    })),
  };
}

export type RegistrationRow = Awaited<ReturnType<typeof repo.studentsWithPlans>>[number] & { isFullyRegistered: boolean };

/** Every active student in the reader's reach with their plan's status, holds and whether fully registered. */
export async function registrationRows(ctx: ServiceContext, query: OverviewQuery) {
  const today = await universityToday(ctx);
  const { academicYear, term } = await resolveTerm(ctx.db, query, today);
  const groups = await groupsInReach(ctx, 'registration.report.read', query.unitId);
  const rows = await repo.studentsWithPlans(ctx.db, groups, academicYear, today);
  // a contract student is fully registered once the term is paid: finance's tuitionStatus decides, asked only for the accepted contract students
  const withState: RegistrationRow[] = [];
  for (const r of rows) {
    const isAccepted = r.status === 'registrarAccepted';
    const isPaid = isAccepted && r.funding === 'contract' ? (await tuitionOf(ctx.db, { studentId: r.studentId, academicYear, term }))?.isPaid === true : true;
    withState.push({ ...r, isFullyRegistered: isAccepted && isPaid });
  }
  return { academicYear, term, today, rows: withState };
}

type Counts = OverviewDto['totals'];
const zero = (): Counts => ({ students: 0, none: 0, draft: 0, submitted: 0, advisorApproved: 0, deanApproved: 0, accepted: 0, withHolds: 0, fullyRegistered: 0 });

function count(into: Counts, row: RegistrationRow) {
  into.students += 1;
  if (row.status === null) into.none += 1;
  else if (row.status === 'registrarAccepted') into.accepted += 1;
  else into[row.status] += 1;
  if (row.hasHold) into.withHolds += 1;
  if (row.isFullyRegistered) into.fullyRegistered += 1;
}

/** Per group in the reader's reach: students by the state of their ИУП, with holds, fully registered. */
export async function registrationOverview(ctx: ServiceContext, query: OverviewQuery): Promise<OverviewDto> {
  const { academicYear, term, today, rows } = await registrationRows(ctx, query);
  const groups = new Map<string, OverviewDto['groups'][number]>();
  const totals = zero();
  for (const row of rows) {
    const group = groups.get(row.groupId) ?? { groupId: row.groupId, groupCode: row.groupCode, ...zero() };
    count(group, row);
    count(totals, row);
    groups.set(row.groupId, group);
  }
  return { academicYear, term, today, groups: [...groups.values()], totals, canClose: can(ctx.actor, 'registration.term.close') };
}
