import { can, type AccessTarget } from '../../../shared/access/can.ts';
import type { Term } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import { semestersOfCourse, termOfSemester } from '../../../shared/modules/curricula/rules/individual-plan.ts';
import { creditRange, isEditable, needsRestudy, nextStatus, nextWindow, openWindows, studentWindowFor } from '../../../shared/modules/registration/rules/registration.ts';
import type { RegistrationTermQuery, RegistrationViewDto, TuitionDto } from '../../../shared/modules/registration/registration.view.contracts.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { readSettings, universityToday } from '../../platform/settings/settings.service.ts';
import type { Executor } from '../../platform/db/client.ts';
import { tuitionStatus } from '../finance/index.ts';
import { findStudentTarget } from '../students/index.ts';
import { viewChecks } from './registration.view.checks.ts';
import { buildLines, nameIn, type LineInput } from './registration.view.lines.ts';
import { activeHolds } from './registration.holds.service.ts';
import * as enrolRepo from './registration.enrolment.repository.ts';
import * as repo from './registration.view.repository.ts';

/**
 * A student's registration of one term, as the student, their parent and the offices that guide them
 * see it: window, holds, the ИУП's lines with offerings, sections and seats, electives, waitlist,
 * tuition, and what the reader may do. A fixed number of queries, whatever the number of lines.
 */


/** The calendar year an academic year starts in, for a day no calendar year covers (September to August). */
const yearOfDay = (day: string) => (Number(day.slice(5, 7)) >= 9 ? Number(day.slice(0, 4)) : Number(day.slice(0, 4)) - 1);

/** The term asked, else the one whose window is open today, else the one under way, else the next of the year, else autumn. */
export async function resolveTerm(db: Executor, query: RegistrationTermQuery, today: string) {
  const rows = await repo.yearWithTermsOn(db, today);
  const academicYear = query.academicYear ?? rows[0]?.startYear ?? yearOfDay(today);
  const periods = await enrolRepo.periodsOfYear(db, academicYear);
  if (query.term) return { academicYear, term: query.term, periods };
  const terms = rows[0]?.startYear === academicYear ? rows.filter((r) => r.kind !== null) : [];
  const term: Term =
    openWindows(periods, today)[0]?.term ??
    terms.find((r) => r.startDate! <= today && today <= r.endDate!)?.kind ??
    terms.filter((r) => r.startDate! > today).sort((a, b) => a.startDate!.localeCompare(b.startDate!))[0]?.kind ??
    'autumn';
  return { academicYear, term, periods };
}

async function readerTarget(ctx: ServiceContext, studentId: string): Promise<AccessTarget> {
  const found = await findStudentTarget(ctx.db, studentId);
  if (!found) throw new AppError('STUDENT_NOT_FOUND');
  if (!can(ctx.actor, 'registration.enrolment.read', found.target)) throw new AppError('FORBIDDEN');
  return found.target;
}

/** What the reader may do with the plan now, by permission, scope and the plan's status (the mutations check again). */
function abilitiesOf(ctx: ServiceContext, target: AccessTarget, plan: repo.PlanStatusRow | undefined, mayChange: boolean): RegistrationViewDto['abilities'] {
  const may = (p: Parameters<typeof can>[1]) => can(ctx.actor, p, target);
  const step = (action: Parameters<typeof nextStatus>[1]) => plan !== undefined && nextStatus(plan.status, action, plan.needsDeanApproval) !== null;
  const canApprove = may('registration.plan.approve') && step('approve');
  const canApproveChange = may('registration.plan.approveChange') && step('approveChange');
  const canAccept = may('registration.plan.accept') && step('accept');
  return {
    canEnrol: mayChange && may('registration.enrolment.manage'),
    canChangeLines: mayChange && may('registration.enrolment.manage'),
    canSubmit: may('registration.plan.submit') && step('submit'),
    canWithdraw: may('registration.plan.submit') && step('withdraw'),
    canApprove,
    canApproveChange,
    canAccept,
    canReturn: canApprove || canApproveChange || canAccept,
  };
}

/** The tuition of the term (finance's `tuitionStatus`); none for a student with no placement that term. */
export async function tuitionOf(db: Executor, input: { studentId: string; academicYear: number; term: Term }): Promise<TuitionDto | null> {
  try {
    return await tuitionStatus(db, input);
  } catch (err) {
    if (err instanceof AppError && err.code === 'TUITION_NO_PLACEMENT') return null;
    throw err;
  }
}

async function electiveGroupsOf(ctx: ServiceContext, plan: repo.PlanStatusRow, term: Term, lines: LineInput[]): Promise<RegistrationViewDto['electiveGroups']> {
  const semesters = semestersOfCourse(plan.course, await repo.workingPlanSemesters(ctx.db, plan.workingPlanId)).filter((s) => termOfSemester(s) === term);
  const options = await repo.electiveOptions(ctx.db, plan.workingPlanId, semesters);
  const chosen = new Set(lines.filter((l) => l.line.kind === 'elective').map((l) => l.line.disciplineId));
  const groups = new Map<string, RegistrationViewDto['electiveGroups'][number]>();
  for (const o of options) {
    const key = o.key ?? '';
    const group = groups.get(key) ?? { key, choose: o.choose, chosen: 0, credits: o.credits, options: [] };
    const isChosen = chosen.has(o.disciplineId);
    group.options.push({ disciplineId: o.disciplineId, code: o.code, name: nameIn(ctx.lang, o), credits: o.credits, isChosen });
    if (isChosen) group.chosen += 1;
    groups.set(key, group);
  }
  return [...groups.values()];
}

async function restudyOptionsOf(ctx: ServiceContext, studentId: string, lines: LineInput[]): Promise<RegistrationViewDto['restudyOptions']> {
  const letters = await enrolRepo.latestLetters(ctx.db, studentId);
  const inPlan = new Set(lines.map((l) => l.line.disciplineId));
  const due = [...letters].filter(([id, letter]) => needsRestudy(letter) && !inPlan.has(id));
  const found = await repo.disciplineNames(ctx.db, due.map(([id]) => id));
  return found.map((d) => ({ disciplineId: d.id, code: d.code, name: nameIn(ctx.lang, d), letter: letters.get(d.id) ?? '' }));
}

/** A student's registration of a term (the open window's term by default). */
export async function getStudentRegistration(ctx: ServiceContext, studentId: string, query: RegistrationTermQuery): Promise<RegistrationViewDto> {
  const target = await readerTarget(ctx, studentId);
  const today = await universityToday(ctx);
  const { academicYear, term, periods } = await resolveTerm(ctx.db, query, today);
  const [header, holds, plan, settings, tuition] = await Promise.all([
    repo.studentHeader(ctx.db, studentId, today),
    activeHolds(ctx, studentId, today),
    enrolRepo.findPlanOf(ctx.db, studentId, academicYear),
    readSettings(ctx.db),
    tuitionOf(ctx.db, { studentId, academicYear, term }),
  ]);
  if (!header) throw new AppError('STUDENT_NOT_FOUND');
  const current = studentWindowFor(periods, today, term, await enrolRepo.rechooseUntil(ctx.db, studentId, academicYear, term));
  const next = nextWindow(periods, today, term);
  const lineRows = plan ? await repo.termLineRows(ctx.db, plan.id, term) : [];
  const [lines, history, electiveGroups, restudyOptions] = await Promise.all([
    buildLines(ctx, { studentId, planId: plan?.id ?? null, academicYear, term, language: header.language, lines: lineRows }),
    plan ? repo.planHistory(ctx.db, plan.id) : Promise.resolve([]),
    plan ? electiveGroupsOf(ctx, plan, term, lineRows) : Promise.resolve([]),
    plan ? restudyOptionsOf(ctx, studentId, lineRows) : Promise.resolve([]),
  ]);
  const range = creditRange(term, { semesterMin: settings['registration.semesterMinCredits'], semesterMax: settings['registration.semesterMaxCredits'], summerMax: settings['registration.summerMaxCredits'] });
  const planned = lines.lines.reduce((sum, l) => sum + l.credits, 0);
  const mayChange = plan !== undefined && current !== undefined && holds.length === 0 && isEditable(plan.status) !== 'underReview';
  const credits = { planned, ...range };
  return {
    studentId,
    studentName: [header.lastName, header.firstName, header.patronymic].filter(Boolean).join(' '),
    groupCode: header.groupCode ?? null,
    academicYear,
    term,
    today,
    window: { isOpen: current !== undefined, current: current ? { kind: current.kind, startDate: current.startDate, endDate: current.endDate } : null, next: next ? { kind: next.kind, startDate: next.startDate, endDate: next.endDate } : null },
    holds,
    plan: plan
      ? { id: plan.id, status: plan.status, revision: plan.revision, needsDeanApproval: plan.needsDeanApproval, history: history.map((h) => ({ from: h.from, to: h.to, at: h.at.toISOString(), byName: h.lastName ? `${h.lastName} ${h.firstName ?? ''}`.trim() : null, note: h.note })) }
      : null,
    canDerive: plan === undefined && can(ctx.actor, 'curricula.individualPlan.derive', target),
    credits,
    lines: lines.lines,
    electiveGroups,
    restudyOptions,
    waitlist: lines.waitlist,
    tuition,
    isFullyRegistered: plan?.status === 'registrarAccepted' && (header.funding !== 'contract' || tuition?.isPaid === true),
    checks: plan?.status === 'draft' ? viewChecks(ctx.lang, { holds, credits, lines: lines.lines, electiveGroups, isWindowOpen: current !== undefined }) : [],
    abilities: abilitiesOf(ctx, target, plan, mayChange),
  };
}
