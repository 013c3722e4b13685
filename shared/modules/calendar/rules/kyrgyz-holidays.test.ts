import { describe, expect, it } from 'vitest';
import { HOLIDAY_KEYS } from '../calendar.vocabulary.ts';
import { kyrgyzHolidays, kyrgyzHolidaysBetween } from './kyrgyz-holidays.ts';

const daysOff = (year: number) => kyrgyzHolidays(year).filter((h) => h.kind === 'dayOff').map((h) => h.date);

describe('Kyrgyz holidays (FORMS.md §9)', () => {
  it('gives the days off of the 2025 Labour Code, none moved off a weekend', () => {
    expect(daysOff(2026)).toEqual([
      '2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05', '2026-01-06', '2026-01-07',
      '2026-03-08', '2026-03-21',
      '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05', '2026-05-06', '2026-05-07', '2026-05-08', '2026-05-09',
      '2026-08-31',
    ]);
    expect(kyrgyzHolidays(2026).every((h) => h.transferredFrom === null)).toBe(true);
  });

  it('keeps 23 Feb, 7 Apr and 7–8 Nov as festive working days since 2025', () => {
    expect(kyrgyzHolidays(2027).filter((h) => h.kind === 'festive').map((h) => h.date)).toEqual(['2027-02-23', '2027-04-07', '2027-11-07', '2027-11-08']);
  });

  it('fills the lunar holidays where known, and leaves unknown years for the registrar', () => {
    expect(kyrgyzHolidays(2025).filter((h) => h.key === 'orozoAit' || h.key === 'kurmanAit').map((h) => h.date)).toEqual(['2025-03-30', '2025-06-06']);
    expect(kyrgyzHolidays(2027).some((h) => h.key === 'orozoAit' || h.key === 'kurmanAit')).toBe(false);
    expect(kyrgyzHolidays(2027, { orozoAit: '2027-03-10' }).find((h) => h.key === 'orozoAit')?.date).toBe('2027-03-10');
  });

  it('under the old rules (before 2025) made 23 Feb a day off and moved a weekend holiday to the next working day', () => {
    const h2024 = kyrgyzHolidays(2024);
    expect(h2024.find((h) => h.key === 'defenderDay')).toMatchObject({ date: '2024-02-23', kind: 'dayOff' });
    // Kurman Ait on Sunday 16 June 2024 → Monday 17 June
    expect(h2024.find((h) => h.key === 'kurmanAit')).toMatchObject({ date: '2024-06-17', transferredFrom: '2024-06-16' });
    // 7 and 8 Nov 2020 were Saturday and Sunday → Monday 9 and Tuesday 10
    expect(kyrgyzHolidays(2020).filter((h) => h.key === 'historyDays').map((h) => [h.date, h.transferredFrom])).toEqual([['2020-11-09', '2020-11-07'], ['2020-11-10', '2020-11-08']]);
  });

  it('names every holiday in three languages, with a known key', () => {
    for (const h of [...kyrgyzHolidays(2024), ...kyrgyzHolidays(2026)]) {
      expect(HOLIDAY_KEYS).toContain(h.key);
      for (const name of [h.nameRu, h.nameKy, h.nameEn]) expect(name.trim()).not.toBe('');
    }
  });

  it('gives an academic year’s holidays across its two calendar years', () => {
    const year = kyrgyzHolidaysBetween('2026-09-01', '2027-08-31');
    expect(year[0]?.date).toBe('2026-11-07');
    expect(year.at(-1)?.date).toBe('2027-08-31');
    expect(year.every((h) => h.date >= '2026-09-01' && h.date <= '2027-08-31')).toBe(true);
  });
});
