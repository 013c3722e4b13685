import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ATTESTATION_FORMS, COMPONENTS, CONTROL_FORMS, CYCLES, DISCIPLINE_KINDS, GROUP_KINDS, PLAN_KINDS, PLAN_STATUSES, PRACTICE_KINDS, TRACKS } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import { users } from '../identity/identity.tables.ts';
import { orgUnits } from '../org/org.tables.ts';
import { programs } from '../students/students.tables.ts';
import { files } from '../../platform/files/files.tables.ts';
import { TERM_KINDS } from '../../../shared/modules/calendar/calendar.vocabulary.ts';

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** The discipline catalog: each discipline once, owned by a department; plans place them in semesters. */
export const disciplines = pgTable(
  'disciplines',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    nameRu: text('name_ru').notNull(),
    nameKy: text('name_ky').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionRu: text('description_ru').notNull().default(''),
    descriptionKy: text('description_ky').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    departmentId: uuid('department_id').notNull().references(() => orgUnits.id),
    kind: text('kind', { enum: DISCIPLINE_KINDS }).notNull().default('regular'),
    credits: integer('credits').notNull(),
    hoursLecture: integer('hours_lecture').notNull().default(0),
    hoursPractice: integer('hours_practice').notNull().default(0),
    hoursLab: integer('hours_lab').notNull().default(0),
    hoursSupervised: integer('hours_supervised').notNull().default(0),
    hoursIndependent: integer('hours_independent').notNull().default(0),
    controlForm: text('control_form', { enum: CONTROL_FORMS }).notNull(),
    languages: text('languages').array().notNull(),
    /** listed in the catalog of electives (КЭД) */
    isElective: boolean('is_elective').notNull().default(false),
    ...stamps,
  },
  (t) => [index('disciplines_department_idx').on(t.departmentId)],
);

/** A discipline's prerequisites in the catalog: what must be passed (D or better) before it. */
export const disciplinePrerequisites = pgTable(
  'discipline_prerequisites',
  {
    disciplineId: uuid('discipline_id').notNull().references(() => disciplines.id),
    prerequisiteId: uuid('prerequisite_id').notNull().references(() => disciplines.id),
  },
  (t) => [primaryKey({ columns: [t.disciplineId, t.prerequisiteId] }), index('discipline_prerequisites_prerequisite_idx').on(t.prerequisiteId)],
);

/**
 * A study plan: the base plan of a program, or the working plan of a program for one admission
 * year. Versions: an approved plan is never changed; a new draft version replaces it when approved.
 */
export const studyPlans = pgTable(
  'study_plans',
  {
    id: uuid('id').primaryKey(),
    programId: uuid('program_id').notNull().references(() => programs.id),
    kind: text('kind', { enum: PLAN_KINDS }).notNull(),
    /** the admission year of a working plan; null for a base plan */
    admissionYear: integer('admission_year'),
    version: integer('version').notNull(),
    status: text('status', { enum: PLAN_STATUSES }).notNull().default('draft'),
    semesters: integer('semesters').notNull(),
    /** credits of the final attestation (state exams, thesis), in the last semester */
    attestationCredits: integer('attestation_credits').notNull().default(0),
    basedOnId: uuid('based_on_id').references((): AnyPgColumn => studyPlans.id),
    createdBy: uuid('created_by').references(() => users.id),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [
    uniqueIndex('study_plans_version_uq').on(t.programId, t.kind, sql`coalesce(${t.admissionYear}, 0)`, t.version),
    // one draft at a time per program, kind and year
    uniqueIndex('study_plans_one_draft_uq').on(t.programId, t.kind, sql`coalesce(${t.admissionYear}, 0)`).where(sql`${t.status} = 'draft'`),
  ],
);

/** A discipline placed in a plan: its semester, group, cycle, component and track (Major/Minor), and its numbers as of the plan. */
export const studyPlanLines = pgTable(
  'study_plan_lines',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id').notNull().references(() => studyPlans.id),
    disciplineId: uuid('discipline_id').notNull().references(() => disciplines.id),
    semester: integer('semester').notNull(),
    groupKind: text('group_kind', { enum: GROUP_KINDS }).notNull(),
    electiveGroup: text('elective_group'),
    cycle: text('cycle', { enum: CYCLES }).notNull(),
    component: text('component', { enum: COMPONENTS }).notNull(),
    /** Major or Minor (seed 003 §1.5.5) */
    track: text('track', { enum: TRACKS }).notNull().default('major'),
    midterms: integer('midterms').notNull(),
    credits: integer('credits').notNull(),
    hoursLecture: integer('hours_lecture').notNull(),
    hoursPractice: integer('hours_practice').notNull(),
    hoursLab: integer('hours_lab').notNull(),
    hoursSupervised: integer('hours_supervised').notNull(),
    hoursIndependent: integer('hours_independent').notNull(),
    controlForm: text('control_form', { enum: CONTROL_FORMS }).notNull(),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('study_plan_lines_uq').on(t.planId, t.disciplineId), index('study_plan_lines_discipline_idx').on(t.disciplineId)],
);

/** An elective group of a plan (group c): the student chooses `choose` of its disciplines. */
export const studyPlanElectiveGroups = pgTable(
  'study_plan_elective_groups',
  {
    planId: uuid('plan_id').notNull().references(() => studyPlans.id),
    key: text('key').notNull(),
    choose: integer('choose').notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.key] })],
);

/** A practice of a plan: its kind, credits and semester. */
export const studyPlanPractices = pgTable('study_plan_practices', {
  id: uuid('id').primaryKey(),
  planId: uuid('plan_id').notNull().references(() => studyPlans.id),
  kind: text('kind', { enum: PRACTICE_KINDS }).notNull(),
  credits: integer('credits').notNull(),
  semester: integer('semester').notNull(),
});

/**
 * A form of a plan's final state attestation (seed 003 §12.2) with its credits, all in the last semester; the plan's
 * `attestationCredits` is their sum. A form given twice is kept, for validation to report (`ATTESTATION_FORM_REPEATED`).
 */
export const studyPlanAttestation = pgTable(
  'study_plan_attestation',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id').notNull().references(() => studyPlans.id),
    form: text('form', { enum: ATTESTATION_FORMS }).notNull(),
    credits: integer('credits').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [index('study_plan_attestation_plan_idx').on(t.planId)],
);

/**
 * A syllabus / teaching kit (УМКД) uploaded for a discipline and an academic year: every upload is
 * kept (history); the latest of a year is the current one. The bytes are a stored file.
 */
export const disciplineSyllabi = pgTable(
  'discipline_syllabi',
  {
    id: uuid('id').primaryKey(),
    disciplineId: uuid('discipline_id').notNull().references(() => disciplines.id),
    /** "2026-2027" */
    academicYear: text('academic_year').notNull(),
    startYear: integer('start_year').notNull(),
    /** the term the upload deadline was counted from */
    termKind: text('term_kind', { enum: TERM_KINDS }).notNull(),
    fileId: uuid('file_id').notNull().references(() => files.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
    uploadedBy: uuid('uploaded_by').notNull().references(() => users.id),
  },
  (t) => [index('discipline_syllabi_discipline_idx').on(t.disciplineId, t.startYear, t.uploadedAt)],
);
