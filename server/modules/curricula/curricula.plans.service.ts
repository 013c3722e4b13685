import type { Lang } from '../../../shared/i18n/languages.ts';
import type { CreatePlanBody, FindingDto, PlanContentBody, PlanDto, PlanSummaryDto } from '../../../shared/modules/curricula/curricula.contracts.ts';
import { planRulesFrom } from '../../../shared/modules/curricula/rules/plan-rules.ts';
import { semesterCredits, validatePlan, type Finding, type PlanLine } from '../../../shared/modules/curricula/rules/plan-validation.ts';
import { weeklyHours } from '../../../shared/modules/curricula/rules/weekly-hours.ts';
import { can } from '../../../shared/access/can.ts';
import type { Permission } from '../../../shared/access/permissions.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { translate } from '../../platform/i18n/translate.ts';
import { newId } from '../../platform/ids.ts';
import { readSettings } from '../../platform/settings/settings.service.ts';
import { unitPath } from '../org/index.ts';
import * as repo from './curricula.plans.repository.ts';
import * as catalog from './curricula.repository.ts';

/** Base and working plans (DOMAIN.md §3): drafted, validated, approved; an approved plan changes only by a new version. */

type PlanRow = NonNullable<Awaited<ReturnType<typeof repo.findPlan>>>;
type Content = Awaited<ReturnType<typeof repo.planContent>>;

const NORMATIVE_SEMESTERS: Record<string, number> = { college: 6, bachelor: 8, specialist: 10, master: 4, phd: 6 };

const pickName = (lang: Lang, n: { nameRu: string; nameKy: string; nameEn: string }) => ({ ru: n.nameRu, ky: n.nameKy, en: n.nameEn })[lang];

/** Whether the actor's grant reaches the program's department; `db` is the transaction when inside one (PGlite has one connection). */
async function canOnProgram(ctx: ServiceContext, db: Executor, permission: Permission, departmentId: string): Promise<boolean> {
  return can(ctx.actor, permission, { unitPath: await unitPath(db, departmentId) });
}

/** The plan as validation sees it, prerequisites from the catalog. */
async function toValidated(db: Executor, row: PlanRow, content: Content): Promise<{ lines: PlanLine[]; findings: Finding[]; bySemester: number[]; teachingWeeks: number }> {
  const prerequisites = await catalog.prerequisitesOf(db, content.lines.map((l) => l.line.disciplineId));
  const lines: PlanLine[] = content.lines.map(({ line, code, kind }) => ({
    code,
    kind,
    credits: line.credits,
    hours: { lecture: line.hoursLecture, practice: line.hoursPractice, lab: line.hoursLab, supervised: line.hoursSupervised, independent: line.hoursIndependent },
    semester: line.semester,
    groupKind: line.groupKind,
    electiveGroup: line.electiveGroup,
    midterms: line.midterms,
    component: line.component,
    track: line.track,
    prerequisites: prerequisites.filter((p) => p.disciplineId === line.disciplineId).map((p) => p.code),
  }));
  const plan = { level: row.program.level, semesters: row.plan.semesters, lines, electiveGroups: content.groups, practices: content.practices.map((p) => ({ code: p.kind, credits: p.credits, semester: p.semester })), attestationCredits: row.plan.attestationCredits, attestation: attestationOf(content) };
  const settings = await readSettings(db);
  return { lines, findings: validatePlan(plan, planRulesFrom(settings)), bySemester: semesterCredits(plan), teachingWeeks: settings['curricula.teachingWeeksPerSemester'] };
}

/** The attestation's forms with their credits, in the order they were given. */
const attestationOf = (content: Content) => content.attestation.map((a) => ({ form: a.form, credits: a.credits }));

/** A finding's message; a form of the attestation it names is said by its label. */
function findingDtos(lang: Lang, findings: Finding[]): FindingDto[] {
  return findings.map((f) => {
    const params = typeof f.params.form === 'string' ? { ...f.params, form: translate(lang, `curricula:attestationForm.${f.params.form}`) } : f.params;
    return { ...f, message: translate(lang, `curricula:finding.${f.code}`, { ...params, ...f.where }) };
  });
}

function summaryOf(row: PlanRow, lang: Lang): PlanSummaryDto {
  const { plan, program } = row;
  return { id: plan.id, programId: program.id, programCode: program.code, programName: pickName(lang, program), kind: plan.kind, admissionYear: plan.admissionYear, version: plan.version, status: plan.status, semesters: plan.semesters, approvedAt: plan.approvedAt?.toISOString() ?? null };
}

/** One plan with its lines, semester totals and every finding, in the reader's language. */
export async function getPlan(ctx: ServiceContext, id: string, db: Executor = ctx.db): Promise<PlanDto> {
  const row = await repo.findPlan(db, id);
  if (!row) throw new AppError('PLAN_NOT_FOUND');
  const content = await repo.planContent(db, id);
  const { lines, findings, bySemester, teachingWeeks } = await toValidated(db, row, content);
  return {
    ...summaryOf(row, ctx.lang),
    level: row.program.level,
    attestationCredits: row.plan.attestationCredits,
    attestation: attestationOf(content),
    teachingWeeks,
    basedOnId: row.plan.basedOnId,
    lines: content.lines.map(({ line, code, ...names }, i) => ({
      id: line.id, disciplineId: line.disciplineId, code, name: pickName(ctx.lang, names), semester: line.semester, groupKind: line.groupKind, electiveGroup: line.electiveGroup,
      cycle: line.cycle, component: line.component, track: line.track, midterms: line.midterms, credits: line.credits, hours: lines[i]!.hours, controlForm: line.controlForm, prerequisites: lines[i]!.prerequisites,
      weeklyHours: weeklyHours(lines[i]!.hours, teachingWeeks),
    })),
    electiveGroups: content.groups.map((g) => ({ key: g.key, choose: g.choose })),
    practices: content.practices.map((p) => ({ kind: p.kind, credits: p.credits, semester: p.semester })),
    semesterCredits: bySemester,
    totalCredits: bySemester.reduce((a, b) => a + b, 0),
    findings: findingDtos(ctx.lang, findings),
    canManage: row.plan.status === 'draft' && (await canOnProgram(ctx, db, 'curricula.plan.manage', row.program.departmentId)),
    canApprove: row.plan.status === 'draft' && (await canOnProgram(ctx, db, 'curricula.plan.approve', row.program.departmentId)),
  };
}

export async function listPlans(ctx: ServiceContext, filter: { programId?: string | undefined; kind?: string | undefined; status?: string | undefined }): Promise<PlanSummaryDto[]> {
  return (await repo.listPlans(ctx.db, filter)).map((row) => summaryOf(row, ctx.lang));
}

/** Writes a new draft version under the program's lock; a second draft at once is refused by the unique index. */
async function insertDraft(ctx: ServiceContext, values: Omit<repo.NewPlanRow, 'id' | 'version' | 'status' | 'createdAt' | 'updatedAt'>, copyFrom?: string): Promise<PlanDto> {
  try {
    const id = await ctx.db.transaction(async (tx) => {
      await repo.lockProgramPlans(tx, values.programId);
      const id = newId();
      const version = (await repo.lastVersion(tx, values.programId, values.kind, values.admissionYear ?? null)) + 1;
      const row = await repo.insertPlan(tx, { ...values, id, version, status: 'draft', createdBy: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now });
      if (copyFrom) {
        const content = await repo.planContent(tx, copyFrom);
        await repo.replaceContent(tx, id, {
          lines: content.lines.map(({ line }) => ({ ...line, id: newId(), planId: id })),
          groups: content.groups.map((g) => ({ key: g.key, choose: g.choose })),
          practices: content.practices.map((p) => ({ id: newId(), kind: p.kind, credits: p.credits, semester: p.semester })),
          attestation: content.attestation.map((a) => ({ id: newId(), form: a.form, credits: a.credits, position: a.position })),
        });
      }
      await recordAudit(tx, ctx, { action: 'curricula.plan.manage', entityType: 'studyPlan', entityId: id, after: { ...row, copiedFrom: copyFrom ?? null } });
      return id;
    });
    return await getPlan(ctx, id);
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('PLAN_DRAFT_EXISTS');
    throw err;
  }
}

async function programFor(ctx: ServiceContext, programId: string, permission: Permission) {
  const program = await repo.findProgram(ctx.db, programId);
  if (!program) throw new AppError('PROGRAM_NOT_FOUND');
  if (!(await canOnProgram(ctx, ctx.db, permission, program.departmentId))) throw new AppError('FORBIDDEN');
  return program;
}

/** A new, empty draft: the base plan of a program, or its working plan for an admission year. */
export async function createPlan(ctx: ServiceContext, body: CreatePlanBody): Promise<PlanDto> {
  const program = await programFor(ctx, body.programId, 'curricula.plan.manage');
  const admissionYear = body.kind === 'working' ? (body.admissionYear ?? null) : null;
  if (body.kind === 'working' && admissionYear === null) throw new AppError('PLAN_YEAR_REQUIRED');
  return insertDraft(ctx, { programId: program.id, kind: body.kind, admissionYear, semesters: body.semesters ?? NORMATIVE_SEMESTERS[program.level] ?? 8, attestationCredits: 0 });
}

/** Locks a plan for a change and refuses unless it is a draft the actor's grant reaches. */
async function lockDraft(ctx: ServiceContext, tx: Executor, id: string, permission: Permission, lock = true): Promise<PlanRow> {
  const row = await repo.findPlan(tx, id, lock);
  if (!row) throw new AppError('PLAN_NOT_FOUND');
  if (!(await canOnProgram(ctx, tx, permission, row.program.departmentId))) throw new AppError('FORBIDDEN');
  if (row.plan.status !== 'draft') throw new AppError('PLAN_NOT_DRAFT');
  return row;
}

/** Refuses, without a lock, unless the plan is a draft the actor may manage (before reading an uploaded file). */
export async function checkDraft(ctx: ServiceContext, id: string): Promise<void> {
  await lockDraft(ctx, ctx.db, id, 'curricula.plan.manage', false);
}

/** Carries the would-be plan of a dry run out of the transaction it rolls back. */
class DryRunDone extends Error {
  readonly plan: PlanDto;
  constructor(plan: PlanDto) {
    super('dry run');
    this.plan = plan;
  }
}

/**
 * Saves a draft's whole content; each line takes the discipline's credits, hours and control form from the catalog.
 * A dry run does all of it, reads the plan back with its findings, and rolls back: nothing stays.
 */
export async function savePlanContent(ctx: ServiceContext, id: string, body: PlanContentBody, options: { dryRun?: boolean } = {}): Promise<PlanDto> {
  try {
    await saveContent(ctx, id, body, options.dryRun === true);
  } catch (err) {
    if (err instanceof DryRunDone) return err.plan;
    throw err;
  }
  return getPlan(ctx, id);
}

async function saveContent(ctx: ServiceContext, id: string, body: PlanContentBody, dryRun: boolean): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await lockDraft(ctx, tx, id, 'curricula.plan.manage');
    const before = await getPlan(ctx, id, tx);
    const found = new Map((await repo.disciplinesByIds(tx, [...new Set(body.lines.map((l) => l.disciplineId))])).map((d) => [d.id, d]));
    const seen = new Set<string>();
    const lines = body.lines.map((l, position) => {
      const d = found.get(l.disciplineId);
      if (!d) throw new AppError('DISCIPLINE_NOT_FOUND');
      if (seen.has(d.id)) throw new AppError('PLAN_LINE_REPEATED', { code: d.code });
      seen.add(d.id);
      // the numbers as of this plan: a later change in the catalog does not reach an approved plan
      const numbers = { credits: d.credits, hoursLecture: d.hoursLecture, hoursPractice: d.hoursPractice, hoursLab: d.hoursLab, hoursSupervised: d.hoursSupervised, hoursIndependent: d.hoursIndependent, controlForm: d.controlForm };
      return { ...numbers, id: newId(), planId: id, disciplineId: d.id, semester: l.semester, groupKind: l.groupKind, electiveGroup: l.groupKind === 'elective' ? (l.electiveGroup ?? null) : null, cycle: l.cycle, component: l.component, track: l.track ?? 'major', midterms: l.midterms ?? (d.credits <= 2 ? 1 : 2), position };
    });
    // the forms are the input and their sum the plan's credits; a caller naming no forms gives the credits alone
    const attestation = (body.attestation ?? []).map((a, position) => ({ id: newId(), form: a.form, credits: a.credits, position }));
    const attestationCredits = body.attestation ? attestation.reduce((sum, a) => sum + a.credits, 0) : (body.attestationCredits ?? 0);
    await repo.replaceContent(tx, id, { lines, groups: body.electiveGroups, practices: body.practices.map((p) => ({ ...p, id: newId() })), attestation });
    await repo.updatePlan(tx, id, { semesters: body.semesters, attestationCredits, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'curricula.plan.manage', entityType: 'studyPlan', entityId: row.plan.id, before: { lines: before.lines.length, totalCredits: before.totalCredits }, after: body });
    if (dryRun) throw new DryRunDone(await getPlan(ctx, id, tx));
  });
}

/** Approves a draft that has no error; the version it replaces becomes superseded (still readable). */
export async function approvePlan(ctx: ServiceContext, id: string): Promise<PlanDto> {
  await ctx.db.transaction(async (tx) => {
    const row = await lockDraft(ctx, tx, id, 'curricula.plan.approve');
    const errors = (await getPlan(ctx, id, tx)).findings.filter((f) => f.severity === 'error');
    if (errors.length) throw new AppError('PLAN_HAS_ERRORS', { count: errors.length }, { findings: errors });
    await repo.updatePlan(tx, id, { status: 'approved', approvedBy: ctx.actor.userId, approvedAt: ctx.now, updatedAt: ctx.now });
    await repo.supersedeOthers(tx, { ...row.plan, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'curricula.plan.approve', entityType: 'studyPlan', entityId: id, before: { status: 'draft' }, after: { status: 'approved', version: row.plan.version } });
  });
  return getPlan(ctx, id);
}

/** A new draft version of a plan, with its content: how an approved plan changes. */
export async function newVersion(ctx: ServiceContext, id: string): Promise<PlanDto> {
  const source = await repo.findPlan(ctx.db, id);
  if (!source) throw new AppError('PLAN_NOT_FOUND');
  await programFor(ctx, source.program.id, 'curricula.plan.manage');
  const { programId, kind, admissionYear, semesters, attestationCredits } = source.plan;
  return insertDraft(ctx, { programId, kind, admissionYear, semesters, attestationCredits, basedOnId: id }, id);
}

/** The plan copied as the working plan of another admission year (a draft to adjust and approve). */
export async function copyPlan(ctx: ServiceContext, id: string, admissionYear: number): Promise<PlanDto> {
  const source = await repo.findPlan(ctx.db, id);
  if (!source) throw new AppError('PLAN_NOT_FOUND');
  await programFor(ctx, source.program.id, 'curricula.plan.manage');
  const { programId, semesters, attestationCredits } = source.plan;
  return insertDraft(ctx, { programId, kind: 'working', admissionYear, semesters, attestationCredits, basedOnId: id }, id);
}
