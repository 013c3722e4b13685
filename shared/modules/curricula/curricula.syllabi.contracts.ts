import { z } from 'zod';
import { TERM_KINDS } from '../calendar/calendar.vocabulary.ts';

/** Contracts of syllabus / teaching kit (УМКД) uploads: the list with each year's deadline, and the upload's form fields. */

export const syllabusParams = z.object({ id: z.string().uuid(), syllabusId: z.string().uuid() });

/** When uploads for an academic year close: N working days before the term it is taught in (null: the calendar lacks that term). */
export const syllabusWindowDto = z.object({
  academicYear: z.string(),
  term: z.enum(TERM_KINDS),
  termStart: z.string().nullable(),
  deadline: z.string().nullable(),
  open: z.boolean(),
});
export type SyllabusWindowDto = z.infer<typeof syllabusWindowDto>;

export const syllabusDto = syllabusWindowDto.extend({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
  uploadedBy: z.object({ id: z.string(), name: z.string() }),
  /** the latest upload of its year: the one everyone downloads */
  isCurrent: z.boolean(),
});
export type SyllabusDto = z.infer<typeof syllabusDto>;

export const syllabiDto = z.object({
  items: z.array(syllabusDto),
  /** the years one may upload for now: the current academic year and the next */
  windows: z.array(syllabusWindowDto),
  canManage: z.boolean(),
  maxKb: z.number(),
});
export type SyllabiDto = z.infer<typeof syllabiDto>;
