import type { PeriodKind, TermKind } from '../calendar.vocabulary.ts';
import { addDays, daysBetween, mondayOf } from './days.ts';
import { nextWorkingDayFrom, type WorkingCalendar } from './working-days.ts';

/**
 * The calendar proposed for a new academic year, from the settings (the registrar then edits it):
 * the autumn term from its start day (moved to a working day), teaching weeks counted from that
 * week's Monday, then the exam session; the winter vacation; the spring term alike; the summer
 * term after a registration week; the summer vacation to the end of the year. Each teaching term
 * gets orientation (autumn), registration, re-registration, add/drop, two midterm (РК) weeks and
 * its exam session; registration for spring runs 30 days before the autumn term ends (seed 003 §4.3).
 */

export interface ProposalSettings {
  /** MM-DD of the autumn term's first day */
  autumnStartsOn: string;
  teachingWeeks: number;
  examSessionWeeks: number;
  winterVacationWeeks: number;
  /** 0: no summer term */
  summerTermWeeks: number;
  addDropWeeks: number;
}

export interface ProposedPeriod {
  kind: PeriodKind;
  termKind: TermKind | null;
  startDate: string;
  endDate: string;
}

export interface ProposedCalendar {
  code: string;
  startYear: number;
  startDate: string;
  endDate: string;
  terms: { kind: TermKind; startDate: string; endDate: string }[];
  periods: ProposedPeriod[];
}

/** The code of the academic year starting in `startYear`: "2026-2027". */
export const academicYearCode = (startYear: number): string => `${startYear}-${startYear + 1}`;

/** The start year of a code like "2026-2027", or null when it is not one. */
export function parseAcademicYearCode(code: string): number | null {
  const match = /^(\d{4})-(\d{4})$/.exec(code);
  if (!match) return null;
  const start = Number(match[1]);
  return Number(match[2]) === start + 1 ? start : null;
}

const week = (monday: string, n: number) => ({ startDate: addDays(monday, (n - 1) * 7), endDate: addDays(monday, n * 7 - 1) });

/** A teaching term: its days and periods, from its first day. */
function teachingTerm(kind: 'autumn' | 'spring', first: string, s: ProposalSettings) {
  const monday = mondayOf(first);
  const teachingEnd = addDays(monday, s.teachingWeeks * 7 - 1);
  const examEnd = addDays(teachingEnd, s.examSessionWeeks * 7);
  const firstWeekEnd = addDays(monday, 6);
  const periods: ProposedPeriod[] = [
    { kind: 'addDrop', termKind: kind, startDate: first, endDate: addDays(first, s.addDropWeeks * 7 - 1) },
    { kind: 'midterm', termKind: kind, ...week(monday, Math.ceil(s.teachingWeeks / 2)) },
    { kind: 'midterm', termKind: kind, ...week(monday, s.teachingWeeks) },
    { kind: 'examSession', termKind: kind, startDate: addDays(teachingEnd, 1), endDate: examEnd },
  ];
  if (kind === 'autumn') periods.unshift({ kind: 'orientation', termKind: kind, startDate: first, endDate: firstWeekEnd }, { kind: 'registration', termKind: kind, startDate: first, endDate: firstWeekEnd });
  return { term: { kind, startDate: first, endDate: examEnd }, periods };
}

/** The proposed calendar of the academic year starting in `startYear`. */
export function proposeCalendar(startYear: number, s: ProposalSettings, working: WorkingCalendar): ProposedCalendar {
  const autumn = teachingTerm('autumn', nextWorkingDayFrom(working, `${startYear}-${s.autumnStartsOn}`), s);
  // the year runs from 1 September (or the autumn term's first day, if earlier) to 31 August
  const startDate = autumn.term.startDate < `${startYear}-09-01` ? autumn.term.startDate : `${startYear}-09-01`;
  const endDate = `${startYear + 1}-08-31`;
  const winter = { startDate: addDays(autumn.term.endDate, 1), endDate: addDays(autumn.term.endDate, s.winterVacationWeeks * 7) };
  const spring = teachingTerm('spring', nextWorkingDayFrom(working, addDays(winter.endDate, 1)), s);
  const periods: ProposedPeriod[] = [...autumn.periods, { kind: 'vacation', termKind: null, ...winter }, ...spring.periods];
  // registration for spring: the two weeks ending 30 days before the autumn term ends; re-registration the week before spring
  const springRegistrationEnd = addDays(autumn.term.endDate, -30);
  periods.push({ kind: 'registration', termKind: 'spring', startDate: addDays(springRegistrationEnd, -13), endDate: springRegistrationEnd });
  periods.push({ kind: 'reRegistration', termKind: 'spring', startDate: addDays(spring.term.startDate, -7), endDate: addDays(spring.term.startDate, -1) });
  const terms: ProposedCalendar['terms'] = [autumn.term, spring.term];
  const afterSpring = addDays(spring.term.endDate, 1);
  const registration = { startDate: afterSpring, endDate: addDays(afterSpring, 6) };
  // long terms leave less of the year: the summer term is shortened to the whole weeks left before 31 August, or left out
  const summerWeeks = Math.min(s.summerTermWeeks, Math.floor(daysBetween(registration.endDate, endDate) / 7));
  if (summerWeeks > 0) {
    const summer = { kind: 'summer' as const, startDate: addDays(registration.endDate, 1), endDate: addDays(registration.endDate, summerWeeks * 7) };
    terms.push(summer);
    periods.push({ kind: 'registration', termKind: 'summer', ...registration });
    periods.push({ kind: 'examSession', termKind: 'summer', startDate: addDays(summer.endDate, -6), endDate: summer.endDate });
  }
  periods.push({ kind: 'vacation', termKind: null, startDate: afterSpring, endDate });
  periods.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate));
  return { code: academicYearCode(startYear), startYear, startDate, endDate, terms, periods };
}
