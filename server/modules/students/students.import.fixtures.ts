import ExcelJS from 'exceljs';
import type { Client } from '../../test/login-as.ts';
import type { TestApp } from '../../test/test-app.ts';
import type { ImportReport } from './students.import.service.ts';

/** Test helpers: import files written by the tests themselves, and the multipart upload of one. */

export type FileCell = string | number | Date | null;

/** A CSV as Excel saves it: `;` or `,`, CRLF, quotes where needed, optionally with a UTF-8 BOM. */
export function csvFile(rows: FileCell[][], options: { delimiter?: ';' | ','; bom?: boolean } = {}): Uint8Array {
  const delimiter = options.delimiter ?? ';';
  const cell = (value: FileCell) => {
    const text = value === null ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const text = rows.map((row) => row.map(cell).join(delimiter)).join('\r\n') + '\r\n';
  return new TextEncoder().encode((options.bom ?? true ? '\uFEFF' : '') + text);
}

/** An XLSX workbook whose first sheet holds the rows (dates as date cells, numbers as numbers); a second sheet is never read. */
export async function xlsxFile(rows: FileCell[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Студенты');
  for (const row of rows) sheet.addRow(row);
  workbook.addWorksheet('Справка').addRow(['Личный ID', 'not a student']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export interface Upload {
  name: string;
  bytes: Uint8Array;
  mapping?: unknown;
  dryRun?: string | null;
  lang?: string;
}

/** The answer of an import: the report, or a refusal (whose details may be the report). */
export interface ImportAnswer {
  status: number;
  body: ImportReport & { error: { code: string; message: string; details: ImportReport & { missingFields?: string[]; unknownColumns?: string[] } } };
}

/** POST /api/students/import as a signed-in client, multipart/form-data like a browser sends it. */
export async function upload(t: TestApp, client: Client, file: Upload): Promise<ImportAnswer> {
  const form = new FormData();
  form.append('file', new File([file.bytes as Uint8Array<ArrayBuffer>], file.name));
  if (file.mapping !== undefined) form.append('mapping', typeof file.mapping === 'string' ? file.mapping : JSON.stringify(file.mapping));
  if (file.dryRun !== null) form.append('dryRun', file.dryRun ?? 'true');
  const res = await t.app.request('/api/students/import', {
    method: 'POST',
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'accept-language': file.lang ?? 'ru' },
    body: form,
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as ImportAnswer['body'] };
}

/** The mapping of the test files' Russian headers. */
export const RU_MAPPING = {
  username: 'Личный ID',
  lastName: 'Фамилия',
  firstName: 'Имя',
  patronymic: 'Отчество',
  birthDate: 'Дата рождения',
  gender: 'Пол',
  citizenship: 'Гражданство',
  personalNumber: 'ПИН',
  passportNumber: 'Паспорт',
  phone: 'Телефон',
  email: 'Почта',
  ortScore: 'Балл ОРТ',
};

export const RU_HEADER: FileCell[] = ['Личный ID', 'Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Пол', 'Гражданство', 'ПИН', 'Паспорт', 'Телефон', 'Почта', 'Балл ОРТ'];

/** A valid row for RU_HEADER: PIN and birth date agree (female, DDMMYYYY after the first digit). */
export function validRow(n: number, birth = '15.03.2005'): FileCell[] {
  const [d, m, y] = birth.split('.');
  const serial = String(n).padStart(5, '0');
  return [`imp${serial}`, 'Асанова', 'Айпери', 'Бакытовна', birth, 'ж', 'KG', `1${d}${m}${y}${serial}`, `ID${String(n).padStart(7, '0')}`, '+996 700 000 000', `imp${serial}@example.kg`, 180];
}
