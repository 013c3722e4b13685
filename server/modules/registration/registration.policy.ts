import { can, type AccessTarget } from '../../../shared/access/can.ts';
import type { Permission } from '../../../shared/access/permissions.ts';
import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { Actor } from '../../platform/http/context.ts';
import { unitPath } from '../org/index.ts';
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
/**
 * Offerings: read by everyone who holds `registration.offering.read`; their sections are managed by the
 * registrar's office everywhere and by a department for the disciplines it owns. Generating a term's
 * offerings touches every department, so it needs a grant reaching the whole university.
 */
export async function offeringTarget(db: Executor, departmentId: string): Promise<AccessTarget> {
  return { unitPath: await unitPath(db, departmentId) };
}

export const mayManageOffering = (actor: Actor, target: AccessTarget): boolean => can(actor, 'registration.offering.manage', target);

/** Whether any grant carries the permission at all (without it, no offering needs a closer look). */
export const mayManageAnyOffering = (actor: Actor): boolean => can(actor, 'registration.offering.manage');

/** Only a grant without a unit (the university) reaches an empty unit path. */
export const mayGenerateOfferings = (actor: Actor): boolean => can(actor, 'registration.offering.manage', { unitPath: [] });
