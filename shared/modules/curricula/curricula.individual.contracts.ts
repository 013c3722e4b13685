import { z } from 'zod';
import { CONTROL_FORMS, GROUP_KINDS, INDIVIDUAL_LINE_KINDS, INDIVIDUAL_LINE_SOURCES, INDIVIDUAL_PLAN_STATUSES, PRACTICE_KINDS, TERMS } from './curricula.vocabulary.ts';

/** Contracts of the individual study plan (ИУП, DOMAIN.md §4, seed 003 §4): one per student and academic year. */

/** The academic year by the calendar year it starts in: 2026 is 2026/27. */
export const academicYear = z.number().int().min(1990).max(2100);

export const deriveIndividualPlanBody = z.object({ academicYear }).strict();
export type DeriveIndividualPlanBody = z.infer<typeof deriveIndividualPlanBody>;

export const individualPlanLineDto = z.object({
  id: z.string(),
  source: z.enum(INDIVIDUAL_LINE_SOURCES),
  kind: z.enum(INDIVIDUAL_LINE_KINDS),
  semester: z.number(),
  term: z.enum(TERMS),
  disciplineId: z.string().nullable(),
  /** the discipline's code, the practice's kind, or "attestation" */
  code: z.string(),
  name: z.string(),
  practiceKind: z.enum(PRACTICE_KINDS).nullable(),
  groupKind: z.enum(GROUP_KINDS).nullable(),
  electiveGroup: z.string().nullable(),
  credits: z.number(),
  controlForm: z.enum(CONTROL_FORMS).nullable(),
});
export type IndividualPlanLineDto = z.infer<typeof individualPlanLineDto>;

/** An elective group of the year's semesters: how many the student chooses, how many are chosen, and what is offered. */
export const individualElectiveGroupDto = z.object({
  key: z.string(),
  semester: z.number(),
  term: z.enum(TERMS),
  choose: z.number(),
  chosen: z.number(),
  /** credits of one discipline of the group */
  credits: z.number(),
  options: z.array(z.object({ disciplineId: z.string(), planLineId: z.string(), code: z.string(), name: z.string(), credits: z.number(), languages: z.array(z.string()), isChosen: z.boolean() })),
});
export type IndividualElectiveGroupDto = z.infer<typeof individualElectiveGroupDto>;

export const individualStatusChangeDto = z.object({
  from: z.enum(INDIVIDUAL_PLAN_STATUSES).nullable(),
  to: z.enum(INDIVIDUAL_PLAN_STATUSES),
  at: z.string(),
  byName: z.string().nullable(),
  note: z.string().nullable(),
});

const step = z.object({ at: z.string(), byName: z.string().nullable() }).nullable();

export const individualPlanSummaryDto = z.object({
  id: z.string(),
  studentId: z.string(),
  academicYear: z.number(),
  course: z.number(),
  programId: z.string(),
  programCode: z.string(),
  programName: z.string(),
  workingPlanId: z.string(),
  admissionYear: z.number(),
  workingPlanVersion: z.number(),
  status: z.enum(INDIVIDUAL_PLAN_STATUSES),
  /** credits of the lines placed so far */
  credits: z.number(),
  createdAt: z.string(),
});
export type IndividualPlanSummaryDto = z.infer<typeof individualPlanSummaryDto>;

export const individualPlanDto = individualPlanSummaryDto.extend({
  studentName: z.string(),
  lines: z.array(individualPlanLineDto),
  electiveGroups: z.array(individualElectiveGroupDto),
  /** per semester of the year: the working plan's credits, the credits placed, and what is still to choose */
  semesters: z.array(z.object({ semester: z.number(), term: z.enum(TERMS), planCredits: z.number(), credits: z.number(), toChoose: z.number() })),
  /** the working plan's credits of the year's semesters */
  planCredits: z.number(),
  /** elective credits not chosen yet */
  toChoose: z.number(),
  submitted: step,
  advisorApproved: step,
  /** an add/drop change: the dean's office approved it */
  deanApproved: step,
  registrarAccepted: step,
  /** 0 until first accepted; each change after acceptance is a new revision */
  revision: z.number(),
  /** the revision was opened in add/drop and waits for the dean's office after the advisor */
  needsDeanApproval: z.boolean(),
  history: z.array(individualStatusChangeDto),
});
export type IndividualPlanDto = z.infer<typeof individualPlanDto>;
