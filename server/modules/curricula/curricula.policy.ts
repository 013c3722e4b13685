import { can } from '../../../shared/access/can.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/http/context.ts';
import { unitPath } from '../org/index.ts';

/** A discipline is managed by its department (and whoever's grant reaches that department). */
export async function canManageDisciplinesOf(db: Executor, actor: Actor, departmentId: string, paths = new Map<string, string[]>()): Promise<boolean> {
  let path = paths.get(departmentId);
  if (path === undefined) {
    path = await unitPath(db, departmentId);
    paths.set(departmentId, path);
  }
  return can(actor, 'curricula.discipline.manage', { unitPath: path });
}

/** A student's individual plan is checked against the student (their own) and the units of their group (or home unit). */
export async function canOnStudentPlan(db: Executor, actor: Actor, permission: 'curricula.individualPlan.read' | 'curricula.individualPlan.derive', student: { userId: string; unitId: string | null }): Promise<boolean> {
  return can(actor, permission, { ownerUserId: student.userId, unitPath: student.unitId ? await unitPath(db, student.unitId) : [] });
}
