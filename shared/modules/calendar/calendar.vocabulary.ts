/** The fixed vocabularies of the academic calendar (DOMAIN.md §4, seed 003 §3.6-3.7, §4-5); labels live in i18n `calendar`. */

/** семестры учебного года: осенний, весенний и летний (платный, до 6 недель) */
export const TERM_KINDS = ['autumn', 'spring', 'summer'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/**
 * What a period of the calendar is: адаптационная (ориентационная) неделя, регистрация, перерегистрация,
 * add/drop (первые 2 недели семестра), неделя рубежного контроля (РК), экзаменационная сессия, каникулы,
 * официальное мероприятие университета.
 */
export const PERIOD_KINDS = ['orientation', 'registration', 'reRegistration', 'addDrop', 'midterm', 'examSession', 'vacation', 'event'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Periods that happen inside their term's dates (the others may come before it: registration for spring runs in autumn). */
export const IN_TERM_PERIOD_KINDS: readonly PeriodKind[] = ['addDrop', 'midterm', 'examSession'];
/** Periods about a term that may start before it, but end by its end. */
export const FOR_TERM_PERIOD_KINDS: readonly PeriodKind[] = ['orientation', 'registration', 'reRegistration'];

/**
 * A day of the holiday list:
 * - dayOff: a non-working day (праздничный выходной день)
 * - festive: a festive day that stays a working day (23 Feb, 7 Apr, 7-8 Nov since the 2025 Labour Code)
 * - workday: a weekend day made a working day (a transferred working day, перенос рабочего дня)
 */
export const HOLIDAY_KINDS = ['dayOff', 'festive', 'workday'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

/** The holidays of the Kyrgyz Republic preset, by key (custom holidays have none). */
export const HOLIDAY_KEYS = [
  'newYear',
  'christmas',
  'defenderDay',
  'womenDay',
  'nooruz',
  'aprilRevolution',
  'labourDay',
  'mayHolidays',
  'constitutionDay',
  'victoryDay',
  'independenceDay',
  'historyDays',
  'orozoAit',
  'kurmanAit',
] as const;
export type HolidayKey = (typeof HOLIDAY_KEYS)[number];

/** The lunar holidays: their dates are fixed each year by the muftiate, so the registrar enters them. */
export const MOVABLE_HOLIDAY_KEYS: readonly HolidayKey[] = ['orozoAit', 'kurmanAit'];
