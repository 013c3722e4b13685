import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { HOLD_KINDS, type HoldKind } from '../../../shared/modules/registration/registration.hold-kinds.ts';
import { users } from '../identity/identity.tables.ts';
import { students } from '../students/students.tables.ts';

/**
 * A hold on a student (блокировка): while in force (since ≤ day ≤ until, not lifted) registration
 * refuses the student. Never deleted: lifting fills the lifted_* columns once, so history stays.
 */
export const holds = pgTable(
  'holds',
  {
    id: uuid('id').primaryKey(),
    studentId: uuid('student_id').notNull().references(() => students.id),
    kind: text('kind', { enum: HOLD_KINDS as [HoldKind, ...HoldKind[]] }).notNull(),
    reason: text('reason').notNull(),
    since: date('since').notNull(),
    /** the last day in force, inclusive; null: until lifted */
    until: date('until'),
    setBy: uuid('set_by').notNull().references(() => users.id),
    setAt: timestamp('set_at', { withTimezone: true }).notNull(),
    liftedBy: uuid('lifted_by').references(() => users.id),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    /** the university's day of the lift: the hold is no longer in force from that day */
    liftedOn: date('lifted_on'),
    liftNote: text('lift_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('holds_student_idx').on(t.studentId, t.since),
    check('holds_period_ck', sql`${t.until} is null or ${t.until} >= ${t.since}`),
    check('holds_lift_ck', sql`(${t.liftedAt} is null) = (${t.liftedBy} is null) and (${t.liftedAt} is null) = (${t.liftedOn} is null)`),
  ],
);
