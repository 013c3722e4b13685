import type { Lang } from '../../../shared/i18n/languages.ts';
import type { DisciplineBody, DisciplineDto, DisciplineUpdateBody, ListDisciplinesQuery } from '../../../shared/modules/curricula/curricula.contracts.ts';
import { disciplineBody } from '../../../shared/modules/curricula/curricula.contracts.ts';
import type { HourKind } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import { planRulesFrom } from '../../../shared/modules/curricula/rules/plan-rules.ts';
import { disciplineFindings, type Finding } from '../../../shared/modules/curricula/rules/plan-validation.ts';
import { prerequisiteCycles } from '../../../shared/modules/curricula/rules/prerequisites.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { translate } from '../../platform/i18n/translate.ts';
import { newId } from '../../platform/ids.ts';
import { readSettings } from '../../platform/settings/settings.service.ts';
import { findUnit } from '../org/index.ts';
import * as repo from './curricula.repository.ts';
import { canManageDisciplinesOf } from './curricula.policy.ts';

/** The discipline catalog (DOMAIN.md §3): each discipline's credits, hours, control form, languages and prerequisites. */

type Row = NonNullable<Awaited<ReturnType<typeof repo.findDiscipline>>>;
type Prerequisite = Awaited<ReturnType<typeof repo.prerequisitesOf>>[number];
type Valid = ReturnType<typeof disciplineBody.parse>;

const pick = (lang: Lang, names: { nameRu: string; nameKy: string; nameEn: string }) => ({ ru: names.nameRu, ky: names.nameKy, en: names.nameEn })[lang];

function toDto(row: Row, prerequisites: Prerequisite[], lang: Lang, canManage: boolean): DisciplineDto {
  const d = row.discipline;
  return {
    id: d.id,
    code: d.code,
    name: { ru: d.nameRu, ky: d.nameKy, en: d.nameEn },
    description: { ru: d.descriptionRu, ky: d.descriptionKy, en: d.descriptionEn },
    departmentId: d.departmentId,
    departmentName: pick(lang, row.department),
    kind: d.kind,
    credits: d.credits,
    hours: { lecture: d.hoursLecture, practice: d.hoursPractice, lab: d.hoursLab, supervised: d.hoursSupervised, independent: d.hoursIndependent },
    controlForm: d.controlForm,
    languages: d.languages,
    isElective: d.isElective,
    prerequisites: prerequisites.map((p) => ({ id: p.id, code: p.code, name: pick(lang, p) })),
    canManage,
  };
}

/** A page of the catalog: everyone who plans or studies reads all of it (students choose electives here). */
export async function listDisciplines(ctx: ServiceContext, query: ListDisciplinesQuery) {
  const filter = { q: query.q, departmentId: query.departmentId, isElective: query.isElective === undefined ? undefined : query.isElective === 'true', language: query.language };
  const { rows, total } = await repo.listDisciplines(ctx.db, filter, query.page, query.pageSize);
  const prerequisites = await repo.prerequisitesOf(ctx.db, rows.map((r) => r.discipline.id));
  const paths = new Map<string, string[]>();
  const items = await Promise.all(
    rows.map(async (row) => toDto(row, prerequisites.filter((p) => p.disciplineId === row.discipline.id), ctx.lang, await canManageDisciplinesOf(ctx.db, ctx.actor, row.discipline.departmentId, paths))),
  );
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function getDiscipline(ctx: ServiceContext, id: string, db: Executor = ctx.db): Promise<DisciplineDto> {
  const row = await repo.findDiscipline(db, id);
  if (!row) throw new AppError('DISCIPLINE_NOT_FOUND');
  return toDto(row, await repo.prerequisitesOf(db, [id]), ctx.lang, await canManageDisciplinesOf(db, ctx.actor, row.discipline.departmentId));
}

/** Refuses unless the department exists, is a department, and the actor's grant reaches it. */
async function assertManages(ctx: ServiceContext, departmentId: string): Promise<void> {
  const unit = await findUnit(ctx.db, departmentId);
  if (!unit || unit.kind !== 'department') throw new AppError('DISCIPLINE_DEPARTMENT_INVALID');
  if (!(await canManageDisciplinesOf(ctx.db, ctx.actor, departmentId))) throw new AppError('FORBIDDEN');
}

const hoursColumns = (hours: Record<HourKind, number>) => ({ hoursLecture: hours.lecture, hoursPractice: hours.practice, hoursLab: hours.lab, hoursSupervised: hours.supervised, hoursIndependent: hours.independent });

/**
 * The catalog's checks of one discipline, inside the write transaction: its numbers, and its
 * prerequisites (known, not itself, no cycle through the catalog). Runs under the prerequisites
 * lock of `write`, so two edits at once cannot close a cycle between them.
 */
async function checkDiscipline(ctx: ServiceContext, tx: Executor, body: Valid): Promise<string[]> {
  const rules = planRulesFrom(await readSettings(tx));
  const findings: Finding[] = disciplineFindings({ code: body.code, kind: body.kind, credits: body.credits, hours: body.hours }, rules);
  const known = await repo.findDisciplinesByCodes(tx, body.prerequisites);
  for (const code of body.prerequisites) {
    if (code === body.code || !known.some((k) => k.code === code)) findings.push({ code: 'PREREQUISITE_UNKNOWN', severity: 'error', where: { discipline: body.code }, params: { prerequisite: code } });
  }
  const edges = (await repo.prerequisiteEdges(tx)).filter((e) => e.code !== body.code);
  const graph = new Map<string, string[]>([[body.code, body.prerequisites]]);
  for (const e of edges) graph.set(e.code, [...(graph.get(e.code) ?? []), e.prerequisite]);
  for (const cycle of prerequisiteCycles([...graph].map(([code, prerequisites]) => ({ code, semester: 0, prerequisites })))) {
    findings.push({ code: 'PREREQUISITE_CYCLE', severity: 'error', where: { discipline: body.code }, params: { cycle: [...cycle, cycle[0]!].join(' → ') } });
  }
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length) {
    throw new AppError('DISCIPLINE_INVALID', {}, { findings: errors.map((f) => ({ code: f.code, message: translate(ctx.lang, `curricula:finding.${f.code}`, { ...f.params, ...f.where }) })) });
  }
  return known.filter((k) => body.prerequisites.includes(k.code)).map((k) => k.id);
}

/**
 * Runs a catalog write. Prerequisite changes are serialized by one transaction lock, taken first
 * (before any row lock, so two writers never wait on each other in a circle).
 */
async function write(ctx: ServiceContext, run: (tx: Executor) => Promise<string>): Promise<DisciplineDto> {
  try {
    const id = await ctx.db.transaction(async (tx) => {
      await repo.lockPrerequisites(tx);
      return run(tx);
    });
    return await getDiscipline(ctx, id);
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('DISCIPLINE_CODE_TAKEN');
    throw err;
  }
}

/** A new discipline in a department's catalog; checked, audited. */
export async function createDiscipline(ctx: ServiceContext, input: DisciplineBody): Promise<DisciplineDto> {
  const body = disciplineBody.parse(input);
  await assertManages(ctx, body.departmentId);
  return write(ctx, async (tx) => {
    const prerequisiteIds = await checkDiscipline(ctx, tx, body);
    const { hours, prerequisites, ...rest } = body;
    const id = newId();
    const row = await repo.insertDiscipline(tx, { ...rest, ...hoursColumns(hours), id, createdAt: ctx.now, updatedAt: ctx.now });
    await repo.replacePrerequisites(tx, id, prerequisiteIds);
    await recordAudit(tx, ctx, { action: 'curricula.discipline.manage', entityType: 'discipline', entityId: id, after: { ...row, prerequisites } });
    return id;
  });
}

/** Changes a discipline: the department must reach both its present and (when moved) its new department. */
export async function updateDiscipline(ctx: ServiceContext, id: string, input: DisciplineUpdateBody): Promise<DisciplineDto> {
  const found = await getDiscipline(ctx, id);
  await assertManages(ctx, found.departmentId);
  if (input.departmentId && input.departmentId !== found.departmentId) await assertManages(ctx, input.departmentId);
  return write(ctx, async (tx) => {
    if (!(await repo.lockDiscipline(tx, id))) throw new AppError('DISCIPLINE_NOT_FOUND');
    const current = await getDiscipline(ctx, id, tx);
    const merged = disciplineBody.parse({
      code: current.code, nameRu: current.name.ru, nameKy: current.name.ky, nameEn: current.name.en,
      descriptionRu: current.description.ru, descriptionKy: current.description.ky, descriptionEn: current.description.en,
      departmentId: current.departmentId, kind: current.kind, credits: current.credits, hours: current.hours, controlForm: current.controlForm,
      languages: current.languages, isElective: current.isElective, prerequisites: current.prerequisites.map((p) => p.code),
      ...input,
    });
    const prerequisiteIds = await checkDiscipline(ctx, tx, merged);
    const { hours, prerequisites, ...rest } = merged;
    const row = await repo.updateDiscipline(tx, id, { ...rest, ...hoursColumns(hours), updatedAt: ctx.now });
    await repo.replacePrerequisites(tx, id, prerequisiteIds);
    await recordAudit(tx, ctx, { action: 'curricula.discipline.manage', entityType: 'discipline', entityId: id, before: current, after: { ...row, prerequisites } });
    return id;
  });
}
