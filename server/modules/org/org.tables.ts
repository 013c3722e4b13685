import { type AnyPgColumn, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Units of the academic structure (university, faculties, departments, groups): the scopes of role grants. */
export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: ['university', 'faculty', 'department', 'group'] }).notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => orgUnits.id),
    code: text('code').notNull(),
    nameRu: text('name_ru').notNull(),
    nameKy: text('name_ky').notNull(),
    nameEn: text('name_en').notNull(),
    /** what a faculty-level unit calls itself: faculty, institute or college (null below that level) */
    subtype: text('subtype', { enum: ['faculty', 'institute', 'college'] }),
    /** set when the unit is closed: it stays for history but takes no new groups or programs */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('org_units_kind_code_uq').on(t.kind, t.code), index('org_units_parent_idx').on(t.parentId)],
);
