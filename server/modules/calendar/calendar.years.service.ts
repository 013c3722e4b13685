import { can } from '../../../shared/access/can.ts';
import type { CreateYearBody, CurrentDto, UpdateYearBody, YearDto, YearSummaryDto } from '../../../shared/modules/calendar/calendar.contracts.ts';
import { proposeCalendar } from '../../../shared/modules/calendar/rules/calendar-proposal.ts';
import { isCalendarValid, validateCalendar } from '../../../shared/modules/calendar/rules/calendar-validation.ts';
import { displayDay, within } from '../../../shared/modules/calendar/rules/days.ts';
import { kyrgyzHolidaysBetween } from '../../../shared/modules/calendar/rules/kyrgyz-holidays.ts';
import { workingCalendar } from '../../../shared/modules/calendar/rules/working-days.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Executor, Tx } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { readSettings, universityToday } from '../../platform/settings/settings.service.ts';
import { calendarRulesFrom, proposalSettingsFrom, toFindingDto, toHolidayDto, toPeriodDto, toTermDto, toValidate, toYearSummary } from './calendar.mappers.ts';
import * as repo from './calendar.repository.ts';
import { workingDays } from './calendar.working-days.ts';

/** Academic years: created from the preset, read with their findings, what is on today. */

export async function listYears(ctx: ServiceContext): Promise<YearSummaryDto[]> {
  const today = await universityToday(ctx);
  return (await repo.listYears(ctx.db)).map((row) => toYearSummary(row, today));
}

/** One year with its terms, periods, holidays and every finding, in the reader's language. */
export async function getYear(ctx: ServiceContext, id: string, db: Executor = ctx.db): Promise<YearDto> {
  const year = await repo.findYear(db, id);
  if (!year) throw new AppError('CALENDAR_YEAR_NOT_FOUND');
  const [terms, periods, holidays, settings] = [await repo.listTerms(db, id), await repo.listPeriods(db, id), await repo.listHolidays(db, id), await readSettings(db)];
  const findings = validateCalendar(toValidate(year, terms, periods, holidays), calendarRulesFrom(settings));
  return {
    ...toYearSummary(year, await universityToday({ db, now: ctx.now })),
    terms: terms.map(toTermDto),
    periods: periods.map((p) => toPeriodDto(p, ctx.lang)),
    holidays: holidays.map((h) => toHolidayDto(h, ctx.lang)),
    findings: findings.map((f) => toFindingDto(f, ctx.lang)),
    isValid: isCalendarValid(findings),
    canManage: can(ctx.actor, 'calendar.manage'),
  };
}

/**
 * A new year's calendar from the preset: terms and periods proposed from the settings, the Kyrgyz
 * national holidays filled in (the lunar ones where known); the registrar edits it afterwards.
 */
export async function createYear(ctx: ServiceContext, body: CreateYearBody): Promise<YearDto> {
  const settings = await readSettings(ctx.db);
  const code = `${body.startYear}-${body.startYear + 1}`;
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    await repo.lockYear(tx, body.startYear);
    if (await repo.findYearByStart(tx, body.startYear)) throw new AppError('CALENDAR_YEAR_EXISTS', { code });
    const around = kyrgyzHolidaysBetween(`${body.startYear}-08-01`, `${body.startYear + 1}-09-30`);
    const proposal = proposeCalendar(body.startYear, proposalSettingsFrom(settings), workingCalendar(settings['calendar.workingWeekDays'], around));
    const stamps = { createdAt: ctx.now, updatedAt: ctx.now };
    const year = await repo.insertYear(tx, { id, code, startYear: body.startYear, startDate: proposal.startDate, endDate: proposal.endDate, ...stamps });
    await repo.insertTerms(tx, proposal.terms.map((t) => ({ id: newId(), yearId: id, ...t, ...stamps })));
    await repo.insertPeriods(tx, proposal.periods.map((p) => ({ id: newId(), yearId: id, ...p, ...stamps })));
    const holidays = around.filter((h) => within(h.date, proposal));
    await repo.insertHolidays(tx, holidays.map((h) => ({ id: newId(), yearId: id, ...h, ...stamps })));
    await recordAudit(tx, ctx, { action: 'calendar.manage', entityType: 'academicYear', entityId: id, after: { ...year, terms: proposal.terms, periods: proposal.periods.length, holidays: holidays.length } });
  });
  return getYear(ctx, id);
}

/** The year, under the lock that serializes its edits; missing is CALENDAR_YEAR_NOT_FOUND. */
export async function lockedYear(tx: Tx, id: string): Promise<repo.YearRow> {
  const year = await repo.findYear(tx, id);
  if (!year) throw new AppError('CALENDAR_YEAR_NOT_FOUND');
  await repo.lockYear(tx, year.startYear);
  return year;
}

/** Refuses a range that ends before it starts, naming both days. */
export function checkRange(ctx: ServiceContext, range: { startDate: string; endDate: string }): void {
  if (range.startDate > range.endDate) throw new AppError('CALENDAR_DATES_REVERSED', { start: displayDay(range.startDate, ctx.lang), end: displayDay(range.endDate, ctx.lang) });
}

/** Moves the year's first or last day. */
export async function updateYear(ctx: ServiceContext, id: string, body: UpdateYearBody): Promise<YearDto> {
  await ctx.db.transaction(async (tx) => {
    const before = await lockedYear(tx, id);
    const next = { startDate: body.startDate ?? before.startDate, endDate: body.endDate ?? before.endDate };
    checkRange(ctx, next);
    const after = await repo.updateYear(tx, id, { ...next, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'calendar.manage', entityType: 'academicYear', entityId: id, before, after });
  });
  return getYear(ctx, id);
}

/** What is on today (the university's day): the year, the term, the running periods, the next term, a working day or not. */
export async function getCurrent(ctx: ServiceContext): Promise<CurrentDto> {
  const today = await universityToday(ctx);
  const days = await workingDays(ctx);
  const year = await repo.findYearOn(ctx.db, today);
  const terms = year ? await repo.listTerms(ctx.db, year.id) : [];
  const periods = year ? (await repo.listPeriods(ctx.db, year.id)).filter((p) => within(today, p)) : [];
  const term = terms.find((t) => within(today, t));
  const next = term ? undefined : await repo.findNextTerm(ctx.db, today);
  return {
    today,
    year: year ? toYearSummary(year, today) : null,
    term: term ? toTermDto(term) : null,
    periods: periods.map((p) => toPeriodDto(p, ctx.lang)),
    nextTerm: next ? toTermDto(next) : null,
    isWorkingDay: days.isWorking(today),
  };
}

/** The n-th working day from a day, as the deadline counting of every module sees it. */
export async function workingDayFrom(ctx: ServiceContext, query: { from: string; days: number }) {
  const days = await workingDays(ctx);
  const day = days.addWorkingDays(query.from, query.days);
  return { from: query.from, days: query.days, day, isWorkingDay: days.isWorking(day) };
}
