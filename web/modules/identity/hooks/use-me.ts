import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { fetchMe } from '../api/auth-api.ts';

export const ME_QUERY_KEY = ['me'] as const;

/** The signed-in user (null when signed out); loaded once and kept until sign-in or sign-out. */
export function useMe() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: Infinity, retry: false });
}

/** The signed-in user for screens that only render inside the signed-in shell. */
export function useSignedInMe(): MeDto {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInMe outside the signed-in shell');
  return data;
}

/** Replaces the cached user (after sign-in, sign-out or a language change). */
export function useSetMe() {
  const client = useQueryClient();
  return (me: MeDto | null) => client.setQueryData(ME_QUERY_KEY, me);
}
