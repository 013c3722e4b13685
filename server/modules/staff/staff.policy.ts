import { can, unitScopeOf, type AccessTarget } from '../../../shared/access/can.ts';
import type { Permission } from '../../../shared/access/permissions.ts';
import { readAll, type Executor } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/http/context.ts';
import { unitPath, unitsWithin } from '../org/index.ts';
import type { StaffScope } from './staff.repository.ts';

/**
 * A staff card is checked against its person and the units they work in: the departments of their
 * current appointments (and every unit above them) and their home unit.
 */
export async function staffTarget(db: Executor, person: { userId: string; unitIds: readonly (string | null)[] }): Promise<AccessTarget> {
  const units = [...new Set(person.unitIds.filter((id): id is string => id !== null))];
  const paths = await readAll(db, units.map((id) => () => unitPath(db, id)));
  return { ownerUserId: person.userId, unitPath: [...new Set(paths.flat())] };
}

export async function canOnStaff(db: Executor, actor: Actor, permission: Permission, person: { userId: string; unitIds: readonly (string | null)[] }): Promise<boolean> {
  return can(actor, permission, await staffTarget(db, person));
}

/** Whether a unit's staff list or report is the actor's to read (the unit lies in a grant's scope). */
export async function canOnUnit(db: Executor, actor: Actor, permission: Permission, unitId: string): Promise<boolean> {
  return can(actor, permission, { unitPath: await unitPath(db, unitId) });
}

/** Whom a collection may show: null for everyone, else the scope's units (with all below) and the actor. */
export async function readableStaff(db: Executor, actor: Actor, permission: Permission): Promise<StaffScope> {
  const scope = unitScopeOf(actor, permission);
  if (scope.everywhere) return null;
  return { unitIds: await unitsWithin(db, scope.unitIds), userIds: [actor.userId] };
}
