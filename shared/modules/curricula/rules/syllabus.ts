import type { TermKind } from '../../calendar/calendar.vocabulary.ts';

/**
 * Syllabus / teaching kit (УМКД) uploads (seed 003 §4.6, DOMAIN.md §3): the file must really be a
 * PDF, DOCX or ODT (recognised from its bytes), and the upload closes automatically N working days
 * before the term in which the discipline is taught. Pure: the working-day arithmetic and the
 * term's first day come from the caller.
 */

export const SYLLABUS_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
} as const;
export type SyllabusFormat = keyof typeof SYLLABUS_TYPES;

const ascii = (text: string) => Array.from(text, (ch) => ch.charCodeAt(0));

function startsWith(bytes: Uint8Array, pattern: number[], at = 0): boolean {
  return pattern.every((b, i) => bytes[at + i] === b);
}

function contains(bytes: Uint8Array, pattern: number[]): boolean {
  const first = pattern[0];
  for (let i = bytes.indexOf(first ?? 0); i !== -1 && i <= bytes.length - pattern.length; i = bytes.indexOf(first ?? 0, i + 1)) {
    if (startsWith(bytes, pattern, i)) return true;
  }
  return false;
}

const PDF = ascii('%PDF-');
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ODT_MIME = ascii('mimetypeapplication/vnd.oasis.opendocument.text');

/**
 * The format the bytes really have: a PDF by its header; an ODT by the uncompressed `mimetype`
 * entry an OpenDocument package must start with; a DOCX by a ZIP holding `word/document.xml` and
 * `[Content_Types].xml` (entry names are stored uncompressed). Anything else (an old .doc, a
 * spreadsheet, a renamed image) is null.
 */
export function detectSyllabusFormat(bytes: Uint8Array): SyllabusFormat | null {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (!startsWith(bytes, ZIP)) return null;
  // local file header: name at 30; "mimetype" stored, its content right after the name
  if (startsWith(bytes, ODT_MIME, 30)) {
    const next = bytes[30 + ODT_MIME.length];
    return next === undefined || next === 0x50 /* P of the next header */ ? 'odt' : null;
  }
  if (contains(bytes, ascii('word/document.xml')) && contains(bytes, ascii('[Content_Types].xml'))) return 'docx';
  return null;
}

/** A working plan's placement of a discipline: the plan's admission year and the semester (1-based). */
export interface Placement {
  admissionYear: number;
  semester: number;
}

/**
 * The term of the academic year starting in `startYear` in which the discipline is taught, from the
 * working plans: semester s of admission year a falls in the year a + ⌊(s − 1) / 2⌋, odd semesters
 * in autumn, even in spring. The earliest if several; autumn when no plan places it that year.
 */
export function syllabusTerm(placements: readonly Placement[], startYear: number): TermKind {
  const terms = placements.filter((p) => p.admissionYear + Math.floor((p.semester - 1) / 2) === startYear).map((p) => (p.semester % 2 === 1 ? 'autumn' : 'spring'));
  return terms.includes('autumn') || terms.length === 0 ? 'autumn' : 'spring';
}

/** The last day of upload: `days` working days before the term's first day (through the day itself). */
export function syllabusDeadline(termStart: string, days: number, subtractWorkingDays: (day: string, n: number) => string): string {
  return subtractWorkingDays(termStart, days);
}

/** Whether an upload made on `today` is on time. */
export const isUploadOpen = (today: string, deadline: string | null): boolean => deadline === null || today <= deadline;

/** A file name safe to store and to send back: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(-200);
  return clean === '' ? fallback : clean;
}
