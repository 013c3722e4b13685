import type { PriceDto, PriceListDto, UpsertPriceBody } from '../../../shared/modules/finance/finance.contracts.ts';
import { academicYearOf } from '../../../shared/modules/finance/rules/academic-year.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { universityToday } from '../../platform/settings/settings.service.ts';
import { mayManagePrices } from './finance.policy.ts';
import * as repo from './finance.repository.ts';

/** The price list (прейскурант): the price of one credit by program, study form and academic year. */

function toDto(view: repo.PriceView): PriceDto {
  const { price, program } = view;
  return {
    id: price.id,
    programId: price.programId,
    programCode: program.code,
    programName: { ru: program.nameRu, ky: program.nameKy, en: program.nameEn },
    studyForm: price.studyForm,
    academicYear: price.academicYear,
    pricePerCredit: price.pricePerCredit,
    updatedAt: price.updatedAt.toISOString(),
  };
}

/** The prices of an academic year (the current one when not named), with every program to set a new price for. */
export async function listPrices(ctx: ServiceContext, academicYear?: number): Promise<PriceListDto> {
  const current = academicYearOf(await universityToday(ctx));
  const year = academicYear ?? current;
  const [items, programs, years] = [await repo.listPrices(ctx.db, year), await repo.listPrograms(ctx.db), await repo.priceYears(ctx.db)];
  return {
    academicYear: year,
    items: items.map(toDto),
    programs: programs.map((p) => ({ id: p.id, code: p.code, name: { ru: p.nameRu, ky: p.nameKy, en: p.nameEn } })),
    years: [...new Set([...years, current, year])].sort((a, b) => a - b),
    canManage: mayManagePrices(ctx.actor),
  };
}

/** Sets the price of a credit for a program, form and year (a new one or a change); audited with before and after. */
export async function setPrice(ctx: ServiceContext, body: UpsertPriceBody): Promise<PriceDto> {
  const id = await ctx.db.transaction(async (tx) => {
    if (!(await repo.findProgram(tx, body.programId))) throw new AppError('PROGRAM_NOT_FOUND');
    const before = await repo.findPrice(tx, body, true);
    const after = await repo.upsertPrice(tx, { id: before?.id ?? newId(), ...body, setBy: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'finance.price.manage', entityType: 'tuitionPrice', entityId: after.id, before: before ?? null, after });
    return after.id;
  });
  const view = await repo.findPriceView(ctx.db, id);
  if (!view) throw new Error('price vanished');
  return toDto(view);
}
