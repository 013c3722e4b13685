import { z } from 'zod';
import { pageOf } from '../identity/identity.contracts.ts';
import { PERIOD_KINDS } from '../calendar/calendar.vocabulary.ts';
import { INDIVIDUAL_LINE_KINDS, INDIVIDUAL_LINE_SOURCES, INDIVIDUAL_PLAN_STATUSES, TERMS } from '../curricula/curricula.vocabulary.ts';
import { HOLD_KINDS, type HoldKind } from './registration.hold-kinds.ts';
import { OFFERING_STATUSES, SECTION_KINDS, TEACHING_LANGUAGES, WAITLIST_STATUSES } from './registration.vocabulary.ts';

/** Contracts of the read side of registration: a student's registration of a term, the review queues, the offices' overview (DOMAIN.md §4). */

const year = z.coerce.number().int().min(1990).max(2100);

/** The term to show; when left out, the term whose registration window is open today, else the current one. */
export const registrationTermQuery = z.object({ academicYear: year.optional(), term: z.enum(TERMS).optional() }).strict();
export type RegistrationTermQuery = z.infer<typeof registrationTermQuery>;

const windowDto = z.object({ kind: z.enum(PERIOD_KINDS), startDate: z.string(), endDate: z.string() });

export const viewSectionDto = z.object({
  id: z.string(),
  kind: z.enum(SECTION_KINDS),
  number: z.number(),
  teacherName: z.string().nullable(),
  capacity: z.number(),
  taken: z.number(),
  seatsLeft: z.number(),
  status: z.enum(OFFERING_STATUSES),
  /** the reader's entry in its waitlist, while waiting or offered */
  waitlist: z.object({ id: z.string(), status: z.enum(WAITLIST_STATUSES), position: z.number().nullable(), offerExpiresAt: z.string().nullable() }).nullable(),
});
export type ViewSectionDto = z.infer<typeof viewSectionDto>;

export const viewLineDto = z.object({
  id: z.string(),
  source: z.enum(INDIVIDUAL_LINE_SOURCES),
  kind: z.enum(INDIVIDUAL_LINE_KINDS),
  disciplineId: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  credits: z.number(),
  electiveGroup: z.string().nullable(),
  /** prerequisites not passed yet (code and name) */
  missingPrerequisites: z.array(z.object({ code: z.string(), name: z.string() })),
  /** the offering of the term (in the group's language when there is one), null when none is open */
  offering: z.object({ id: z.string(), language: z.enum(TEACHING_LANGUAGES), isElective: z.boolean(), status: z.enum(OFFERING_STATUSES), rechooseUntil: z.string().nullable(), kinds: z.array(z.enum(SECTION_KINDS)) }).nullable(),
  sections: z.array(viewSectionDto),
  /** the student's places in force, one per kind */
  enrolments: z.array(z.object({ id: z.string(), sectionId: z.string(), kind: z.enum(SECTION_KINDS), number: z.number(), teacherName: z.string().nullable() })),
  /** a chosen elective or a re-study the student may take out */
  isRemovable: z.boolean(),
});
export type ViewLineDto = z.infer<typeof viewLineDto>;

export const viewWaitlistDto = z.object({
  id: z.string(),
  sectionId: z.string(),
  planLineId: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(SECTION_KINDS),
  number: z.number(),
  status: z.enum(WAITLIST_STATUSES),
  position: z.number().nullable(),
  offerExpiresAt: z.string().nullable(),
});

export const tuitionDto = z.object({ funding: z.enum(['grant', 'contract']), credits: z.number(), pricePerCredit: z.number().nullable(), tuition: z.number(), paid: z.number(), isPaid: z.boolean() });
export type TuitionDto = z.infer<typeof tuitionDto>;

/** Why the plan may not be submitted yet: a code (the key of `registration:check.*`) and its message in the reader's words. */
export const planCheckDto = z.object({ code: z.string(), message: z.string() });

export const registrationViewDto = z.object({
  studentId: z.string(),
  studentName: z.string(),
  groupCode: z.string().nullable(),
  academicYear: z.number(),
  term: z.enum(TERMS),
  today: z.string(),
  window: z.object({ isOpen: z.boolean(), current: windowDto.nullable(), next: windowDto.nullable() }),
  holds: z.array(z.object({ id: z.string(), kind: z.enum(HOLD_KINDS as [HoldKind, ...HoldKind[]]), reason: z.string(), since: z.string(), until: z.string().nullable() })),
  plan: z
    .object({
      id: z.string(),
      status: z.enum(INDIVIDUAL_PLAN_STATUSES),
      revision: z.number(),
      needsDeanApproval: z.boolean(),
      history: z.array(z.object({ from: z.enum(INDIVIDUAL_PLAN_STATUSES).nullable(), to: z.enum(INDIVIDUAL_PLAN_STATUSES), at: z.string(), byName: z.string().nullable(), note: z.string().nullable() })),
    })
    .nullable(),
  /** no plan of the year yet, and the reader may derive it */
  canDerive: z.boolean(),
  credits: z.object({ planned: z.number(), min: z.number(), max: z.number() }),
  lines: z.array(viewLineDto),
  /** the term's elective groups with choices left */
  electiveGroups: z.array(z.object({ key: z.string(), choose: z.number(), chosen: z.number(), credits: z.number(), options: z.array(z.object({ disciplineId: z.string(), code: z.string(), name: z.string(), credits: z.number(), isChosen: z.boolean() })) })),
  /** disciplines to study again (latest result F, X, W or a failed credit) not in the plan yet */
  restudyOptions: z.array(z.object({ disciplineId: z.string(), code: z.string(), name: z.string(), letter: z.string() })),
  waitlist: z.array(viewWaitlistDto),
  tuition: tuitionDto.nullable(),
  /** accepted by the registrar and, for a contract student, the term paid */
  isFullyRegistered: z.boolean(),
  /** why submitting would be refused now (empty: it may be submitted) */
  checks: z.array(planCheckDto),
  abilities: z.object({
    canEnrol: z.boolean(),
    canChangeLines: z.boolean(),
    canSubmit: z.boolean(),
    canWithdraw: z.boolean(),
    canApprove: z.boolean(),
    canApproveChange: z.boolean(),
    canAccept: z.boolean(),
    canReturn: z.boolean(),
  }),
});
export type RegistrationViewDto = z.infer<typeof registrationViewDto>;

/** The review steps of the queue, by what the reader does: the advisor approves, the dean's office approves a change, the registrar accepts. */
export const QUEUE_STEPS = ['approve', 'approveChange', 'accept'] as const;
export type QueueStep = (typeof QUEUE_STEPS)[number];

export const queueQuery = z
  .object({
    step: z.enum(QUEUE_STEPS).optional(),
    academicYear: year.optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type QueueQuery = z.infer<typeof queueQuery>;

export const queueItemDto = z.object({
  planId: z.string(),
  studentId: z.string(),
  studentName: z.string(),
  groupCode: z.string().nullable(),
  academicYear: z.number(),
  course: z.number(),
  status: z.enum(INDIVIDUAL_PLAN_STATUSES),
  revision: z.number(),
  needsDeanApproval: z.boolean(),
  credits: z.number(),
  submittedAt: z.string().nullable(),
});
export type QueueItemDto = z.infer<typeof queueItemDto>;

/** `step` is null (and the list empty) for a reader who reviews no step: a curator, a student */
export const queueDto = pageOf(queueItemDto).extend({ step: z.enum(QUEUE_STEPS).nullable(), steps: z.array(z.enum(QUEUE_STEPS)) });
export type QueueDto = z.infer<typeof queueDto>;

export const overviewQuery = z.object({ academicYear: year.optional(), term: z.enum(TERMS).optional(), unitId: z.string().uuid().optional() }).strict();
export type OverviewQuery = z.infer<typeof overviewQuery>;

const counts = z.object({
  students: z.number(),
  none: z.number(),
  draft: z.number(),
  submitted: z.number(),
  advisorApproved: z.number(),
  deanApproved: z.number(),
  accepted: z.number(),
  withHolds: z.number(),
  fullyRegistered: z.number(),
});

export const overviewDto = z.object({
  academicYear: z.number(),
  term: z.enum(TERMS),
  today: z.string(),
  groups: z.array(counts.extend({ groupId: z.string(), groupCode: z.string() })),
  totals: counts,
  canClose: z.boolean(),
});
export type OverviewDto = z.infer<typeof overviewDto>;
