import { z } from 'zod';
import { ATTESTATION_FORMS, COMPONENTS, CONTROL_FORMS, CYCLES, DISCIPLINE_KINDS, GROUP_KINDS, HOUR_KINDS, PLAN_KINDS, PLAN_STATUSES, PRACTICE_KINDS, TRACKS } from './curricula.vocabulary.ts';

/** Contracts of the discipline catalog (DOMAIN.md §3): what a department enters and what everyone reads. */

const text = (max: number) => z.string().trim().min(1).max(max);
const description = z.string().trim().max(5000);
const hours = z.number().int().min(0).max(2000);

const hoursShape = z.object(Object.fromEntries(HOUR_KINDS.map((k) => [k, hours])) as Record<(typeof HOUR_KINDS)[number], typeof hours>).strict();

/** The fields of a discipline, none defaulted: a change names only what changes. */
const disciplineFields = {
  code: z.string().trim().min(2).max(30).regex(/^[\p{L}\p{N}.\-/ ]+$/u),
  nameRu: text(300),
  nameKy: text(300),
  nameEn: text(300),
  descriptionRu: description,
  descriptionKy: description,
  descriptionEn: description,
  departmentId: z.string().uuid(),
  kind: z.enum(DISCIPLINE_KINDS),
  credits: z.number().min(0).max(60),
  hours: hoursShape,
  controlForm: z.enum(CONTROL_FORMS),
  languages: z.array(z.enum(['ru', 'ky', 'en'])).min(1).max(3),
  /** in the catalog of electives (КЭД) that students browse */
  isElective: z.boolean(),
  /** codes of the disciplines to pass first */
  prerequisites: z.array(z.string().trim().min(1).max(30)).max(30),
};

export const disciplineBody = z
  .object({
    ...disciplineFields,
    descriptionRu: description.default(''),
    descriptionKy: description.default(''),
    descriptionEn: description.default(''),
    kind: disciplineFields.kind.default('regular'),
    isElective: disciplineFields.isElective.default(false),
    prerequisites: disciplineFields.prerequisites.default([]),
  })
  .strict();
export type DisciplineBody = z.input<typeof disciplineBody>;

/** A change: only the fields sent change (no defaults fill the rest in). */
export const disciplineUpdateBody = z.object(disciplineFields).partial().strict();
export type DisciplineUpdateBody = z.input<typeof disciplineUpdateBody>;

export const disciplineDto = z.object({
  id: z.string(),
  code: z.string(),
  name: z.object({ ru: z.string(), ky: z.string(), en: z.string() }),
  description: z.object({ ru: z.string(), ky: z.string(), en: z.string() }),
  departmentId: z.string(),
  departmentName: z.string(),
  kind: z.enum(DISCIPLINE_KINDS),
  credits: z.number(),
  hours: z.record(z.string(), z.number()),
  controlForm: z.enum(CONTROL_FORMS),
  languages: z.array(z.string()),
  isElective: z.boolean(),
  prerequisites: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
  /** what the reader may do with it */
  canManage: z.boolean(),
});
export type DisciplineDto = z.infer<typeof disciplineDto>;

export const listDisciplinesQuery = z.object({
  q: z.string().trim().max(100).optional(),
  departmentId: z.string().uuid().optional(),
  isElective: z.enum(['true', 'false']).optional(),
  language: z.enum(['ru', 'ky', 'en']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListDisciplinesQuery = z.infer<typeof listDisciplinesQuery>;

// ——— study plans ———

const semester = z.number().int().min(1).max(16);

export const planLineInput = z
  .object({
    disciplineId: z.string().uuid(),
    semester,
    groupKind: z.enum(GROUP_KINDS),
    electiveGroup: z.string().trim().min(1).max(30).nullable().optional(),
    cycle: z.enum(CYCLES),
    component: z.enum(COMPONENTS),
    /** Major or Minor (seed 003 §1.5.5); left out: major (no default here: the line's fields are reused in the DTO) */
    track: z.enum(TRACKS).optional(),
    /** midterm controls; left out: one for a discipline of up to 2 credits, two above */
    midterms: z.number().int().min(0).max(3).optional(),
  })
  .strict();

/** One form of the final attestation with its credits (all in the last semester). */
export const attestationPartInput = z.object({ form: z.enum(ATTESTATION_FORMS), credits: z.number().int().min(0).max(60) }).strict();

export const planContentBody = z
  .object({
    semesters: semester,
    /** the final attestation's forms with their credits; the plan's `attestationCredits` is their sum */
    attestation: z.array(attestationPartInput).max(8).optional(),
    /** the attestation's credits alone (a caller that does not name the forms); with `attestation`, it must be their sum; neither: 0 */
    attestationCredits: z.number().int().min(0).max(60).optional(),
    lines: z.array(planLineInput).max(400),
    electiveGroups: z.array(z.object({ key: z.string().trim().min(1).max(30), choose: z.number().int().min(0).max(20) }).strict()).max(100),
    practices: z.array(z.object({ kind: z.enum(PRACTICE_KINDS), credits: z.number().int().min(0).max(60), semester }).strict()).max(50),
  })
  .strict()
  .refine((b) => b.attestation === undefined || b.attestationCredits === undefined || b.attestationCredits === b.attestation.reduce((sum, p) => sum + p.credits, 0), {
    path: ['attestationCredits'],
    message: 'attestationCredits must be the sum of the attestation forms’ credits',
  });
export type PlanContentBody = z.infer<typeof planContentBody>;

export const createPlanBody = z
  .object({
    programId: z.string().uuid(),
    kind: z.enum(PLAN_KINDS),
    /** the admission year of a working plan */
    admissionYear: z.number().int().min(1990).max(2100).nullable().optional(),
    semesters: semester.optional(),
  })
  .strict();
export type CreatePlanBody = z.infer<typeof createPlanBody>;

export const copyPlanBody = z.object({ admissionYear: z.number().int().min(1990).max(2100) }).strict();

export const findingDto = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  where: z.object({ discipline: z.string().optional(), group: z.string().optional(), semester: z.number().optional(), year: z.number().optional() }),
  message: z.string(),
});
export type FindingDto = z.infer<typeof findingDto>;

export const planLineDto = planLineInput.extend({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  electiveGroup: z.string().nullable(),
  midterms: z.number(),
  credits: z.number(),
  hours: z.record(z.string(), z.number()),
  controlForm: z.enum(CONTROL_FORMS),
  prerequisites: z.array(z.string()),
  track: z.enum(TRACKS),
  /** classroom (lecture, practice, lab) and supervised (СРСП) hours a week, over the setting's teaching weeks of a semester */
  weeklyHours: z.object({ classroom: z.number(), supervised: z.number() }),
});
export type PlanLineDto = z.infer<typeof planLineDto>;

export const planDto = z.object({
  id: z.string(),
  programId: z.string(),
  programCode: z.string(),
  programName: z.string(),
  level: z.string(),
  kind: z.enum(PLAN_KINDS),
  admissionYear: z.number().nullable(),
  version: z.number(),
  status: z.enum(PLAN_STATUSES),
  semesters: z.number(),
  /** the final attestation's credits (the sum of its forms', or as saved without forms), in the last semester */
  attestationCredits: z.number(),
  /** the final attestation's forms with their credits */
  attestation: z.array(z.object({ form: z.enum(ATTESTATION_FORMS), credits: z.number() })),
  /** teaching weeks of a semester (setting `curricula.teachingWeeksPerSemester`), which weekly hours are counted over */
  teachingWeeks: z.number(),
  basedOnId: z.string().nullable(),
  approvedAt: z.string().nullable(),
  lines: z.array(planLineDto),
  electiveGroups: z.array(z.object({ key: z.string(), choose: z.number() })),
  practices: z.array(z.object({ kind: z.enum(PRACTICE_KINDS), credits: z.number(), semester: z.number() })),
  semesterCredits: z.array(z.number()),
  totalCredits: z.number(),
  findings: z.array(findingDto),
  canManage: z.boolean(),
  canApprove: z.boolean(),
});
export type PlanDto = z.infer<typeof planDto>;

export const planSummaryDto = planDto.pick({ id: true, programId: true, programCode: true, programName: true, kind: true, admissionYear: true, version: true, status: true, semesters: true, approvedAt: true });
export type PlanSummaryDto = z.infer<typeof planSummaryDto>;

export const listPlansQuery = z.object({ programId: z.string().uuid().optional(), kind: z.enum(PLAN_KINDS).optional(), status: z.enum(PLAN_STATUSES).optional() });

// ——— a plan imported from XLSX ———

/** What one cell (or the file as a whole: row 0) of an imported plan is refused for, in the user's language. */
export const planImportErrorDto = z.object({ row: z.number(), column: z.string().optional(), sheet: z.string().optional(), code: z.string(), message: z.string() });
export type PlanImportErrorDto = z.infer<typeof planImportErrorDto>;

/** The answer of an import (and the `details` of its 422 refusal): whether it was saved, the lines read, the refusals, the plan's findings. */
export const planImportResultDto = z.object({ applied: z.boolean(), lines: z.number(), errors: z.array(planImportErrorDto), findings: z.array(findingDto) });
export type PlanImportResultDto = z.infer<typeof planImportResultDto>;
