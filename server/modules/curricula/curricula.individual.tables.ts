import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { CONTROL_FORMS, GROUP_KINDS, INDIVIDUAL_LINE_KINDS, INDIVIDUAL_LINE_SOURCES, INDIVIDUAL_PLAN_STATUSES, TERMS } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import { users } from '../identity/identity.tables.ts';
import { programs, students } from '../students/students.tables.ts';
import { disciplines, studyPlanLines, studyPlanPractices, studyPlans } from './curricula.tables.ts';

/**
 * The individual study plan (ИУП) of a student for one academic year, derived from the working plan
 * of the student's program and admission year. One per student and year (a unique index: two
 * derivations at once make one plan). Who moved it through each status, and when, is kept twice:
 * the latest step in columns (what lists and registration read) and every step in the history.
 */
export const individualPlans = pgTable(
  'individual_plans',
  {
    id: uuid('id').primaryKey(),
    studentId: uuid('student_id').notNull().references(() => students.id),
    /** the calendar year the academic year starts in: 2026 is 2026/27 */
    academicYear: integer('academic_year').notNull(),
    /** the year of study (курс) in that academic year */
    course: integer('course').notNull(),
    programId: uuid('program_id').notNull().references(() => programs.id),
    /** the approved working plan it was derived from */
    workingPlanId: uuid('working_plan_id').notNull().references(() => studyPlans.id),
    status: text('status', { enum: INDIVIDUAL_PLAN_STATUSES }).notNull().default('draft'),
    /** 0 until first accepted; each add/drop change after acceptance is a new revision (it needs the dean's approval) */
    revision: integer('revision').notNull().default(0),
    /** the revision was opened in add/drop: the dean's office approves it between the advisor and the registrar */
    needsDeanApproval: boolean('needs_dean_approval').notNull().default(false),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    advisorApprovedBy: uuid('advisor_approved_by').references(() => users.id),
    advisorApprovedAt: timestamp('advisor_approved_at', { withTimezone: true }),
    deanApprovedBy: uuid('dean_approved_by').references(() => users.id),
    deanApprovedAt: timestamp('dean_approved_at', { withTimezone: true }),
    registrarAcceptedBy: uuid('registrar_accepted_by').references(() => users.id),
    registrarAcceptedAt: timestamp('registrar_accepted_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('individual_plans_student_year_uq').on(t.studentId, t.academicYear), index('individual_plans_working_plan_idx').on(t.workingPlanId)],
);

/**
 * A line of an ИУП: what the student studies in a term, with its credits as of the working plan.
 * A discipline line points at the working plan's line (a chosen elective at its group's line); a
 * practice or the final attestation has no discipline. Re-study lines (after F, X, W) come later.
 */
export const individualPlanLines = pgTable(
  'individual_plan_lines',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id').notNull().references(() => individualPlans.id),
    source: text('source', { enum: INDIVIDUAL_LINE_SOURCES }).notNull(),
    kind: text('kind', { enum: INDIVIDUAL_LINE_KINDS }).notNull(),
    /** the semester of the working plan (1-based) and the term of the academic year it falls in */
    semester: integer('semester').notNull(),
    term: text('term', { enum: TERMS }).notNull(),
    disciplineId: uuid('discipline_id').references(() => disciplines.id),
    planLineId: uuid('plan_line_id').references(() => studyPlanLines.id),
    practiceId: uuid('practice_id').references(() => studyPlanPractices.id),
    /** of a discipline line: its group in the working plan (fixed, any semester, elective) and the elective group's key */
    groupKind: text('group_kind', { enum: GROUP_KINDS }),
    electiveGroup: text('elective_group'),
    credits: integer('credits').notNull(),
    controlForm: text('control_form', { enum: CONTROL_FORMS }),
    position: integer('position').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** a chosen elective or re-study the student took out (or whose offering was cancelled); kept, since enrolments point at it */
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedBy: uuid('removed_by').references(() => users.id),
  },
  (t) => [
    index('individual_plan_lines_plan_idx').on(t.planId, t.semester, t.position),
    // a discipline once per plan (choosing the same elective twice is refused by the database too)
    uniqueIndex('individual_plan_lines_discipline_uq').on(t.planId, t.disciplineId).where(sql`${t.disciplineId} is not null and ${t.removedAt} is null`),
    index('individual_plan_lines_discipline_idx').on(t.disciplineId),
  ],
);

/** Every status change of an ИУП: from (null when it was derived), to, who, when, and why (a return names its reason). */
export const individualPlanStatusChanges = pgTable(
  'individual_plan_status_changes',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id').notNull().references(() => individualPlans.id),
    fromStatus: text('from_status', { enum: INDIVIDUAL_PLAN_STATUSES }),
    toStatus: text('to_status', { enum: INDIVIDUAL_PLAN_STATUSES }).notNull(),
    changedBy: uuid('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
    note: text('note'),
  },
  (t) => [index('individual_plan_status_changes_plan_idx').on(t.planId, t.changedAt)],
);
