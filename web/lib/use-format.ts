import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANG, isLang, type Lang } from '../../shared/i18n/languages.ts';
import { dateInputFormat, DEFAULT_TIME_ZONE, formatDate, formatDateTime, formatDay, formatNumber, isoDayIn } from './format.ts';

/** The university's time zone (from /api/auth/me), provided by the signed-in shell. */
export const TimeZoneContext = createContext<string>(DEFAULT_TIME_ZONE);

export interface Formatters {
  lang: Lang;
  timeZone: string;
  date: (value: string | Date | null | undefined) => string;
  dateTime: (value: string | Date | null | undefined) => string;
  number: (value: number) => string;
  /** a calendar day (yyyy-mm-dd) as the language writes it */
  day: (value: string | null | undefined) => string;
  /** today in the university's zone, yyyy-mm-dd */
  today: () => string;
  /** the dayjs format of date inputs */
  dateInput: string;
}

/** Date and number formatting in the current language and the university's time zone. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const timeZone = useContext(TimeZoneContext);
  const lang = isLang(i18n.language) ? i18n.language : DEFAULT_LANG;
  return useMemo(
    () => ({
      lang,
      timeZone,
      date: (value) => formatDate(value, lang, timeZone),
      dateTime: (value) => formatDateTime(value, lang, timeZone),
      number: (value) => formatNumber(value, lang),
      day: (value) => formatDay(value, lang),
      today: () => isoDayIn(timeZone),
      dateInput: dateInputFormat(lang),
    }),
    [lang, timeZone],
  );
}
