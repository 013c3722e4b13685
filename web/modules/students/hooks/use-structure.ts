import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { getGroupList, listGroups, listPrograms } from '../api/structure-api.ts';

export const PROGRAMS_KEY = ['programs'] as const;
export const GROUPS_KEY = ['groups'] as const;

export function usePrograms(enabled = true) {
  return useQuery({ queryKey: PROGRAMS_KEY, queryFn: listPrograms, staleTime: 60_000, enabled });
}

export function useGroups(enabled = true) {
  return useQuery({ queryKey: GROUPS_KEY, queryFn: listGroups, staleTime: 30_000, enabled });
}

/** A group's students on a day, as the signed orders placed them. */
export function useGroupList(id: string | undefined, date: string, enabled = true) {
  return useQuery({
    queryKey: ['group-list', id, date],
    queryFn: ({ signal }) => getGroupList(id ?? '', date, signal),
    enabled: enabled && id !== undefined && id !== '' && date !== '',
    placeholderData: keepPreviousData,
  });
}

/** After a change to programs or groups: refresh what shows them. */
export function useStructureChanged() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: PROGRAMS_KEY });
    void client.invalidateQueries({ queryKey: GROUPS_KEY });
    void client.invalidateQueries({ queryKey: ['group-list'] });
  };
}
