import { z } from 'zod';

/** Contracts of the own in-app notifications (the bell in the header). */

export const NOTIFICATIONS_PAGE_SIZE = 20;

export const listNotificationsQuery = z.object({
  unreadOnly: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type ListNotificationsQuery = z.infer<typeof listNotificationsQuery>;

export const notificationDto = z.object({
  id: z.string(),
  // a kind of the catalog (shared/notifications/kinds.ts); kept as text so an old row never breaks the list
  kind: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  /** the message in the reader's language, rendered by the server */
  text: z.string(),
});
export type NotificationDto = z.infer<typeof notificationDto>;

export const notificationListDto = z.object({
  items: z.array(notificationDto),
  /** how many of the user's notifications are unread, whatever the page */
  unread: z.number().int(),
});
export type NotificationListDto = z.infer<typeof notificationListDto>;
