/** Tuition arithmetic (DOMAIN.md §4): a term's tuition is the ИУП's credits times the price of one credit; amounts are whole som. */

/** The tuition of a term: credits × price per credit. */
export function tuitionOf({ credits, pricePerCredit }: { credits: number; pricePerCredit: number }): number {
  return credits * pricePerCredit;
}

export interface Balance {
  /** the sum of the payments */
  paid: number;
  /** what is left to pay, never below zero (an overpayment is not a debt) */
  due: number;
  isPaid: boolean;
}

/** How much of a tuition the payments cover: paid, what is still due, and whether it is paid in full. */
export function balance(tuition: number, payments: readonly { amount: number }[]): Balance {
  const paid = payments.reduce((sum, p) => sum + p.amount, 0);
  const due = Math.max(0, tuition - paid);
  return { paid, due, isPaid: due === 0 };
}
