import { can, type AccessTarget, type ActorLike } from '../../../access/can.ts';
import type { Role } from '../../../access/permissions.ts';
import { ANY_HOLD_KIND_ROLES, HOLD_KIND_RULES, HOLD_KINDS, type HoldKind } from '../registration.hold-kinds.ts';

/** Rules of registration holds: who may set or lift which kind, and when a hold is in force. */

export type HoldAction = 'set' | 'lift';

function rolesFor(kind: HoldKind, action: HoldAction): readonly Role[] {
  const rule = HOLD_KIND_RULES[kind];
  return [...ANY_HOLD_KIND_ROLES, ...(action === 'set' ? rule.setBy : rule.liftBy)];
}

/**
 * Whether the actor may set (or lift) a hold of this kind on the target student: some grant of a role
 * the kind table names must carry `registration.hold.manage` and reach the student.
 */
export function mayManageHold(actor: ActorLike, kind: HoldKind, action: HoldAction, target: AccessTarget): boolean {
  const roles = rolesFor(kind, action);
  return can({ userId: actor.userId, grants: actor.grants.filter((grant) => roles.includes(grant.role)) }, 'registration.hold.manage', target);
}

/** The kinds the actor may set (or lift) on the target, in the table's order. */
export function manageableHoldKinds(actor: ActorLike, action: HoldAction, target: AccessTarget): HoldKind[] {
  return HOLD_KINDS.filter((kind) => mayManageHold(actor, kind, action, target));
}

/** A hold's period is sound: it ends (inclusive) on or after the day it starts, or never. */
export function holdDatesValid(since: string, until: string | null | undefined): boolean {
  return until == null || until >= since;
}

export interface HoldPeriod {
  since: string;
  until: string | null;
  /** the university day the hold was lifted, if it was */
  liftedOn: string | null;
}

/** Whether a hold is in force on a day: started, not past its last day, not lifted on or before the day. */
export function isHoldActive(hold: HoldPeriod, day: string): boolean {
  if (hold.since > day) return false;
  if (hold.until !== null && hold.until < day) return false;
  return hold.liftedOn === null || hold.liftedOn > day;
}
