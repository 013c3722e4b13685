import { z } from 'zod';
import { CONTROL_FORMS, DISCIPLINE_KINDS, HOUR_KINDS } from './curricula.vocabulary.ts';

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
