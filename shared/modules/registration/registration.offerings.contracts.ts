import { z } from 'zod';
import { TERMS } from '../curricula/curricula.vocabulary.ts';
import { pageOf } from '../identity/identity.contracts.ts';
import { OFFERING_STATUSES, SECTION_KINDS, TEACHING_LANGUAGES } from './registration.vocabulary.ts';

/** Contracts of offerings (дисциплины семестра) and their sections (потоки, группы, подгруппы). */

const academicYear = z.coerce.number().int().min(2000).max(2100);
const seats = z.number().int().min(1).max(1000);

/** Generate a term's offerings from the approved working plans: the academic year by the year it starts in (2026 is 2026/27). */
export const generateOfferingsBody = z.object({ academicYear: z.number().int().min(2000).max(2100), term: z.enum(TERMS) }).strict();
export type GenerateOfferingsBody = z.infer<typeof generateOfferingsBody>;

export const generateOfferingsDto = z.object({
  academicYear: z.number().int(),
  term: z.enum(TERMS),
  /** the groups whose working plan placed disciplines in the term */
  groups: z.number().int(),
  created: z.number().int(),
  sections: z.number().int(),
  /** offerings that existed already and were left as they are */
  kept: z.number().int(),
});
export type GenerateOfferingsDto = z.infer<typeof generateOfferingsDto>;

export const listOfferingsQuery = z.object({
  academicYear: academicYear.optional(),
  term: z.enum(TERMS).optional(),
  q: z.string().trim().max(100).optional(),
  departmentId: z.string().uuid().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListOfferingsQuery = z.infer<typeof listOfferingsQuery>;

export const sectionDto = z.object({
  id: z.string(),
  offeringId: z.string(),
  kind: z.enum(SECTION_KINDS),
  number: z.number().int(),
  teacherId: z.string().nullable(),
  teacherName: z.string().nullable(),
  capacity: z.number().int(),
  minSize: z.number().int(),
  taken: z.number().int(),
  seatsLeft: z.number().int(),
  status: z.enum(OFFERING_STATUSES),
});
export type SectionDto = z.infer<typeof sectionDto>;

export const offeringDto = z.object({
  id: z.string(),
  disciplineId: z.string(),
  disciplineCode: z.string(),
  disciplineName: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  academicYear: z.number().int(),
  term: z.enum(TERMS),
  language: z.enum(TEACHING_LANGUAGES),
  isElective: z.boolean(),
  expectedStudents: z.number().int(),
  status: z.enum(OFFERING_STATUSES),
  sections: z.array(sectionDto),
  /** whether the reader may add, change and cancel its sections (the registrar's office; the owning department) */
  canManage: z.boolean(),
});
export type OfferingDto = z.infer<typeof offeringDto>;

export const offeringsPageDto = pageOf(offeringDto);
export type OfferingsPageDto = z.infer<typeof offeringsPageDto>;

/** Add a section: capacity and minimum default to those of the kind's first section (else the settings' sizes). */
export const addSectionBody = z.object({ kind: z.enum(SECTION_KINDS), capacity: seats.optional(), minSize: z.number().int().min(0).max(1000).optional(), teacherId: z.string().uuid().nullable().optional() }).strict();
export type AddSectionBody = z.infer<typeof addSectionBody>;

/** Change a section: only the fields given (no defaults: a PATCH of the teacher leaves the capacity alone). */
export const updateSectionBody = z.object({ teacherId: z.string().uuid().nullable(), capacity: seats, minSize: z.number().int().min(0).max(1000) }).partial().strict();
export type UpdateSectionBody = z.infer<typeof updateSectionBody>;

/** Who may teach a section: members of staff of the discipline's department, or, with a search, anyone on the staff. */
export const teachersQuery = z.object({ q: z.string().trim().max(100).optional() });
export const teacherOptionDto = z.object({ userId: z.string(), fullName: z.string(), unitName: z.string() });
export type TeacherOptionDto = z.infer<typeof teacherOptionDto>;
