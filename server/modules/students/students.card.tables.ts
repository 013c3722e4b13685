import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { roleGrants, users } from '../identity/identity.tables.ts';
import { files } from '../../platform/files/files.tables.ts';
import { students } from './students.tables.ts';

/** A student's photos; the newest row is the photo shown, earlier rows are its history. */
export const studentPhotos = pgTable(
  'student_photos',
  {
    id: uuid('id').primaryKey(),
    studentId: uuid('student_id').notNull().references(() => students.id),
    fileId: uuid('file_id').notNull().references(() => files.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [index('student_photos_student_idx').on(t.studentId, t.createdAt)],
);

/** A parent (or guardian) linked to a student card; the link is the parent's role grant scoped to the student. */
export const studentParents = pgTable(
  'student_parents',
  {
    id: uuid('id').primaryKey(),
    studentId: uuid('student_id').notNull().references(() => students.id),
    parentUserId: uuid('parent_user_id').notNull().references(() => users.id),
    relation: text('relation', { enum: ['mother', 'father', 'guardian'] }).notNull(),
    grantId: uuid('grant_id').references(() => roleGrants.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [uniqueIndex('student_parents_uq').on(t.studentId, t.parentUserId), index('student_parents_parent_idx').on(t.parentUserId)],
);
