import { AGE_BANDS, type AgeBand } from '../staff.vocabulary.ts';

/** Full years reached on `date` by someone born on `birthDate` (both yyyy-mm-dd). */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

const LOWER_BOUNDS: Record<AgeBand, number> = { under30: 0, from30to39: 30, from40to49: 40, from50to59: 50, from60to64: 60, from65: 65 };

/** The age band of the staff report an age falls into. */
export function ageBand(age: number): AgeBand {
  let band: AgeBand = 'under30';
  for (const candidate of AGE_BANDS) if (age >= LOWER_BOUNDS[candidate]) band = candidate;
  return band;
}
