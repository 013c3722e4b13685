import { z } from 'zod';
import { LETTERS, RESULT_SOURCES, TERMS } from './gradebook.vocabulary.ts';

/** Contracts of the gradebook module: a student's final results per discipline and term. */

export const finalResultDto = z.object({
  id: z.string(),
  disciplineId: z.string(),
  disciplineCode: z.string(),
  disciplineName: z.string(),
  credits: z.number(),
  academicYear: z.string(),
  term: z.enum(TERMS),
  points: z.number().nullable(),
  letter: z.enum(LETTERS),
  gradePoint: z.number().nullable(),
  /** the traditional mark beside the letter: 5 отлично … 2 неудовлетворительно; null for special marks and credits */
  fivePoint: z.number().nullable(),
  attempt: z.number(),
  /** the newest attempt of its discipline: the one that counts */
  isLatest: z.boolean(),
  isPassed: z.boolean(),
  source: z.enum(RESULT_SOURCES),
  recordedBy: z.object({ userId: z.string(), fullName: z.string() }),
  recordedAt: z.string(),
});
export type FinalResultDto = z.infer<typeof finalResultDto>;

export const studentResultsDto = z.object({
  studentId: z.string(),
  /** every attempt, in the order of study (year, term, discipline code, attempt) */
  items: z.array(finalResultDto),
  /** disciplines whose newest attempt is passed (D or better, or a passed credit) */
  passedDisciplineIds: z.array(z.string()),
});
export type StudentResultsDto = z.infer<typeof studentResultsDto>;
