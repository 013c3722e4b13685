import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { YearDto } from '../../../../shared/modules/calendar/calendar.contracts.ts';
import * as calendarApi from '../api/calendar-api.ts';

export function useYears() {
  return useQuery({ queryKey: ['calendar-years'], queryFn: calendarApi.listYears, staleTime: 60_000 });
}

export function useYear(id: string | null | undefined) {
  return useQuery({ queryKey: ['calendar-year', id], queryFn: () => calendarApi.getYear(id ?? ''), enabled: id != null && id !== '' });
}

export function useCurrent() {
  return useQuery({ queryKey: ['calendar-current'], queryFn: calendarApi.getCurrent, staleTime: 60_000 });
}

/** A change of the calendar: the answer (the whole year with its findings) is shown at once, what depends on it refreshed. */
export function useCalendarChange<A>(change: (args: A) => Promise<YearDto>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (year) => {
      client.setQueryData(['calendar-year', year.id], year);
      void client.invalidateQueries({ queryKey: ['calendar-years'] });
      void client.invalidateQueries({ queryKey: ['calendar-current'] });
    },
  });
}
