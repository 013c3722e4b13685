import { sql } from 'drizzle-orm';
import { check, index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { LETTERS, RESULT_SOURCES, TERMS } from '../../../shared/modules/gradebook/gradebook.vocabulary.ts';
import { disciplines } from '../curricula/curricula.tables.ts';
import { users } from '../identity/identity.tables.ts';
import { students } from '../students/students.tables.ts';

/**
 * The final result of a student in a discipline in a term (итоговая оценка): one row per attempt
 * (a re-study is a new attempt; the newest counts). Never edited or deleted: a grade-change act
 * will supersede a row, so the transcript keeps every attempt exactly.
 */
export const finalResults = pgTable(
  'final_results',
  {
    id: uuid('id').primaryKey(),
    studentId: uuid('student_id').notNull().references(() => students.id),
    disciplineId: uuid('discipline_id').notNull().references(() => disciplines.id),
    /** "2025-2026" */
    academicYear: text('academic_year').notNull(),
    term: text('term', { enum: TERMS }).notNull(),
    /** 0…100; null for a special mark or a credit given without points */
    points: integer('points'),
    letter: text('letter', { enum: LETTERS }).notNull(),
    /** as the scale gave it when recorded; null outside the GPA (I, W, X, absent, pass, fail) */
    gradePoint: numeric('grade_point', { precision: 3, scale: 2 }),
    attempt: integer('attempt').notNull(),
    source: text('source', { enum: RESULT_SOURCES }).notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('final_results_attempt_uq').on(t.studentId, t.disciplineId, t.attempt),
    index('final_results_discipline_idx').on(t.disciplineId),
    check('final_results_points_ck', sql`${t.points} is null or ${t.points} between 0 and 100`),
    check('final_results_attempt_ck', sql`${t.attempt} >= 1`),
  ],
);
