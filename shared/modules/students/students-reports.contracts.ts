import { z } from 'zod';
import { CONTINGENT_DIMENSIONS } from './rules/contingent.ts';
import { STUDENT_STATUSES } from './students.vocabulary.ts';

/** Contracts of the contingent report: the query (date, dimensions, filters) and its answer. */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const listOf = (values: readonly string[]) => new RegExp(`^(${values.join('|')})(,(${values.join('|')}))*$`);

export const contingentQuery = z.object({
  date: isoDate.optional(),
  /** row dimensions, comma-separated, in order (none: one row of totals) */
  rows: z.string().regex(listOf(CONTINGENT_DIMENSIONS)).optional(),
  /** the column dimension, if any */
  columns: z.enum(CONTINGENT_DIMENSIONS).optional(),
  facultyId: z.string().uuid().optional(),
  programId: z.string().uuid().optional(),
  /** which standings count, comma-separated; by default those studying and those on leave */
  statuses: z.string().regex(listOf(STUDENT_STATUSES)).optional(),
});
export type ContingentQuery = z.infer<typeof contingentQuery>;

const distributionDto = z.array(z.object({ key: z.string(), count: z.number().int() }));

export const contingentReportDto = z.object({
  date: z.string(),
  rowDimensions: z.array(z.enum(CONTINGENT_DIMENSIONS)),
  columnDimension: z.enum(CONTINGENT_DIMENSIONS).nullable(),
  statuses: z.array(z.enum(STUDENT_STATUSES)),
  columnKeys: z.array(z.string()),
  rows: z.array(z.object({ key: z.array(z.string()), cells: z.array(z.number().int()), total: z.number().int() })),
  columnTotals: z.array(z.number().int()),
  total: z.number().int(),
  /** names of the faculties and programs the keys name, in the reader's language */
  labels: z.record(z.string(), z.string()),
  distributions: z.object({ course: distributionDto, age: distributionDto, nationality: distributionDto, gender: distributionDto }),
});
export type ContingentReportDto = z.infer<typeof contingentReportDto>;
