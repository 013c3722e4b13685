import type { HolidayKind } from '../calendar.vocabulary.ts';
import { addDays, isoWeekday } from './days.ts';

/**
 * Working-day arithmetic (DOMAIN.md §4, FORMS.md §9): a working day is a weekday of the working
 * week (Mon–Fri, or Mon–Sat for a 6-day week) that is not a day off, or a weekend day made a
 * working day. Deadlines "in N working days" are counted with it. Pure: the holidays come from
 * the caller (the calendar's, or the preset's for a year without one).
 */

export type WorkingWeek = 5 | 6;

/** A set of days, as far as membership goes (a Set, or a lookup computed per day). */
export interface DaySet {
  has(day: string): boolean;
}

export interface WorkingCalendar {
  /** ISO weekdays (1 Monday … 7 Sunday) that are rest days */
  restWeekdays: ReadonlySet<number>;
  /** days off (holidays, days off added by the Cabinet) */
  daysOff: DaySet;
  /** weekend days made working days */
  workdays: DaySet;
}

/** The longest run of non-working days we accept before calling the calendar broken (a year of days off). */
const MAX_SCAN_DAYS = 3_700;

/** The rest weekdays of a 5-day (Saturday, Sunday) or 6-day (Sunday) week. */
export const restWeekdaysOf = (week: WorkingWeek): ReadonlySet<number> => new Set(week === 6 ? [7] : [6, 7]);

/** A working calendar from the week and a holiday list (festive days change nothing: they are worked). */
export function workingCalendar(week: WorkingWeek, holidays: readonly { date: string; kind: HolidayKind }[]): WorkingCalendar {
  return {
    restWeekdays: restWeekdaysOf(week),
    daysOff: new Set(holidays.filter((h) => h.kind === 'dayOff').map((h) => h.date)),
    workdays: new Set(holidays.filter((h) => h.kind === 'workday').map((h) => h.date)),
  };
}

/** Whether people work on the day. */
export function isWorkingDay(calendar: WorkingCalendar, day: string): boolean {
  if (calendar.workdays.has(day)) return true;
  if (calendar.daysOff.has(day)) return false;
  return !calendar.restWeekdays.has(isoWeekday(day));
}

/**
 * The n-th working day after `day` (n > 0), before it (n < 0), or `day` itself (n = 0), whether
 * or not `day` is a working day: "10 working days before 1 Sep" is the 10th working day counted back.
 */
export function addWorkingDays(calendar: WorkingCalendar, day: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of working days: ${n}`);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let current = day;
  let scanned = 0;
  while (left > 0) {
    current = addDays(current, step);
    if (isWorkingDay(calendar, current)) {
      left--;
      scanned = 0;
    } else if (++scanned > MAX_SCAN_DAYS) throw new RangeError('no working day in ten years: the calendar is broken');
  }
  return current;
}

/** The n-th working day before `day` (n ≥ 0). */
export function subtractWorkingDays(calendar: WorkingCalendar, day: string, n: number): string {
  return addWorkingDays(calendar, day, -n);
}

/**
 * Working days from `from` to `to`: those in (from, to] when `to` is later, minus those in
 * [to, from) when earlier, so that `countWorkingDays(d, addWorkingDays(d, n)) === n` for every n.
 */
export function countWorkingDays(calendar: WorkingCalendar, from: string, to: string): number {
  if (to === from) return 0;
  const [start, end, sign] = to > from ? [addDays(from, 1), to, 1] : [to, addDays(from, -1), -1];
  let count = 0;
  for (let current = start; current <= end; current = addDays(current, 1)) if (isWorkingDay(calendar, current)) count++;
  return sign * count;
}

/** The first working day on or after `day`. */
export function nextWorkingDayFrom(calendar: WorkingCalendar, day: string): string {
  return isWorkingDay(calendar, day) ? day : addWorkingDays(calendar, day, 1);
}
