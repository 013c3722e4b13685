import type { PlanDto } from '../../../shared/modules/curricula/curricula.contracts.ts';
import { diffPlans, type ComparablePlan, type PlanDiff } from '../../../shared/modules/curricula/rules/plan-diff.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { getPlan } from './curricula.plans.service.ts';

const comparable = (plan: PlanDto): ComparablePlan => ({ semesters: plan.semesters, attestationCredits: plan.attestationCredits, attestation: plan.attestation, lines: plan.lines.map((l) => ({ ...l, electiveGroup: l.electiveGroup })) });

/** What changed from plan `id` to plan `otherId` (two versions, or two years' working plans). */
export async function comparePlans(ctx: ServiceContext, id: string, otherId: string): Promise<PlanDiff> {
  const [a, b] = await Promise.all([getPlan(ctx, id), getPlan(ctx, otherId)]);
  return diffPlans(comparable(a), comparable(b));
}
