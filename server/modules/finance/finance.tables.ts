import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { TERMS } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import { PAYMENT_PURPOSES, STUDY_FORMS } from '../../../shared/modules/finance/finance.vocabulary.ts';
import { disciplines } from '../curricula/curricula.tables.ts';
import { users } from '../identity/identity.tables.ts';
import { programs, students } from '../students/students.tables.ts';

/**
 * The price of one credit for a program, study form and academic year (DOMAIN.md §4): a semester's
 * tuition is the credits of the student's ИУП in it times this price. Amounts are whole som.
 */
export const tuitionPrices = pgTable(
  'tuition_prices',
  {
    id: uuid('id').primaryKey(),
    programId: uuid('program_id').notNull().references(() => programs.id),
    studyForm: text('study_form', { enum: STUDY_FORMS }).notNull(),
    /** the calendar year the academic year starts in */
    academicYear: integer('academic_year').notNull(),
    pricePerCredit: integer('price_per_credit').notNull(),
    setBy: uuid('set_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('tuition_prices_uq').on(t.programId, t.studyForm, t.academicYear), check('tuition_prices_price_ck', sql`${t.pricePerCredit} > 0`)],
);

/** A payment a cashier recorded: tuition for a term, or the prepayment of a re-studied discipline. Never deleted. */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey(),
    studentId: uuid('student_id').notNull().references(() => students.id),
    academicYear: integer('academic_year').notNull(),
    term: text('term', { enum: TERMS }).notNull(),
    purpose: text('purpose', { enum: PAYMENT_PURPOSES }).notNull(),
    /** the re-studied discipline a prepayment is for */
    disciplineId: uuid('discipline_id').references(() => disciplines.id),
    amount: integer('amount').notNull(),
    paidOn: date('paid_on').notNull(),
    /** the bank's or the cash desk's receipt number */
    reference: text('reference').notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('payments_student_idx').on(t.studentId, t.academicYear, t.term),
    check('payments_amount_ck', sql`${t.amount} > 0`),
    check('payments_restudy_ck', sql`(${t.purpose} = 'restudy') = (${t.disciplineId} is not null)`),
  ],
);
