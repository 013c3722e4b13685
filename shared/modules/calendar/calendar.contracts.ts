import { z } from 'zod';
import { CALENDAR_FINDING_CODES } from './rules/calendar-validation.ts';
import { isIsoDay } from './rules/days.ts';
import { HOLIDAY_KEYS, HOLIDAY_KINDS, PERIOD_KINDS, TERM_KINDS } from './calendar.vocabulary.ts';

/** Contracts of the academic calendar (DOMAIN.md §4): years, terms, periods, holidays, findings. */

const day = z.string().refine(isIsoDay, 'not a calendar day (yyyy-mm-dd)');
const name = z.string().trim().min(1).max(200);

export const createYearBody = z.object({ startYear: z.number().int().min(2000).max(2100) }).strict();
export type CreateYearBody = z.infer<typeof createYearBody>;

export const updateYearBody = z.object({ startDate: day, endDate: day }).partial().strict();
export type UpdateYearBody = z.infer<typeof updateYearBody>;

export const yearParam = z.object({ id: z.string().uuid() });
export const termParam = z.object({ id: z.string().uuid(), kind: z.enum(TERM_KINDS) });
export const itemParam = z.object({ id: z.string().uuid(), itemId: z.string().uuid() });

export const termBody = z.object({ startDate: day, endDate: day }).strict();
export type TermBody = z.infer<typeof termBody>;

/** The fields of a period, none defaulted: a change names only what changes. */
const periodFields = {
  kind: z.enum(PERIOD_KINDS),
  /** the term it is about; none for vacations and year-wide events */
  termKind: z.enum(TERM_KINDS).nullable(),
  startDate: day,
  endDate: day,
  /** what it is, in three languages: needed for an event, optional otherwise */
  nameRu: name.nullable(),
  nameKy: name.nullable(),
  nameEn: name.nullable(),
};
export const periodBody = z.object({ ...periodFields, nameRu: periodFields.nameRu.optional(), nameKy: periodFields.nameKy.optional(), nameEn: periodFields.nameEn.optional() }).strict();
export type PeriodBody = z.infer<typeof periodBody>;
export const periodUpdateBody = z.object(periodFields).partial().strict();
export type PeriodUpdateBody = z.infer<typeof periodUpdateBody>;

const holidayFields = {
  date: day,
  nameRu: name,
  nameKy: name,
  nameEn: name,
  kind: z.enum(HOLIDAY_KINDS),
  /** the holiday's own date when its day off was moved */
  transferredFrom: day.nullable(),
  /** which national holiday it is (Orozo Ait, Kurman Ait…); none for the university's own */
  key: z.enum(HOLIDAY_KEYS).nullable(),
};
export const holidayBody = z.object({ ...holidayFields, transferredFrom: holidayFields.transferredFrom.optional(), key: holidayFields.key.optional() }).strict();
export type HolidayBody = z.infer<typeof holidayBody>;
export const holidayUpdateBody = z.object(holidayFields).partial().strict();
export type HolidayUpdateBody = z.infer<typeof holidayUpdateBody>;

export const yearSummaryDto = z.object({
  id: z.string(),
  code: z.string(),
  startYear: z.number(),
  startDate: z.string(),
  endDate: z.string(),
  /** today falls in it */
  isCurrent: z.boolean(),
});
export type YearSummaryDto = z.infer<typeof yearSummaryDto>;

export const termDto = z.object({ id: z.string(), kind: z.enum(TERM_KINDS), startDate: z.string(), endDate: z.string() });
export type TermDto = z.infer<typeof termDto>;

export const periodDto = z.object({
  id: z.string(),
  kind: z.enum(PERIOD_KINDS),
  termKind: z.enum(TERM_KINDS).nullable(),
  startDate: z.string(),
  endDate: z.string(),
  nameRu: z.string().nullable(),
  nameKy: z.string().nullable(),
  nameEn: z.string().nullable(),
  /** the name in the reader's language, if it has one */
  name: z.string().nullable(),
});
export type PeriodDto = z.infer<typeof periodDto>;

export const holidayDto = z.object({
  id: z.string(),
  date: z.string(),
  key: z.enum(HOLIDAY_KEYS).nullable(),
  kind: z.enum(HOLIDAY_KINDS),
  nameRu: z.string(),
  nameKy: z.string(),
  nameEn: z.string(),
  name: z.string(),
  transferredFrom: z.string().nullable(),
});
export type HolidayDto = z.infer<typeof holidayDto>;

export const calendarFindingDto = z.object({
  code: z.enum(CALENDAR_FINDING_CODES),
  severity: z.enum(['error', 'warning']),
  where: z.object({ term: z.enum(TERM_KINDS).optional(), periodId: z.string().optional(), period: z.enum(PERIOD_KINDS).optional(), date: z.string().optional() }),
  message: z.string(),
});
export type CalendarFindingDto = z.infer<typeof calendarFindingDto>;

export const yearDto = yearSummaryDto.extend({
  terms: z.array(termDto),
  periods: z.array(periodDto),
  holidays: z.array(holidayDto),
  findings: z.array(calendarFindingDto),
  /** no error among the findings */
  isValid: z.boolean(),
  /** the reader may edit it */
  canManage: z.boolean(),
});
export type YearDto = z.infer<typeof yearDto>;

/** What is on today: the year, the term and the periods running (all null/empty between years or terms). */
export const currentDto = z.object({
  today: z.string(),
  year: yearSummaryDto.nullable(),
  term: termDto.nullable(),
  periods: z.array(periodDto),
  /** the next term to begin, when today is between terms */
  nextTerm: termDto.nullable(),
  isWorkingDay: z.boolean(),
});
export type CurrentDto = z.infer<typeof currentDto>;

export const workingDayQuery = z.object({ from: day, days: z.coerce.number().int().min(-366).max(366) });
export const workingDayDto = z.object({ from: z.string(), days: z.number(), day: z.string(), isWorkingDay: z.boolean() });
