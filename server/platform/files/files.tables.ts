import { customType, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Raw bytes (PostgreSQL bytea), the same on PGlite and on a server. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => new Uint8Array(value),
});

/**
 * Stored files: the bytes live in the database, so every app node sees them, and a backup
 * holds them with the rows that point at them. Never updated: a new version is a new row.
 * The uploader is kept as an id without a foreign key (this table knows no module).
 */
export const files = pgTable('files', {
  id: uuid('id').primaryKey(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  bytes: bytea('bytes').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  createdBy: uuid('created_by'),
});
