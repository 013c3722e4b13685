import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { getRegistration, registrationKey, type TermChoice } from '../api/registration-api.ts';

/** The registration page's data and steps: polled every 5 s while the window is open (seats move on registration day). */

export const POLL_MS = 5000;

export function useRegistration(studentId: string | undefined, choice: TermChoice) {
  return useQuery({
    queryKey: registrationKey(studentId ?? '', choice),
    queryFn: () => getRegistration(studentId ?? '', choice),
    enabled: studentId !== undefined,
    refetchInterval: (query) => (query.state.data?.window.isOpen ? POLL_MS : false),
  });
}

/** The signed-in student's own card id (a student's search finds only themselves). */
export function useOwnStudentId(enabled: boolean) {
  return useQuery({
    queryKey: ['registration-own-student'],
    queryFn: async () => (await api.get<{ items: { id: string }[] }>('/api/students', { page: 1, pageSize: 1 })).items[0]?.id ?? null,
    enabled,
    staleTime: Infinity,
  });
}

/** One step of the page (take a seat, choose an elective, submit…): its refusal stays with the card that asked; the view reloads after. */
export function useRegistrationStep<A>(studentId: string, run: (arg: A) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => client.invalidateQueries({ queryKey: ['registration', studentId] }),
  });
}
