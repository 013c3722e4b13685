import { proposeCalendar } from '../../shared/modules/calendar/rules/calendar-proposal.ts';
import { within } from '../../shared/modules/calendar/rules/days.ts';
import { kyrgyzHolidaysBetween } from '../../shared/modules/calendar/rules/kyrgyz-holidays.ts';
import { workingCalendar } from '../../shared/modules/calendar/rules/working-days.ts';
import { defaultSettings } from '../../shared/settings/catalog.ts';
import type { Tx } from '../platform/db/client.ts';
import { newId } from '../platform/ids.ts';
import { academicTerms, academicYears, calendarHolidays, calendarPeriods } from '../modules/calendar/calendar.tables.ts';

/**
 * The demo university's academic calendar: 2025-2026 and 2026-2027, laid out as the registrar's
 * "create from the preset" does (default settings, Kyrgyz holidays), then completed as a registrar
 * would: the lunar holidays entered (the announced or forecast dates), the Cabinet's extra days off
 * of January 2026 for state-funded bodies, and the university's own events. Both pass validation.
 */

export interface DemoCalendar {
  years: (typeof academicYears.$inferInsert)[];
  terms: (typeof academicTerms.$inferInsert)[];
  periods: (typeof calendarPeriods.$inferInsert)[];
  holidays: (typeof calendarHolidays.$inferInsert)[];
}

type Extra = { date: string; key: 'orozoAit' | 'kurmanAit' | null; nameRu: string; nameKy: string; nameEn: string };

const EXTRA_DAYS_OFF: Record<number, Extra[]> = {
  2025: [
    { date: '2026-01-08', key: null, nameRu: 'Дополнительный выходной (постановление Кабинета Министров)', nameKy: 'Кошумча дем алыш күнү (Министрлер Кабинетинин токтому)', nameEn: 'Extra day off (Cabinet of Ministers)' },
    { date: '2026-01-09', key: null, nameRu: 'Дополнительный выходной (постановление Кабинета Министров)', nameKy: 'Кошумча дем алыш күнү (Министрлер Кабинетинин токтому)', nameEn: 'Extra day off (Cabinet of Ministers)' },
    { date: '2026-03-20', key: 'orozoAit', nameRu: 'Орозо айт', nameKy: 'Орозо айт', nameEn: 'Orozo Ait (Eid al-Fitr)' },
    { date: '2026-05-27', key: 'kurmanAit', nameRu: 'Курман айт', nameKy: 'Курман айт', nameEn: 'Kurman Ait (Eid al-Adha)' },
  ],
  2026: [
    { date: '2027-03-10', key: 'orozoAit', nameRu: 'Орозо айт', nameKy: 'Орозо айт', nameEn: 'Orozo Ait (Eid al-Fitr)' },
    { date: '2027-05-17', key: 'kurmanAit', nameRu: 'Курман айт', nameKy: 'Курман айт', nameEn: 'Kurman Ait (Eid al-Adha)' },
  ],
};

const EVENTS = [
  { monthDay: '09-01', nameRu: 'День знаний, торжественное собрание первокурсников', nameKy: 'Билим күнү, биринчи курстардын салтанаттуу жыйыны', nameEn: 'Knowledge Day, first-year assembly' },
  { monthDay: '10-15', nameRu: 'День университета', nameKy: 'Университеттин күнү', nameEn: 'University Day' },
];

/** One demo year: the preset's layout and holidays, completed. */
function demoYear(startYear: number, out: DemoCalendar, now: Date): void {
  const settings = defaultSettings();
  const around = kyrgyzHolidaysBetween(`${startYear}-08-01`, `${startYear + 1}-09-30`);
  const proposal = proposeCalendar(
    startYear,
    { autumnStartsOn: settings['calendar.autumnStartsOn'], teachingWeeks: settings['calendar.teachingWeeks'], examSessionWeeks: settings['calendar.examSessionWeeks'], winterVacationWeeks: settings['calendar.winterVacationWeeks'], summerTermWeeks: settings['calendar.summerTermWeeks'], addDropWeeks: settings['calendar.addDropWeeks'] },
    workingCalendar(settings['calendar.workingWeekDays'], around),
  );
  const yearId = newId();
  const stamps = { createdAt: now, updatedAt: now };
  out.years.push({ id: yearId, code: proposal.code, startYear, startDate: proposal.startDate, endDate: proposal.endDate, ...stamps });
  out.terms.push(...proposal.terms.map((t) => ({ id: newId(), yearId, ...t, ...stamps })));
  out.periods.push(...proposal.periods.map((p) => ({ id: newId(), yearId, ...p, ...stamps })));
  out.periods.push(...EVENTS.map((e) => ({ id: newId(), yearId, kind: 'event' as const, termKind: null, startDate: `${startYear}-${e.monthDay}`, endDate: `${startYear}-${e.monthDay}`, nameRu: e.nameRu, nameKy: e.nameKy, nameEn: e.nameEn, ...stamps })));
  const preset = around.filter((h) => within(h.date, proposal));
  const taken = new Set(preset.map((h) => h.date));
  const extra = (EXTRA_DAYS_OFF[startYear] ?? []).filter((h) => !taken.has(h.date)).map((h) => ({ ...h, kind: 'dayOff' as const, transferredFrom: null }));
  out.holidays.push(...[...preset, ...extra].map((h) => ({ id: newId(), yearId, ...h, ...stamps })));
}

/** The demo calendar rows (the current academic year and the one before). */
export function buildCalendar(now: Date, startYears: readonly number[] = [2025, 2026]): DemoCalendar {
  const out: DemoCalendar = { years: [], terms: [], periods: [], holidays: [] };
  for (const year of startYears) demoYear(year, out, now);
  return out;
}

export async function insertCalendar(tx: Tx, calendar: DemoCalendar): Promise<void> {
  if (calendar.years.length === 0) return;
  await tx.insert(academicYears).values(calendar.years);
  await tx.insert(academicTerms).values(calendar.terms);
  await tx.insert(calendarPeriods).values(calendar.periods);
  await tx.insert(calendarHolidays).values(calendar.holidays);
}
