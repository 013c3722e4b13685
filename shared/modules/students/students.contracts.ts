import { z } from 'zod';
import { EXPEL_REASONS, FUNDINGS, GENDERS, LEAVE_KINDS, ORDER_KINDS, ORDER_STATUSES, PROGRAM_LEVELS, STUDENT_STATUSES, STUDY_FORMS } from './students.vocabulary.ts';

/** Contracts of structure (programs, groups), student cards and orders. */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().trim().min(1).max(max);
const optional = (max: number) => z.string().trim().max(max).nullable().optional();
const names = { nameRu: text(300), nameKy: text(300), nameEn: text(300) };

export const programBody = z
  .object({
    code: z.string().trim().min(2).max(20).regex(/^[\p{L}\p{N}.\-/]+$/u),
    ...names,
    level: z.enum(PROGRAM_LEVELS),
    durationYears: z.number().min(1).max(8),
    credits: z.number().int().min(30).max(480),
    languages: z.array(z.enum(['ru', 'ky', 'en'])).min(1).max(3),
    departmentId: z.string().uuid(),
  })
  .strict();
export type ProgramBody = z.infer<typeof programBody>;

export const programUpdateBody = programBody.partial().strict();
export type ProgramUpdateBody = z.infer<typeof programUpdateBody>;

export const programDto = programBody.extend({ id: z.string(), departmentName: z.string() });
export type ProgramDto = z.infer<typeof programDto>;

export const groupBody = z
  .object({
    code: z.string().trim().min(2).max(30),
    programId: z.string().uuid(),
    admissionYear: z.number().int().min(1990).max(2100),
    language: z.enum(['ru', 'ky', 'en']),
    studyForm: z.enum(STUDY_FORMS),
    curatorId: z.string().uuid().nullable().optional(),
  })
  .strict();
export type GroupBody = z.infer<typeof groupBody>;

// every field of a group may change; the program and admission year only while it never had students
export const groupUpdateBody = groupBody.extend({ starostaId: z.string().uuid().nullable().optional() }).partial().strict();
export type GroupUpdateBody = z.infer<typeof groupUpdateBody>;

export const groupDto = z.object({
  id: z.string(),
  code: z.string(),
  programId: z.string(),
  programCode: z.string(),
  programName: z.string(),
  level: z.enum(PROGRAM_LEVELS),
  departmentId: z.string(),
  facultyId: z.string().nullable(),
  admissionYear: z.number().int(),
  course: z.number().int(),
  language: z.enum(['ru', 'ky', 'en']),
  studyForm: z.enum(STUDY_FORMS),
  curatorId: z.string().nullable(),
  curatorName: z.string().nullable(),
  starostaId: z.string().nullable(),
  studentCount: z.number().int(),
});
export type GroupDto = z.infer<typeof groupDto>;

const countryCode = z.string().trim().length(2).toUpperCase();
const cardFields = {
  lastName: text(100),
  firstName: text(100),
  patronymic: optional(100),
  lastNameLatin: optional(100),
  firstNameLatin: optional(100),
  birthDate: isoDate,
  gender: z.enum(GENDERS),
  nationality: optional(100),
  citizenship: countryCode.default('KG'),
  personalNumber: z.string().trim().regex(/^\d{14}$/).nullable().optional(),
  passportNumber: z.string().trim().max(20).nullable().optional(),
  address: optional(500),
  phone: z.string().trim().regex(/^\+?[0-9 ()-]{5,20}$/).nullable().optional(),
  email: z.string().trim().email().max(200).nullable().optional(),
  previousEducation: optional(500),
  ortCertificate: optional(50),
  ortScore: z.number().int().min(0).max(245).nullable().optional(),
};

export const createStudentBody = z
  .object({ username: z.string().trim().min(3).max(64).regex(/^[A-Za-z0-9._-]+$/), password: z.string().min(1).max(256), ...cardFields })
  .strict();
export type CreateStudentBody = z.infer<typeof createStudentBody>;

// a change names only what changes: no default (citizenship KG) may fill in a field left out
export const updateStudentBody = z.object({ ...cardFields, citizenship: countryCode }).partial().strict();
export type UpdateStudentBody = z.infer<typeof updateStudentBody>;

export const placementDto = z.object({
  status: z.enum(STUDENT_STATUSES),
  groupId: z.string(),
  groupCode: z.string(),
  programId: z.string(),
  programCode: z.string(),
  studyForm: z.enum(STUDY_FORMS),
  funding: z.enum(FUNDINGS),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  orderId: z.string(),
  orderNumber: z.string(),
  orderKind: z.enum(ORDER_KINDS),
  isCancelled: z.boolean(),
});
export type PlacementDto = z.infer<typeof placementDto>;

export const studentDto = z.object({
  id: z.string(),
  userId: z.string(),
  username: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  patronymic: z.string().nullable(),
  lastNameLatin: z.string().nullable(),
  firstNameLatin: z.string().nullable(),
  birthDate: z.string(),
  gender: z.enum(GENDERS),
  nationality: z.string().nullable(),
  citizenship: z.string(),
  /** null unless the reader may see personal documents */
  personalNumber: z.string().nullable(),
  passportNumber: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  previousEducation: z.string().nullable(),
  ortCertificate: z.string().nullable(),
  ortScore: z.number().nullable(),
  /** the period covering today */
  current: placementDto.nullable(),
  /** a signed change that takes effect later (a transfer from next Monday) */
  upcoming: placementDto.nullable(),
  course: z.number().int().nullable(),
  history: z.array(placementDto),
  warnings: z.array(z.string()),
});
export type StudentDto = z.infer<typeof studentDto>;

export const studentRowDto = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  status: z.enum(STUDENT_STATUSES).nullable(),
  groupId: z.string().nullable(),
  groupCode: z.string().nullable(),
  programCode: z.string().nullable(),
  course: z.number().int().nullable(),
  studyForm: z.enum(STUDY_FORMS).nullable(),
  funding: z.enum(FUNDINGS).nullable(),
});
export type StudentRowDto = z.infer<typeof studentRowDto>;

/** A page of the student search: `total` stops at 1,000 (`totalCapped`: there are more). */
export const studentsPageDto = z.object({
  items: z.array(studentRowDto),
  total: z.number().int(),
  totalCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type StudentsPageDto = z.infer<typeof studentsPageDto>;

export const searchStudentsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  groupId: z.string().uuid().optional(),
  unitId: z.string().uuid().optional(),
  programId: z.string().uuid().optional(),
  course: z.coerce.number().int().min(0).max(10).optional(),
  studyForm: z.enum(STUDY_FORMS).optional(),
  funding: z.enum(FUNDINGS).optional(),
  status: z.enum([...STUDENT_STATUSES, 'notEnrolled']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type SearchStudentsQuery = z.infer<typeof searchStudentsQuery>;

export const asOfQuery = z.object({ date: isoDate.optional() });

export const orderParams = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('enrol'), groupId: z.string().uuid(), funding: z.enum(FUNDINGS) }).strict(),
  z.object({ kind: z.literal('transfer'), groupId: z.string().uuid().optional(), studyForm: z.enum(STUDY_FORMS).optional(), funding: z.enum(FUNDINGS).optional() }).strict(),
  z.object({ kind: z.literal('academicLeave'), leaveKind: z.enum(LEAVE_KINDS), until: isoDate.optional() }).strict(),
  z.object({ kind: z.literal('returnFromLeave'), groupId: z.string().uuid().optional() }).strict(),
  z.object({ kind: z.literal('expel'), reason: z.enum(EXPEL_REASONS) }).strict(),
  z.object({ kind: z.literal('restore'), groupId: z.string().uuid(), funding: z.enum(FUNDINGS) }).strict(),
  z.object({ kind: z.literal('graduate') }).strict(),
]);
export type OrderParams = z.infer<typeof orderParams>;

export const createOrderBody = z
  .object({
    kind: z.enum([...ORDER_KINDS, 'cancel']),
    orderDate: isoDate,
    effectiveDate: isoDate,
    reason: text(1000),
    cancelsOrderId: z.string().uuid().optional(),
    items: z.array(z.object({ studentId: z.string().uuid(), params: orderParams }).strict()).max(500).default([]),
  })
  .strict();
export type CreateOrderBody = z.infer<typeof createOrderBody>;

export const orderItemDto = z.object({ id: z.string(), studentId: z.string(), studentName: z.string(), params: z.unknown() });

export const orderDto = z.object({
  id: z.string(),
  number: z.string(),
  year: z.number().int(),
  kind: z.enum([...ORDER_KINDS, 'cancel']),
  orderDate: z.string(),
  effectiveDate: z.string(),
  reason: z.string(),
  status: z.enum(ORDER_STATUSES),
  cancelsOrderId: z.string().nullable(),
  authorName: z.string(),
  signedAt: z.string().nullable(),
  items: z.array(orderItemDto),
});
export type OrderDto = z.infer<typeof orderDto>;

export const listOrdersQuery = z.object({
  status: z.enum(ORDER_STATUSES).optional(),
  kind: z.enum([...ORDER_KINDS, 'cancel']).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** The student card's photo and parents (students.card.*). */
export const PARENT_RELATIONS = ['mother', 'father', 'guardian'] as const;
export type ParentRelation = (typeof PARENT_RELATIONS)[number];

export const studentPhotoDto = z.object({ fileId: z.string(), contentType: z.string(), size: z.number().int(), uploadedAt: z.string() });
export type StudentPhotoDto = z.infer<typeof studentPhotoDto>;

export const studentParentDto = z.object({
  id: z.string(),
  userId: z.string(),
  username: z.string(),
  fullName: z.string(),
  phone: z.string().nullable(),
  relation: z.enum(PARENT_RELATIONS),
  /** false until someone issues the parent a password (a reset) */
  hasPassword: z.boolean(),
});
export type StudentParentDto = z.infer<typeof studentParentDto>;

/** Either an existing account (userId) or a new one from name and phone (no password until issued). */
export const linkParentBody = z
  .object({
    relation: z.enum(PARENT_RELATIONS),
    userId: z.string().uuid().optional(),
    lastName: text(100).optional(),
    firstName: text(100).optional(),
    patronymic: optional(100),
    phone: cardFields.phone,
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.userId !== undefined) return;
    for (const key of ['lastName', 'firstName', 'phone'] as const) {
      if (!body[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required' });
    }
  });
export type LinkParentBody = z.infer<typeof linkParentBody>;
