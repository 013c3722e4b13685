import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balance, tuitionOf } from './tuition.ts';

describe('tuition of a term', () => {
  it.each([
    [30, 2500, 75_000],
    [0, 2500, 0],
    [22, 1500, 33_000],
    [33, 3500, 115_500],
  ])('%i credits × %i som = %i som', (credits, pricePerCredit, expected) => {
    expect(tuitionOf({ credits, pricePerCredit })).toBe(expected);
  });

  it('grows by one price for each added credit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100_000 }), (credits, pricePerCredit) => {
        expect(tuitionOf({ credits: credits + 1, pricePerCredit }) - tuitionOf({ credits, pricePerCredit })).toBe(pricePerCredit);
      }),
    );
  });
});

describe('the balance of a tuition', () => {
  it.each([
    ['nothing paid', 75_000, [], { paid: 0, due: 75_000, isPaid: false }],
    ['paid in part', 75_000, [{ amount: 30_000 }, { amount: 20_000 }], { paid: 50_000, due: 25_000, isPaid: false }],
    ['paid in full', 75_000, [{ amount: 75_000 }], { paid: 75_000, due: 0, isPaid: true }],
    ['overpaid', 75_000, [{ amount: 80_000 }], { paid: 80_000, due: 0, isPaid: true }],
    ['nothing to pay (grant)', 0, [], { paid: 0, due: 0, isPaid: true }],
  ] as const)('%s', (_, tuition, payments, expected) => {
    expect(balance(tuition, payments)).toEqual(expected);
  });

  it('paid + due covers the tuition exactly unless overpaid, and isPaid means nothing is due', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.array(fc.integer({ min: 1, max: 200_000 }), { maxLength: 10 }), (tuition, amounts) => {
        const b = balance(tuition, amounts.map((amount) => ({ amount })));
        expect(b.paid).toBe(amounts.reduce((s, a) => s + a, 0));
        expect(b.due).toBeGreaterThanOrEqual(0);
        expect(b.paid + b.due).toBe(Math.max(tuition, b.paid));
        expect(b.isPaid).toBe(b.paid >= tuition);
        // the order of the payments does not matter
        expect(balance(tuition, [...amounts].reverse().map((amount) => ({ amount })))).toEqual(b);
      }),
    );
  });
});
