import type { Lang } from '../../../shared/i18n/languages.ts';
import type { GroupBody, GroupDto, GroupUpdateBody, ProgramBody, ProgramDto, ProgramUpdateBody } from '../../../shared/modules/students/students.contracts.ts';
import { courseOf } from '../../../shared/modules/students/rules/course.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { universityToday } from '../../platform/settings/settings.service.ts';
import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { findUnit, insertUnitIfCodeFree, unitName, updateUnit } from '../org/index.ts';
import { fullName } from '../identity/index.ts';
import * as repo from './students.repository.ts';
import * as structureRepo from './students.structure.repository.ts';

/** Programs and groups: the part of the structure that student records hang on. */

function toProgramDto(row: Awaited<ReturnType<typeof repo.listPrograms>>[number], lang: Lang): ProgramDto {
  const { program } = row;
  return {
    id: program.id,
    code: program.code,
    nameRu: program.nameRu,
    nameKy: program.nameKy,
    nameEn: program.nameEn,
    level: program.level,
    durationYears: Number(program.durationYears),
    credits: program.credits,
    languages: program.languages as ProgramDto['languages'],
    departmentId: program.departmentId,
    departmentName: unitName(row.department, lang),
  };
}

export async function getPrograms(ctx: ServiceContext): Promise<ProgramDto[]> {
  return (await repo.listPrograms(ctx.db)).map((row) => toProgramDto(row, ctx.lang));
}

async function assertDepartment(db: Executor, id: string): Promise<void> {
  const unit = await findUnit(db, id);
  if (!unit || unit.kind !== 'department') throw new AppError('UNIT_NOT_FOUND');
  if (unit.closedAt !== null) throw new AppError('UNIT_CLOSED');
}

async function assertProgramCodeFree(db: Executor, code: string | undefined, exceptId?: string): Promise<void> {
  if (code !== undefined && (await structureRepo.isProgramCodeTaken(db, code, exceptId))) throw new AppError('PROGRAM_CODE_TAKEN', { code });
}

async function getProgram(ctx: ServiceContext, id: string): Promise<ProgramDto> {
  const dto = (await getPrograms(ctx)).find((p) => p.id === id);
  if (!dto) throw new AppError('PROGRAM_NOT_FOUND');
  return dto;
}

export async function createProgram(ctx: ServiceContext, body: ProgramBody): Promise<ProgramDto> {
  await assertDepartment(ctx.db, body.departmentId);
  await assertProgramCodeFree(ctx.db, body.code);
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const row = await structureRepo.insertProgramIfCodeFree(tx, { ...body, id, durationYears: String(body.durationYears), createdAt: ctx.now, updatedAt: ctx.now });
    if (!row) throw new AppError('PROGRAM_CODE_TAKEN', { code: body.code });
    await recordAudit(tx, ctx, { action: 'students.structure.manage', entityType: 'program', entityId: id, after: row });
  });
  return getProgram(ctx, id);
}

/** Edits a program; moved to another department, its groups move with it (grants of that department reach them). */
export async function updateProgram(ctx: ServiceContext, id: string, body: ProgramUpdateBody): Promise<ProgramDto> {
  await ctx.db.transaction(async (tx) => {
    const before = await structureRepo.lockProgram(tx, id);
    if (!before) throw new AppError('PROGRAM_NOT_FOUND');
    await assertProgramCodeFree(tx, body.code, id);
    const moves = body.departmentId !== undefined && body.departmentId !== before.departmentId;
    if (moves) await assertDepartment(tx, body.departmentId!);
    const { durationYears, ...rest } = body;
    const after = await repo.updateProgram(tx, id, { ...rest, ...(durationYears !== undefined ? { durationYears: String(durationYears) } : {}), updatedAt: ctx.now });
    const groupIds = moves ? await structureRepo.programGroupIds(tx, id) : [];
    for (const groupId of groupIds) await updateUnit(tx, groupId, { parentId: body.departmentId!, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'students.structure.manage', entityType: 'program', entityId: id, before, after: { ...after, movedGroups: groupIds } });
  });
  return getProgram(ctx, id);
}

type GroupRow = Awaited<ReturnType<typeof repo.listGroups>>[number];

function toGroupDto(row: GroupRow, now: Date, lang: Lang): GroupDto {
  const name = { ru: row.program.nameRu, ky: row.program.nameKy, en: row.program.nameEn }[lang];
  return {
    id: row.unit.id,
    code: row.unit.code,
    programId: row.program.id,
    programCode: row.program.code,
    programName: name,
    level: row.program.level,
    departmentId: row.unit.parentId ?? '',
    facultyId: row.facultyId,
    admissionYear: row.profile.admissionYear,
    course: courseOf(row.profile.admissionYear, now),
    language: row.profile.language,
    studyForm: row.profile.studyForm,
    curatorId: row.profile.curatorId,
    curatorName: row.curator ? fullName(row.curator) : null,
    starostaId: row.profile.starostaId,
    studentCount: row.studentCount,
  };
}

export async function getGroups(ctx: ServiceContext): Promise<GroupDto[]> {
  return (await repo.listGroups(ctx.db, await universityToday(ctx))).map((row) => toGroupDto(row, ctx.now, ctx.lang));
}

export async function getGroup(ctx: ServiceContext, id: string): Promise<GroupDto> {
  const [row] = await repo.listGroups(ctx.db, await universityToday(ctx), id);
  if (!row) throw new AppError('GROUP_NOT_FOUND');
  return toGroupDto(row, ctx.now, ctx.lang);
}

/** A program that takes new groups: it exists and its department is open. */
async function openProgram(db: Executor, programId: string) {
  const program = await repo.findProgram(db, programId);
  if (!program) throw new AppError('PROGRAM_NOT_FOUND');
  await assertDepartment(db, program.departmentId);
  return program;
}

async function assertGroupCodeFree(db: Executor, code: string | undefined, exceptId?: string): Promise<void> {
  if (code !== undefined && (await structureRepo.isGroupCodeTaken(db, code, exceptId))) throw new AppError('GROUP_CODE_TAKEN', { code });
}

/** A new group under the program's department, with its profile; audited. */
export async function createGroup(ctx: ServiceContext, body: GroupBody): Promise<GroupDto> {
  const program = await openProgram(ctx.db, body.programId);
  await assertGroupCodeFree(ctx.db, body.code);
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const unit = await insertUnitIfCodeFree(tx, { id, kind: 'group', parentId: program.departmentId, code: body.code, nameRu: body.code, nameKy: body.code, nameEn: body.code, createdAt: ctx.now, updatedAt: ctx.now });
    if (!unit) throw new AppError('GROUP_CODE_TAKEN', { code: body.code });
    await repo.insertGroupProfile(tx, { unitId: id, programId: program.id, admissionYear: body.admissionYear, language: body.language, studyForm: body.studyForm, curatorId: body.curatorId ?? null });
    await recordAudit(tx, ctx, { action: 'students.structure.manage', entityType: 'group', entityId: id, after: body });
  });
  return getGroup(ctx, id);
}

async function assertStarosta(ctx: ServiceContext, groupId: string, starostaId: string | null | undefined): Promise<void> {
  if (!starostaId) return;
  const members = await repo.groupMembersOn(ctx.db, groupId, await universityToday(ctx));
  if (!members.some((m) => m.student.id === starostaId && m.placement.status === 'active')) throw new AppError('STAROSTA_NOT_IN_GROUP');
}

/**
 * Edits a group: code, language, form, curator, starosta (a student of the group); its program
 * and admission year only while no order ever placed a student there (their history names them).
 */
export async function updateGroup(ctx: ServiceContext, id: string, body: GroupUpdateBody): Promise<GroupDto> {
  const before = await getGroup(ctx, id);
  await assertStarosta(ctx, id, body.starostaId);
  await assertGroupCodeFree(ctx.db, body.code, id);
  const { code, programId, ...profile } = body;
  const program = programId !== undefined && programId !== before.programId ? await openProgram(ctx.db, programId) : null;
  await ctx.db.transaction(async (tx) => {
    await structureRepo.lockGroupProfile(tx, id);
    const settled = program !== null || (body.admissionYear !== undefined && body.admissionYear !== before.admissionYear);
    if (settled && (await structureRepo.hasEverHadStudents(tx, id))) throw new AppError('GROUP_HAS_STUDENTS');
    await repo.updateGroupProfile(tx, id, { ...profile, ...(program ? { programId: program.id } : {}), updatedAt: ctx.now });
    const unit = { ...(code !== undefined ? { code, nameRu: code, nameKy: code, nameEn: code } : {}), ...(program ? { parentId: program.departmentId } : {}) };
    if (Object.keys(unit).length > 0) await updateUnit(tx, id, { ...unit, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'students.structure.manage', entityType: 'group', entityId: id, before, after: body });
  });
  return getGroup(ctx, id);
}
