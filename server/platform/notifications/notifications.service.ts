import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { isNotificationKind } from '../../../shared/notifications/kinds.ts';
import { NOTIFICATIONS_PAGE_SIZE, type ListNotificationsQuery, type NotificationDto, type NotificationListDto } from '../../../shared/notifications/notifications.contracts.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Executor } from '../db/client.ts';
import { AppError } from '../http/app-error.ts';
import type { ServiceContext } from '../http/context.ts';
import { getSetting } from '../settings/settings.service.ts';
import { notifications } from './notifications.tables.ts';
import { renderNotification } from './render.ts';

type Row = typeof notifications.$inferSelect;

function toDto(row: Row, ctx: ServiceContext, timeZone: string): NotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    params: row.params,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    // a kind no longer in the catalog keeps its row readable: its key stands for the text
    text: isNotificationKind(row.kind) ? renderNotification(row.kind, row.params, ctx.lang, timeZone) : row.kind,
  };
}

async function unreadCount(db: Executor, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** The signed-in user's notifications, newest first, 20 a page, with the text in their language and the unread count. */
export async function listOwnNotifications(ctx: ServiceContext, query: ListNotificationsQuery): Promise<NotificationListDto> {
  const userId = ctx.actor.userId;
  const own = eq(notifications.userId, userId);
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(query.unreadOnly === 'true' ? and(own, isNull(notifications.readAt)) : own)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE_SIZE)
    .offset((query.page - 1) * NOTIFICATIONS_PAGE_SIZE);
  const timeZone = await getSetting(ctx.db, 'university.timeZone');
  return { items: rows.map((row) => toDto(row, ctx, timeZone)), unread: await unreadCount(ctx.db, userId) };
}

/** Marks one of the own notifications read (audited); another user's answers 404, an already read one changes nothing. */
export async function markOwnNotificationRead(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const own = and(eq(notifications.id, id), eq(notifications.userId, ctx.actor.userId));
    const [marked] = await tx
      .update(notifications)
      .set({ readAt: ctx.now })
      .where(and(own, isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    if (marked) {
      await recordAudit(tx, ctx, { action: 'platform.notification.read', entityType: 'notification', entityId: id, before: { readAt: null }, after: { readAt: ctx.now } });
      return;
    }
    const [exists] = await tx.select({ id: notifications.id }).from(notifications).where(own);
    if (!exists) throw new AppError('NOTIFICATION_NOT_FOUND');
  });
}

/** Marks every unread notification of the user read: one audit row naming how many (none when nothing was unread). */
export async function markAllOwnNotificationsRead(ctx: ServiceContext): Promise<{ marked: number }> {
  return ctx.db.transaction(async (tx) => {
    const marked = await tx
      .update(notifications)
      .set({ readAt: ctx.now })
      .where(and(eq(notifications.userId, ctx.actor.userId), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    if (marked.length > 0) {
      await recordAudit(tx, ctx, { action: 'platform.notification.read', entityType: 'notification', entityId: null, after: { readAt: ctx.now, count: marked.length } });
    }
    return { marked: marked.length };
  });
}
