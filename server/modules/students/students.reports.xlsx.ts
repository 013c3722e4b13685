import ExcelJS from 'exceljs';
import type { ContingentDimension } from '../../../shared/modules/students/rules/contingent.ts';
import { reportKeyLabel, type ReportKeyKind } from '../../../shared/modules/students/rules/report-labels.ts';
import type { ContingentReportDto } from '../../../shared/modules/students/students-reports.contracts.ts';
import type { Lang } from '../../../shared/i18n/languages.ts';
import { translate } from '../../platform/i18n/translate.ts';

/** The contingent report as an XLSX workbook: the pivot with totals on one sheet, the distributions on another. */

/** What a key of a dimension reads as, in the language of the file. */
const keyLabel = (lang: Lang, kind: ReportKeyKind, key: string, labels: Record<string, string>) => reportKeyLabel((k, p) => translate(lang, k, p), kind, key, labels);

function pivotSheet(workbook: ExcelJS.Workbook, report: ContingentReportDto, lang: Lang) {
  const t = (key: string, params?: Record<string, unknown>) => translate(lang, `students-reports:${key}`, params);
  const [y, m, d] = report.date.split('-');
  const sheet = workbook.addWorksheet(t('sheet.contingent'));
  sheet.addRow([t('reportTitle', { date: `${d}.${m}.${y}` })]).font = { bold: true };
  const column = report.columnDimension;
  const header = [...report.rowDimensions.map((dim) => t(`dimension.${dim}`)), ...(column ? report.columnKeys.map((k) => keyLabel(lang, column, k, report.labels)) : []), t('total')];
  sheet.addRow(header).font = { bold: true };
  for (const row of report.rows) {
    const keys = row.key.map((k, i) => keyLabel(lang, report.rowDimensions[i] as ContingentDimension, k, report.labels));
    sheet.addRow([...keys, ...(column ? row.cells : []), row.total]);
  }
  const padding = Math.max(0, report.rowDimensions.length - 1);
  sheet.addRow([t('total'), ...Array<string>(padding).fill(''), ...report.columnTotals, report.total]).font = { bold: true };
  sheet.columns.forEach((c, i) => (c.width = i < report.rowDimensions.length ? 32 : 14));
}

function distributionsSheet(workbook: ExcelJS.Workbook, report: ContingentReportDto, lang: Lang) {
  const t = (key: string) => translate(lang, `students-reports:${key}`);
  const sheet = workbook.addWorksheet(t('sheet.distributions'));
  for (const kind of ['course', 'age', 'nationality', 'gender'] as const) {
    sheet.addRow([t(`distribution.${kind}`)]).font = { bold: true };
    sheet.addRow([t('distribution.key'), t('distribution.count')]).font = { bold: true };
    for (const item of report.distributions[kind]) sheet.addRow([keyLabel(lang, kind, item.key, report.labels), item.count]);
    sheet.addRow([]);
  }
  sheet.getColumn(1).width = 36;
  sheet.getColumn(2).width = 14;
}

export async function contingentWorkbook(report: ContingentReportDto, lang: Lang): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  pivotSheet(workbook, report, lang);
  distributionsSheet(workbook, report, lang);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
