import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PlanDto } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import { DEFAULT_LANG, isLang, type Lang } from '../../../../shared/i18n/languages.ts';
import * as curriculaApi from '../api/curricula-api.ts';

export function useDisciplines(query: curriculaApi.DisciplinesQuery, enabled = true) {
  return useQuery({ queryKey: ['curricula-disciplines', query], queryFn: ({ signal }) => curriculaApi.listDisciplines(query, signal), placeholderData: keepPreviousData, enabled });
}

export function useDiscipline(id: string | undefined) {
  return useQuery({ queryKey: ['curricula-discipline', id], queryFn: () => curriculaApi.getDiscipline(id ?? ''), enabled: id !== undefined && id !== '' });
}

export function usePlans(query: curriculaApi.PlansQuery, enabled = true) {
  return useQuery({ queryKey: ['curricula-plans', query], queryFn: ({ signal }) => curriculaApi.listPlans(query, signal), placeholderData: keepPreviousData, enabled });
}

export function usePlan(id: string | undefined) {
  return useQuery({ queryKey: ['curricula-plan', id], queryFn: () => curriculaApi.getPlan(id ?? ''), enabled: id !== undefined && id !== '' });
}

export function usePlanDiff(id: string | undefined, otherId: string | undefined) {
  return useQuery({ queryKey: ['curricula-compare', id, otherId], queryFn: () => curriculaApi.comparePlans(id ?? '', otherId ?? ''), enabled: Boolean(id && otherId) });
}

/** After a change to the catalog: refresh the lists and the discipline's page. */
export function useDisciplinesChanged() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['curricula-disciplines'] });
    void client.invalidateQueries({ queryKey: ['curricula-discipline'] });
  };
}

/** After a plan changed: show the server's answer at once, and refresh the lists and comparisons. */
export function usePlanChanged() {
  const client = useQueryClient();
  return (plan?: PlanDto) => {
    if (plan) client.setQueryData(['curricula-plan', plan.id], plan);
    void client.invalidateQueries({ queryKey: ['curricula-plans'] });
    void client.invalidateQueries({ queryKey: ['curricula-compare'] });
    void client.invalidateQueries({ queryKey: ['curricula-plan'], predicate: (q) => q.queryKey[1] !== plan?.id });
  };
}

/** The reader's language, for names kept in three languages. */
export function useReaderLang(): Lang {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : DEFAULT_LANG;
}

/** A text in the reader's language, or the first language that has it. */
export function inLang(texts: Record<Lang, string>, lang: Lang): string {
  return texts[lang].trim() || texts.ru.trim() || texts.ky.trim() || texts.en;
}
