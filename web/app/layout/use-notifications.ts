import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationListDto } from '../../../shared/notifications/notifications.contracts.ts';
import { api } from '../../lib/api-client.ts';

/** The own in-app notifications: the unread count (polled), the latest page, marking read. */

export const NOTIFICATIONS_QUERY_KEY = ['notifications'] as const;
/** how often the bell asks for the unread count */
export const NOTIFICATIONS_POLL_MS = 30_000;

const EMPTY: NotificationListDto = { items: [], unread: 0 };

/** Whatever answered, a list the bell can show (an old server or a stub may answer something else). */
function asList(value: unknown): NotificationListDto {
  const list = value as Partial<NotificationListDto> | null | undefined;
  return {
    items: Array.isArray(list?.items) ? list.items : [],
    unread: typeof list?.unread === 'number' ? list.unread : 0,
  };
}

/** The unread count, asked for every 30 s and whenever the window regains focus. */
export function useUnreadNotifications() {
  const query = useQuery({
    queryKey: [...NOTIFICATIONS_QUERY_KEY, 'unread'],
    queryFn: async () => asList(await api.get<unknown>('/api/notifications', { unreadOnly: 'true' })),
    refetchInterval: NOTIFICATIONS_POLL_MS,
    refetchOnWindowFocus: true,
  });
  return query.data?.unread ?? 0;
}

/** The latest notifications (read and unread), loaded while the list is open. */
export function useLatestNotifications(enabled: boolean) {
  const query = useQuery({
    queryKey: [...NOTIFICATIONS_QUERY_KEY, 'latest'],
    queryFn: async () => asList(await api.get<unknown>('/api/notifications')),
    enabled,
  });
  return { ...query, list: query.data ?? EMPTY };
}

/** Marking one or all read; both refresh the count and the list. */
export function useMarkNotificationsRead() {
  const client = useQueryClient();
  const onSettled = () => client.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY });
  const one = useMutation({ mutationFn: (id: string) => api.post<void>(`/api/notifications/${id}/read`), onSettled });
  const all = useMutation({ mutationFn: () => api.post<{ marked: number }>('/api/notifications/read-all'), onSettled });
  return { markRead: one.mutate, markAllRead: all.mutate, isMarkingAll: all.isPending };
}
