import type { Lang } from '../../../shared/i18n/languages.ts';
import type { AppointmentDto, PositionDto } from '../../../shared/modules/staff/staff.contracts.ts';
import type { PositionRow } from './staff.repository.ts';
import type { AppointmentView } from './staff.orders.repository.ts';

/** Rows to DTOs of the staff module. */

type Names = { nameRu: string; nameKy: string; nameEn: string };

/** A catalog name in the reader's language. */
export const localName = (names: Names, lang: Lang): string => (lang === 'ky' ? names.nameKy : lang === 'en' ? names.nameEn : names.nameRu);

/** "12-к/2026": the number of an HR order (к — по личному составу) in its year. */
export const staffOrderNumber = (order: { year: number; number: number }): string => `${order.number}-к/${order.year}`;

export function toPositionDto(row: PositionRow, lang: Lang): PositionDto {
  return { id: row.id, code: row.code, nameRu: row.nameRu, nameKy: row.nameKy, nameEn: row.nameEn, isTeaching: row.isTeaching, name: localName(row, lang) };
}

export function toAppointmentDto(row: AppointmentView, lang: Lang): AppointmentDto {
  const a = row.appointment;
  return {
    id: a.id,
    unitId: a.unitId,
    unitName: localName(row.unit, lang),
    positionId: a.positionId,
    positionName: localName(row.position, lang),
    rate: Number(a.rate),
    employment: a.employment,
    status: a.status,
    validFrom: a.validFrom,
    validTo: a.validTo,
    orderId: a.orderId,
    orderNumber: staffOrderNumber(row.order),
  };
}

/** The sum of rates, exact to hundredths. */
export const sumRates = (rates: readonly number[]): number => Math.round(rates.reduce((sum, r) => sum + Math.round(r * 100), 0)) / 100;
