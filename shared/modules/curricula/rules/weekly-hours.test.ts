import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weeklyHours } from './weekly-hours.ts';

const hoursOf = fc.record({ lecture: fc.nat(600), practice: fc.nat(600), lab: fc.nat(600), supervised: fc.nat(600), independent: fc.nat(600) });
const weeksOf = fc.integer({ min: 1, max: 30 });

describe('weekly hours of a line', () => {
  it('spreads classroom hours (lecture, practice, lab) and СРСП over the weeks, to one decimal', () => {
    // 6 credits: 30 + 30 + 0 classroom hours, 30 of СРСП, over 15 weeks
    expect(weeklyHours({ lecture: 30, practice: 30, lab: 0, supervised: 30, independent: 90 }, 15)).toEqual({ classroom: 4, supervised: 2 });
    expect(weeklyHours({ lecture: 20, practice: 10, lab: 15, supervised: 10, independent: 65 }, 16)).toEqual({ classroom: 2.8, supervised: 0.6 });
    expect(weeklyHours({ lecture: 0, practice: 0, lab: 0, supervised: 0, independent: 120 }, 15)).toEqual({ classroom: 0, supervised: 0 });
    expect(() => weeklyHours({ lecture: 30 }, 0)).toThrow(RangeError);
  });

  it('gives back the hours when multiplied by the weeks, within the rounding', () => {
    fc.assert(
      fc.property(hoursOf, weeksOf, (hours, weeks) => {
        const w = weeklyHours(hours, weeks);
        const classroom = hours.lecture + hours.practice + hours.lab;
        expect(Math.abs(w.classroom * weeks - classroom)).toBeLessThanOrEqual(0.05 * weeks + 1e-9);
        expect(Math.abs(w.supervised * weeks - hours.supervised)).toBeLessThanOrEqual(0.05 * weeks + 1e-9);
        expect(Math.round(w.classroom * 10)).toBeCloseTo(w.classroom * 10, 9);
      }),
    );
  });

  it('grows with the hours and shrinks with the weeks; independent study never counts', () => {
    fc.assert(
      fc.property(hoursOf, weeksOf, fc.nat(100), fc.integer({ min: 0, max: 10 }), (hours, weeks, more, moreWeeks) => {
        const base = weeklyHours(hours, weeks);
        expect(weeklyHours({ ...hours, lab: hours.lab + more }, weeks).classroom).toBeGreaterThanOrEqual(base.classroom);
        expect(weeklyHours({ ...hours, supervised: hours.supervised + more }, weeks).supervised).toBeGreaterThanOrEqual(base.supervised);
        const longer = weeklyHours(hours, weeks + moreWeeks);
        expect(longer.classroom).toBeLessThanOrEqual(base.classroom);
        expect(longer.supervised).toBeLessThanOrEqual(base.supervised);
        expect(weeklyHours({ ...hours, independent: hours.independent + more }, weeks)).toEqual(base);
      }),
    );
  });
});
