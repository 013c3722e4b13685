/** Days between two calendar days (yyyy-mm-dd), b − a; NaN when either is not a real day. */
function daysBetween(a: string, b: string): number {
  const day = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date.getTime() / 86_400_000 : Number.NaN;
  };
  return day(b) - day(a);
}

/** The most an HR order may reach back: its effective date at most a year before the order's own date. */
export const MAX_BACKDATING_DAYS = 366;

/** Whether an order's two dates are real days and its effective date does not reach back past a year. */
export function orderDatesValid(orderDate: string, effectiveDate: string): boolean {
  const gap = daysBetween(orderDate, effectiveDate);
  return Number.isFinite(gap) && gap >= -MAX_BACKDATING_DAYS;
}
