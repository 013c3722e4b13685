import ExcelJS from 'exceljs';
import type { OverviewQuery } from '../../../shared/modules/registration/registration.view.contracts.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { translate } from '../../platform/i18n/translate.ts';
import { registrationRows } from './registration.offices.service.ts';
import * as repo from './registration.offices.repository.ts';
import { nameIn } from './registration.view.lines.ts';

/**
 * The registration lists of a term as XLSX, headers in the reader's language: one row per student
 * and section they hold a place in, and a sheet of the students not fully registered with their holds.
 */

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

export async function registrationListsWorkbook(ctx: ServiceContext, query: OverviewQuery): Promise<{ bytes: Uint8Array<ArrayBuffer>; fileName: string }> {
  const t = (key: string, params?: Record<string, unknown>) => translate(ctx.lang, `registration:lists.${key}`, params);
  const status = (s: string | null) => translate(ctx.lang, `registration:planStatus.${s ?? 'none'}`);
  const { academicYear, term, today, rows } = await registrationRows(ctx, query);
  const ids = rows.map((r) => r.studentId);
  const [places, holds] = await Promise.all([repo.termPlacesOf(ctx.db, ids, academicYear, term), repo.holdsInForceOf(ctx.db, ids, today)]);
  const workbook = new ExcelJS.Workbook();
  const lists = workbook.addWorksheet(t('sheetLists'));
  lists.addRow([t('title', { year: `${academicYear}-${academicYear + 1}`, term: translate(ctx.lang, `registration:term.${term}`) })]).font = { bold: true };
  lists.addRow([t('group'), t('student'), t('discipline'), t('section'), t('teacher'), t('status')]).font = { bold: true };
  const placesOf = groupBy(places, (p) => p.studentId);
  for (const row of rows) {
    for (const p of placesOf.get(row.studentId) ?? []) {
      const section = translate(ctx.lang, 'registration:sectionName', { kind: translate(ctx.lang, `registration:sectionKind.${p.kind}`), number: p.number });
      lists.addRow([row.groupCode, row.studentName, `${p.code} ${nameIn(ctx.lang, p)}`, section, p.teacherLast ? `${p.teacherLast} ${p.teacherFirst ?? ''}`.trim() : '', status(row.status)]);
    }
  }
  const missing = workbook.addWorksheet(t('sheetNotRegistered'));
  missing.addRow([t('group'), t('student'), t('status'), t('holds')]).font = { bold: true };
  const holdsOf = groupBy(holds, (h) => h.studentId);
  for (const row of rows.filter((r) => !r.isFullyRegistered)) {
    const held = (holdsOf.get(row.studentId) ?? []).map((h) => `${translate(ctx.lang, `registration:kind.${h.kind}`)}: ${h.reason}`).join('; ');
    missing.addRow([row.groupCode, row.studentName, status(row.status), held]);
  }
  for (const sheet of [lists, missing]) sheet.columns.forEach((c, i) => (c.width = i === 0 ? 14 : 32));
  return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), fileName: `registration-${academicYear}-${term}-${today}` };
}
