import { describe, expect, it } from 'vitest';
import { isCalendarValid, validateCalendar, type CalendarRules, type CalendarToValidate, type PeriodToValidate } from './calendar-validation.ts';

const RULES: CalendarRules = { minVacationWeeks: 7, minWinterVacationWeeks: 2, maxSummerTermWeeks: 6, addDropWeeks: 2, minExamSessionWeeks: 1 };

/** A valid 2026-2027 calendar; each test breaks one rule of it. */
function calendar(): CalendarToValidate {
  return {
    startDate: '2026-09-01',
    endDate: '2027-08-31',
    terms: [
      { kind: 'autumn', startDate: '2026-09-01', endDate: '2027-01-10' },
      { kind: 'spring', startDate: '2027-01-25', endDate: '2027-06-06' },
      { kind: 'summer', startDate: '2027-06-14', endDate: '2027-07-25' },
    ],
    periods: [
      { id: 'a-add', kind: 'addDrop', termKind: 'autumn', startDate: '2026-09-01', endDate: '2026-09-14' },
      { id: 'a-rk1', kind: 'midterm', termKind: 'autumn', startDate: '2026-10-19', endDate: '2026-10-25' },
      { id: 'a-exam', kind: 'examSession', termKind: 'autumn', startDate: '2026-12-21', endDate: '2027-01-10' },
      { id: 's-reg', kind: 'registration', termKind: 'spring', startDate: '2026-11-28', endDate: '2026-12-11' },
      { id: 'winter', kind: 'vacation', termKind: null, startDate: '2027-01-11', endDate: '2027-01-24' },
      { id: 's-add', kind: 'addDrop', termKind: 'spring', startDate: '2027-01-25', endDate: '2027-02-07' },
      { id: 's-exam', kind: 'examSession', termKind: 'spring', startDate: '2027-05-17', endDate: '2027-06-06' },
      { id: 'summer', kind: 'vacation', termKind: null, startDate: '2027-06-07', endDate: '2027-08-31' },
      { id: 'u-exam', kind: 'examSession', termKind: 'summer', startDate: '2027-07-19', endDate: '2027-07-25' },
    ],
    holidays: [
      { date: '2027-03-10', key: 'orozoAit', kind: 'dayOff' },
      { date: '2027-05-17', key: 'kurmanAit', kind: 'dayOff' },
      { date: '2027-03-21', key: 'nooruz', kind: 'dayOff' },
    ],
  };
}

const codes = (cal: CalendarToValidate) => validateCalendar(cal, RULES).map((f) => f.code);
const withPeriod = (id: string, change: Partial<PeriodToValidate>): CalendarToValidate => {
  const cal = calendar();
  return { ...cal, periods: cal.periods.map((p) => (p.id === id ? { ...p, ...change } : p)) };
};
const withTerm = (kind: string, change: object): CalendarToValidate => {
  const cal = calendar();
  return { ...cal, terms: cal.terms.map((t) => (t.kind === kind ? { ...t, ...change } : t)) };
};

describe('validateCalendar', () => {
  it('finds nothing in a good calendar', () => {
    expect(validateCalendar(calendar(), RULES)).toEqual([]);
    expect(isCalendarValid([])).toBe(true);
  });

  it('refuses a year that ends before it starts', () => expect(codes({ ...calendar(), endDate: '2026-08-01' })).toEqual(['DATES_REVERSED']));

  it.each([
    ['a term without its autumn', () => ({ ...calendar(), terms: calendar().terms.filter((t) => t.kind !== 'autumn'), periods: [] }), 'TERM_MISSING'],
    ['a second spring term', () => ({ ...calendar(), terms: [...calendar().terms, { kind: 'spring' as const, startDate: '2027-08-01', endDate: '2027-08-10' }] }), 'TERM_REPEATED'],
    ['a term ending before it starts', () => withTerm('summer', { endDate: '2027-06-01' }), 'DATES_REVERSED'],
    ['a term past the year', () => withTerm('summer', { startDate: '2027-08-01', endDate: '2027-09-05' }), 'TERM_OUTSIDE_YEAR'],
    ['overlapping terms', () => withTerm('spring', { startDate: '2027-01-05' }), 'TERMS_OVERLAP'],
    ['a summer term of 7 weeks', () => withTerm('summer', { endDate: '2027-08-01' }), 'SUMMER_TERM_TOO_LONG'],
    ['a period of a term the year lacks', () => ({ ...calendar(), terms: calendar().terms.filter((t) => t.kind !== 'summer') }), 'PERIOD_TERM_MISSING'],
    ['a midterm week outside its term', () => withPeriod('a-rk1', { startDate: '2027-01-12', endDate: '2027-01-18' }), 'PERIOD_OUTSIDE_TERM'],
    ['registration ending after its term', () => withPeriod('s-reg', { startDate: '2027-06-01', endDate: '2027-06-10' }), 'PERIOD_AFTER_TERM'],
    ['a vacation past the year', () => withPeriod('summer', { endDate: '2027-09-10' }), 'PERIOD_OUTSIDE_YEAR'],
    ['add/drop not at the term’s start', () => withPeriod('a-add', { startDate: '2026-09-07', endDate: '2026-09-14' }), 'ADD_DROP_NOT_FIRST_WEEKS'],
    ['add/drop of three weeks', () => withPeriod('s-add', { endDate: '2027-02-14' }), 'ADD_DROP_NOT_FIRST_WEEKS'],
    ['an exam session of 5 days', () => withPeriod('u-exam', { startDate: '2027-07-21' }), 'EXAM_SESSION_TOO_SHORT'],
    ['a vacation inside the spring term', () => withPeriod('winter', { endDate: '2027-01-31' }), 'VACATION_OVERLAPS_TERM'],
    ['a period ending before it starts', () => withPeriod('a-rk1', { endDate: '2026-10-01' }), 'DATES_REVERSED'],
  ])('finds %s', (_label, build, code) => {
    const found = validateCalendar(build(), RULES);
    expect(found.map((f) => f.code)).toContain(code);
    expect(found.find((f) => f.code === code)?.severity).toBe('error');
  });

  it('wants 7 weeks of vacation a year', () => {
    const found = validateCalendar(withPeriod('summer', { endDate: '2027-07-10' }), RULES);
    expect(found).toEqual([{ code: 'VACATION_TOO_SHORT', severity: 'error', where: {}, params: { days: 14 + 34, weeks: 7 } }]);
    expect(isCalendarValid(found)).toBe(false);
  });

  it('wants 2 weeks of vacation after the autumn term', () => {
    const cal = withPeriod('winter', { endDate: '2027-01-20' });
    expect(validateCalendar(cal, RULES)).toEqual([{ code: 'WINTER_VACATION_TOO_SHORT', severity: 'error', where: { term: 'autumn' }, params: { days: 10, weeks: 2 } }]);
  });

  it('points at the period, its term and why', () => {
    const [finding] = validateCalendar(withPeriod('a-add', { endDate: '2026-09-20' }), RULES);
    expect(finding).toEqual({
      code: 'ADD_DROP_NOT_FIRST_WEEKS',
      severity: 'error',
      where: { periodId: 'a-add', period: 'addDrop', term: 'autumn' },
      params: { start: '2026-09-01', end: '2026-09-20', termStart: '2026-09-01', lastDay: '2026-09-14', weeks: 2 },
    });
  });

  it('warns about a teaching term without add/drop or exam session, and missing lunar holidays', () => {
    const cal = calendar();
    const found = validateCalendar({ ...cal, periods: cal.periods.filter((p) => p.termKind !== 'spring'), holidays: cal.holidays.filter((h) => h.key !== 'kurmanAit') }, RULES);
    expect(found.map((f) => [f.code, f.severity])).toEqual([
      ['ADD_DROP_MISSING', 'warning'],
      ['EXAM_SESSION_MISSING', 'warning'],
      ['MOVABLE_HOLIDAY_MISSING', 'warning'],
    ]);
    expect(isCalendarValid(found)).toBe(true);
  });

  it('warns about a holiday outside the year', () => {
    const cal = calendar();
    expect(codes({ ...cal, holidays: [...cal.holidays, { date: '2027-09-01', key: null, kind: 'dayOff' }] })).toEqual(['HOLIDAY_OUTSIDE_YEAR']);
  });
});
