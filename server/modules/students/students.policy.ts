import { can, unitScopeOf, type AccessTarget } from '../../../shared/access/can.ts';
import type { Permission } from '../../../shared/access/permissions.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/http/context.ts';
import { unitPath } from '../org/index.ts';
import { studentOwnerAndUnits } from './students.repository.ts';

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

/**
 * What another module checks a student's records against, by card id: the account (owner) and the
 * units of the current group (or home unit); undefined when there is no such card. One round trip:
 * every registration request asks it.
 */
export async function findStudentTarget(db: Executor, studentId: string): Promise<{ userId: string; target: AccessTarget } | undefined> {
  const row = await studentOwnerAndUnits(db, studentId);
  return row && { userId: row.userId, target: { ownerUserId: row.userId, unitPath: row.unitPath } };
}
