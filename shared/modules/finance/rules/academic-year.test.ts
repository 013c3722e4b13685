import { describe, expect, it } from 'vitest';
import { academicYearLabel, academicYearOf } from './academic-year.ts';

describe('the academic year of a day', () => {
  it.each([
    ['2026-09-01', 2026],
    ['2026-12-31', 2026],
    ['2027-01-15', 2026],
    ['2027-08-31', 2026],
    ['2026-08-31', 2025],
  ])('%s is in %i', (day, year) => {
    expect(academicYearOf(day)).toBe(year);
  });

  it('is written 2026/27', () => {
    expect(academicYearLabel(2026)).toBe('2026/27');
    expect(academicYearLabel(1999)).toBe('1999/00');
  });
});
