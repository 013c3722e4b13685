import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from './days.ts';
import { kyrgyzHolidays } from './kyrgyz-holidays.ts';
import { addWorkingDays, countWorkingDays, isWorkingDay, nextWorkingDayFrom, subtractWorkingDays, workingCalendar } from './working-days.ts';

const kg2026 = workingCalendar(5, kyrgyzHolidays(2026));
const sixDay2026 = workingCalendar(6, kyrgyzHolidays(2026));

describe('isWorkingDay', () => {
  it.each([
    ['2026-09-01', true], // Tuesday
    ['2026-09-05', false], // Saturday
    ['2026-09-06', false], // Sunday
    ['2026-08-31', false], // Independence Day, a Monday
    ['2026-03-21', false], // Nooruz, a Saturday: not moved, no extra day off
    ['2026-03-23', true], // the Monday after Nooruz is worked (2025 Labour Code)
    ['2026-02-23', true], // festive but working
    ['2026-11-09', true],
    ['2026-05-04', false], // May holidays
    ['2026-05-11', true],
  ])('5-day week, KR 2026: %s → %s', (day, working) => expect(isWorkingDay(kg2026, day)).toBe(working));

  it('counts Saturday in a 6-day week, Sunday never', () => {
    expect(isWorkingDay(sixDay2026, '2026-09-05')).toBe(true);
    expect(isWorkingDay(sixDay2026, '2026-09-06')).toBe(false);
    expect(isWorkingDay(sixDay2026, '2026-03-21')).toBe(false);
  });

  it('works a weekend day made a working day, and rests on an added day off', () => {
    const calendar = workingCalendar(5, [...kyrgyzHolidays(2026), { date: '2026-01-10', kind: 'workday' }, { date: '2026-01-08', kind: 'dayOff' }]);
    expect(isWorkingDay(calendar, '2026-01-10')).toBe(true);
    expect(isWorkingDay(calendar, '2026-01-08')).toBe(false);
  });
});

describe('adding and subtracting working days', () => {
  it.each([
    // 10 working days before Tue 1 Sep 2026: 31 Aug is Independence Day, weekends skipped
    ['2026-09-01', -10, '2026-08-17'],
    ['2026-09-01', -1, '2026-08-28'],
    ['2026-08-28', 1, '2026-09-01'],
    // over the New Year holidays (1–6 Jan off, 7 Jan Christmas) into Thursday 8 Jan
    ['2025-12-31', 1, '2026-01-08'],
    ['2026-04-30', 1, '2026-05-11'],
    ['2026-09-04', 0, '2026-09-04'],
    ['2026-09-05', 0, '2026-09-05'],
  ])('%s %+d → %s', (day, n, expected) => expect(addWorkingDays(workingCalendar(5, [...kyrgyzHolidays(2025), ...kyrgyzHolidays(2026)]), day, n)).toBe(expected));

  it('subtracts as adding the negative', () => {
    expect(subtractWorkingDays(kg2026, '2026-09-01', 10)).toBe('2026-08-17');
    expect(subtractWorkingDays(sixDay2026, '2026-09-01', 10)).toBe('2026-08-19');
  });

  it('moves to the next working day from a day off', () => {
    expect(nextWorkingDayFrom(kg2026, '2026-08-29')).toBe('2026-09-01');
    expect(nextWorkingDayFrom(kg2026, '2026-09-01')).toBe('2026-09-01');
  });

  it('refuses a fraction', () => expect(() => addWorkingDays(kg2026, '2026-09-01', 1.5)).toThrow(RangeError));
});

describe('properties', () => {
  const day = fc.integer({ min: 0, max: 365 * 3 }).map((n) => addDays('2025-01-01', n));
  const calendars = fc.constantFrom(workingCalendar(5, [...kyrgyzHolidays(2025), ...kyrgyzHolidays(2026), ...kyrgyzHolidays(2027)]), workingCalendar(6, kyrgyzHolidays(2026)), workingCalendar(5, []));
  const n = fc.integer({ min: -60, max: 60 });

  it('lands on a working day, the right way, n working days away', () => {
    fc.assert(
      fc.property(calendars, day, n, (calendar, from, k) => {
        const to = addWorkingDays(calendar, from, k);
        if (k !== 0) expect(isWorkingDay(calendar, to)).toBe(true);
        expect(Math.sign(to.localeCompare(from))).toBe(Math.sign(k));
        expect(countWorkingDays(calendar, from, to)).toBe(k);
      }),
    );
  });

  it('is monotone: more working days never land earlier', () => {
    fc.assert(fc.property(calendars, day, n, n, (calendar, from, a, b) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      expect(addWorkingDays(calendar, from, low) <= addWorkingDays(calendar, from, high)).toBe(true);
    }));
  });

  it('steps through working days one at a time: n steps of one are one step of n', () => {
    fc.assert(fc.property(calendars, day, fc.integer({ min: 0, max: 30 }), (calendar, from, k) => {
      let current = from;
      for (let i = 0; i < k; i++) current = addWorkingDays(calendar, current, 1);
      expect(addWorkingDays(calendar, from, k)).toBe(current);
    }));
  });

  it('without holidays, 5 working days are one week from a weekday', () => {
    const plain = workingCalendar(5, []);
    fc.assert(fc.property(day.filter((d) => isoWeekday(d) <= 5), (from) => {
      expect(addWorkingDays(plain, from, 5)).toBe(addDays(from, 7));
    }));
  });

  it('counts antisymmetrically over working days', () => {
    fc.assert(fc.property(calendars, day, day, (calendar, a, b) => {
      if (isWorkingDay(calendar, a) && isWorkingDay(calendar, b)) expect(countWorkingDays(calendar, a, b) + countWorkingDays(calendar, b, a)).toBe(0);
    }));
  });
});
