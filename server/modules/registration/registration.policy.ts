import { can, type AccessTarget } from '../../../shared/access/can.ts';
import type { Permission } from '../../../shared/access/permissions.ts';
import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { Actor } from '../../platform/http/context.ts';
import { findStudentTarget } from '../students/index.ts';

/** A student's holds, places and plan are checked against the student card's target (the students module's policy). */

export async function studentAccess(db: Executor, actor: Actor, studentId: string, permission: Permission): Promise<AccessTarget> {
  const found = await findStudentTarget(db, studentId);
  if (!found) throw new AppError('STUDENT_NOT_FOUND');
  if (!can(actor, permission, found.target)) throw new AppError('FORBIDDEN');
  return found.target;
}

export async function holdsTarget(db: Executor, actor: Actor, studentId: string, permission: 'registration.hold.read' | 'registration.hold.manage'): Promise<AccessTarget> {
  return studentAccess(db, actor, studentId, permission);
}
