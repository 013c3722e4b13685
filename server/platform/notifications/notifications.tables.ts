import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
// the users table through the schema aggregate (platform knows no module); the reference is lazy, so the cycle is harmless
import { users } from '../../db/schema.ts';

/**
 * In-app notifications: one row per message to one user, written by a module inside its own
 * write transaction (`notify()`). The text is not stored: `kind` names it in the catalog
 * (shared/notifications/kinds.ts) and it is rendered in the reader's language from `params`.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    params: jsonb('params').$type<Record<string, string | number>>().notNull(),
    /** a web path to open (`/registration`), never an outside address */
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_created_idx').on(t.userId, t.createdAt.desc()),
    index('notifications_user_unread_idx').on(t.userId, t.createdAt.desc()).where(sql`${t.readAt} is null`),
  ],
);
