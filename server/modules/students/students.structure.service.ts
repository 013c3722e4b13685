import type { Lang } from '../../../shared/i18n/languages.ts';
import type { GroupBody, GroupDto, ProgramBody, ProgramDto } from '../../../shared/modules/students/students.contracts.ts';
import { courseOf } from '../../../shared/modules/students/rules/course.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { universityToday } from '../../platform/settings/settings.service.ts';
import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { findUnit, insertUnit, unitName } from '../org/index.ts';
import { fullName } from '../identity/index.ts';
import * as repo from './students.repository.ts';

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

export async function createProgram(ctx: ServiceContext, body: ProgramBody): Promise<ProgramDto> {
  await assertDepartment(ctx.db, body.departmentId);
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const row = await repo.insertProgram(tx, { ...body, id, durationYears: String(body.durationYears), createdAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'students.structure.manage', entityType: 'program', entityId: id, after: row });
  });
  const dto = (await getPrograms(ctx)).find((p) => p.id === id);
  if (!dto) throw new AppError('NOT_FOUND');
  return dto;
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

/** A new group under the program's department, with its profile; audited. */
export async function createGroup(ctx: ServiceContext, body: GroupBody): Promise<GroupDto> {
  const program = await repo.findProgram(ctx.db, body.programId);
  if (!program) throw new AppError('PROGRAM_NOT_FOUND');
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    await insertUnit(tx, { id, kind: 'group', parentId: program.departmentId, code: body.code, nameRu: body.code, nameKy: body.code, nameEn: body.code, createdAt: ctx.now, updatedAt: ctx.now });
    await repo.insertGroupProfile(tx, { unitId: id, programId: program.id, admissionYear: body.admissionYear, language: body.language, studyForm: body.studyForm, curatorId: body.curatorId ?? null });
    await recordAudit(tx, ctx, { action: 'students.structure.manage', entityType: 'group', entityId: id, after: body });
  });
  return getGroup(ctx, id);
}

/** Changes a group's language, curator or starosta (the starosta must be a student of the group). */
export async function updateGroup(ctx: ServiceContext, id: string, body: { language?: 'ru' | 'ky' | 'en'; curatorId?: string | null; starostaId?: string | null }): Promise<GroupDto> {
  const before = await getGroup(ctx, id);
  if (body.starostaId) {
    const members = await repo.groupMembersOn(ctx.db, id, await universityToday(ctx));
    if (!members.some((m) => m.student.id === body.starostaId && m.placement.status === 'active')) throw new AppError('STAROSTA_NOT_IN_GROUP');
  }
  await ctx.db.transaction(async (tx) => {
    await repo.updateGroupProfile(tx, id, { ...body, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'students.structure.manage', entityType: 'group', entityId: id, before, after: body });
  });
  return getGroup(ctx, id);
}
