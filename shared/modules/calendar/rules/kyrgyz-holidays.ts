import type { HolidayKey, HolidayKind } from '../calendar.vocabulary.ts';
import { addDays, isoWeekday } from './days.ts';

/**
 * The national holidays of the Kyrgyz Republic (FORMS.md §9), as a preset the registrar edits.
 * Since the 2025 Labour Code: 1–6 Jan, 7 Jan, 8 Mar, 21 Mar, 1–9 May and 31 Aug are days off;
 * 23 Feb, 7 Apr and 7–8 Nov are festive but working; a holiday on a weekend is not moved.
 * Before 2025 (old art. 113, for historic deadlines): 23 Feb, 7 Apr and 7–8 Nov were days off,
 * New Year was 1 Jan only, and a holiday on a weekend moved to the next working day.
 * Orozo Ait and Kurman Ait are lunar: fixed each year by the muftiate, so they are entered per
 * year; the preset fills only the dates already known, and leaves the others for the registrar.
 */

export interface HolidaySpec {
  date: string;
  key: HolidayKey;
  kind: HolidayKind;
  nameRu: string;
  nameKy: string;
  nameEn: string;
  /** the holiday's own date when its day off was moved (old rules: from a weekend) */
  transferredFrom: string | null;
}

type Names = Pick<HolidaySpec, 'nameRu' | 'nameKy' | 'nameEn'>;

const NAMES: Record<HolidayKey, Names> = {
  newYear: { nameRu: 'Новогодние праздники', nameKy: 'Жаңы жыл майрамы', nameEn: 'New Year holidays' },
  christmas: { nameRu: 'Рождество Христово', nameKy: 'Ыйса пайгамбардын туулган күнү (Рождество)', nameEn: 'Orthodox Christmas' },
  defenderDay: { nameRu: 'День защитника Отечества', nameKy: 'Ата Мекенди коргоочулар күнү', nameEn: 'Defender of the Fatherland Day' },
  womenDay: { nameRu: 'Международный женский день', nameKy: 'Эл аралык аялдар күнү', nameEn: 'International Women’s Day' },
  nooruz: { nameRu: 'Нооруз', nameKy: 'Нооруз', nameEn: 'Nooruz' },
  aprilRevolution: { nameRu: 'День Народной апрельской революции', nameKy: 'Элдик Апрель революциясынын күнү', nameEn: 'Day of the People’s April Revolution' },
  labourDay: { nameRu: 'Праздник труда', nameKy: 'Эмгек майрамы', nameEn: 'Labour Day' },
  mayHolidays: { nameRu: 'Майские праздники', nameKy: 'Май майрамдары', nameEn: 'May holidays' },
  constitutionDay: { nameRu: 'День Конституции', nameKy: 'Конституция күнү', nameEn: 'Constitution Day' },
  victoryDay: { nameRu: 'День Победы', nameKy: 'Жеңиш күнү', nameEn: 'Victory Day' },
  independenceDay: { nameRu: 'День независимости', nameKy: 'Эгемендүүлүк күнү', nameEn: 'Independence Day' },
  historyDays: { nameRu: 'Дни истории и памяти предков', nameKy: 'Тарых жана ата-бабаларды эскерүү күндөрү', nameEn: 'Days of History and Commemoration of Ancestors' },
  orozoAit: { nameRu: 'Орозо айт', nameKy: 'Орозо айт', nameEn: 'Orozo Ait (Eid al-Fitr)' },
  kurmanAit: { nameRu: 'Курман айт', nameKy: 'Курман айт', nameEn: 'Kurman Ait (Eid al-Adha)' },
};

/** The lunar holidays' dates known so far (FORMS.md §9); later years are entered by the registrar. */
export const KNOWN_LUNAR_HOLIDAYS: Readonly<Record<number, Partial<Record<'orozoAit' | 'kurmanAit', string>>>> = {
  2023: { orozoAit: '2023-04-21', kurmanAit: '2023-06-28' },
  2024: { orozoAit: '2024-04-10', kurmanAit: '2024-06-16' },
  2025: { orozoAit: '2025-03-30', kurmanAit: '2025-06-06' },
};

/** The first calendar year of the 2025 Labour Code's holiday rules. */
export const LABOUR_CODE_2025_FROM = 2025;

const spec = (year: number, monthDay: string, key: HolidayKey, kind: HolidayKind = 'dayOff'): HolidaySpec => ({ date: `${year}-${monthDay}`, key, kind, ...NAMES[key], transferredFrom: null });

function fixedHolidays(year: number): HolidaySpec[] {
  if (year >= LABOUR_CODE_2025_FROM) {
    return [
      ...['01', '02', '03', '04', '05', '06'].map((d) => spec(year, `01-${d}`, 'newYear')),
      spec(year, '01-07', 'christmas'),
      spec(year, '02-23', 'defenderDay', 'festive'),
      spec(year, '03-08', 'womenDay'),
      spec(year, '03-21', 'nooruz'),
      spec(year, '04-07', 'aprilRevolution', 'festive'),
      ...['01', '02', '03', '04', '05', '06', '07', '08', '09'].map((d) =>
        spec(year, `05-${d}`, d === '01' ? 'labourDay' : d === '05' ? 'constitutionDay' : d === '09' ? 'victoryDay' : 'mayHolidays'),
      ),
      spec(year, '08-31', 'independenceDay'),
      spec(year, '11-07', 'historyDays', 'festive'),
      spec(year, '11-08', 'historyDays', 'festive'),
    ];
  }
  return [
    spec(year, '01-01', 'newYear'),
    spec(year, '01-07', 'christmas'),
    spec(year, '02-23', 'defenderDay'),
    spec(year, '03-08', 'womenDay'),
    spec(year, '03-21', 'nooruz'),
    spec(year, '04-07', 'aprilRevolution'),
    spec(year, '05-01', 'labourDay'),
    spec(year, '05-05', 'constitutionDay'),
    spec(year, '05-09', 'victoryDay'),
    spec(year, '08-31', 'independenceDay'),
    spec(year, '11-07', 'historyDays'),
    spec(year, '11-08', 'historyDays'),
  ];
}

/** Old rules: a day off on Saturday or Sunday moves to the next weekday that is not already off. */
function moveOffWeekends(holidays: HolidaySpec[]): HolidaySpec[] {
  const taken = new Set(holidays.map((h) => h.date));
  return holidays.map((h) => {
    if (h.kind !== 'dayOff' || isoWeekday(h.date) < 6) return h;
    let day = addDays(h.date, 1);
    while (isoWeekday(day) >= 6 || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    return { ...h, date: day, transferredFrom: h.date };
  });
}

/**
 * The preset holidays of one calendar year: the fixed ones under the rules of that year, and the
 * lunar ones where known (or given: `lunar` overrides the known dates).
 */
export function kyrgyzHolidays(year: number, lunar: Partial<Record<'orozoAit' | 'kurmanAit', string>> = {}): HolidaySpec[] {
  const dates = { ...KNOWN_LUNAR_HOLIDAYS[year], ...lunar };
  const fixed = fixedHolidays(year);
  const taken = new Set(fixed.map((h) => h.date));
  const movable = (['orozoAit', 'kurmanAit'] as const)
    .flatMap((key) => (dates[key] ? [{ date: dates[key], key, kind: 'dayOff' as const, ...NAMES[key], transferredFrom: null }] : []))
    // a lunar holiday on a day that is already a holiday adds no day off (the day stays one row)
    .filter((h) => !taken.has(h.date));
  const all = [...fixed, ...movable].sort((a, b) => a.date.localeCompare(b.date));
  return year >= LABOUR_CODE_2025_FROM ? all : moveOffWeekends(all).sort((a, b) => a.date.localeCompare(b.date));
}

/** The preset holidays falling in a date range (an academic year spans two calendar years). */
export function kyrgyzHolidaysBetween(startDate: string, endDate: string): HolidaySpec[] {
  const years: number[] = [];
  for (let y = Number(startDate.slice(0, 4)); y <= Number(endDate.slice(0, 4)); y++) years.push(y);
  return years.flatMap((y) => kyrgyzHolidays(y)).filter((h) => h.date >= startDate && h.date <= endDate);
}
