/** The academic year a day falls in, named by the calendar year it starts in (2026 is 2026/27): it starts on 1 September. */
export function academicYearOf(day: string): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return month >= 9 ? year : year - 1;
}

/** "2026/27", as documents write an academic year. */
export function academicYearLabel(year: number): string {
  return `${year}/${String(year + 1).slice(2)}`;
}
