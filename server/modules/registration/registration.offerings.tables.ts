import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { TERMS } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import { ENROLMENT_STATUSES, OFFERING_STATUSES, SECTION_KINDS, TEACHING_LANGUAGES, WAITLIST_STATUSES } from '../../../shared/modules/registration/registration.vocabulary.ts';
import { individualPlanLines } from '../curricula/curricula.individual.tables.ts';
import { disciplines } from '../curricula/curricula.tables.ts';
import { users } from '../identity/identity.tables.ts';
import { students } from '../students/students.tables.ts';

/**
 * An offering: a discipline taught in a term of an academic year in one language of instruction,
 * made from the approved working plans that place it there. Its sections are what students enrol in.
 */
export const offerings = pgTable(
  'offerings',
  {
    id: uuid('id').primaryKey(),
    disciplineId: uuid('discipline_id').notNull().references(() => disciplines.id),
    /** the calendar year the academic year starts in: 2026 is 2026/27 */
    academicYear: integer('academic_year').notNull(),
    term: text('term', { enum: TERMS }).notNull(),
    language: text('language', { enum: TEACHING_LANGUAGES }).notNull(),
    /** an elective (КЭД) offering: cancelled when under its minimum after registration closes */
    isElective: boolean('is_elective').notNull().default(false),
    /** the students the working plans expect (the sum over the groups that study it then) */
    expectedStudents: integer('expected_students').notNull().default(0),
    status: text('status', { enum: OFFERING_STATUSES }).notNull().default('open'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** students of a cancelled elective re-choose until this day (inclusive) */
    rechooseUntil: date('rechoose_until'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('offerings_discipline_term_language_uq').on(t.disciplineId, t.academicYear, t.term, t.language), index('offerings_term_idx').on(t.academicYear, t.term)],
);

/**
 * A section (лекционный поток, практическая группа, лабораторная подгруппа) of an offering. `taken`
 * counts its enrolled students plus the seats held for waitlist offers; the check keeps it within
 * capacity whatever runs at once, and an enrolment takes a seat only by a conditional update.
 */
export const sections = pgTable(
  'sections',
  {
    id: uuid('id').primaryKey(),
    offeringId: uuid('offering_id').notNull().references(() => offerings.id),
    kind: text('kind', { enum: SECTION_KINDS }).notNull(),
    /** 1, 2, … within the offering and kind */
    number: integer('number').notNull(),
    teacherId: uuid('teacher_id').references(() => users.id),
    capacity: integer('capacity').notNull(),
    /** under this many after registration closes, an elective's section is cancelled */
    minSize: integer('min_size').notNull(),
    taken: integer('taken').notNull().default(0),
    status: text('status', { enum: OFFERING_STATUSES }).notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sections_offering_kind_number_uq').on(t.offeringId, t.kind, t.number),
    index('sections_teacher_idx').on(t.teacherId),
    check('sections_taken_ck', sql`${t.taken} >= 0 and ${t.taken} <= ${t.capacity}`),
    check('sections_size_ck', sql`${t.capacity} >= 1 and ${t.minSize} >= 0 and ${t.minSize} <= ${t.capacity}`),
  ],
);

/**
 * A student's place in a section. Never deleted: a drop or a cancellation marks the row. A
 * student holds at most one place of each kind in an offering (the partial unique index).
 */
export const enrolments = pgTable(
  'enrolments',
  {
    id: uuid('id').primaryKey(),
    sectionId: uuid('section_id').notNull().references(() => sections.id),
    offeringId: uuid('offering_id').notNull().references(() => offerings.id),
    kind: text('kind', { enum: SECTION_KINDS }).notNull(),
    studentId: uuid('student_id').notNull().references(() => students.id),
    /** the ИУП line it fulfils */
    planLineId: uuid('plan_line_id').notNull().references(() => individualPlanLines.id),
    status: text('status', { enum: ENROLMENT_STATUSES }).notNull().default('enrolled'),
    enrolledBy: uuid('enrolled_by').notNull().references(() => users.id),
    enrolledAt: timestamp('enrolled_at', { withTimezone: true }).notNull(),
    endedBy: uuid('ended_by').references(() => users.id),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endReason: text('end_reason'),
  },
  (t) => [
    uniqueIndex('enrolments_one_per_kind_uq').on(t.studentId, t.offeringId, t.kind).where(sql`${t.status} = 'enrolled'`),
    index('enrolments_section_idx').on(t.sectionId, t.status),
    index('enrolments_student_idx').on(t.studentId, t.status),
    index('enrolments_plan_line_idx').on(t.planLineId),
  ],
);

/**
 * The waitlist of a full section, first come first served. When a seat frees, the first waiting
 * student is offered it (the seat stays taken for them) until `offerExpiresAt`.
 */
export const waitlistEntries = pgTable(
  'waitlist_entries',
  {
    id: uuid('id').primaryKey(),
    sectionId: uuid('section_id').notNull().references(() => sections.id),
    studentId: uuid('student_id').notNull().references(() => students.id),
    planLineId: uuid('plan_line_id').notNull().references(() => individualPlanLines.id),
    status: text('status', { enum: WAITLIST_STATUSES }).notNull().default('waiting'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    offeredAt: timestamp('offered_at', { withTimezone: true }),
    offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('waitlist_one_per_section_uq').on(t.sectionId, t.studentId).where(sql`${t.status} in ('waiting', 'offered')`),
    index('waitlist_section_idx').on(t.sectionId, t.status, t.createdAt),
    index('waitlist_student_idx').on(t.studentId, t.status),
  ],
);
