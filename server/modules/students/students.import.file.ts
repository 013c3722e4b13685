import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../platform/http/app-error.ts';

/** Reading an uploaded table (CSV or the first sheet of an XLSX) into a header and numbered rows. */

/** One cell as read: text from CSV; text, number or date from XLSX; null when empty. */
export type Cell = string | number | Date | null;

export interface SheetRow {
  /** the row's number as the user sees it in Excel (the header row is usually 1) */
  row: number;
  cells: Cell[];
}

export interface Sheet {
  format: 'csv' | 'xlsx';
  headers: string[];
  rows: SheetRow[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function formatOf(name: string, bytes: Uint8Array): 'csv' | 'xlsx' {
  const lower = name.toLowerCase();
  const isZip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (lower.endsWith('.xlsx')) {
    if (!isZip) throw new AppError('IMPORT_FILE_UNREADABLE', { format: 'XLSX' });
    return 'xlsx';
  }
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    if (isZip) throw new AppError('IMPORT_FILE_TYPE');
    return 'csv';
  }
  throw new AppError('IMPORT_FILE_TYPE');
}

const isBlank = (cells: Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

/** The header is the first non-empty row; data rows follow it, blank rows are skipped. */
function toSheet(format: Sheet['format'], numbered: SheetRow[]): Sheet {
  const filled = numbered.filter((r) => !isBlank(r.cells));
  const [header, ...rows] = filled;
  if (!header) throw new AppError('IMPORT_FILE_EMPTY');
  if (rows.length === 0) throw new AppError('IMPORT_FILE_EMPTY');
  const headers = header.cells.map((c) => (c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim()));
  return { format, headers, rows };
}

/** `;` or `,`: whichever occurs more often outside quotes in the first line. */
export function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons += 1;
    else if (!quoted && ch === ',') commas += 1;
  }
  return semicolons > commas ? ';' : ',';
}

function readCsv(bytes: Uint8Array): Sheet {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError('IMPORT_FILE_ENCODING');
  }
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  // a record is a row of the spreadsheet, even when a quoted cell spans several lines
  return toSheet('csv', parsed.data.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => (c.trim() === '' ? null : c)) })));
}

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellOf((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('hyperlink' in value) return cellOf(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw new AppError('IMPORT_FILE_UNREADABLE', { format: 'XLSX' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('IMPORT_FILE_EMPTY');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based: index 0 is empty
    rows.push({ row: number, cells: Array.from(values.slice(1), cellOf) }); // Array.from: holes become null too
  });
  return toSheet('xlsx', rows);
}

/** Reads the upload by its name and first bytes: a .csv (UTF-8, BOM or not, `;` or `,`) or an .xlsx. */
export async function readSheet(name: string, bytes: Uint8Array): Promise<Sheet> {
  return formatOf(name, bytes) === 'xlsx' ? readXlsx(bytes) : readCsv(bytes);
}
