import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCalendar, type CalendarRules } from './calendar-validation.ts';
import { academicYearCode, parseAcademicYearCode, proposeCalendar, type ProposalSettings } from './calendar-proposal.ts';
import { kyrgyzHolidaysBetween } from './kyrgyz-holidays.ts';
import { workingCalendar } from './working-days.ts';

const SETTINGS: ProposalSettings = { autumnStartsOn: '09-01', teachingWeeks: 16, examSessionWeeks: 3, winterVacationWeeks: 2, summerTermWeeks: 6, addDropWeeks: 2 };
const RULES: CalendarRules = { minVacationWeeks: 7, minWinterVacationWeeks: 2, maxSummerTermWeeks: 6, addDropWeeks: 2, minExamSessionWeeks: 1 };

function proposed(startYear: number, settings = SETTINGS) {
  const holidays = kyrgyzHolidaysBetween(`${startYear}-08-01`, `${startYear + 1}-08-31`);
  const calendar = proposeCalendar(startYear, settings, workingCalendar(5, holidays));
  return { calendar, holidays };
}

const toValidate = (p: ReturnType<typeof proposed>) => ({
  ...p.calendar,
  periods: p.calendar.periods.map((period, i) => ({ ...period, id: String(i) })),
  holidays: p.holidays.filter((h) => h.date >= p.calendar.startDate).map((h) => ({ date: h.date, key: h.key, kind: h.kind })),
});

describe('proposeCalendar', () => {
  it('lays out 2026-2027 from the settings', () => {
    const { calendar } = proposed(2026);
    expect(calendar).toMatchObject({ code: '2026-2027', startDate: '2026-09-01', endDate: '2027-08-31' });
    expect(calendar.terms).toEqual([
      { kind: 'autumn', startDate: '2026-09-01', endDate: '2027-01-10' },
      { kind: 'spring', startDate: '2027-01-25', endDate: '2027-06-06' },
      { kind: 'summer', startDate: '2027-06-14', endDate: '2027-07-25' },
    ]);
    expect(calendar.periods.find((p) => p.kind === 'addDrop' && p.termKind === 'autumn')).toMatchObject({ startDate: '2026-09-01', endDate: '2026-09-14' });
    expect(calendar.periods.find((p) => p.kind === 'registration' && p.termKind === 'spring')).toMatchObject({ startDate: '2026-11-28', endDate: '2026-12-11' });
    expect(calendar.periods.filter((p) => p.kind === 'vacation')).toEqual([
      { kind: 'vacation', termKind: null, startDate: '2027-01-11', endDate: '2027-01-24' },
      { kind: 'vacation', termKind: null, startDate: '2027-06-07', endDate: '2027-08-31' },
    ]);
  });

  it('starts the autumn term on a working day', () => {
    // 1 September 2024 was a Sunday, and Independence Day (Saturday 31 August) moved to Monday 2 September under the old rules
    expect(proposed(2024).calendar.terms[0]?.startDate).toBe('2024-09-03');
    expect(proposed(2027).calendar.terms[0]?.startDate).toBe('2027-09-01');
  });

  it('leaves the summer term out when the setting is 0', () => {
    const { calendar } = proposed(2026, { ...SETTINGS, summerTermWeeks: 0 });
    expect(calendar.terms.map((t) => t.kind)).toEqual(['autumn', 'spring']);
  });

  it('shortens the summer term to the whole weeks left before 31 August when long terms leave less', () => {
    // 2 × (18 + 3) weeks and a 4-week winter vacation leave five weeks after the summer registration week, not six
    const { calendar } = proposed(2020, { ...SETTINGS, teachingWeeks: 18, examSessionWeeks: 3, winterVacationWeeks: 4, summerTermWeeks: 6 });
    const summer = calendar.terms.find((t) => t.kind === 'summer');
    expect(summer).toBeDefined();
    expect(summer!.endDate <= calendar.endDate).toBe(true);
    expect((Date.parse(summer!.endDate) - Date.parse(summer!.startDate)) / 86_400_000 + 1).toBe(35);
  });

  it('proposes a valid calendar for any year and sensible settings (only the lunar holidays left to enter)', () => {
    const settings = fc.record({
      autumnStartsOn: fc.constantFrom('09-01', '09-02', '08-28'),
      teachingWeeks: fc.integer({ min: 12, max: 18 }),
      examSessionWeeks: fc.integer({ min: 1, max: 3 }),
      winterVacationWeeks: fc.integer({ min: 2, max: 4 }),
      summerTermWeeks: fc.integer({ min: 0, max: 6 }),
      addDropWeeks: fc.integer({ min: 1, max: 2 }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2040 }), settings, (year, s) => {
        const errors = validateCalendar(toValidate(proposed(year, s)), RULES).filter((f) => f.severity === 'error' || f.code !== 'MOVABLE_HOLIDAY_MISSING');
        expect(errors).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('academic year codes', () => {
  it('writes and reads "2026-2027"', () => {
    expect(academicYearCode(2026)).toBe('2026-2027');
    expect(parseAcademicYearCode('2026-2027')).toBe(2026);
    expect(parseAcademicYearCode('2026-2028')).toBeNull();
    expect(parseAcademicYearCode('26-27')).toBeNull();
  });
});
