import type { Lang } from '../../../shared/i18n/languages.ts';
import type { UnitDto } from '../../../shared/modules/org/org.contracts.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { listUnits, type UnitRow } from './org.repository.ts';

/** A unit's name in the given language. */
export function unitName(unit: Pick<UnitRow, 'nameRu' | 'nameKy' | 'nameEn'>, lang: Lang): string {
  return lang === 'ky' ? unit.nameKy : lang === 'en' ? unit.nameEn : unit.nameRu;
}

export function toUnitDto(unit: UnitRow): UnitDto {
  return {
    id: unit.id,
    kind: unit.kind,
    parentId: unit.parentId,
    code: unit.code,
    name: { ru: unit.nameRu, ky: unit.nameKy, en: unit.nameEn },
    subtype: unit.subtype,
    isClosed: unit.closedAt !== null,
    closedAt: unit.closedAt?.toISOString() ?? null,
  };
}

/** Every unit of the structure (the list is small: hundreds, not thousands). */
export async function getUnits(ctx: ServiceContext): Promise<UnitDto[]> {
  return (await listUnits(ctx.db)).map(toUnitDto);
}
