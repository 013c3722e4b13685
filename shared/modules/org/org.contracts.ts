import { z } from 'zod';

/** Units of the academic structure: university → faculties → departments → groups. */
export const UNIT_KINDS = ['university', 'faculty', 'department', 'group'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const unitDto = z.object({
  id: z.string(),
  kind: z.enum(UNIT_KINDS),
  parentId: z.string().nullable(),
  code: z.string(),
  name: z.object({ ru: z.string(), ky: z.string(), en: z.string() }),
});
export type UnitDto = z.infer<typeof unitDto>;
