import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UserDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { getUser, listUsers, type UsersQuery } from '../api/users-api.ts';

export function useUsers(query: UsersQuery) {
  return useQuery({
    queryKey: ['users', query],
    queryFn: ({ signal }) => listUsers(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string | undefined) {
  return useQuery({ queryKey: ['user', id], queryFn: () => getUser(id ?? ''), enabled: id !== undefined && id !== '' });
}

/** After a change to a user: show the answer at once when there is one, and refresh the lists. */
export function useUserChanged() {
  const client = useQueryClient();
  return (id: string, user?: UserDto | null) => {
    if (user && typeof user === 'object' && 'id' in user) client.setQueryData(['user', id], user);
    else void client.invalidateQueries({ queryKey: ['user', id] });
    void client.invalidateQueries({ queryKey: ['users'] });
    void client.invalidateQueries({ queryKey: ['people'] });
  };
}
