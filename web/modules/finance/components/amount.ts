/** What a user typed as an amount of whole som ("75 000", "75000"), or null when it is not a whole number above zero. */
export function parseSom(text: string): number | null {
  const digits = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d{1,9}$/.test(digits)) return null;
  const value = Number(digits);
  return value > 0 ? value : null;
}
