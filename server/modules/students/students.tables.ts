import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.tables.ts';
import { orgUnits } from '../org/org.tables.ts';

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** Educational programs (образовательная программа / специальность), owned by a department. */
export const programs = pgTable('programs', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameRu: text('name_ru').notNull(),
  nameKy: text('name_ky').notNull(),
  nameEn: text('name_en').notNull(),
  level: text('level', { enum: ['college', 'bachelor', 'specialist', 'master', 'phd'] }).notNull(),
  durationYears: numeric('duration_years', { precision: 3, scale: 1 }).notNull(),
  credits: integer('credits').notNull(),
  languages: text('languages').array().notNull(),
  departmentId: uuid('department_id').notNull().references(() => orgUnits.id),
  ...stamps,
});

/** What a group unit is: its program, admission year, language, form, curator and starosta. */
export const groupProfiles = pgTable('group_profiles', {
  unitId: uuid('unit_id').primaryKey().references(() => orgUnits.id),
  programId: uuid('program_id').notNull().references(() => programs.id),
  admissionYear: integer('admission_year').notNull(),
  language: text('language', { enum: ['ru', 'ky', 'en'] }).notNull(),
  studyForm: text('study_form', { enum: ['fullTime', 'partTime', 'extramural', 'distance'] }).notNull(),
  curatorId: uuid('curator_id').references(() => users.id),
  starostaId: uuid('starosta_id').references((): AnyPgColumn => students.id),
  ...stamps,
});

/** The student card: the person as the documents need them. The account (login) is a user. */
export const students = pgTable(
  'students',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id),
    lastNameLatin: text('last_name_latin'),
    firstNameLatin: text('first_name_latin'),
    birthDate: date('birth_date').notNull(),
    gender: text('gender', { enum: ['female', 'male'] }).notNull(),
    nationality: text('nationality'),
    citizenship: text('citizenship').notNull().default('KG'),
    personalNumber: text('personal_number'),
    passportNumber: text('passport_number'),
    address: text('address'),
    phone: text('phone'),
    previousEducation: text('previous_education'),
    ortCertificate: text('ort_certificate'),
    ortScore: integer('ort_score'),
    /** lower-case names, Latin names and personal ID, kept by a trigger (migration 0003): what search matches */
    searchText: text('search_text').notNull().default(''),
    /** "Фамилия Имя Отчество", kept by the same trigger: what lists sort by */
    sortName: text('sort_name').notNull().default(''),
    ...stamps,
  },
  (t) => [
    index('students_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('students_sort_idx').on(t.sortName, t.id),
    uniqueIndex('students_user_uq').on(t.userId),
    uniqueIndex('students_personal_number_uq').on(t.personalNumber).where(sql`${t.personalNumber} is not null`),
    uniqueIndex('students_passport_uq').on(t.passportNumber).where(sql`${t.passportNumber} is not null`),
  ],
);

/** Orders (приказы): the only way a student's status, group, program, form or funding changes. */
export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey(),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    kind: text('kind', { enum: ['enrol', 'transfer', 'academicLeave', 'returnFromLeave', 'expel', 'restore', 'graduate', 'cancel'] }).notNull(),
    orderDate: date('order_date').notNull(),
    effectiveDate: date('effective_date').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['draft', 'signed', 'cancelled'] }).notNull().default('draft'),
    cancelsOrderId: uuid('cancels_order_id').references((): AnyPgColumn => orders.id),
    authorId: uuid('author_id').notNull().references(() => users.id),
    signedBy: uuid('signed_by').references(() => users.id),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [unique('orders_year_number_uq').on(t.year, t.number), index('orders_status_idx').on(t.status, t.orderDate)],
);

/** One student in an order, with what the order does to them. */
export const orderItems = pgTable(
  'order_items',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id').notNull().references(() => orders.id),
    studentId: uuid('student_id').notNull().references(() => students.id),
    params: jsonb('params').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('order_items_student_uq').on(t.orderId, t.studentId), index('order_items_student_idx').on(t.studentId)],
);

/** The last order number given in a year (numbers are unique per year, safe under concurrency). */
export const orderCounters = pgTable('order_counters', {
  year: integer('year').primaryKey(),
  lastNumber: integer('last_number').notNull(),
});

/**
 * Where a student stood from one date to the next, as signed orders set it: a list "as of a date"
 * is the rows whose period covers it. A cancelled order's rows stay, marked cancelled.
 */
export const placements = pgTable(
  'student_placements',
  {
    id: uuid('id').primaryKey(),
    studentId: uuid('student_id').notNull().references(() => students.id),
    status: text('status', { enum: ['active', 'onLeave', 'expelled', 'graduated'] }).notNull(),
    groupId: uuid('group_id').notNull().references(() => orgUnits.id),
    programId: uuid('program_id').notNull().references(() => programs.id),
    studyForm: text('study_form', { enum: ['fullTime', 'partTime', 'extramural', 'distance'] }).notNull(),
    funding: text('funding', { enum: ['grant', 'contract'] }).notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    orderItemId: uuid('order_item_id').notNull().references(() => orderItems.id),
    isCancelled: boolean('is_cancelled').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('placements_student_idx').on(t.studentId, t.validFrom),
    index('placements_group_idx').on(t.groupId, t.validFrom),
    // at most one open period per student
    uniqueIndex('placements_open_uq').on(t.studentId).where(sql`${t.validTo} is null and not ${t.isCancelled}`),
  ],
);
