import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANG, isLang, type Lang } from '../../../../shared/i18n/languages.ts';
import type { GroupDto, ProgramDto } from '../../../../shared/modules/students/students.contracts.ts';
import { useGroups, usePrograms } from './use-structure.ts';

export function programName(program: Pick<ProgramDto, 'nameRu' | 'nameKy' | 'nameEn'>, lang: Lang): string {
  return { ru: program.nameRu, ky: program.nameKy, en: program.nameEn }[lang];
}

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : DEFAULT_LANG;
}

/** Programs as select options: "code — name" in the current language. */
export function useProgramOptions(enabled = true) {
  const lang = useLang();
  const query = usePrograms(enabled);
  const options = useMemo(
    () =>
      [...(query.data ?? [])]
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((program) => ({ value: program.id, label: `${program.code} — ${programName(program, lang)}` })),
    [query.data, lang],
  );
  return { options, isLoading: query.isLoading, programs: query.data ?? [] };
}

export const groupLabel = (group: Pick<GroupDto, 'code' | 'programCode' | 'course'>, courseLabel: string) =>
  `${group.code} (${group.programCode}, ${courseLabel})`;

/** Groups as select options: "code (program, year)"; `filter` narrows them (say, to one program). */
export function useGroupOptions(enabled = true, filter?: (group: GroupDto) => boolean) {
  const { t } = useTranslation();
  const query = useGroups(enabled);
  const options = useMemo(
    () =>
      [...(query.data ?? [])]
        .filter((group) => filter === undefined || filter(group))
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((group) => ({ value: group.id, label: groupLabel(group, t('students:course.value', { course: group.course })) })),
    [query.data, filter, t],
  );
  return { options, isLoading: query.isLoading, groups: query.data ?? [] };
}
