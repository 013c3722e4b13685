import { z } from 'zod';
import { HOLD_KINDS, type HoldKind } from './registration.hold-kinds.ts';

/** Contracts of the registration module: holds on a student (блокировки регистрации). */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const holdKindSchema = z.enum(HOLD_KINDS as [HoldKind, ...HoldKind[]]);

export const createHoldBody = z
  .object({
    kind: holdKindSchema,
    reason: z.string().trim().min(1).max(1000),
    /** the first day in force; today (the university's day) when left out */
    since: isoDate.optional(),
    /** the last day in force (inclusive); open-ended when left out */
    until: isoDate.nullable().optional(),
  })
  .strict();
export type CreateHoldBody = z.infer<typeof createHoldBody>;

export const liftHoldBody = z.object({ note: z.string().trim().min(1).max(1000) }).strict();
export type LiftHoldBody = z.infer<typeof liftHoldBody>;

const person = z.object({ userId: z.string(), fullName: z.string() });

export const holdDto = z.object({
  id: z.string(),
  studentId: z.string(),
  kind: holdKindSchema,
  reason: z.string(),
  since: z.string(),
  until: z.string().nullable(),
  setBy: person,
  setAt: z.string(),
  lifted: z.object({ by: person, at: z.string(), on: z.string(), note: z.string() }).nullable(),
  /** in force today (the university's day) */
  isActive: z.boolean(),
  /** the reader may lift it (the web only hides the button; the server decides) */
  canLift: z.boolean(),
});
export type HoldDto = z.infer<typeof holdDto>;

export const studentHoldsDto = z.object({
  studentId: z.string(),
  /** today, the day `isActive` is counted on */
  today: z.string(),
  /** active holds first, then the rest, newest first */
  items: z.array(holdDto),
  /** the kinds the reader may set on this student */
  canSet: z.array(holdKindSchema),
});
export type StudentHoldsDto = z.infer<typeof studentHoldsDto>;
