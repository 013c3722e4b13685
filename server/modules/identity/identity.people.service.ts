import type { Role } from '../../../shared/access/permissions.ts';
import type { PersonDto } from '../../../shared/modules/identity/identity.contracts.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { findUserWithUnit, searchUsers, type DirectoryFilter } from './identity.directory.repository.ts';
import { toPersonDto, unitLabel } from './identity.mappers.ts';
import { canReadPerson, readablePeople } from './identity.policy.ts';
import * as repo from './identity.repository.ts';

/** Person cards as staff, students and parents see them, each within their scope. */


/** A person's card, if the actor's grants reach that person; otherwise 403 (404 when there is no such person). */
export async function getPerson(ctx: ServiceContext, id: string): Promise<PersonDto> {
  const row = await findUserWithUnit(ctx.db, id);
  if (!row) throw new AppError('USER_NOT_FOUND');
  if (!(await canReadPerson(ctx.db, ctx.actor, row.user))) throw new AppError('FORBIDDEN');
  const roles = (await repo.listGrants(ctx.db, [id])).map(({ grant }) => grant.role as Role);
  return toPersonDto(row.user, roles, unitLabel(row.unit, ctx.lang));
}

/** The people the actor may see, searched and paged. */
export async function listPeople(ctx: ServiceContext, filter: Omit<DirectoryFilter, 'within'>, page: number, pageSize: number) {
  const within = await readablePeople(ctx.db, ctx.actor);
  const { rows, total } = await searchUsers(ctx.db, { ...filter, isActive: true, within }, page, pageSize);
  const grantRows = await repo.listGrants(ctx.db, rows.map((r) => r.user.id));
  const rolesOf = (userId: string) => grantRows.filter(({ grant }) => grant.userId === userId).map(({ grant }) => grant.role as Role);
  return { items: rows.map((r) => toPersonDto(r.user, rolesOf(r.user.id), unitLabel(r.unit, ctx.lang))), total, page, pageSize };
}
