import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageBand, ageOn } from './staff-age.ts';

describe('ageOn', () => {
  it.each([
    ['1980-05-10', '2026-05-09', 45],
    ['1980-05-10', '2026-05-10', 46],
    ['1980-12-31', '2026-01-01', 45],
    ['2000-02-29', '2026-02-28', 25],
    ['2000-02-29', '2026-03-01', 26],
  ])('born %s, on %s: %i', (birth, date, age) => expect(ageOn(birth, date)).toBe(age));

  it('grows by exactly one a year after', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1940, max: 2005 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 60 }), (y, m, d, years) => {
        const pad = (n: number) => String(n).padStart(2, '0');
        const birth = `${y}-${pad(m)}-${pad(d)}`;
        expect(ageOn(birth, `${y + years}-${pad(m)}-${pad(d)}`)).toBe(years);
      }),
    );
  });
});

describe('ageBand', () => {
  it.each([
    [22, 'under30'],
    [29, 'under30'],
    [30, 'from30to39'],
    [49, 'from40to49'],
    [50, 'from50to59'],
    [60, 'from60to64'],
    [64, 'from60to64'],
    [65, 'from65'],
    [80, 'from65'],
  ] as const)('%i → %s', (age, band) => expect(ageBand(age)).toBe(band));
});
