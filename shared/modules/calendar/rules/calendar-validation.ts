import { FOR_TERM_PERIOD_KINDS, IN_TERM_PERIOD_KINDS, MOVABLE_HOLIDAY_KEYS, type HolidayKey, type HolidayKind, type PeriodKind, type TermKind } from '../calendar.vocabulary.ts';
import { addDays, inclusiveDays, overlapDays, within } from './days.ts';

/**
 * Validation of an academic year's calendar (seed 003 §3.6-3.7, §4.4; DOMAIN.md §4): terms inside
 * the year, in order and not overlapping; the summer term at most 6 weeks; periods inside (or, for
 * registration, by the end of) their term; add/drop the first 2 weeks of its term; exam sessions of
 * at least a week; vacations of at least 7 weeks a year, 2 of them after the autumn term; the lunar
 * holidays entered. Pure: the numbers come from settings; every finding says where and why.
 */

export interface DayRange {
  startDate: string;
  endDate: string;
}

export interface TermToValidate extends DayRange {
  kind: TermKind;
}

export interface PeriodToValidate extends DayRange {
  /** the period's id (or its index in a proposal), to point at it */
  id: string;
  kind: PeriodKind;
  /** the term it belongs to; none for vacations and year-wide events */
  termKind: TermKind | null;
}

export interface CalendarToValidate extends DayRange {
  terms: TermToValidate[];
  periods: PeriodToValidate[];
  holidays: { date: string; key: HolidayKey | null; kind: HolidayKind }[];
}

export interface CalendarRules {
  minVacationWeeks: number;
  minWinterVacationWeeks: number;
  maxSummerTermWeeks: number;
  addDropWeeks: number;
  minExamSessionWeeks: number;
}

export const CALENDAR_FINDING_CODES = [
  'DATES_REVERSED',
  'TERM_MISSING',
  'TERM_REPEATED',
  'TERM_OUTSIDE_YEAR',
  'TERMS_OVERLAP',
  'TERMS_OUT_OF_ORDER',
  'SUMMER_TERM_TOO_LONG',
  'PERIOD_TERM_MISSING',
  'PERIOD_OUTSIDE_TERM',
  'PERIOD_AFTER_TERM',
  'PERIOD_OUTSIDE_YEAR',
  'ADD_DROP_NOT_FIRST_WEEKS',
  'ADD_DROP_MISSING',
  'EXAM_SESSION_TOO_SHORT',
  'EXAM_SESSION_MISSING',
  'VACATION_OVERLAPS_TERM',
  'VACATION_TOO_SHORT',
  'WINTER_VACATION_TOO_SHORT',
  'HOLIDAY_OUTSIDE_YEAR',
  'MOVABLE_HOLIDAY_MISSING',
] as const;
export type CalendarFindingCode = (typeof CALENDAR_FINDING_CODES)[number];

export interface CalendarFinding {
  code: CalendarFindingCode;
  /** an error means the calendar is not valid; a warning is shown and may be accepted */
  severity: 'error' | 'warning';
  /** where: a term, a period (its id and kind), a holiday's date */
  where: { term?: TermKind; periodId?: string; period?: PeriodKind; date?: string };
  params: Record<string, string | number>;
}

const TERM_ORDER: readonly TermKind[] = ['autumn', 'spring', 'summer'];
const error = (code: CalendarFindingCode, where: CalendarFinding['where'], params: CalendarFinding['params'] = {}): CalendarFinding => ({ code, severity: 'error', where, params });
const warning = (code: CalendarFindingCode, where: CalendarFinding['where'], params: CalendarFinding['params'] = {}): CalendarFinding => ({ code, severity: 'warning', where, params });
const range = (r: DayRange) => ({ start: r.startDate, end: r.endDate });

/** Findings about the terms: present, once each, ordered, inside the year, not overlapping, the summer one short. */
function termFindings(cal: CalendarToValidate, rules: CalendarRules): CalendarFinding[] {
  const out: CalendarFinding[] = [];
  for (const kind of ['autumn', 'spring'] as const) if (!cal.terms.some((t) => t.kind === kind)) out.push(error('TERM_MISSING', { term: kind }));
  const seen = new Set<TermKind>();
  for (const term of cal.terms) {
    const where = { term: term.kind };
    if (seen.has(term.kind)) out.push(error('TERM_REPEATED', where));
    seen.add(term.kind);
    if (term.startDate > term.endDate) {
      out.push(error('DATES_REVERSED', where, range(term)));
      continue;
    }
    if (term.startDate < cal.startDate || term.endDate > cal.endDate) out.push(error('TERM_OUTSIDE_YEAR', where, { ...range(term), yearStart: cal.startDate, yearEnd: cal.endDate }));
    const weeks = inclusiveDays(term.startDate, term.endDate) / 7;
    if (term.kind === 'summer' && weeks > rules.maxSummerTermWeeks) out.push(error('SUMMER_TERM_TOO_LONG', where, { weeks: Math.ceil(weeks * 10) / 10, max: rules.maxSummerTermWeeks }));
  }
  const sorted = cal.terms.filter((t) => t.startDate <= t.endDate).sort((a, b) => a.startDate.localeCompare(b.startDate));
  for (let i = 1; i < sorted.length; i++) {
    const [before, after] = [sorted[i - 1]!, sorted[i]!];
    if (overlapDays(before, after) > 0) out.push(error('TERMS_OVERLAP', { term: after.kind }, { other: before.kind, ...range(after) }));
    if (TERM_ORDER.indexOf(before.kind) > TERM_ORDER.indexOf(after.kind)) out.push(error('TERMS_OUT_OF_ORDER', { term: after.kind }, { other: before.kind }));
  }
  return out;
}

/** Findings about one period: its dates, and where it lies against its term or the year. */
function periodFindings(period: PeriodToValidate, cal: CalendarToValidate, rules: CalendarRules): CalendarFinding[] {
  const where = { periodId: period.id, period: period.kind, ...(period.termKind ? { term: period.termKind } : {}) };
  if (period.startDate > period.endDate) return [error('DATES_REVERSED', where, range(period))];
  const out: CalendarFinding[] = [];
  const term = period.termKind ? cal.terms.find((t) => t.kind === period.termKind) : undefined;
  if (period.termKind && !term) return [error('PERIOD_TERM_MISSING', where)];
  if (term && IN_TERM_PERIOD_KINDS.includes(period.kind) && !(within(period.startDate, term) && within(period.endDate, term))) {
    out.push(error('PERIOD_OUTSIDE_TERM', where, { ...range(period), termStart: term.startDate, termEnd: term.endDate }));
  } else if (term && FOR_TERM_PERIOD_KINDS.includes(period.kind) && period.endDate > term.endDate) {
    out.push(error('PERIOD_AFTER_TERM', where, { ...range(period), termEnd: term.endDate }));
  } else if (!term && !(within(period.startDate, cal) && within(period.endDate, cal))) {
    out.push(error('PERIOD_OUTSIDE_YEAR', where, { ...range(period), yearStart: cal.startDate, yearEnd: cal.endDate }));
  }
  if (term && period.kind === 'addDrop') {
    const lastDay = addDays(term.startDate, rules.addDropWeeks * 7 - 1);
    if (period.startDate !== term.startDate || period.endDate > lastDay) out.push(error('ADD_DROP_NOT_FIRST_WEEKS', where, { ...range(period), termStart: term.startDate, lastDay, weeks: rules.addDropWeeks }));
  }
  if (period.kind === 'examSession' && inclusiveDays(period.startDate, period.endDate) < rules.minExamSessionWeeks * 7) {
    out.push(error('EXAM_SESSION_TOO_SHORT', where, { ...range(period), days: inclusiveDays(period.startDate, period.endDate), weeks: rules.minExamSessionWeeks }));
  }
  if (period.kind === 'vacation') {
    for (const t of cal.terms.filter((t) => t.kind !== 'summer' && t.startDate <= t.endDate)) {
      if (overlapDays(period, t) > 0) out.push(error('VACATION_OVERLAPS_TERM', { ...where, term: t.kind }, { ...range(period), termStart: t.startDate, termEnd: t.endDate }));
    }
  }
  return out;
}

/** Days covered by the ranges (overlaps counted once), clipped to `clip` when given. */
function coveredDays(ranges: DayRange[], clip?: DayRange): number {
  const days = new Set<string>();
  for (const r of ranges) {
    const start = clip && clip.startDate > r.startDate ? clip.startDate : r.startDate;
    const end = clip && clip.endDate < r.endDate ? clip.endDate : r.endDate;
    for (let d = start; d <= end; d = addDays(d, 1)) days.add(d);
  }
  return days.size;
}

/** Findings about the year's vacations: in all, and after the autumn term (before spring begins). */
function vacationFindings(cal: CalendarToValidate, rules: CalendarRules): CalendarFinding[] {
  const vacations = cal.periods.filter((p) => p.kind === 'vacation' && p.startDate <= p.endDate);
  const out: CalendarFinding[] = [];
  const total = coveredDays(vacations);
  if (total < rules.minVacationWeeks * 7) out.push(error('VACATION_TOO_SHORT', {}, { days: total, weeks: rules.minVacationWeeks }));
  const autumn = cal.terms.find((t) => t.kind === 'autumn');
  const spring = cal.terms.find((t) => t.kind === 'spring');
  if (autumn && spring && autumn.endDate < spring.startDate) {
    const gap = { startDate: addDays(autumn.endDate, 1), endDate: addDays(spring.startDate, -1) };
    const winter = gap.startDate <= gap.endDate ? coveredDays(vacations, gap) : 0;
    if (winter < rules.minWinterVacationWeeks * 7) out.push(error('WINTER_VACATION_TOO_SHORT', { term: 'autumn' }, { days: winter, weeks: rules.minWinterVacationWeeks }));
  }
  return out;
}

/** Warnings about each teaching term's add/drop window and exam session, when the calendar has none. */
function missingPeriodFindings(cal: CalendarToValidate): CalendarFinding[] {
  const out: CalendarFinding[] = [];
  for (const term of cal.terms.filter((t) => t.kind !== 'summer')) {
    const mine = cal.periods.filter((p) => p.termKind === term.kind);
    if (!mine.some((p) => p.kind === 'addDrop')) out.push(warning('ADD_DROP_MISSING', { term: term.kind }));
    if (!mine.some((p) => p.kind === 'examSession')) out.push(warning('EXAM_SESSION_MISSING', { term: term.kind }));
  }
  return out;
}

/** Warnings about the holidays: outside the year, and the lunar ones not yet entered. */
function holidayFindings(cal: CalendarToValidate): CalendarFinding[] {
  const out: CalendarFinding[] = cal.holidays.filter((h) => !within(h.date, cal)).map((h) => warning('HOLIDAY_OUTSIDE_YEAR', { date: h.date }, { yearStart: cal.startDate, yearEnd: cal.endDate }));
  for (const key of MOVABLE_HOLIDAY_KEYS) if (!cal.holidays.some((h) => h.key === key)) out.push(warning('MOVABLE_HOLIDAY_MISSING', {}, { holiday: key }));
  return out;
}

/** Every finding about an academic year's calendar, errors and warnings, in the order a registrar would fix them. */
export function validateCalendar(cal: CalendarToValidate, rules: CalendarRules): CalendarFinding[] {
  if (cal.startDate > cal.endDate) return [error('DATES_REVERSED', {}, range(cal))];
  return [
    ...termFindings(cal, rules),
    ...cal.periods.flatMap((p) => periodFindings(p, cal, rules)),
    ...vacationFindings(cal, rules),
    ...missingPeriodFindings(cal),
    ...holidayFindings(cal),
  ];
}

/** Whether the findings let the calendar stand (no errors). */
export const isCalendarValid = (findings: readonly CalendarFinding[]): boolean => findings.every((f) => f.severity !== 'error');
