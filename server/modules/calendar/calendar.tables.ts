import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HOLIDAY_KEYS, HOLIDAY_KINDS, PERIOD_KINDS, TERM_KINDS } from '../../../shared/modules/calendar/calendar.vocabulary.ts';

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** An academic year of the calendar (учебный год, "2026-2027"): its days, from 1 September to 31 August as a rule. */
export const academicYears = pgTable('academic_years', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  startYear: integer('start_year').notNull().unique(),
  startDate: date('start_date').notNull(),
  endDate: date('end_date').notNull(),
  ...stamps,
});

/** A term of a year (семестр): autumn, spring, and the optional paid summer term; one of each kind. */
export const academicTerms = pgTable(
  'academic_terms',
  {
    id: uuid('id').primaryKey(),
    yearId: uuid('year_id').notNull().references(() => academicYears.id),
    kind: text('kind', { enum: TERM_KINDS }).notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    ...stamps,
  },
  (t) => [uniqueIndex('academic_terms_year_kind_uq').on(t.yearId, t.kind)],
);

/** A period of the calendar: orientation, registration, add/drop, midterm (РК) week, exam session, vacation, official event. */
export const calendarPeriods = pgTable(
  'calendar_periods',
  {
    id: uuid('id').primaryKey(),
    yearId: uuid('year_id').notNull().references(() => academicYears.id),
    kind: text('kind', { enum: PERIOD_KINDS }).notNull(),
    /** the term it is about (registration for spring runs in autumn); none for vacations and year-wide events */
    termKind: text('term_kind', { enum: TERM_KINDS }),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    nameRu: text('name_ru'),
    nameKy: text('name_ky'),
    nameEn: text('name_en'),
    ...stamps,
  },
  (t) => [index('calendar_periods_year_idx').on(t.yearId, t.startDate)],
);

/**
 * A day of the holiday list of a year: a day off, a festive working day, or a weekend day made a
 * working day. The working-day service reads these (and the preset for years without a calendar).
 */
export const calendarHolidays = pgTable(
  'calendar_holidays',
  {
    id: uuid('id').primaryKey(),
    yearId: uuid('year_id').notNull().references(() => academicYears.id),
    date: date('date').notNull(),
    kind: text('kind', { enum: HOLIDAY_KINDS }).notNull(),
    /** the national holiday it is (preset key), none for the university's own */
    key: text('key', { enum: HOLIDAY_KEYS }),
    nameRu: text('name_ru').notNull(),
    nameKy: text('name_ky').notNull(),
    nameEn: text('name_en').notNull(),
    /** the holiday's own date when its day off was moved */
    transferredFrom: date('transferred_from'),
    ...stamps,
  },
  (t) => [uniqueIndex('calendar_holidays_year_date_uq').on(t.yearId, t.date), index('calendar_holidays_date_idx').on(t.date)],
);
