import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayInZone } from './calendar-day.ts';

describe('dayInZone', () => {
  it('is already tomorrow in Bishkek (UTC+6) from 18:00 UTC, and still today before', () => {
    expect(dayInZone(new Date('2026-12-01T17:59:59Z'), 'Asia/Bishkek')).toBe('2026-12-01');
    expect(dayInZone(new Date('2026-12-01T18:00:00Z'), 'Asia/Bishkek')).toBe('2026-12-02');
    expect(dayInZone(new Date('2026-12-31T19:30:00Z'), 'Asia/Bishkek')).toBe('2027-01-01');
  });

  it('is the UTC day in UTC, for any instant', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), (at) => {
        expect(dayInZone(at, 'UTC')).toBe(at.toISOString().slice(0, 10));
      }),
    );
  });
});
