import { can, type AccessTarget } from '../../../shared/access/can.ts';
import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { Actor } from '../../platform/http/context.ts';
import { findStudentTarget } from '../students/index.ts';

/**
 * A student's payments and tuition are checked against the student card's target (the students
 * module's policy): the student themself (self), a parent their child, offices in their scope.
 */
export async function studentFinanceTarget(db: Executor, actor: Actor, studentId: string, permission: 'finance.payment.read' | 'finance.payment.record'): Promise<AccessTarget> {
  const found = await findStudentTarget(db, studentId);
  if (!found) throw new AppError('STUDENT_NOT_FOUND');
  if (!can(actor, permission, found.target)) throw new AppError('FORBIDDEN');
  return found.target;
}

/** The price list is one for the whole university: holding the permission at all is enough. */
export function mayManagePrices(actor: Actor): boolean {
  return can(actor, 'finance.price.manage');
}
