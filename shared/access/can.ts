import { ROLE_DEFINITIONS, type Permission, type Role } from './permissions.ts';

/** One role held by a user, optionally scoped to a unit or (for a parent) to one student. */
export interface Grant {
  role: Role;
  scopeUnitId: string | null;
  scopeStudentId: string | null;
}

export interface ActorLike {
  userId: string;
  grants: readonly Grant[];
}

/**
 * What a permission is checked against: the record's owner (a person's own user id)
 * and the chain of units the record lies in (its unit and every unit above it).
 */
export interface AccessTarget {
  ownerUserId?: string | null;
  unitPath?: readonly string[];
}

function grantReaches(actor: ActorLike, grant: Grant, reach: 'scope' | 'self', target: AccessTarget): boolean {
  const isOwn = target.ownerUserId != null && target.ownerUserId === actor.userId;
  if (reach === 'self') return isOwn;
  if (isOwn) return true;
  if (grant.scopeStudentId != null) return target.ownerUserId === grant.scopeStudentId;
  if (grant.scopeUnitId != null) return (target.unitPath ?? []).includes(grant.scopeUnitId);
  return true;
}

/**
 * Whether the actor may use the permission, on a target when one is given.
 * Without a target the question is "does any grant carry this permission at all"
 * (the route-level check); with one, some grant must also reach the target.
 */
export function can(actor: ActorLike, permission: Permission, target?: AccessTarget): boolean {
  return actor.grants.some((grant) => {
    const reach = ROLE_DEFINITIONS[grant.role].permissions[permission];
    if (reach === undefined) return false;
    return target === undefined || grantReaches(actor, grant, reach, target);
  });
}

/** Every permission the actor holds through any grant (sent to the web as abilities). */
export function abilitiesOf(actor: ActorLike): Permission[] {
  const all = new Set<Permission>();
  for (const grant of actor.grants) {
    for (const key of Object.keys(ROLE_DEFINITIONS[grant.role].permissions)) all.add(key as Permission);
  }
  return [...all].sort();
}

/** The unit ids a collection query may show: null means everywhere (a university-wide grant). */
export function unitScopeOf(actor: ActorLike, permission: Permission): { everywhere: boolean; unitIds: string[]; studentIds: string[] } {
  const unitIds: string[] = [];
  const studentIds: string[] = [];
  let everywhere = false;
  for (const grant of actor.grants) {
    const reach = ROLE_DEFINITIONS[grant.role].permissions[permission];
    if (reach !== 'scope') continue;
    if (grant.scopeStudentId != null) studentIds.push(grant.scopeStudentId);
    else if (grant.scopeUnitId != null) unitIds.push(grant.scopeUnitId);
    else everywhere = true;
  }
  return { everywhere, unitIds, studentIds };
}
