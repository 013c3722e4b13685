import { dayInZone } from '../../../shared/calendar-day.ts';
import type { Term } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import type { IndividualPlanStatus } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import { isPassed } from '../../../shared/modules/gradebook/rules/grading-scale.ts';
import { isEditable, nextWindow, studentWindowFor, type RegistrationWindow } from '../../../shared/modules/registration/rules/registration.ts';
import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { translate } from '../../platform/i18n/translate.ts';
import type { Lang } from '../../../shared/i18n/languages.ts';
import { activeHolds } from './registration.holds.service.ts';
import * as repo from './registration.enrolment.repository.ts';

/** The checks every registration step shares (DOMAIN.md §4): standing, the window, holds, prerequisites, and whether the plan may change. */

/** dd.mm.yyyy, as a refusal shows a day */
export const dayText = (day: string) => day.split('-').reverse().join('.');
/** dd.mm.yyyy HH:mm in the university's zone, as a refusal shows a moment */
export function momentText(at: Date, timeZone: string): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return `${dayText(dayInZone(at, timeZone))} ${time}`;
}
export const termName = (lang: Lang, term: Term) => translate(lang, `calendar:termKind.${term}`);
export const nameIn = (lang: Lang, d: { code: string; nameRu: string; nameKy: string; nameEn: string }) => `${d.code} ${lang === 'ky' ? d.nameKy : lang === 'en' ? d.nameEn : d.nameRu}`;
export const sectionName = (lang: Lang, s: { kind: 'lecture' | 'practice' | 'lab'; number: number }) => translate(lang, 'registration:sectionName', { kind: translate(lang, `registration:sectionKind.${s.kind}`), number: s.number });

export type Standing = NonNullable<Awaited<ReturnType<typeof repo.studentOn>>>;

/** The student's standing on a day, refused unless studying (on leave: its own reason). */
export async function activeStanding(db: Executor, lang: Lang, studentId: string, day: string, student: string): Promise<Standing> {
  return studying(await repo.studentOn(db, studentId, day), student);
}

/** The same, of a standing already read. */
export function studying<T extends { status: Standing['status'] }>(standing: T | undefined, student: string): T {
  if (!standing) throw new AppError('STUDENT_NOT_FOUND');
  if (standing.status === 'onLeave') throw new AppError('STUDENT_ON_LEAVE', { student });
  if (standing.status !== 'active') throw new AppError('STUDENT_NOT_ACTIVE', { student });
  return standing;
}

/** The term's window open today, or the refusal naming when the next one opens. */
export async function openWindow(db: Executor, lang: Lang, academicYear: number, term: Term, day: string, studentId: string): Promise<RegistrationWindow> {
  return windowIn(lang, await repo.periodsOfYear(db, academicYear), term, day, await repo.rechooseUntil(db, studentId, academicYear, term));
}

/** The same, of a year's periods (and the student's re-choice, if any) already read. */
export function windowIn(lang: Lang, periods: readonly repo.PeriodFact[], term: Term, day: string, rechooseUntil: string | null): RegistrationWindow {
  const window = studentWindowFor(periods, day, term, rechooseUntil);
  if (window) return window;
  const next = nextWindow(periods, day, term);
  const nextText = next ? translate(lang, 'registration:window.nextOpens', { date: dayText(next.startDate), kind: translate(lang, `calendar:periodKind.${next.kind}`) }) : '';
  throw new AppError('REGISTRATION_WINDOW_CLOSED', { term: termName(lang, term), next: nextText });
}

/** Refuses while any hold is in force, naming each kind and reason. */
export async function noHolds(ctx: { db: Executor; lang: Lang }, studentId: string, day: string): Promise<void> {
  refuseHolds(ctx.lang, await activeHolds(ctx, studentId, day));
}

/** The same, of the holds in force already read. */
export function refuseHolds(lang: Lang, holds: readonly repo.HoldFact[]): void {
  if (holds.length === 0) return;
  const text = holds.map((h) => `${translate(lang, `registration:kind.${h.kind}`)} (${h.reason})`).join('; ');
  throw new AppError('REGISTRATION_HOLD', { holds: text }, { kinds: holds.map((h) => h.kind) });
}

/**
 * Refuses a discipline whose prerequisites are not all passed with D or better. A prerequisite the
 * student's plan places in an earlier term of the same year counts while it is being studied: spring
 * registration runs before the autumn exams (seed 003 §4.3, 30 days before the term ends).
 */
export async function prerequisitesPassed(
  db: Executor,
  lang: Lang,
  plan: { id: string; studentId: string },
  term: Term,
  discipline: { id: string; code: string; nameRu: string; nameKy: string; nameEn: string },
  prerequisites?: repo.PrerequisiteFact[],
): Promise<void> {
  const required = prerequisites ?? (await repo.prerequisitesOf(db, discipline.id));
  const failing = (await repo.prerequisiteLetters(db, plan.studentId, required)).filter((p) => p.letter === undefined || !isPassed(p.letter));
  const studying = await repo.plannedBefore(db, plan.id, term, failing.filter((p) => p.letter === undefined).map((p) => p.id));
  const missing = failing.filter((p) => !studying.has(p.id));
  if (missing.length) throw new AppError('PREREQUISITES_NOT_PASSED', { discipline: nameIn(lang, discipline), missing: missing.map((m) => m.code).join(', ') }, { missing: missing.map((m) => m.id) });
}

/**
 * Makes a locked plan editable: a draft is; an accepted plan reopens as a new revision (opened in
 * add/drop, it will need the dean's office); a plan under review is refused naming who has it.
 */
export async function editablePlan(tx: Executor, ctx: ServiceContext, plan: repo.PlanRow, window: RegistrationWindow): Promise<repo.PlanRow> {
  const state = isEditable(plan.status);
  if (state === 'yes') return plan;
  if (state === 'underReview') throw new AppError('PLAN_UNDER_REVIEW', { reviewer: translate(ctx.lang, `registration:reviewer.${plan.status as Exclude<IndividualPlanStatus, 'draft' | 'registrarAccepted'>}`) });
  return repo.setPlanStatus(tx, plan, 'draft', { revision: plan.revision + 1, needsDeanApproval: window.kind === 'addDrop' }, { by: ctx.actor.userId, at: ctx.now, note: null });
}
