/**
 * Calendar days as `yyyy-mm-dd` strings: parsing, adding days and the weekday, with no time zone
 * involved (a day is a day; "today" comes from the caller, see `shared/calendar-day.ts`).
 */

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a real calendar day (no 30 February). */
export function isIsoDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function toUtc(day: string): number {
  if (!isIsoDay(day)) throw new RangeError(`not a calendar day: ${day}`);
  return Date.parse(`${day}T00:00:00Z`);
}

const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The day `n` calendar days after (or, negative, before) `day`. */
export function addDays(day: string, n: number): string {
  return fromUtc(toUtc(day) + n * DAY_MS);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(day: string): number {
  const weekday = new Date(toUtc(day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The Monday of the day's week. */
export function mondayOf(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}

/** The day's year. */
export const yearOf = (day: string): number => Number(day.slice(0, 4));

/** Days in [from, to], both included (0 when reversed). */
export function inclusiveDays(from: string, to: string): number {
  return Math.max(0, daysBetween(from, to) + 1);
}

/** Days two inclusive ranges share. */
export function overlapDays(a: { startDate: string; endDate: string }, b: { startDate: string; endDate: string }): number {
  const start = a.startDate > b.startDate ? a.startDate : b.startDate;
  const end = a.endDate < b.endDate ? a.endDate : b.endDate;
  return start > end ? 0 : inclusiveDays(start, end);
}

/** Whether the day lies in the inclusive range. */
export const within = (day: string, range: { startDate: string; endDate: string }): boolean => day >= range.startDate && day <= range.endDate;

/** A day as people read it: dd.mm.yyyy in Russian and Kyrgyz, dd/mm/yyyy in English (as the web shows it). */
export function displayDay(day: string, lang: 'ru' | 'ky' | 'en'): string {
  const [y, m, d] = day.split('-');
  const sep = lang === 'en' ? '/' : '.';
  return `${d}${sep}${m}${sep}${y}`;
}
