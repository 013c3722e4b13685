/**
 * The year of study (курс) of a group admitted in `admissionYear`, on `date`: the academic year
 * starts in `startMonth` (September by default), so a 2025 group is in year 1 from 1 Sept 2025
 * and in year 2 from 1 Sept 2026. Before its first academic year it is year 0 (not started).
 */
export function courseOf(admissionYear: number, date: Date, startMonth = 9): number {
  const academicYearStart = date.getUTCMonth() + 1 >= startMonth ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  return Math.max(0, academicYearStart - admissionYear + 1);
}
