import { z } from 'zod';

/** Units of the academic structure: university → faculties → departments → groups. */
export const UNIT_KINDS = ['university', 'faculty', 'department', 'group'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** What a faculty-level unit calls itself (seed 001: faculties, institutes, colleges). */
export const FACULTY_SUBTYPES = ['faculty', 'institute', 'college'] as const;
export type FacultySubtype = (typeof FACULTY_SUBTYPES)[number];

/** The kinds edited on the structure page (the university is a setting, groups have their own page). */
export const EDITABLE_UNIT_KINDS = ['faculty', 'department'] as const;

export const unitDto = z.object({
  id: z.string(),
  kind: z.enum(UNIT_KINDS),
  parentId: z.string().nullable(),
  code: z.string(),
  name: z.object({ ru: z.string(), ky: z.string(), en: z.string() }),
  subtype: z.enum(FACULTY_SUBTYPES).nullable(),
  /** closed units stay for history, flagged; they take no new groups or programs */
  isClosed: z.boolean(),
  closedAt: z.string().nullable(),
});
export type UnitDto = z.infer<typeof unitDto>;

const name = z.string().trim().min(1).max(300);
const unitFields = {
  code: z.string().trim().min(1).max(20).regex(/^[\p{L}\p{N}.\-_/]+$/u),
  nameRu: name,
  nameKy: name,
  nameEn: name,
  parentId: z.string().uuid(),
  subtype: z.enum(FACULTY_SUBTYPES).nullable().optional(),
};

export const createUnitBody = z.object({ kind: z.enum(EDITABLE_UNIT_KINDS), ...unitFields }).strict();
export type CreateUnitBody = z.infer<typeof createUnitBody>;

export const updateUnitBody = z.object(unitFields).partial().strict();
export type UpdateUnitBody = z.infer<typeof updateUnitBody>;
