import { z } from 'zod';
import { TERMS } from '../curricula/curricula.vocabulary.ts';
import { ENROLMENT_STATUSES, SECTION_KINDS, WAITLIST_STATUSES } from './registration.vocabulary.ts';

/** Contracts of enrolment in sections, waitlists and the ИУП flow (DOMAIN.md §4). */

/** Take a place in a section for a line of the student's ИУП; when the section is full, `waitlist: true` joins its waitlist instead of refusing. */
export const enrolBody = z.object({ planLineId: z.string().uuid(), sectionId: z.string().uuid(), waitlist: z.boolean().optional() }).strict();
export type EnrolBody = z.infer<typeof enrolBody>;

/** Add a line to the ИУП: an elective of the working plan (its term from the plan), or a re-study of a discipline (in a term). */
export const addPlanLineBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('elective'), disciplineId: z.string().uuid() }).strict(),
  z.object({ kind: z.literal('restudy'), disciplineId: z.string().uuid(), term: z.enum(TERMS) }).strict(),
]);
export type AddPlanLineBody = z.infer<typeof addPlanLineBody>;

/** A step of the flow; a return names its reason. */
export const planStepBody = z.object({ note: z.string().trim().min(1).max(1000).optional() }).strict();
export const returnPlanBody = z.object({ note: z.string().trim().min(1).max(1000) }).strict();
export type PlanStepBody = z.infer<typeof planStepBody>;

export const closeTermBody = z.object({ academicYear: z.number().int().min(1990).max(2100), term: z.enum(TERMS) }).strict();
export type CloseTermBody = z.infer<typeof closeTermBody>;

export const enrolmentDto = z.object({
  id: z.string(),
  studentId: z.string(),
  planLineId: z.string(),
  offeringId: z.string(),
  sectionId: z.string(),
  kind: z.enum(SECTION_KINDS),
  sectionNumber: z.number(),
  status: z.enum(ENROLMENT_STATUSES),
  enrolledAt: z.string(),
});
export type EnrolmentDto = z.infer<typeof enrolmentDto>;

export const waitlistEntryDto = z.object({
  id: z.string(),
  studentId: z.string(),
  sectionId: z.string(),
  planLineId: z.string(),
  status: z.enum(WAITLIST_STATUSES),
  /** 1 = next in line (while waiting) */
  position: z.number().nullable(),
  createdAt: z.string(),
  offerExpiresAt: z.string().nullable(),
});
export type WaitlistEntryDto = z.infer<typeof waitlistEntryDto>;

/** What an enrolment request did: took a seat, or (asked to) joined the waitlist of a full section. */
export const enrolResultDto = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('enrolled'), enrolment: enrolmentDto }),
  z.object({ outcome: z.literal('waitlisted'), entry: waitlistEntryDto }),
]);
export type EnrolResultDto = z.infer<typeof enrolResultDto>;

/** What closing a term's registration did: electives cancelled under their minimum, and extra sections proposed over the maximum. */
export const closeTermDto = z.object({
  academicYear: z.number(),
  term: z.enum(TERMS),
  cancelled: z.array(z.object({ offeringId: z.string(), discipline: z.string(), students: z.number(), minimum: z.number(), rechooseUntil: z.string() })),
  proposals: z.array(z.object({ offeringId: z.string(), discipline: z.string(), kind: z.enum(SECTION_KINDS), enrolled: z.number(), waiting: z.number(), capacity: z.number(), suggestedCapacity: z.number() })),
});
export type CloseTermDto = z.infer<typeof closeTermDto>;
