import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Lang } from '../../../shared/i18n/languages.ts';
import { fileDisposition } from '../../platform/http/uploads.ts';
import type { ExportTable, ExportValue } from './students.export.service.ts';

/** Writing an export as CSV or XLSX, streamed batch by batch, safe to open in a spreadsheet. */

/** A leading =, +, - or @ (or a tab or CR) would be read as a formula by a spreadsheet: quote it. */
export function formulaSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const dmy = (iso: string, separator: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}${separator}${m}${separator}${y}`;
};

function csvCell(value: ExportValue, kind: string, lang: Lang, delimiter: string): string {
  if (value === null) return '';
  const text = kind === 'date' && typeof value === 'string' ? dmy(value, lang === 'en' ? '/' : '.') : formulaSafe(String(value));
  return text.includes(delimiter) || /["\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV in UTF-8 with a BOM (so spreadsheets read Cyrillic), `,` or `;` separated. */
export async function* csvChunks(table: ExportTable, lang: Lang, delimiter: ',' | ';'): AsyncGenerator<string> {
  yield `\uFEFF${table.columns.map((c) => csvCell(c.label, 'text', lang, delimiter)).join(delimiter)}\r\n`;
  for await (const rows of table.batches) {
    if (rows.length === 0) continue;
    yield rows.map((row) => row.map((v, i) => csvCell(v, table.columns[i]?.kind ?? 'text', lang, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
  }
}

const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Sheet1';

function xlsxValue(value: ExportValue, kind: string): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return typeof value === 'string' ? formulaSafe(value) : value;
}

async function writeXlsx(table: ExportTable, out: PassThrough): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName(table.sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({
    header: c.label,
    key: c.key,
    width: Math.min(40, Math.max(10, c.label.length + 2)),
    ...(c.kind === 'date' ? { style: { numFmt: 'dd.mm.yyyy' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const rows of table.batches) {
    for (const row of rows) sheet.addRow(row.map((v, i) => xlsxValue(v, table.columns[i]?.kind ?? 'text'))).commit();
  }
  sheet.commit();
  await workbook.commit();
}

/** The first sheet of an XLSX workbook, as a web stream the response sends while it is written. */
export function xlsxStream(table: ExportTable, onError: (err: unknown) => void): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  writeXlsx(table, out).catch((err: unknown) => {
    onError(err);
    out.destroy(err instanceof Error ? err : new Error(String(err)));
  });
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

/** `attachment` with an ASCII fallback name and the real (maybe Cyrillic) one per RFC 6266/5987. */
export function attachment(name: string, extension: 'xlsx' | 'csv'): string {
  return fileDisposition(name, extension);
}
