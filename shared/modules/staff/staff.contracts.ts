import { z } from 'zod';
import {
  AGE_BANDS,
  APPOINTMENT_STATUSES,
  AWARD_KINDS,
  DEGREES,
  DISMISSAL_REASONS,
  EDUCATION_LEVELS,
  EMPLOYMENT_KINDS,
  GENDERS,
  STAFF_LEAVE_KINDS,
  STAFF_ORDER_KINDS,
  STAFF_ORDER_STATUSES,
  TITLES,
} from './staff.vocabulary.ts';

/** Contracts of the staff (HR) module: positions, staff cards, appointments, HR orders, lists and reports. */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().trim().min(1).max(max);
const optional = (max: number) => z.string().trim().max(max).nullable().optional();
/** a rate (ставка) as a decimal, in hundredths: 0.25, 0.5, 1, 1.5 */
const rate = z.number().positive().max(10).multipleOf(0.01);

export const positionBody = z.object({ code: z.string().trim().min(2).max(40).regex(/^[a-zA-Z][a-zA-Z0-9]*$/), nameRu: text(200), nameKy: text(200), nameEn: text(200), isTeaching: z.boolean() }).strict();
export type PositionBody = z.infer<typeof positionBody>;
export const positionDto = positionBody.extend({ id: z.string(), name: z.string() });
export type PositionDto = z.infer<typeof positionDto>;

const cardFields = {
  birthDate: isoDate,
  gender: z.enum(GENDERS),
  personalNumber: z.string().trim().regex(/^\d{14}$/).nullable().optional(),
  citizenship: z.string().trim().min(2).max(60).optional(),
  degree: z.enum(DEGREES),
  degreeField: optional(200),
  title: z.enum(TITLES),
  educationLevel: z.enum(EDUCATION_LEVELS),
  education: optional(500),
  phone: optional(40),
  email: z.string().trim().email().max(200).nullable().optional(),
  address: optional(300),
  hiredFirstOn: isoDate.nullable().optional(),
};

export const createCardBody = z.object({ userId: z.string().uuid(), ...cardFields, degree: cardFields.degree.default('none'), title: cardFields.title.default('none') }).strict();
export type CreateCardBody = z.infer<typeof createCardBody>;
export const updateCardBody = z.object(cardFields).partial().strict();
export type UpdateCardBody = z.infer<typeof updateCardBody>;

export const appointmentDto = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  positionId: z.string(),
  positionName: z.string(),
  rate: z.number(),
  employment: z.enum(EMPLOYMENT_KINDS),
  status: z.enum(APPOINTMENT_STATUSES),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  orderId: z.string(),
  orderNumber: z.string(),
});
export type AppointmentDto = z.infer<typeof appointmentDto>;

export const awardDto = z.object({ orderId: z.string(), orderNumber: z.string(), date: z.string(), awardKind: z.enum(AWARD_KINDS), text: z.string() });

export const cardDto = z.object({
  id: z.string(),
  userId: z.string(),
  username: z.string(),
  fullName: z.string(),
  /** only with staff.card.readPersonal: else null */
  personal: z
    .object({ birthDate: z.string(), personalNumber: z.string().nullable(), citizenship: z.string(), address: z.string().nullable(), pinWarnings: z.array(z.string()) })
    .nullable(),
  gender: z.enum(GENDERS),
  degree: z.enum(DEGREES),
  degreeField: z.string().nullable(),
  title: z.enum(TITLES),
  educationLevel: z.enum(EDUCATION_LEVELS),
  education: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  hiredFirstOn: z.string().nullable(),
  current: z.array(appointmentDto),
  history: z.array(appointmentDto),
  awards: z.array(awardDto),
  totalRate: z.number(),
});
export type CardDto = z.infer<typeof cardDto>;

export const cardRowDto = z.object({ id: z.string(), userId: z.string(), fullName: z.string(), degree: z.enum(DEGREES), title: z.enum(TITLES), positions: z.string(), units: z.string(), totalRate: z.number(), isEmployed: z.boolean(), isOnLeave: z.boolean() });
export type CardRowDto = z.infer<typeof cardRowDto>;
export const cardsPageDto = z.object({ items: z.array(cardRowDto), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const searchCardsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  unitId: z.string().uuid().optional(),
  degree: z.enum(DEGREES).optional(),
  title: z.enum(TITLES).optional(),
  employed: z.enum(['yes', 'no']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type SearchCardsQuery = z.infer<typeof searchCardsQuery>;

export const staffOrderParams = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hire'), unitId: z.string().uuid(), positionId: z.string().uuid(), rate, employment: z.enum(EMPLOYMENT_KINDS) }).strict(),
  z.object({ kind: z.literal('transfer'), appointmentId: z.string().uuid(), unitId: z.string().uuid().optional(), positionId: z.string().uuid().optional(), rate: rate.optional() }).strict(),
  z.object({ kind: z.literal('leave'), leaveKind: z.enum(STAFF_LEAVE_KINDS), until: isoDate.nullable().optional() }).strict(),
  z.object({ kind: z.literal('returnFromLeave') }).strict(),
  z.object({ kind: z.literal('award'), awardKind: z.enum(AWARD_KINDS), text: text(500) }).strict(),
  z.object({ kind: z.literal('dismissal'), reason: z.enum(DISMISSAL_REASONS), appointmentId: z.string().uuid().nullable().optional() }).strict(),
]);
export type StaffOrderParams = z.infer<typeof staffOrderParams>;

export const createStaffOrderBody = z.object({ cardId: z.string().uuid(), orderDate: isoDate, effectiveDate: isoDate, basis: text(500), params: staffOrderParams }).strict();
export type CreateStaffOrderBody = z.infer<typeof createStaffOrderBody>;

export const staffOrderDto = z.object({
  id: z.string(),
  number: z.string(),
  year: z.number().int(),
  kind: z.enum(STAFF_ORDER_KINDS),
  status: z.enum(STAFF_ORDER_STATUSES),
  orderDate: z.string(),
  effectiveDate: z.string(),
  basis: z.string(),
  cardId: z.string(),
  personName: z.string(),
  /** the params with the names of the units and positions they name, for the document */
  params: z.record(z.string(), z.unknown()),
  names: z.record(z.string(), z.string()),
  authorName: z.string(),
  signedByName: z.string().nullable(),
  signedAt: z.string().nullable(),
});
export type StaffOrderDto = z.infer<typeof staffOrderDto>;

export const listStaffOrdersQuery = z.object({
  status: z.enum(STAFF_ORDER_STATUSES).optional(),
  kind: z.enum(STAFF_ORDER_KINDS).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  cardId: z.string().uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const staffListQuery = z.object({ unitId: z.string().uuid().optional(), date: isoDate.optional() });
export type StaffListQuery = z.infer<typeof staffListQuery>;

export const staffListRowDto = z.object({ cardId: z.string(), fullName: z.string(), unitId: z.string(), unitName: z.string(), positionName: z.string(), rate: z.number(), employment: z.enum(EMPLOYMENT_KINDS), status: z.enum(APPOINTMENT_STATUSES), degree: z.enum(DEGREES), title: z.enum(TITLES), validFrom: z.string() });
export type StaffListRowDto = z.infer<typeof staffListRowDto>;
export const staffListDto = z.object({ date: z.string(), unitId: z.string().nullable(), unitName: z.string(), items: z.array(staffListRowDto) });
export type StaffListDto = z.infer<typeof staffListDto>;

const countRow = z.object({ headcount: z.number().int(), totalRate: z.number() });
export const staffReportDto = z.object({
  date: z.string(),
  unitId: z.string().nullable(),
  totals: countRow,
  byDepartmentPosition: z.array(countRow.extend({ unitId: z.string(), unitName: z.string(), positionId: z.string(), positionName: z.string() })),
  byDegree: z.array(countRow.extend({ degree: z.enum(DEGREES) })),
  byTitle: z.array(countRow.extend({ title: z.enum(TITLES) })),
  byEmployment: z.array(countRow.extend({ employment: z.enum(EMPLOYMENT_KINDS) })),
  byAge: z.array(z.object({ band: z.enum(AGE_BANDS), headcount: z.number().int(), female: z.number().int(), male: z.number().int() })),
});
export type StaffReportDto = z.infer<typeof staffReportDto>;
