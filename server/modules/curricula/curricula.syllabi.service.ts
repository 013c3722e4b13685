import type { SyllabiDto, SyllabusDto, SyllabusWindowDto } from '../../../shared/modules/curricula/curricula.syllabi.contracts.ts';
import { SYLLABUS_TYPES, cleanFileName, detectSyllabusFormat, isUploadOpen, syllabusDeadline, syllabusTerm, type Placement } from '../../../shared/modules/curricula/rules/syllabus.ts';
import { academicYearCode, parseAcademicYearCode } from '../../../shared/modules/calendar/rules/calendar-proposal.ts';
import { displayDay } from '../../../shared/modules/calendar/rules/days.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { getFile, putFile } from '../../platform/files/files.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { getSetting, universityToday } from '../../platform/settings/settings.service.ts';
import { findTermStart, workingDays, type WorkingDays } from '../calendar/index.ts';
import { fullName } from '../identity/index.ts';
import { canManageDisciplinesOf } from './curricula.policy.ts';
import * as catalog from './curricula.repository.ts';
import * as repo from './curricula.syllabi.repository.ts';

/**
 * Syllabus / teaching kit (УМКД) uploads (seed 003 §4.6): the owning department uploads a PDF,
 * DOCX or ODT per discipline and academic year until N working days before the term it is taught
 * in (N a setting, the term's first day from the calendar, working days from the calendar's
 * service); every upload stays as history, everyone who reads the catalog downloads the current one.
 */

async function loadDiscipline(ctx: ServiceContext, id: string) {
  const row = await catalog.findDiscipline(ctx.db, id);
  if (!row) throw new AppError('DISCIPLINE_NOT_FOUND');
  return row.discipline;
}

/** The academic year a day falls in, by the usual September-to-August year. */
const startYearOn = (day: string): number => Number(day.slice(0, 4)) - (Number(day.slice(5, 7)) < 9 ? 1 : 0);

/** When uploads for a year close, counted from the calendar's term (open when the calendar lacks it). */
async function windowOf(ctx: ServiceContext, startYear: number, placements: Placement[], days: WorkingDays, today: string): Promise<SyllabusWindowDto> {
  const term = syllabusTerm(placements, startYear);
  const termStart = (await findTermStart(ctx.db, startYear, term)) ?? null;
  const deadline = termStart ? syllabusDeadline(termStart, await getSetting(ctx.db, 'curricula.syllabusDeadlineWorkingDays'), days.subtractWorkingDays) : null;
  return { academicYear: academicYearCode(startYear), term, termStart, deadline, open: isUploadOpen(today, deadline) };
}

/** The uploads of a discipline with each year's deadline, and the years one may upload for now. */
export async function listSyllabi(ctx: ServiceContext, disciplineId: string): Promise<SyllabiDto> {
  const discipline = await loadDiscipline(ctx, disciplineId);
  const [rows, placements, days, today] = [await repo.listSyllabi(ctx.db, disciplineId), await repo.workingPlacements(ctx.db, disciplineId), await workingDays(ctx), await universityToday(ctx)];
  const windows = new Map<number, SyllabusWindowDto>();
  const windowFor = async (year: number) => {
    let found = windows.get(year);
    if (!found) windows.set(year, (found = await windowOf(ctx, year, placements, days, today)));
    return found;
  };
  const seen = new Set<number>();
  const items: SyllabusDto[] = [];
  for (const { syllabus: s, uploader } of rows) {
    items.push({
      ...(await windowFor(s.startYear)),
      id: s.id,
      fileName: s.fileName,
      contentType: s.contentType,
      size: s.size,
      uploadedAt: s.uploadedAt.toISOString(),
      uploadedBy: { id: s.uploadedBy, name: fullName(uploader) },
      isCurrent: !seen.has(s.startYear),
    });
    seen.add(s.startYear);
  }
  const current = startYearOn(today);
  return {
    items,
    windows: [await windowFor(current), await windowFor(current + 1)],
    canManage: await canManageDisciplinesOf(ctx.db, ctx.actor, discipline.departmentId),
    maxKb: await getSetting(ctx.db, 'curricula.syllabusMaxKb'),
  };
}

export interface SyllabusUpload {
  academicYear: string;
  fileName: string;
  bytes: Uint8Array;
}

/** A new upload: by the owning department, a real PDF/DOCX/ODT within the size, before the year's deadline. */
export async function uploadSyllabus(ctx: ServiceContext, disciplineId: string, upload: SyllabusUpload): Promise<SyllabusDto> {
  const discipline = await loadDiscipline(ctx, disciplineId);
  if (!(await canManageDisciplinesOf(ctx.db, ctx.actor, discipline.departmentId))) throw new AppError('FORBIDDEN');
  const startYear = parseAcademicYearCode(upload.academicYear);
  if (startYear === null) throw new AppError('CALENDAR_YEAR_CODE_INVALID', { code: upload.academicYear });
  if (upload.bytes.byteLength === 0) throw new AppError('SYLLABUS_FILE_MISSING');
  const maxKb = await getSetting(ctx.db, 'curricula.syllabusMaxKb');
  if (upload.bytes.byteLength > maxKb * 1024) throw new AppError('SYLLABUS_TOO_LARGE', { maxKb });
  const format = detectSyllabusFormat(upload.bytes);
  if (!format) throw new AppError('SYLLABUS_FILE_TYPE');
  const today = await universityToday(ctx);
  const window = await windowOf(ctx, startYear, await repo.workingPlacements(ctx.db, disciplineId), await workingDays(ctx), today);
  if (!window.open && window.deadline && window.termStart) {
    const days = await getSetting(ctx.db, 'curricula.syllabusDeadlineWorkingDays');
    throw new AppError('SYLLABUS_UPLOAD_CLOSED', { year: upload.academicYear, deadline: displayDay(window.deadline, ctx.lang), termStart: displayDay(window.termStart, ctx.lang), days });
  }
  const fileName = cleanFileName(upload.fileName, `${discipline.code}-${upload.academicYear}.${format}`);
  const row = await ctx.db.transaction(async (tx) => {
    const stored = await putFile(tx, { bytes: upload.bytes, contentType: SYLLABUS_TYPES[format], createdBy: ctx.actor.userId, now: ctx.now });
    const created = await repo.insertSyllabus(tx, { id: newId(), disciplineId, academicYear: upload.academicYear, startYear, termKind: window.term, fileId: stored.id, fileName, contentType: stored.contentType, size: stored.size, uploadedAt: ctx.now, uploadedBy: ctx.actor.userId });
    await recordAudit(tx, ctx, { action: 'curricula.discipline.manage', entityType: 'syllabus', entityId: created.id, after: { ...created, sha256: stored.sha256 } });
    return created;
  });
  const listed = (await listSyllabi(ctx, disciplineId)).items.find((s) => s.id === row.id);
  if (!listed) throw new AppError('SYLLABUS_NOT_FOUND');
  return listed;
}

/** The file of an upload: the current one of its year for every reader of the catalog, earlier ones for the department. */
export async function getSyllabusFile(ctx: ServiceContext, disciplineId: string, syllabusId: string) {
  const discipline = await loadDiscipline(ctx, disciplineId);
  const row = await repo.findSyllabus(ctx.db, disciplineId, syllabusId);
  if (!row) throw new AppError('SYLLABUS_NOT_FOUND');
  const latest = (await repo.listSyllabi(ctx.db, disciplineId)).find((r) => r.syllabus.startYear === row.startYear);
  if (latest?.syllabus.id !== row.id && !(await canManageDisciplinesOf(ctx.db, ctx.actor, discipline.departmentId))) throw new AppError('FORBIDDEN');
  const file = await getFile(ctx.db, row.fileId);
  if (!file) throw new AppError('SYLLABUS_NOT_FOUND');
  return { bytes: file.bytes, contentType: file.contentType, fileName: row.fileName, sha256: file.sha256 };
}
