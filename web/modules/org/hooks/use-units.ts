import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang, DEFAULT_LANG } from '../../../../shared/i18n/languages.ts';
import { UNIT_KINDS, type UnitDto, type UnitKind } from '../../../../shared/modules/org/org.contracts.ts';
import { listUnits } from '../api/units-api.ts';

export function useUnits(enabled = true) {
  return useQuery({ queryKey: ['units'], queryFn: listUnits, staleTime: 5 * 60_000, enabled });
}

export interface UnitOption {
  value: string;
  label: string;
}

/** Units as select options, "Kind: Name" in the current language, ordered from the top of the structure (only `kinds` when given). */
export function useUnitOptions(enabled = true, kinds?: readonly UnitKind[]): { options: UnitOption[]; isLoading: boolean; error: unknown } {
  const { t, i18n } = useTranslation();
  const query = useUnits(enabled);
  const lang = isLang(i18n.language) ? i18n.language : DEFAULT_LANG;
  const options = useMemo(() => {
    const units: UnitDto[] = (query.data ?? []).filter((unit) => kinds === undefined || kinds.includes(unit.kind));
    units.sort((a, b) => UNIT_KINDS.indexOf(a.kind) - UNIT_KINDS.indexOf(b.kind) || a.name[lang].localeCompare(b.name[lang], lang));
    return units.map((unit) => ({ value: unit.id, label: `${t(`common:unitKinds.${unit.kind}`)}: ${unit.name[lang]}` }));
  }, [query.data, lang, t, kinds]);
  return { options, isLoading: query.isLoading, error: query.error };
}
