import type { Lang } from '../../../shared/i18n/languages.ts';
import { NOTIFICATION_PARAMS, notificationTextKey, type NotificationKind } from '../../../shared/notifications/kinds.ts';
import { translate } from '../i18n/translate.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(date: Date, timeZone: string): Record<string, string> {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(date)) parts[part.type] = part.value;
  return parts;
}

/** A day (`yyyy-mm-dd`) or an instant as the web writes it: dd.mm.yyyy [HH:mm] (ru, ky), dd/mm/yyyy [HH:mm] (en), in the zone. */
export function formatWhen(value: string, lang: Lang, timeZone: string): string {
  const sep = lang === 'en' ? '/' : '.';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return `${day[3]}${sep}${day[2]}${sep}${day[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = partsIn(date, timeZone);
  return `${p.day}${sep}${p.month}${sep}${p.year} ${p.hour}:${p.minute}`;
}

/** A notification's message in the reader's language, its dates shown in the university's zone. */
export function renderNotification(kind: NotificationKind, params: Record<string, string | number>, lang: Lang, timeZone: string): string {
  const types = NOTIFICATION_PARAMS[kind];
  const shown = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, types[name] === 'dateTime' && typeof value === 'string' ? formatWhen(value, lang, timeZone) : value]),
  );
  return translate(lang, notificationTextKey(kind), shown);
}
