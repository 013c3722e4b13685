import type { Permission } from '../../../shared/access/permissions.ts';
import type { LinkParentBody, StudentParentDto, StudentPhotoDto } from '../../../shared/modules/students/students.contracts.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import { detectContentType, getFile, putFile } from '../../platform/files/files.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { getSetting } from '../../platform/settings/settings.service.ts';
import { fullName, NO_PASSWORD_HASH, newAccountRows } from '../identity/index.ts';
import * as cards from './students.card.repository.ts';
import { canOnStudent } from './students.policy.ts';
import * as repo from './students.repository.ts';

/** The card's photo and parents: managed by those who manage the student, seen by those who read the card. */

const PHOTO_TYPES = new Set(['image/jpeg', 'image/png']);

/** The student, if the actor's grants reach them with the permission (as the card itself checks). */
async function reachStudent(ctx: ServiceContext, studentId: string, permission: Permission) {
  const found = await repo.findStudent(ctx.db, studentId);
  if (!found) throw new AppError('STUDENT_NOT_FOUND');
  const open = await repo.findOpenPlacement(ctx.db, studentId);
  if (!(await canOnStudent(ctx.db, ctx.actor, permission, { userId: found.user.id, unitId: open?.groupId ?? found.user.homeUnitId }))) throw new AppError('FORBIDDEN');
  return found;
}

/** A new photo (JPEG or PNG by its bytes, within the size setting); the earlier ones stay as history. */
export async function uploadPhoto(ctx: ServiceContext, studentId: string, bytes: Uint8Array): Promise<StudentPhotoDto> {
  await reachStudent(ctx, studentId, 'students.student.manage');
  if (bytes.byteLength === 0) throw new AppError('PHOTO_MISSING');
  const maxKb = await getSetting(ctx.db, 'students.photoMaxKb');
  if (bytes.byteLength > maxKb * 1024) throw new AppError('PHOTO_TOO_LARGE', { maxKb });
  const contentType = detectContentType(bytes);
  if (!contentType || !PHOTO_TYPES.has(contentType)) throw new AppError('PHOTO_TYPE');
  return ctx.db.transaction(async (tx) => {
    const before = await cards.latestPhoto(tx, studentId);
    const stored = await putFile(tx, { bytes, contentType, createdBy: ctx.actor.userId, now: ctx.now });
    await cards.insertPhoto(tx, { id: newId(), studentId, fileId: stored.id, createdAt: ctx.now, createdBy: ctx.actor.userId });
    const after = { fileId: stored.id, contentType, size: stored.size, sha256: stored.sha256 };
    await recordAudit(tx, ctx, { action: 'students.student.manage', entityType: 'studentPhoto', entityId: studentId, before: before ? { fileId: before.fileId } : null, after });
    return { fileId: stored.id, contentType, size: stored.size, uploadedAt: ctx.now.toISOString() };
  });
}

/** The current photo's bytes, for a reader of the card. */
export async function getPhoto(ctx: ServiceContext, studentId: string) {
  await reachStudent(ctx, studentId, 'students.student.read');
  const latest = await cards.latestPhoto(ctx.db, studentId);
  const file = latest ? await getFile(ctx.db, latest.fileId) : undefined;
  if (!file) throw new AppError('PHOTO_NOT_FOUND');
  return file;
}

export async function listParents(ctx: ServiceContext, studentId: string): Promise<StudentParentDto[]> {
  await reachStudent(ctx, studentId, 'students.student.read');
  return (await cards.listParents(ctx.db, studentId)).map(({ link, user }) => ({
    id: link.id,
    userId: user.id,
    username: user.username,
    fullName: fullName(user),
    phone: user.phone,
    relation: link.relation,
    hasPassword: user.passwordHash !== NO_PASSWORD_HASH,
  }));
}

/** A free username for a new parent account: "parent" and the phone's digits, numbered when taken. */
async function parentUsername(db: Executor, phone: string): Promise<string> {
  const stem = `parent${phone.replace(/\D/g, '')}`;
  const taken = await cards.usernamesLike(db, stem);
  let name = stem;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}`;
  return name;
}

/** A parent account from name and phone, with no password until one is issued; audited as its own creation. */
async function createParentAccount(tx: Executor, ctx: ServiceContext, body: LinkParentBody): Promise<string> {
  const username = await parentUsername(tx, body.phone!);
  const profile = { username, lastName: body.lastName!, firstName: body.firstName!, patronymic: body.patronymic ?? null, email: null, phone: body.phone!, role: 'parent' as const };
  const { user } = newAccountRows(ctx, profile, NO_PASSWORD_HASH);
  await cards.insertAccount(tx, user);
  await recordAudit(tx, ctx, { action: 'identity.user.create', entityType: 'user', entityId: user.id, after: { ...user, role: 'parent' } });
  return user.id;
}

async function existingParent(tx: Executor, userId: string): Promise<string> {
  const account = await cards.findAccount(tx, userId);
  if (!account) throw new AppError('USER_NOT_FOUND');
  return account.id;
}

/** Links a parent (an existing account or a new one) and grants them the parent role scoped to this student. */
export async function linkParent(ctx: ServiceContext, studentId: string, body: LinkParentBody): Promise<StudentParentDto> {
  const found = await reachStudent(ctx, studentId, 'students.student.manage');
  if (body.userId === found.user.id) throw new AppError('PARENT_IS_STUDENT');
  const linkId = newId();
  await ctx.db.transaction(async (tx) => {
    const parentUserId = body.userId ? await existingParent(tx, body.userId) : await createParentAccount(tx, ctx, body);
    if (await cards.findParentLink(tx, studentId, parentUserId)) throw new AppError('PARENT_ALREADY_LINKED');
    const grantId = await cards.ensureParentGrant(tx, { id: newId(), userId: parentUserId, scopeStudentId: found.user.id, createdAt: ctx.now, createdBy: ctx.actor.userId });
    const link = await cards.insertParentLink(tx, { id: linkId, studentId, parentUserId, relation: body.relation, grantId, createdAt: ctx.now, createdBy: ctx.actor.userId });
    await recordAudit(tx, ctx, { action: 'students.student.manage', entityType: 'studentParent', entityId: linkId, after: link });
  });
  const dto = (await listParents(ctx, studentId)).find((p) => p.id === linkId);
  if (!dto) throw new AppError('PARENT_LINK_NOT_FOUND');
  return dto;
}

/** Unlinks a parent and revokes the grant the link gave (the account stays). */
export async function unlinkParent(ctx: ServiceContext, studentId: string, linkId: string): Promise<void> {
  await reachStudent(ctx, studentId, 'students.student.manage');
  await ctx.db.transaction(async (tx) => {
    const link = await cards.findParentLinkById(tx, studentId, linkId);
    if (!link) throw new AppError('PARENT_LINK_NOT_FOUND');
    await cards.deleteParentLink(tx, link.id);
    if (link.grantId) await cards.deleteGrant(tx, link.grantId);
    await recordAudit(tx, ctx, { action: 'students.student.manage', entityType: 'studentParent', entityId: link.id, before: link });
  });
}
