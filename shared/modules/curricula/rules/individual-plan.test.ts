import { describe, expect, it } from 'vitest';
import { courseIn, semestersOfCourse, termOfSemester } from './individual-plan.ts';

describe('the semesters of an academic year', () => {
  it.each([
    // admission, academic year, plan semesters → year of study, semesters
    [2025, 2025, 8, 1, [1, 2]],
    [2025, 2026, 8, 2, [3, 4]],
    [2022, 2025, 8, 4, [7, 8]],
    [2021, 2025, 8, 5, []],
    [2026, 2025, 8, 0, []],
    [2025, 2026, 3, 2, [3]],
    [2025, 2026, 4, 2, [3, 4]],
  ])('admitted %i, in %i, a plan of %i semesters: year %i, semesters %j', (admission, year, semesters, course, expected) => {
    expect(courseIn(admission, year)).toBe(course);
    expect(semestersOfCourse(course, semesters)).toEqual(expected);
  });

  it('puts odd semesters in autumn and even ones in spring', () => {
    expect([1, 2, 3, 8].map(termOfSemester)).toEqual(['autumn', 'spring', 'autumn', 'spring']);
  });
});
