import type { PeriodKind } from '../../calendar/calendar.vocabulary.ts';
import type { IndividualPlanStatus, Term } from '../../curricula/curricula.vocabulary.ts';
import type { Letter } from '../../gradebook/gradebook.vocabulary.ts';

/** The pure rules of credit registration (DOMAIN.md §4, seed 003 §4-5): windows, credit limits, prerequisites, the ИУП flow. */

/** Periods a student registers in: the registration and re-registration windows, and add/drop (changes, with the dean). */
export const REGISTRATION_PERIOD_KINDS: readonly PeriodKind[] = ['registration', 'reRegistration', 'addDrop'];

export interface CalendarPeriodFact {
  kind: PeriodKind;
  termKind: Term | null;
  startDate: string;
  endDate: string;
}

export interface RegistrationWindow {
  term: Term;
  kind: PeriodKind;
  startDate: string;
  endDate: string;
}

/** The windows open on a day (ISO dates compare as strings), registration before re-registration before add/drop. */
export function openWindows(periods: readonly CalendarPeriodFact[], day: string): RegistrationWindow[] {
  return periods
    .filter((p) => p.termKind !== null && REGISTRATION_PERIOD_KINDS.includes(p.kind) && p.startDate <= day && day <= p.endDate)
    .map((p) => ({ term: p.termKind!, kind: p.kind, startDate: p.startDate, endDate: p.endDate }))
    .sort((a, b) => REGISTRATION_PERIOD_KINDS.indexOf(a.kind) - REGISTRATION_PERIOD_KINDS.indexOf(b.kind));
}

/** The window of a term open on a day, if any. */
export function windowFor(periods: readonly CalendarPeriodFact[], day: string, term: Term): RegistrationWindow | undefined {
  return openWindows(periods, day).find((w) => w.term === term);
}

/**
 * The window a student has for a term on a day: the calendar's, else the re-choice the closing of
 * registration gave them when it cancelled an elective of theirs (DOMAIN.md §4: 3 days by
 * `registration.rechooseDays`), open to the last day given, as registration (no dean's approval).
 */
export function studentWindowFor(periods: readonly CalendarPeriodFact[], day: string, term: Term, rechooseUntil: string | null): RegistrationWindow | undefined {
  return windowFor(periods, day, term) ?? (rechooseUntil !== null && day <= rechooseUntil ? { term, kind: 'registration', startDate: day, endDate: rechooseUntil } : undefined);
}

/** The next window of a term that opens after a day (to tell a student when to come back). */
export function nextWindow(periods: readonly CalendarPeriodFact[], day: string, term: Term): RegistrationWindow | undefined {
  return periods
    .filter((p) => p.termKind === term && REGISTRATION_PERIOD_KINDS.includes(p.kind) && p.startDate > day)
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .map((p) => ({ term, kind: p.kind, startDate: p.startDate, endDate: p.endDate }))[0];
}

export interface CreditLimits {
  semesterMin: number;
  semesterMax: number;
  summerMax: number;
}

/** The least and most credits of a term: a semester 22…33 by default, a summer term none…15. */
export function creditRange(term: Term, limits: CreditLimits): { min: number; max: number } {
  return term === 'summer' ? { min: 0, max: limits.summerMax } : { min: limits.semesterMin, max: limits.semesterMax };
}

/** The prerequisites not passed yet, in the order given. */
export function missingPrerequisites(prerequisites: readonly string[], passed: ReadonlySet<string>): string[] {
  return prerequisites.filter((id) => !passed.has(id));
}

/** Marks after which a discipline is studied again, paid and prepaid (DOMAIN.md §4: after F, X, W; a failed credit too). */
const RESTUDY_AFTER: ReadonlySet<Letter> = new Set<Letter>(['F', 'X', 'W', 'fail']);

/** A discipline whose latest result is one of these is re-studied, not retaken. */
export function needsRestudy(latest: Letter | undefined): boolean {
  return latest !== undefined && RESTUDY_AFTER.has(latest);
}

/** Steps of the ИУП flow. */
export type PlanAction = 'submit' | 'approve' | 'approveChange' | 'accept' | 'return' | 'withdraw';

/**
 * The status a step moves an ИУП to, or null when the step does not apply: the student submits a
 * draft; the advisor approves it; a change opened in add/drop waits for the dean's office; the
 * registrar's office accepts. An office returns a plan under review to draft (with a note); the
 * student may withdraw it while only submitted.
 */
export function nextStatus(status: IndividualPlanStatus, action: PlanAction, needsDeanApproval: boolean): IndividualPlanStatus | null {
  switch (action) {
    case 'submit':
      return status === 'draft' ? 'submitted' : null;
    case 'approve':
      return status === 'submitted' ? 'advisorApproved' : null;
    case 'approveChange':
      return status === 'advisorApproved' && needsDeanApproval ? 'deanApproved' : null;
    case 'accept':
      return (status === 'advisorApproved' && !needsDeanApproval) || status === 'deanApproved' ? 'registrarAccepted' : null;
    case 'return':
      return status === 'submitted' || status === 'advisorApproved' || status === 'deanApproved' ? 'draft' : null;
    case 'withdraw':
      return status === 'submitted' ? 'draft' : null;
  }
}

/** The ИУП may change (seats taken or left, electives chosen) only as a draft; an accepted one reopens as a new revision. */
export function isEditable(status: IndividualPlanStatus): 'yes' | 'reopen' | 'underReview' {
  if (status === 'draft') return 'yes';
  if (status === 'registrarAccepted') return 'reopen';
  return 'underReview';
}
