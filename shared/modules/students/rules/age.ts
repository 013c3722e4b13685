/** A person's age on a date, and age bands for the distributions of contingent reports. */

/** Full years between a birth date and a date (both yyyy-mm-dd); a 29 Feb birthday comes on 1 Mar in other years. */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

/** Lower bounds of the default bands: under 17, 17, 18, …, 22, 23–24, 25–29, 30 and over. */
export const DEFAULT_AGE_BANDS = [17, 18, 19, 20, 21, 22, 23, 25, 30] as const;

/**
 * The band an age falls in, as a key: `<17` below the first bound, `30+` from the last, `18` for a
 * one-year band, `23-24` for a wider one. `bounds` are ascending lower bounds.
 */
export function ageBand(age: number, bounds: readonly number[] = DEFAULT_AGE_BANDS): string {
  const first = bounds[0];
  if (first === undefined) return 'all';
  if (age < first) return `<${first}`;
  for (let i = bounds.length - 1; i >= 0; i -= 1) {
    const low = bounds[i] as number;
    if (age < low) continue;
    const next = bounds[i + 1];
    if (next === undefined) return `${low}+`;
    return next - low === 1 ? `${low}` : `${low}-${next - 1}`;
  }
  return `<${first}`;
}

/** Every band key in order, for a chart that shows empty bands too. */
export function ageBandKeys(bounds: readonly number[] = DEFAULT_AGE_BANDS): string[] {
  if (bounds.length === 0) return ['all'];
  return [`<${bounds[0]}`, ...bounds.map((b) => ageBand(b, bounds))];
}
