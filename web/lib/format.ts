import type { Lang } from '../../shared/i18n/languages.ts';

/** Dates as dd.mm.yyyy (ru, ky) or dd/mm/yyyy (en), always in the university's time zone. */
export const DEFAULT_TIME_ZONE = 'Asia/Bishkek';

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(date: Date, timeZone: string): Record<string, string> {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      formatter = new Intl.DateTimeFormat('en-GB', { timeZone: DEFAULT_TIME_ZONE, dateStyle: 'short' });
    }
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(date)) parts[part.type] = part.value;
  return parts;
}

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function dateSeparator(lang: Lang): string {
  return lang === 'en' ? '/' : '.';
}

/** The dayjs format of date inputs for the language (DD.MM.YYYY or DD/MM/YYYY). */
export function dateInputFormat(lang: Lang): string {
  const sep = dateSeparator(lang);
  return `DD${sep}MM${sep}YYYY`;
}

export function formatDate(value: string | Date | null | undefined, lang: Lang, timeZone: string): string {
  if (value == null) return '';
  const date = toDate(value);
  if (date === null) return '';
  const p = partsIn(date, timeZone);
  const sep = dateSeparator(lang);
  return `${p.day}${sep}${p.month}${sep}${p.year}`;
}

export function formatDateTime(value: string | Date | null | undefined, lang: Lang, timeZone: string): string {
  if (value == null) return '';
  const date = toDate(value);
  if (date === null) return '';
  const p = partsIn(date, timeZone);
  return `${formatDate(date, lang, timeZone)} ${p.hour}:${p.minute}`;
}

/** Minutes to add to UTC to get the wall time in the zone at that instant. */
function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const p = partsIn(new Date(instant), timeZone);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - instant) / 60_000);
}

/**
 * The instant (ISO, UTC) when the calendar day `yyyy-mm-dd` starts in the zone;
 * `dayOffset` 1 gives the start of the next day (an exclusive upper bound).
 */
export function zonedDayStart(day: string, timeZone: string, dayOffset = 0): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return null;
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + dayOffset);
  let instant = wall - zoneOffsetMinutes(wall, timeZone) * 60_000;
  // a second pass settles days on which the offset changes
  instant = wall - zoneOffsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant).toISOString();
}

/** Last name, first name, patronymic — the order documents use. */
export function fullName(person: { lastName: string; firstName: string; patronymic?: string | null }): string {
  return [person.lastName, person.firstName, person.patronymic].filter((part) => part != null && part !== '').join(' ');
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'ky' ? 'ky-KG' : lang === 'ru' ? 'ru-RU' : 'en-GB').format(value);
}

/** A calendar day `yyyy-mm-dd` (no time, no zone) as dd.mm.yyyy (ru, ky) or dd/mm/yyyy (en). */
export function formatDay(value: string | null | undefined, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!match) return '';
  const sep = dateSeparator(lang);
  return `${match[3]}${sep}${match[2]}${sep}${match[1]}`;
}

/** The calendar day `yyyy-mm-dd` an instant falls on in the zone (today, by default). */
export function isoDayIn(timeZone: string, at: Date = new Date()): string {
  const p = partsIn(at, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** What a user typed into a date field (dd.mm.yyyy, dd/mm/yyyy or yyyy-mm-dd) as `yyyy-mm-dd`, or null. */
export function parseDayInput(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const local = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : [];
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
