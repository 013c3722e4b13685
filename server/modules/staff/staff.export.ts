import ExcelJS from 'exceljs';
import type { StaffListDto } from '../../../shared/modules/staff/staff.contracts.ts';
import type { Lang } from '../../../shared/i18n/languages.ts';
import { translate } from '../../platform/i18n/translate.ts';

/** A staff list as an XLSX workbook: a title row (unit, date), the header, one row per appointment. */

const COLUMNS = ['no', 'fullName', 'unit', 'position', 'rate', 'employment', 'status', 'degree', 'title', 'since'] as const;

/** Text a spreadsheet would read as a formula (=, +, -, @) is written as plain text. */
const plain = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function staffListXlsx(list: StaffListDto, lang: Lang): Promise<{ bytes: Uint8Array<ArrayBuffer>; fileName: string }> {
  const t = (key: string, params: Record<string, unknown> = {}) => translate(lang, `staff:${key}`, params);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t('export.sheet').slice(0, 31), { views: [{ state: 'frozen', ySplit: 2 }] });
  const [y, m, d] = list.date.split('-');
  sheet.addRow([plain(t('export.title', { unit: list.unitName || t('export.university'), date: `${d}.${m}.${y}` }))]).font = { bold: true };
  const header = sheet.addRow(COLUMNS.map((c) => t(`export.columns.${c}`)));
  header.font = { bold: true };
  list.items.forEach((row, i) => {
    sheet.addRow([
      i + 1,
      plain(row.fullName),
      plain(row.unitName),
      plain(row.positionName),
      row.rate,
      t(`employment.${row.employment}`),
      t(`appointmentStatus.${row.status}`),
      t(`degree.${row.degree}`),
      t(`academicTitle.${row.title}`),
      asDate(row.validFrom),
    ]);
  });
  sheet.getColumn(5).numFmt = '0.00';
  sheet.getColumn(10).numFmt = 'dd.mm.yyyy';
  COLUMNS.forEach((_, i) => (sheet.getColumn(i + 1).width = [5, 36, 36, 28, 8, 22, 14, 18, 14, 12][i]!));
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer), fileName: `staff-${list.date}` };
}
