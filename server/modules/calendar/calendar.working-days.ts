import type { HolidayKind } from '../../../shared/modules/calendar/calendar.vocabulary.ts';
import { yearOf } from '../../../shared/modules/calendar/rules/days.ts';
import { kyrgyzHolidays } from '../../../shared/modules/calendar/rules/kyrgyz-holidays.ts';
import {
  addWorkingDays,
  countWorkingDays,
  isWorkingDay,
  restWeekdaysOf,
  type DaySet,
  type WorkingCalendar,
} from '../../../shared/modules/calendar/rules/working-days.ts';
import type { Executor } from '../../platform/db/client.ts';
import { getSetting } from '../../platform/settings/settings.service.ts';
import { loadWorkingDayData } from './calendar.repository.ts';

/**
 * The working-day service every module counts its deadlines with (DESIGN.md "Time"): the working
 * week from the settings, the days off and transferred working days of the academic calendar, and,
 * for days no calendar year covers, the Kyrgyz national holidays of the preset.
 */
export interface WorkingDays {
  /** whether people work on the day (yyyy-mm-dd) */
  isWorking: (day: string) => boolean;
  /** the n-th working day after `day` (n < 0: before it; 0: the day itself) */
  addWorkingDays: (day: string, n: number) => string;
  /** the n-th working day before `day` */
  subtractWorkingDays: (day: string, n: number) => string;
  /** working days in (from, to] (negative, in [to, from), when `to` is earlier) */
  countWorkingDays: (from: string, to: string) => number;
  /** the calendar behind it, for the pure rules that take one */
  calendar: WorkingCalendar;
}

type Data = Awaited<ReturnType<typeof loadWorkingDayData>>;

/** The calendar over all days: a covered day answers from the calendar's rows, another from the preset of its year. */
export function workingCalendarFrom(week: 5 | 6, data: Data): WorkingCalendar {
  const covered = (day: string) => data.years.some((y) => day >= y.startDate && day <= y.endDate);
  const stored = (kind: HolidayKind) => new Set(data.holidays.filter((h) => h.kind === kind).map((h) => h.date));
  const presets = new Map<number, { dayOff: Set<string>; workday: Set<string> }>();
  const preset = (day: string) => {
    const year = yearOf(day);
    let sets = presets.get(year);
    if (!sets) {
      const holidays = kyrgyzHolidays(year);
      sets = { dayOff: new Set(holidays.filter((h) => h.kind === 'dayOff').map((h) => h.date)), workday: new Set(holidays.filter((h) => h.kind === 'workday').map((h) => h.date)) };
      presets.set(year, sets);
    }
    return sets;
  };
  const lookup = (kind: 'dayOff' | 'workday'): DaySet => {
    const rows = stored(kind);
    return { has: (day) => (covered(day) ? rows.has(day) : preset(day)[kind].has(day)) };
  };
  return { restWeekdays: restWeekdaysOf(week), daysOff: lookup('dayOff'), workdays: lookup('workday') };
}

/** The working-day service as of now: read once, then answered without the database. Pass `tx` inside a transaction. */
export async function workingDays(ctx: { db: Executor }): Promise<WorkingDays> {
  const week = await getSetting(ctx.db, 'calendar.workingWeekDays');
  const calendar = workingCalendarFrom(week, await loadWorkingDayData(ctx.db));
  return {
    calendar,
    isWorking: (day) => isWorkingDay(calendar, day),
    addWorkingDays: (day, n) => addWorkingDays(calendar, day, n),
    subtractWorkingDays: (day, n) => addWorkingDays(calendar, day, -n),
    countWorkingDays: (from, to) => countWorkingDays(calendar, from, to),
  };
}
