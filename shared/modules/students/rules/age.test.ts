import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageBand, ageBandKeys, ageOn } from './age.ts';

describe('age on a date', () => {
  it.each([
    ['2005-03-15', '2026-03-14', 20],
    ['2005-03-15', '2026-03-15', 21],
    ['2005-12-31', '2026-01-01', 20],
    ['2004-02-29', '2026-02-28', 21],
    ['2004-02-29', '2026-03-01', 22],
    ['2008-09-01', '2026-09-01', 18],
  ])('born %s, on %s: %i', (birth, date, age) => {
    expect(ageOn(birth, date)).toBe(age);
  });

  it('grows by one on each birthday and never between (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2015 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 60 }), (y, m, d, years) => {
        const pad = (n: number) => String(n).padStart(2, '0');
        const birth = `${y}-${pad(m)}-${pad(d)}`;
        const birthday = `${y + years}-${pad(m)}-${pad(d)}`;
        const before = new Date(Date.UTC(y + years, m - 1, d - 1)).toISOString().slice(0, 10);
        expect(ageOn(birth, birthday)).toBe(years);
        expect(ageOn(birth, before)).toBe(years - 1);
      }),
    );
  });
});

describe('age bands', () => {
  it.each([
    [15, '<17'],
    [16, '<17'],
    [17, '17'],
    [22, '22'],
    [23, '23-24'],
    [24, '23-24'],
    [25, '25-29'],
    [29, '25-29'],
    [30, '30+'],
    [71, '30+'],
  ])('%i is in %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
  });

  it('custom bounds', () => {
    expect(ageBand(20, [18, 21])).toBe('18-20');
    expect(ageBand(21, [18, 21])).toBe('21+');
    expect(ageBand(17, [18, 21])).toBe('<18');
    expect(ageBand(40, [])).toBe('all');
    expect(ageBandKeys([18, 21])).toEqual(['<18', '18-20', '21+']);
  });

  it('every age falls in exactly one of the listed bands, in order (property)', () => {
    const keys = ageBandKeys();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 120 }), (a, b) => {
        expect(keys).toContain(ageBand(a));
        if (a <= b) expect(keys.indexOf(ageBand(a))).toBeLessThanOrEqual(keys.indexOf(ageBand(b)));
      }),
    );
  });
});
