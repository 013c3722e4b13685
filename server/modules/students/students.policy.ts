import { can, unitScopeOf, type AccessTarget } from '../../../shared/access/can.ts';
import type { Permission } from '../../../shared/access/permissions.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/http/context.ts';
import { unitPath } from '../org/index.ts';

/** A student's record is checked against the student and the units of their group (or home unit). */
export async function studentTarget(db: Executor, student: { userId: string; unitId: string | null }): Promise<AccessTarget> {
  return { ownerUserId: student.userId, unitPath: student.unitId ? await unitPath(db, student.unitId) : [] };
}

export async function canOnStudent(db: Executor, actor: Actor, permission: Permission, student: { userId: string; unitId: string | null }): Promise<boolean> {
  return can(actor, permission, await studentTarget(db, student));
}

/** Whom a list may show: null for everyone, else the scope units (each with all below it) and single users. */
export function readableStudents(actor: Actor): { unitIds: string[]; userIds: string[] } | null {
  const scope = unitScopeOf(actor, 'students.student.read');
  if (scope.everywhere) return null;
  return { unitIds: scope.unitIds, userIds: [...scope.studentIds, actor.userId] };
}
