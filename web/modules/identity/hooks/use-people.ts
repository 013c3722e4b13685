import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getPerson, listPeople, type PeopleQuery } from '../api/people-api.ts';

export function usePeople(query: PeopleQuery, enabled = true) {
  return useQuery({
    queryKey: ['people', query],
    queryFn: ({ signal }) => listPeople(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePerson(id: string | undefined) {
  return useQuery({ queryKey: ['person', id], queryFn: () => getPerson(id ?? ''), enabled: id !== undefined && id !== '' });
}
