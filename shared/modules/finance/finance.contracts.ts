import { z } from 'zod';
import { TERMS } from '../curricula/curricula.vocabulary.ts';
import { PAYMENT_PURPOSES, STUDY_FORMS } from './finance.vocabulary.ts';

/** Contracts of the finance module: the price of a credit, payments, a student's tuition for a term. Amounts are whole som. */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** the calendar year the academic year starts in: 2026 is 2026/27 */
export const academicYearSchema = z.number().int().min(2000).max(2100);
const academicYearQuery = z.coerce.number().int().min(2000).max(2100);
const som = z.number().int().positive().max(100_000_000);
const texts = z.object({ ru: z.string(), ky: z.string(), en: z.string() });
const person = z.object({ userId: z.string(), fullName: z.string() });

export const studyFormSchema = z.enum(STUDY_FORMS);
export const termSchema = z.enum(TERMS);
export const paymentPurposeSchema = z.enum(PAYMENT_PURPOSES);

export const pricesQuery = z.object({ academicYear: academicYearQuery.optional() });

export const upsertPriceBody = z
  .object({
    programId: z.string().uuid(),
    studyForm: studyFormSchema,
    academicYear: academicYearSchema,
    /** whole som for one credit */
    pricePerCredit: z.number().int().positive().max(1_000_000),
  })
  .strict();
export type UpsertPriceBody = z.infer<typeof upsertPriceBody>;

export const priceDto = z.object({
  id: z.string(),
  programId: z.string(),
  programCode: z.string(),
  programName: texts,
  studyForm: studyFormSchema,
  academicYear: z.number(),
  pricePerCredit: z.number(),
  updatedAt: z.string(),
});
export type PriceDto = z.infer<typeof priceDto>;

export const priceListDto = z.object({
  academicYear: z.number(),
  /** by program code, then study form */
  items: z.array(priceDto),
  /** every program, for setting a price that is not in the list yet */
  programs: z.array(z.object({ id: z.string(), code: z.string(), name: texts })),
  /** the academic years that have any price, and the current one */
  years: z.array(z.number()),
  canManage: z.boolean(),
});
export type PriceListDto = z.infer<typeof priceListDto>;

export const recordPaymentBody = z
  .object({
    academicYear: academicYearSchema,
    term: termSchema,
    purpose: paymentPurposeSchema,
    /** the re-studied discipline: required for a restudy prepayment, absent for tuition */
    disciplineId: z.string().uuid().nullable().optional(),
    amount: som,
    paidOn: isoDate,
    /** the bank's or the cash desk's receipt number */
    reference: z.string().trim().min(1).max(100),
  })
  .strict();
export type RecordPaymentBody = z.infer<typeof recordPaymentBody>;

export const paymentDto = z.object({
  id: z.string(),
  studentId: z.string(),
  academicYear: z.number(),
  term: termSchema,
  purpose: paymentPurposeSchema,
  discipline: z.object({ id: z.string(), code: z.string(), name: texts }).nullable(),
  amount: z.number(),
  paidOn: z.string(),
  reference: z.string(),
  recordedBy: person,
  recordedAt: z.string(),
});
export type PaymentDto = z.infer<typeof paymentDto>;

export const studentPaymentsDto = z.object({
  studentId: z.string(),
  /** the university's day, and the academic year it falls in */
  today: z.string(),
  academicYear: z.number(),
  /** newest first */
  items: z.array(paymentDto),
  canRecord: z.boolean(),
});
export type StudentPaymentsDto = z.infer<typeof studentPaymentsDto>;

export const tuitionQuery = z.object({ academicYear: academicYearQuery, term: termSchema });
export type TuitionQuery = z.infer<typeof tuitionQuery>;

export const tuitionDto = z.object({
  studentId: z.string(),
  academicYear: z.number(),
  term: termSchema,
  funding: z.enum(['grant', 'contract']),
  programId: z.string(),
  programCode: z.string(),
  studyForm: studyFormSchema,
  /** credits of the student's ИУП lines in the term (0 when there is no ИУП yet) */
  credits: z.number(),
  pricePerCredit: z.number().nullable(),
  /** a contract student's program and form have no price for the year: tuition cannot be counted yet */
  priceMissing: z.boolean(),
  /** credits × price; 0 for a grant student (grant students do not pay for the plan) */
  tuition: z.number(),
  /** the term's tuition payments (restudy prepayments not included) */
  paid: z.number(),
  due: z.number(),
  isPaid: z.boolean(),
});
export type TuitionDto = z.infer<typeof tuitionDto>;
