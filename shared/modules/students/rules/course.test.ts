import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { courseOf } from './course.ts';

describe('year of study', () => {
  it.each([
    [2025, '2025-08-31', 0],
    [2025, '2025-09-01', 1],
    [2025, '2026-06-30', 1],
    [2025, '2026-09-01', 2],
    [2022, '2026-05-15', 4],
  ])('a %i group on %s is in year %i', (year, date, course) => {
    expect(courseOf(year, new Date(`${date}T12:00:00Z`))).toBe(course);
  });

  it('grows by exactly one at each academic year start (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 0, max: 8 }), (admission, years) => {
        const start = new Date(Date.UTC(admission + years, 8, 1));
        const dayBefore = new Date(start.getTime() - 86_400_000);
        expect(courseOf(admission, start) - courseOf(admission, dayBefore)).toBe(1);
      }),
    );
  });
});
