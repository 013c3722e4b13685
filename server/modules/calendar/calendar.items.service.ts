import type { HolidayBody, HolidayUpdateBody, PeriodBody, PeriodUpdateBody, TermBody, YearDto } from '../../../shared/modules/calendar/calendar.contracts.ts';
import type { TermKind } from '../../../shared/modules/calendar/calendar.vocabulary.ts';
import { displayDay, within } from '../../../shared/modules/calendar/rules/days.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import * as repo from './calendar.repository.ts';
import { checkRange, getYear, lockedYear } from './calendar.years.service.ts';

/**
 * Editing a year's terms, periods and holidays. Each edit takes the year's lock (edits of one year
 * run one after another), checks its input, writes, audits, and answers the whole year with its
 * findings, so the registrar sees at once what the change did to the calendar.
 */

/** Sets a term's days (adds the term if the year lacks it). */
export async function putTerm(ctx: ServiceContext, yearId: string, kind: TermKind, body: TermBody): Promise<YearDto> {
  checkRange(ctx, body);
  await ctx.db.transaction(async (tx) => {
    await lockedYear(tx, yearId);
    const before = (await repo.listTerms(tx, yearId)).find((t) => t.kind === kind) ?? null;
    const after = await repo.upsertTerm(tx, { id: before?.id ?? newId(), yearId, kind, ...body, createdAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'calendar.manage', entityType: 'academicTerm', entityId: after.id, before, after });
  });
  return getYear(ctx, yearId);
}

/** Removes a term that no period refers to (a year without a summer term). */
export async function deleteTerm(ctx: ServiceContext, yearId: string, kind: TermKind): Promise<YearDto> {
  await ctx.db.transaction(async (tx) => {
    await lockedYear(tx, yearId);
    const before = (await repo.listTerms(tx, yearId)).find((t) => t.kind === kind);
    if (!before) throw new AppError('CALENDAR_TERM_NOT_FOUND');
    const count = await repo.countPeriodsOfTerm(tx, yearId, kind);
    if (count > 0) throw new AppError('CALENDAR_TERM_HAS_PERIODS', { count });
    await repo.deleteTerm(tx, before.id);
    await recordAudit(tx, ctx, { action: 'calendar.manage', entityType: 'academicTerm', entityId: before.id, before, after: null });
  });
  return getYear(ctx, yearId);
}

type PeriodValues = Pick<repo.PeriodRow, 'kind' | 'termKind' | 'startDate' | 'endDate' | 'nameRu' | 'nameKy' | 'nameEn'>;

/** A period's own rules: it ends after it starts, and an event is named in three languages. */
function checkPeriod(ctx: ServiceContext, period: PeriodValues): void {
  checkRange(ctx, period);
  if (period.kind === 'event' && !(period.nameRu && period.nameKy && period.nameEn)) throw new AppError('CALENDAR_EVENT_NAME_REQUIRED');
}

export async function createPeriod(ctx: ServiceContext, yearId: string, body: PeriodBody): Promise<YearDto> {
  const values: PeriodValues = { ...body, nameRu: body.nameRu ?? null, nameKy: body.nameKy ?? null, nameEn: body.nameEn ?? null };
  checkPeriod(ctx, values);
  await ctx.db.transaction(async (tx) => {
    await lockedYear(tx, yearId);
    const [after] = await repo.insertPeriods(tx, [{ id: newId(), yearId, ...values, createdAt: ctx.now, updatedAt: ctx.now }]);
    await recordAudit(tx, ctx, { action: 'calendar.manage', entityType: 'calendarPeriod', entityId: after!.id, after });
  });
  return getYear(ctx, yearId);
}

export async function updatePeriod(ctx: ServiceContext, yearId: string, id: string, body: PeriodUpdateBody): Promise<YearDto> {
  await ctx.db.transaction(async (tx) => {
    await lockedYear(tx, yearId);
    const before = await repo.findPeriod(tx, yearId, id);
    if (!before) throw new AppError('CALENDAR_PERIOD_NOT_FOUND');
    checkPeriod(ctx, { ...before, ...body });
    const after = await repo.updatePeriod(tx, id, { ...body, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'calendar.manage', entityType: 'calendarPeriod', entityId: id, before, after });
  });
  return getYear(ctx, yearId);
}

export async function deletePeriod(ctx: ServiceContext, yearId: string, id: string): Promise<YearDto> {
  await ctx.db.transaction(async (tx) => {
    await lockedYear(tx, yearId);
    const before = await repo.findPeriod(tx, yearId, id);
    if (!before) throw new AppError('CALENDAR_PERIOD_NOT_FOUND');
    await repo.deletePeriod(tx, id);
    await recordAudit(tx, ctx, { action: 'calendar.manage', entityType: 'calendarPeriod', entityId: id, before, after: null });
  });
  return getYear(ctx, yearId);
}

/** A holiday lies in its year, and its date is not taken by another day of the list. */
async function checkHoliday(ctx: ServiceContext, tx: Tx, year: repo.YearRow, date: string, exceptId?: string): Promise<void> {
  const lang = ctx.lang;
  if (!within(date, year)) throw new AppError('CALENDAR_DATE_OUTSIDE_YEAR', { date: displayDay(date, lang), yearStart: displayDay(year.startDate, lang), yearEnd: displayDay(year.endDate, lang) });
  const taken = await repo.findHolidayOn(tx, year.id, date);
  if (taken && taken.id !== exceptId) throw new AppError('CALENDAR_HOLIDAY_DATE_TAKEN', { date: displayDay(date, lang) });
}

export async function createHoliday(ctx: ServiceContext, yearId: string, body: HolidayBody): Promise<YearDto> {
  await ctx.db.transaction(async (tx) => {
    const year = await lockedYear(tx, yearId);
    await checkHoliday(ctx, tx, year, body.date);
    const [after] = await repo.insertHolidays(tx, [{ id: newId(), yearId, ...body, key: body.key ?? null, transferredFrom: body.transferredFrom ?? null, createdAt: ctx.now, updatedAt: ctx.now }]);
    await recordAudit(tx, ctx, { action: 'calendar.manage', entityType: 'calendarHoliday', entityId: after!.id, after });
  });
  return getYear(ctx, yearId);
}

export async function updateHoliday(ctx: ServiceContext, yearId: string, id: string, body: HolidayUpdateBody): Promise<YearDto> {
  await ctx.db.transaction(async (tx) => {
    const year = await lockedYear(tx, yearId);
    const before = await repo.findHoliday(tx, yearId, id);
    if (!before) throw new AppError('CALENDAR_HOLIDAY_NOT_FOUND');
    if (body.date !== undefined) await checkHoliday(ctx, tx, year, body.date, id);
    const after = await repo.updateHoliday(tx, id, { ...body, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'calendar.manage', entityType: 'calendarHoliday', entityId: id, before, after });
  });
  return getYear(ctx, yearId);
}

export async function deleteHoliday(ctx: ServiceContext, yearId: string, id: string): Promise<YearDto> {
  await ctx.db.transaction(async (tx) => {
    await lockedYear(tx, yearId);
    const before = await repo.findHoliday(tx, yearId, id);
    if (!before) throw new AppError('CALENDAR_HOLIDAY_NOT_FOUND');
    await repo.deleteHoliday(tx, id);
    await recordAudit(tx, ctx, { action: 'calendar.manage', entityType: 'calendarHoliday', entityId: id, before, after: null });
  });
  return getYear(ctx, yearId);
}
