import type { CalendarFindingDto, HolidayDto, PeriodDto, TermDto, YearSummaryDto } from '../../../shared/modules/calendar/calendar.contracts.ts';
import type { CalendarFinding, CalendarRules, CalendarToValidate } from '../../../shared/modules/calendar/rules/calendar-validation.ts';
import { displayDay } from '../../../shared/modules/calendar/rules/days.ts';
import type { ProposalSettings } from '../../../shared/modules/calendar/rules/calendar-proposal.ts';
import type { Lang } from '../../../shared/i18n/languages.ts';
import type { SettingValues } from '../../../shared/settings/catalog.ts';
import { translate } from '../../platform/i18n/translate.ts';
import type { HolidayRow, PeriodRow, TermRow, YearRow } from './calendar.repository.ts';

/** Rows → DTOs, settings → rules, findings → messages in the reader's language. */

const localName = (row: { nameRu: string | null; nameKy: string | null; nameEn: string | null }, lang: Lang) => ({ ru: row.nameRu, ky: row.nameKy, en: row.nameEn })[lang] ?? row.nameRu;

export const toYearSummary = (row: YearRow, today: string): YearSummaryDto => ({ id: row.id, code: row.code, startYear: row.startYear, startDate: row.startDate, endDate: row.endDate, isCurrent: today >= row.startDate && today <= row.endDate });

export const toTermDto = (row: TermRow): TermDto => ({ id: row.id, kind: row.kind, startDate: row.startDate, endDate: row.endDate });

export const toPeriodDto = (row: PeriodRow, lang: Lang): PeriodDto => ({
  id: row.id,
  kind: row.kind,
  termKind: row.termKind,
  startDate: row.startDate,
  endDate: row.endDate,
  nameRu: row.nameRu,
  nameKy: row.nameKy,
  nameEn: row.nameEn,
  name: localName(row, lang),
});

export const toHolidayDto = (row: HolidayRow, lang: Lang): HolidayDto => ({
  id: row.id,
  date: row.date,
  key: row.key,
  kind: row.kind,
  nameRu: row.nameRu,
  nameKy: row.nameKy,
  nameEn: row.nameEn,
  name: localName(row, lang) ?? row.nameRu,
  transferredFrom: row.transferredFrom,
});

/** What a year is checked against, from the settings. */
export const calendarRulesFrom = (s: SettingValues): CalendarRules => ({
  minVacationWeeks: s['calendar.minVacationWeeks'],
  minWinterVacationWeeks: s['calendar.minWinterVacationWeeks'],
  maxSummerTermWeeks: s['calendar.maxSummerTermWeeks'],
  addDropWeeks: s['calendar.addDropWeeks'],
  minExamSessionWeeks: s['calendar.minExamSessionWeeks'],
});

/** What a new year's calendar proposes, from the settings. */
export const proposalSettingsFrom = (s: SettingValues): ProposalSettings => ({
  autumnStartsOn: s['calendar.autumnStartsOn'],
  teachingWeeks: s['calendar.teachingWeeks'],
  examSessionWeeks: s['calendar.examSessionWeeks'],
  winterVacationWeeks: s['calendar.winterVacationWeeks'],
  summerTermWeeks: s['calendar.summerTermWeeks'],
  addDropWeeks: s['calendar.addDropWeeks'],
});

export const toValidate = (year: YearRow, terms: TermRow[], periods: PeriodRow[], holidays: HolidayRow[]): CalendarToValidate => ({
  startDate: year.startDate,
  endDate: year.endDate,
  terms: terms.map((t) => ({ kind: t.kind, startDate: t.startDate, endDate: t.endDate })),
  periods: periods.map((p) => ({ id: p.id, kind: p.kind, termKind: p.termKind, startDate: p.startDate, endDate: p.endDate })),
  holidays: holidays.map((h) => ({ date: h.date, key: h.key, kind: h.kind })),
});

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Dates as the reader writes them, in a message's parameters. */
export function readableParams(params: Record<string, unknown>, lang: Lang): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === 'string' && ISO_DAY.test(value) ? displayDay(value, lang) : value]));
}

/** A finding with its message: where it is (the term, the period, the holiday) named in the reader's language. */
export function toFindingDto(finding: CalendarFinding, lang: Lang): CalendarFindingDto {
  const names: Record<string, string> = {};
  if (finding.where.term) names.termName = translate(lang, `calendar:termKind.${finding.where.term}`);
  if (finding.where.period) names.periodName = translate(lang, `calendar:periodKind.${finding.where.period}`);
  if (typeof finding.params.other === 'string') names.otherName = translate(lang, `calendar:termKind.${finding.params.other}`);
  if (typeof finding.params.holiday === 'string') names.holidayName = translate(lang, `calendar:holidayKey.${finding.params.holiday}`);
  const params = readableParams({ ...finding.params, ...(finding.where.date ? { date: finding.where.date } : {}), ...names }, lang);
  return { code: finding.code, severity: finding.severity, where: finding.where, message: translate(lang, `calendar:finding.${finding.code}`, params) };
}
