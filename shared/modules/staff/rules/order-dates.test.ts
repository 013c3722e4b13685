import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderDatesValid } from './order-dates.ts';

describe('orderDatesValid', () => {
  it.each([
    ['2026-08-25', '2026-09-01', true],
    ['2026-09-01', '2026-09-01', true],
    ['2026-09-01', '2025-09-01', true],
    ['2026-09-01', '2025-08-30', false],
    ['2026-02-30', '2026-03-01', false],
    ['2026-09-01', '2026-13-01', false],
  ])('order %s, effective %s → %s', (order, effective, valid) => expect(orderDatesValid(order, effective)).toBe(valid));

  it('accepts any later effective date and refuses every one past a year back', () => {
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true });
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (order, offset) => {
        const iso = (d: Date) => d.toISOString().slice(0, 10);
        const effective = new Date(order.getTime() + offset * 86_400_000);
        expect(orderDatesValid(iso(order), iso(effective))).toBe(offset >= -366);
      }),
    );
  });
});
