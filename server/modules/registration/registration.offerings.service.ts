import type { AccessTarget } from '../../../shared/access/can.ts';
import type { AddSectionBody, ListOfferingsQuery, OfferingDto, OfferingsPageDto, SectionDto, TeacherOptionDto, UpdateSectionBody } from '../../../shared/modules/registration/registration.offerings.contracts.ts';
import { sectionBounds, sectionSize } from '../../../shared/modules/registration/rules/section-plan.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { universityToday } from '../../platform/settings/settings.service.ts';
import { fullName } from '../identity/index.ts';
import { unitName } from '../org/index.ts';
import { sectionSizes } from './registration.offerings.generate.ts';
import * as repo from './registration.offerings.repository.ts';
import { mayManageAnyOffering, mayManageOffering, offeringTarget } from './registration.policy.ts';

/** Offerings and their sections: the list, one offering, and the hand adjustments of sections (add, change, cancel). */

const localName = (n: { nameRu: string; nameKy: string; nameEn: string }, lang: ServiceContext['lang']) => unitName(n, lang);

function sectionDto(view: repo.SectionView): SectionDto {
  const { section, teacher } = view;
  return {
    id: section.id,
    offeringId: section.offeringId,
    kind: section.kind,
    number: section.number,
    teacherId: section.teacherId,
    teacherName: teacher ? fullName(teacher) : null,
    capacity: section.capacity,
    minSize: section.minSize,
    taken: section.taken,
    seatsLeft: section.status === 'open' ? section.capacity - section.taken : 0,
    status: section.status,
  };
}

/** Whether the actor may manage offerings of each department (one unit path per department). */
async function manageableBy(ctx: ServiceContext, departmentIds: string[]): Promise<Map<string, boolean>> {
  const out = new Map<string, boolean>();
  // a reader without the permission at all (a student, a teacher) manages none: no unit paths to look up
  if (!mayManageAnyOffering(ctx.actor)) return out;
  for (const id of new Set(departmentIds)) out.set(id, mayManageOffering(ctx.actor, await offeringTarget(ctx.db, id)));
  return out;
}

async function offeringDtos(ctx: ServiceContext, views: repo.OfferingView[]): Promise<OfferingDto[]> {
  const sections = await repo.sectionsOf(ctx.db, views.map((v) => v.offering.id));
  const may = await manageableBy(ctx, views.map((v) => v.discipline.departmentId));
  return views.map(({ offering: o, discipline: d, department }) => ({
    id: o.id,
    disciplineId: o.disciplineId,
    disciplineCode: d.code,
    disciplineName: localName(d, ctx.lang),
    departmentId: d.departmentId,
    departmentName: localName(department, ctx.lang),
    academicYear: o.academicYear,
    term: o.term,
    language: o.language,
    isElective: o.isElective,
    expectedStudents: o.expectedStudents,
    status: o.status,
    sections: sections.filter((s) => s.section.offeringId === o.id).map(sectionDto),
    canManage: may.get(d.departmentId) ?? false,
  }));
}

/** A page of offerings (a term, a department, a search by discipline code or name) with their sections. */
export async function listOfferings(ctx: ServiceContext, query: ListOfferingsQuery): Promise<OfferingsPageDto> {
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await repo.searchOfferings(ctx.db, filter, page, pageSize);
  return { items: await offeringDtos(ctx, rows), total, page, pageSize };
}

/** One offering with its sections. */
export async function getOffering(ctx: ServiceContext, id: string): Promise<OfferingDto> {
  const view = await repo.findOfferingView(ctx.db, id);
  if (!view) throw new AppError('OFFERING_NOT_FOUND');
  const [dto] = await offeringDtos(ctx, [view]);
  return dto!;
}

async function sectionOut(ctx: ServiceContext, offeringId: string, sectionId: string): Promise<SectionDto> {
  const view = (await repo.sectionsOf(ctx.db, [offeringId])).find((s) => s.section.id === sectionId);
  if (!view) throw new AppError('SECTION_NOT_FOUND');
  return sectionDto(view);
}

async function requireManage(db: Executor, ctx: ServiceContext, departmentId: string): Promise<AccessTarget> {
  const target = await offeringTarget(db, departmentId);
  if (!mayManageOffering(ctx.actor, target)) throw new AppError('FORBIDDEN');
  return target;
}

/** A teacher must be a current member of staff (an active account with an appointment covering today). */
async function checkTeacher(db: Executor, ctx: ServiceContext, teacherId: string | null | undefined): Promise<void> {
  if (!teacherId) return;
  if (!(await repo.isActiveStaff(db, teacherId, await universityToday({ db, now: ctx.now })))) throw new AppError('SECTION_TEACHER_NOT_STAFF');
}

/** The teachers a section of the offering may get: the department's staff today, or anyone on the staff matching the search. */
export async function teacherOptions(ctx: ServiceContext, offeringId: string, q: string | undefined): Promise<TeacherOptionDto[]> {
  const view = await repo.findOfferingView(ctx.db, offeringId);
  if (!view) throw new AppError('OFFERING_NOT_FOUND');
  await requireManage(ctx.db, ctx, view.discipline.departmentId);
  const rows = await repo.staffOn(ctx.db, await universityToday(ctx), q ? { q } : { unitId: view.discipline.departmentId });
  return rows.map((r) => ({ userId: r.userId, fullName: fullName(r), unitName: localName(r.unit, ctx.lang) }));
}

/**
 * Adds a section of a kind to an offering, numbered next; its capacity and minimum default to those of
 * the kind's first section, else to the settings' sizes for the kind. Audited.
 */
export async function addSection(ctx: ServiceContext, offeringId: string, body: AddSectionBody): Promise<SectionDto> {
  const view = await repo.findOfferingView(ctx.db, offeringId);
  if (!view) throw new AppError('OFFERING_NOT_FOUND');
  const id = await ctx.db.transaction(async (tx) => {
    await repo.lockOffering(tx, offeringId);
    await requireManage(tx, ctx, view.discipline.departmentId);
    if (view.offering.status !== 'open') throw new AppError('OFFERING_CANCELLED');
    await checkTeacher(tx, ctx, body.teacherId);
    const siblings = await repo.sectionsOfKind(tx, offeringId, body.kind);
    const first = siblings[0];
    const defaults = first ? { capacity: first.capacity, minSize: first.minSize } : sectionBounds(sectionSize(body.kind, view.discipline.kind, 'bachelor', await sectionSizes(tx)));
    const capacity = body.capacity ?? defaults.capacity;
    const minSize = body.minSize ?? Math.min(defaults.minSize, capacity);
    if (minSize > capacity) throw new AppError('SECTION_MIN_ABOVE_CAPACITY', { minSize, capacity });
    const number = siblings.reduce((max, s) => Math.max(max, s.number), 0) + 1;
    const row = await repo.insertSection(tx, { id: newId(), offeringId, kind: body.kind, number, teacherId: body.teacherId ?? null, capacity, minSize, taken: 0, status: 'open', createdAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'registration.offering.manage', entityType: 'section', entityId: row.id, after: row });
    return row.id;
  });
  return sectionOut(ctx, offeringId, id);
}

/**
 * Changes a section's teacher, capacity or minimum. The capacity never goes below the seats taken: the
 * update holds only if it is still so when it runs (enrolments raise `taken` at the same time). Audited.
 */
export async function updateSection(ctx: ServiceContext, sectionId: string, body: UpdateSectionBody): Promise<SectionDto> {
  const offeringId = await ctx.db.transaction(async (tx) => {
    const found = await repo.findSection(tx, sectionId);
    if (!found) throw new AppError('SECTION_NOT_FOUND');
    await requireManage(tx, ctx, found.departmentId);
    const before = found.section;
    if (before.status !== 'open') throw new AppError('SECTION_CANCELLED');
    if (body.teacherId !== undefined) await checkTeacher(tx, ctx, body.teacherId);
    const capacity = body.capacity ?? before.capacity;
    const minSize = body.minSize ?? before.minSize;
    if (minSize > capacity) throw new AppError('SECTION_MIN_ABOVE_CAPACITY', { minSize, capacity });
    const change = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as UpdateSectionBody;
    const after = await repo.updateSectionIf(tx, sectionId, change, ctx.now);
    if (!after) {
      const now = await repo.findSection(tx, sectionId);
      if (now && now.section.status !== 'open') throw new AppError('SECTION_CANCELLED');
      throw new AppError('SECTION_CAPACITY_BELOW_TAKEN', { capacity, taken: now?.section.taken ?? before.taken });
    }
    await recordAudit(tx, ctx, { action: 'registration.offering.manage', entityType: 'section', entityId: sectionId, before, after });
    return after.offeringId;
  });
  return sectionOut(ctx, offeringId, sectionId);
}

/** Cancels a section nobody has a seat in (the update holds only while `taken` is 0). Audited. */
export async function cancelSection(ctx: ServiceContext, sectionId: string): Promise<SectionDto> {
  const offeringId = await ctx.db.transaction(async (tx) => {
    const found = await repo.findSection(tx, sectionId);
    if (!found) throw new AppError('SECTION_NOT_FOUND');
    await requireManage(tx, ctx, found.departmentId);
    if (found.section.status !== 'open') throw new AppError('SECTION_CANCELLED');
    const after = await repo.cancelSectionIfEmpty(tx, sectionId, ctx.now);
    if (!after) {
      const now = await repo.findSection(tx, sectionId);
      if (now && now.section.status !== 'open') throw new AppError('SECTION_CANCELLED');
      throw new AppError('SECTION_NOT_EMPTY', { taken: now?.section.taken ?? found.section.taken });
    }
    await recordAudit(tx, ctx, { action: 'registration.offering.manage', entityType: 'section', entityId: sectionId, before: found.section, after });
    return after.offeringId;
  });
  return sectionOut(ctx, offeringId, sectionId);
}
