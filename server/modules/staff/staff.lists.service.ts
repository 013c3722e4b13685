import type { StaffListDto, StaffListQuery, StaffReportDto } from '../../../shared/modules/staff/staff.contracts.ts';
import { ageBand, ageOn } from '../../../shared/modules/staff/rules/staff-age.ts';
import { AGE_BANDS, DEGREES, EMPLOYMENT_KINDS, TITLES } from '../../../shared/modules/staff/staff.vocabulary.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { universityToday } from '../../platform/settings/settings.service.ts';
import { fullName } from '../identity/index.ts';
import { findUnit, unitsWithin } from '../org/index.ts';
import { localName, sumRates } from './staff.mappers.ts';
import * as orders from './staff.orders.repository.ts';
import { canOnUnit, readableStaff } from './staff.policy.ts';

/** Staff lists as of a date (a department, a faculty, the university) and the reports built on them. */

type StaffRows = Awaited<ReturnType<typeof orders.staffOn>>;

/** The appointments covering the day in the unit (and all below it), or everywhere the reader may look. */
async function staffRows(ctx: ServiceContext, permission: 'staff.card.read' | 'staff.report.read', query: StaffListQuery) {
  const date = query.date ?? (await universityToday(ctx));
  if (query.unitId) {
    const unit = await findUnit(ctx.db, query.unitId);
    if (!unit) throw new AppError('UNIT_NOT_FOUND');
    if (!(await canOnUnit(ctx.db, ctx.actor, permission, unit.id))) throw new AppError('FORBIDDEN');
    return { date, unitId: unit.id, unitName: localName(unit, ctx.lang), rows: await orders.staffOn(ctx.db, date, await unitsWithin(ctx.db, [unit.id])) };
  }
  // a reader who reaches no unit (a teacher: their own card only) gets an empty list, not someone else's
  const scope = await readableStaff(ctx.db, ctx.actor, permission);
  return { date, unitId: null, unitName: '', rows: await orders.staffOn(ctx.db, date, scope ? scope.unitIds : null) };
}

export async function staffList(ctx: ServiceContext, query: StaffListQuery): Promise<StaffListDto> {
  const { rows, ...head } = await staffRows(ctx, 'staff.card.read', query);
  const items = rows.map((row) => ({
    cardId: row.appointment.cardId,
    fullName: fullName(row.person),
    unitId: row.appointment.unitId,
    unitName: localName(row.unit, ctx.lang),
    positionName: localName(row.position, ctx.lang),
    rate: Number(row.appointment.rate),
    employment: row.appointment.employment,
    status: row.appointment.status,
    degree: row.card.degree,
    title: row.card.title,
    validFrom: row.appointment.validFrom,
  }));
  return { ...head, items };
}

/** Headcount (distinct people) and the sum of rates of a set of appointments. */
function countOf(rows: StaffRows) {
  return { headcount: new Set(rows.map((r) => r.appointment.cardId)).size, totalRate: sumRates(rows.map((r) => Number(r.appointment.rate))) };
}

function groupBy<K extends string>(rows: StaffRows, key: (row: StaffRows[number]) => K): Map<K, StaffRows> {
  const out = new Map<K, StaffRows>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
}

function byDepartmentPosition(ctx: ServiceContext, rows: StaffRows): StaffReportDto['byDepartmentPosition'] {
  return [...groupBy(rows, (r) => `${r.appointment.unitId}|${r.appointment.positionId}`).values()].map((group) => {
    const first = group[0]!;
    return { unitId: first.appointment.unitId, unitName: localName(first.unit, ctx.lang), positionId: first.appointment.positionId, positionName: localName(first.position, ctx.lang), ...countOf(group) };
  });
}

/** One person once: the age report counts people, not appointments. */
function byAge(rows: StaffRows, date: string): StaffReportDto['byAge'] {
  const people = new Map(rows.map((r) => [r.appointment.cardId, r.card]));
  return AGE_BANDS.map((band) => {
    const inBand = [...people.values()].filter((card) => ageBand(ageOn(card.birthDate, date)) === band);
    return { band, headcount: inBand.length, female: inBand.filter((c) => c.gender === 'female').length, male: inBand.filter((c) => c.gender === 'male').length };
  });
}

/** The staff report as of a date: totals, by department and position, degree, title, employment kind and age. */
export async function staffReport(ctx: ServiceContext, query: StaffListQuery): Promise<StaffReportDto> {
  const { rows, date, unitId } = await staffRows(ctx, 'staff.report.read', query);
  return {
    date,
    unitId,
    totals: countOf(rows),
    byDepartmentPosition: byDepartmentPosition(ctx, rows),
    byDegree: DEGREES.map((degree) => ({ degree, ...countOf(rows.filter((r) => r.card.degree === degree)) })),
    byTitle: TITLES.map((title) => ({ title, ...countOf(rows.filter((r) => r.card.title === title)) })),
    byEmployment: EMPLOYMENT_KINDS.map((employment) => ({ employment, ...countOf(rows.filter((r) => r.appointment.employment === employment)) })),
    byAge: byAge(rows, date),
  };
}
