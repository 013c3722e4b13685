import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang, DEFAULT_LANG } from '../../../../shared/i18n/languages.ts';
import { UNIT_KINDS, type UnitDto, type UnitKind } from '../../../../shared/modules/org/org.contracts.ts';
import { listUnits } from '../api/units-api.ts';

export const UNITS_KEY = ['units'] as const;

/** The language names are shown in. */
export function useUnitsLang() {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : DEFAULT_LANG;
}

export function useUnits(enabled = true) {
  return useQuery({ queryKey: UNITS_KEY, queryFn: listUnits, staleTime: 5 * 60_000, enabled });
}

/** After a change to the structure: refresh the units and what names them. */
export function useUnitsChanged() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: UNITS_KEY });
    void client.invalidateQueries({ queryKey: ['programs'] });
    void client.invalidateQueries({ queryKey: ['groups'] });
  };
}

export interface UnitOption {
  value: string;
  label: string;
}

/**
 * Units as select options, "Kind: Name" in the current language, ordered from the top of the structure
 * (only `kinds` when given). Closed units are not offered: they take nothing new.
 */
export function useUnitOptions(enabled = true, kinds?: readonly UnitKind[]): { options: UnitOption[]; isLoading: boolean; error: unknown } {
  const { t } = useTranslation();
  const query = useUnits(enabled);
  const lang = useUnitsLang();
  const options = useMemo(() => {
    const units: UnitDto[] = (query.data ?? []).filter((unit) => !unit.isClosed && (kinds === undefined || kinds.includes(unit.kind)));
    units.sort((a, b) => UNIT_KINDS.indexOf(a.kind) - UNIT_KINDS.indexOf(b.kind) || a.name[lang].localeCompare(b.name[lang], lang));
    return units.map((unit) => ({ value: unit.id, label: `${t(`common:unitKinds.${unit.kind}`)}: ${unit.name[lang]}` }));
  }, [query.data, lang, t, kinds]);
  return { options, isLoading: query.isLoading, error: query.error };
}
