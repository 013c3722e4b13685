import { can, unitScopeOf, type AccessTarget } from '../../../shared/access/can.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/http/context.ts';
import { unitPath, unitsWithin } from '../org/index.ts';

/** What a person's record is checked against: the person, and the units their home unit lies in. */
export async function personTarget(db: Executor, person: { id: string; homeUnitId: string | null }): Promise<AccessTarget> {
  return { ownerUserId: person.id, unitPath: person.homeUnitId ? await unitPath(db, person.homeUnitId) : [] };
}

/** Whether the actor may read this person's card (own card, a parent's child, a unit in the actor's scope). */
export async function canReadPerson(db: Executor, actor: Actor, person: { id: string; homeUnitId: string | null }): Promise<boolean> {
  return can(actor, 'identity.person.read', await personTarget(db, person));
}

/** The people the actor may list: null means everyone; otherwise units (with all below them) and single people. */
export async function readablePeople(db: Executor, actor: Actor): Promise<{ unitIds: string[]; userIds: string[] } | null> {
  const scope = unitScopeOf(actor, 'identity.person.read');
  if (scope.everywhere) return null;
  return { unitIds: await unitsWithin(db, scope.unitIds), userIds: [...scope.studentIds, actor.userId] };
}
