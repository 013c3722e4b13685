import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Values of university settings that differ from the catalog's defaults. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by'),
});
