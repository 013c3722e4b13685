import type { Term } from '../curricula.vocabulary.ts';

/**
 * Which semesters of a working plan an academic year covers (seed 003 §3.3, §4): a group admitted
 * in `admissionYear` is in its year of study (курс) `academicYear - admissionYear + 1`, and year c
 * holds the plan's semesters 2c-1 (autumn) and 2c (spring). Pure; years are the calendar years
 * the academic years start in (2026 is 2026/27).
 */

export const courseIn = (admissionYear: number, academicYear: number): number => academicYear - admissionYear + 1;

/** The plan's semesters studied in year of study `course`: none before the first year or past the plan's end. */
export function semestersOfCourse(course: number, planSemesters: number): number[] {
  return [2 * course - 1, 2 * course].filter((s) => s >= 1 && s <= planSemesters);
}

/** An odd semester of a plan is studied in the autumn term, an even one in the spring term. */
export const termOfSemester = (semester: number): Term => (semester % 2 === 1 ? 'autumn' : 'spring');
