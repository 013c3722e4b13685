import type { CreateUnitBody, UnitDto, UpdateUnitBody } from '../../../shared/modules/org/org.contracts.ts';
import { canPlaceUnder } from '../../../shared/modules/org/rules/unit-placement.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { universityToday } from '../../platform/settings/settings.service.ts';
import * as repo from './org.repository.ts';
import { toUnitDto } from './org.service.ts';

/** Editing the structure: create, rename, recode, move and close faculties and departments; each audited. */

async function assertPlacement(db: Executor, kind: repo.UnitRow['kind'], parentId: string): Promise<void> {
  const parent = await repo.findUnit(db, parentId);
  if (!parent) throw new AppError('UNIT_NOT_FOUND');
  const verdict = canPlaceUnder(kind, { kind: parent.kind, isClosed: parent.closedAt !== null });
  if (verdict === 'parentInvalid') throw new AppError('UNIT_PARENT_INVALID');
  if (verdict === 'parentClosed') throw new AppError('UNIT_CLOSED');
}

async function assertCodeFree(db: Executor, kind: repo.UnitRow['kind'], code: string, exceptId?: string): Promise<void> {
  const other = await repo.findUnitByCode(db, kind, code);
  if (other && other.id !== exceptId) throw new AppError('UNIT_CODE_TAKEN', { code });
}

const subtypeOf = (kind: repo.UnitRow['kind'], subtype: CreateUnitBody['subtype']) => (kind === 'faculty' ? (subtype ?? 'faculty') : null);

export async function createUnit(ctx: ServiceContext, body: CreateUnitBody): Promise<UnitDto> {
  const id = newId();
  const row = await ctx.db.transaction(async (tx) => {
    await assertPlacement(tx, body.kind, body.parentId);
    await assertCodeFree(tx, body.kind, body.code);
    const values = { ...body, id, subtype: subtypeOf(body.kind, body.subtype), createdAt: ctx.now, updatedAt: ctx.now };
    const inserted = await repo.insertUnitIfCodeFree(tx, values);
    if (!inserted) throw new AppError('UNIT_CODE_TAKEN', { code: body.code });
    await recordAudit(tx, ctx, { action: 'org.unit.manage', entityType: 'unit', entityId: id, after: inserted });
    return inserted;
  });
  return toUnitDto(row);
}

async function lockEditable(tx: Executor, id: string): Promise<repo.UnitRow> {
  const unit = await repo.lockUnit(tx, id);
  if (!unit) throw new AppError('UNIT_NOT_FOUND');
  if (unit.kind !== 'faculty' && unit.kind !== 'department') throw new AppError('UNIT_NOT_EDITABLE');
  return unit;
}

/** Renames, recodes or moves a unit (a department to another faculty); a closed unit stays closed. */
export async function updateUnit(ctx: ServiceContext, id: string, body: UpdateUnitBody): Promise<UnitDto> {
  const row = await ctx.db.transaction(async (tx) => {
    const before = await lockEditable(tx, id);
    if (body.parentId !== undefined && body.parentId !== before.parentId) await assertPlacement(tx, before.kind, body.parentId);
    if (body.code !== undefined) await assertCodeFree(tx, before.kind, body.code, id);
    const { subtype, ...rest } = body;
    const values = { ...rest, ...(subtype !== undefined ? { subtype: subtypeOf(before.kind, subtype) } : {}), updatedAt: ctx.now };
    const after = await repo.updateUnit(tx, id, values);
    await recordAudit(tx, ctx, { action: 'org.unit.manage', entityType: 'unit', entityId: id, before, after });
    return after;
  });
  return toUnitDto(row);
}

/** Closes a unit (never deletes it): refused while open units stand under it or its groups have students. */
export async function closeUnit(ctx: ServiceContext, id: string): Promise<UnitDto> {
  const today = await universityToday(ctx);
  const row = await ctx.db.transaction(async (tx) => {
    const before = await lockEditable(tx, id);
    if (before.closedAt !== null) return before;
    if ((await repo.countOpenChildren(tx, id)) > 0) throw new AppError('UNIT_HAS_ACTIVE_CHILDREN');
    if (await repo.hasGroupsWithStudents(tx, id, today)) throw new AppError('UNIT_HAS_ACTIVE_GROUPS');
    const after = await repo.updateUnit(tx, id, { closedAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'org.unit.manage', entityType: 'unit', entityId: id, before, after });
    return after;
  });
  return toUnitDto(row);
}
