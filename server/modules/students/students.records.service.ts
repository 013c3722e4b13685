import type { CreateStudentBody, PlacementDto, SearchStudentsQuery, StudentDto, StudentRowDto, UpdateStudentBody } from '../../../shared/modules/students/students.contracts.ts';
import { courseOf } from '../../../shared/modules/students/rules/course.ts';
import { checkPersonalNumber, isKyrgyzPassport, normalizePassport } from '../../../shared/modules/students/rules/personal-documents.ts';
import { can } from '../../../shared/access/can.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { universityToday } from '../../platform/settings/settings.service.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { createAccount, fullName, updateAccountProfile } from '../identity/index.ts';
import { unitsWithin } from '../org/index.ts';
import { canOnStudent, readableStudents, studentTarget } from './students.policy.ts';
import * as repo from './students.repository.ts';
import { searchStudents as searchRows } from './students.search.repository.ts';

/** Student cards: create, edit, read (within scope), search, and group lists as of a date. */

const orderNumber = (order: { year: number; number: number }) => `${order.number}/${order.year}`;

function toPlacementDto(row: Awaited<ReturnType<typeof repo.listPlacements>>[number]): PlacementDto {
  const { placement } = row;
  return {
    status: placement.status,
    groupId: placement.groupId,
    groupCode: row.groupCode,
    programId: placement.programId,
    programCode: row.programCode,
    studyForm: placement.studyForm,
    funding: placement.funding,
    validFrom: placement.validFrom,
    validTo: placement.validTo,
    orderId: row.order.id,
    orderNumber: orderNumber(row.order),
    orderKind: row.order.kind as PlacementDto['orderKind'],
    isCancelled: placement.isCancelled,
  };
}

/** Checks a card's personal number and passport: format, uniqueness; returns warnings that do not refuse. */
async function checkDocuments(ctx: ServiceContext, card: Partial<CreateStudentBody>, exceptId?: string): Promise<string[]> {
  const warnings: string[] = [];
  if (card.personalNumber) {
    const check = checkPersonalNumber(card.personalNumber, ctx.now, { birthDate: card.birthDate ?? null, gender: card.gender ?? null });
    if (check.problems.length) throw new AppError('PERSONAL_NUMBER_INVALID', {}, { problems: check.problems });
    warnings.push(...check.warnings);
    if (await repo.findDuplicateDocument(ctx.db, 'personalNumber', card.personalNumber, exceptId)) throw new AppError('PERSONAL_NUMBER_TAKEN');
  }
  if (card.passportNumber) {
    if ((card.citizenship ?? 'KG') === 'KG' && !isKyrgyzPassport(card.passportNumber)) throw new AppError('PASSPORT_INVALID');
    if (await repo.findDuplicateDocument(ctx.db, 'passportNumber', normalizePassport(card.passportNumber), exceptId)) throw new AppError('PASSPORT_TAKEN');
  }
  return warnings;
}

function cardColumns(card: Partial<CreateStudentBody>) {
  const { username: _u, password: _p, lastName: _l, firstName: _f, patronymic: _pa, email: _e, ...rest } = card as CreateStudentBody;
  return { ...rest, ...(rest.passportNumber ? { passportNumber: normalizePassport(rest.passportNumber) } : {}) };
}

/** A new student card with its account (the personal ID is the login); not enrolled until an order says so. */
export async function createStudent(ctx: ServiceContext, body: CreateStudentBody): Promise<StudentDto> {
  await checkDocuments(ctx, body);
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const userId = await createAccount(tx, ctx, { username: body.username, password: body.password, lastName: body.lastName, firstName: body.firstName, patronymic: body.patronymic ?? null, email: body.email ?? null, phone: body.phone ?? null, role: 'student' });
    const row = await repo.insertStudent(tx, { ...cardColumns(body), id, userId, createdAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'students.student.manage', entityType: 'student', entityId: id, after: row });
  });
  return getStudent(ctx, id);
}

/** Edits a card (not the standing: that changes only by order); audited with before and after. */
export async function updateStudent(ctx: ServiceContext, id: string, body: UpdateStudentBody): Promise<StudentDto> {
  const found = await repo.findStudent(ctx.db, id);
  if (!found) throw new AppError('STUDENT_NOT_FOUND');
  await assertReach(ctx, 'students.student.manage', found);
  const merged = { birthDate: found.student.birthDate, gender: found.student.gender, citizenship: found.student.citizenship, ...body };
  await checkDocuments(ctx, merged, id);
  await ctx.db.transaction(async (tx) => {
    const after = await repo.updateStudent(tx, id, { ...cardColumns(body), updatedAt: ctx.now });
    const names = { lastName: body.lastName, firstName: body.firstName, patronymic: body.patronymic, email: body.email, phone: body.phone };
    await updateAccountProfile(tx, found.user.id, names, ctx.now);
    await recordAudit(tx, ctx, { action: 'students.student.manage', entityType: 'student', entityId: id, before: found.student, after: { ...after, ...names } });
  });
  return getStudent(ctx, id);
}

async function assertReach(ctx: ServiceContext, permission: 'students.student.read' | 'students.student.manage', found: { user: { id: string; homeUnitId: string | null }; student: { id: string } }) {
  const open = await repo.findOpenPlacement(ctx.db, found.student.id);
  const target = { userId: found.user.id, unitId: open?.groupId ?? found.user.homeUnitId };
  if (!(await canOnStudent(ctx.db, ctx.actor, permission, target))) throw new AppError('FORBIDDEN');
  return target;
}

/** A card with its standing and full history, if the reader's grants reach it; documents only for those who need them. */
export async function getStudent(ctx: ServiceContext, id: string): Promise<StudentDto> {
  const found = await repo.findStudent(ctx.db, id);
  if (!found) throw new AppError('STUDENT_NOT_FOUND');
  const target = await assertReach(ctx, 'students.student.read', found);
  const personal = await canOnStudent(ctx.db, ctx.actor, 'students.student.readPersonal', target);
  const history = (await repo.listPlacements(ctx.db, id)).map(toPlacementDto);
  const today = await universityToday(ctx);
  const live = history.filter((p) => !p.isCancelled);
  const current = live.find((p) => p.validFrom <= today && (p.validTo === null || p.validTo > today)) ?? null;
  const upcoming = live.find((p) => p.validFrom > today) ?? null;
  const groups = current ? await repo.listGroups(ctx.db, today, current.groupId) : [];
  const { student, user } = found;
  return {
    id: student.id,
    userId: user.id,
    username: user.username,
    lastName: user.lastName,
    firstName: user.firstName,
    patronymic: user.patronymic,
    lastNameLatin: student.lastNameLatin,
    firstNameLatin: student.firstNameLatin,
    birthDate: student.birthDate,
    gender: student.gender,
    nationality: student.nationality,
    citizenship: student.citizenship,
    personalNumber: personal ? student.personalNumber : null,
    passportNumber: personal ? student.passportNumber : null,
    address: personal ? student.address : null,
    phone: student.phone,
    email: user.email,
    previousEducation: student.previousEducation,
    ortCertificate: student.ortCertificate,
    ortScore: student.ortScore,
    current,
    upcoming,
    course: groups[0] ? courseOf(groups[0].profile.admissionYear, ctx.now) : null,
    history,
    warnings: student.personalNumber ? checkPersonalNumber(student.personalNumber, ctx.now, student).warnings : [],
  };
}

/** Students within the reader's scope, filtered by name or ID, unit, program, course, form, funding, status. */
export async function searchStudents(ctx: ServiceContext, query: SearchStudentsQuery) {
  const within = readableStudents(ctx.actor);
  const groupIds = query.groupId ? [query.groupId] : query.unitId ? await unitsWithin(ctx.db, [query.unitId]) : undefined;
  const currentYear = ctx.now.getUTCMonth() >= 8 ? ctx.now.getUTCFullYear() : ctx.now.getUTCFullYear() - 1;
  const { rows, total, totalCapped } = await searchRows(
    ctx.db,
    { q: query.q, groupIds, programId: query.programId, admissionYear: query.course === undefined ? undefined : currentYear - query.course + 1, studyForm: query.studyForm, funding: query.funding, status: query.status, within },
    query.page,
    query.pageSize,
  );
  const items: StudentRowDto[] = rows.map((r) => ({
    id: r.id,
    username: r.username,
    fullName: fullName({ lastName: r.last_name, firstName: r.first_name, patronymic: r.patronymic }),
    status: r.status as StudentRowDto['status'],
    groupId: r.group_id,
    groupCode: r.group_code,
    programCode: r.program_code,
    course: r.admission_year === null ? null : courseOf(r.admission_year, ctx.now),
    studyForm: r.study_form as StudentRowDto['studyForm'],
    funding: r.funding as StudentRowDto['funding'],
  }));
  return { items, total, totalCapped, page: query.page, pageSize: query.pageSize };
}

/** The students of a group on a date (today by default), exactly as the signed orders placed them. */
export async function groupList(ctx: ServiceContext, groupId: string, date?: string) {
  const day = date ?? (await universityToday(ctx));
  const { unitPath: path } = await studentTarget(ctx.db, { userId: '', unitId: groupId });
  if (!path || path.length === 0) throw new AppError('GROUP_NOT_FOUND');
  if (!can(ctx.actor, 'students.student.read', { unitPath: path })) throw new AppError('FORBIDDEN');
  const members = await repo.groupMembersOn(ctx.db, groupId, day);
  const items = members.map((m) => ({ id: m.student.id, username: m.user.username, fullName: fullName(m.user), status: m.placement.status, studyForm: m.placement.studyForm, funding: m.placement.funding }));
  return { date: day, items };
}
