import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, workingCalendar } from '../../calendar/rules/working-days.ts';
import { kyrgyzHolidays } from '../../calendar/rules/kyrgyz-holidays.ts';
import { cleanFileName, detectSyllabusFormat, isUploadOpen, syllabusDeadline, syllabusTerm } from './syllabus.ts';

const bytes = (...parts: (string | number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : Array.from(p))));
const zipHeader = (name: string) => bytes([0x50, 0x4b, 0x03, 0x04], new Array(22).fill(0) as number[], [name.length, 0, 0, 0], name);

describe('detectSyllabusFormat', () => {
  it('recognises a PDF, an ODT and a DOCX by their bytes', () => {
    expect(detectSyllabusFormat(bytes('%PDF-1.7\n%âãÏÓ'))).toBe('pdf');
    expect(detectSyllabusFormat(bytes(zipHeader('mimetype'), 'application/vnd.oasis.opendocument.text', [0x50, 0x4b, 0x03, 0x04]))).toBe('odt');
    expect(detectSyllabusFormat(bytes(zipHeader('[Content_Types].xml'), '<Types/>', zipHeader('word/document.xml'), '<w:document/>'))).toBe('docx');
  });

  it('refuses other files, whatever their name', () => {
    expect(detectSyllabusFormat(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBeNull(); // JPEG
    expect(detectSyllabusFormat(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBeNull(); // old .doc
    expect(detectSyllabusFormat(bytes(zipHeader('xl/workbook.xml'), '[Content_Types].xml'))).toBeNull(); // XLSX
    expect(detectSyllabusFormat(bytes(zipHeader('mimetype'), 'application/vnd.oasis.opendocument.text-template'))).toBeNull();
    expect(detectSyllabusFormat(bytes(zipHeader('mimetype'), 'application/vnd.oasis.opendocument.spreadsheet'))).toBeNull();
    expect(detectSyllabusFormat(new Uint8Array())).toBeNull();
  });

  it('never throws on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
      expect(['pdf', 'docx', 'odt', null]).toContain(detectSyllabusFormat(data));
    }));
  });
});

describe('the term and the deadline', () => {
  it('finds the term a discipline is taught in that year from the working plans', () => {
    const placements = [{ admissionYear: 2025, semester: 4 }, { admissionYear: 2026, semester: 1 }];
    expect(syllabusTerm(placements, 2026)).toBe('autumn');
    expect(syllabusTerm([{ admissionYear: 2025, semester: 4 }], 2026)).toBe('spring');
    expect(syllabusTerm([{ admissionYear: 2024, semester: 6 }], 2026)).toBe('spring');
    expect(syllabusTerm([{ admissionYear: 2024, semester: 7 }], 2026)).toBe('autumn'); // semester 7 of 2024 is taught in 2027-2028: not this year
    expect(syllabusTerm([], 2026)).toBe('autumn');
  });

  it('closes 10 working days before the term, counting over Independence Day', () => {
    const calendar = workingCalendar(5, kyrgyzHolidays(2026));
    const deadline = syllabusDeadline('2026-09-01', 10, (day, n) => addWorkingDays(calendar, day, -n));
    expect(deadline).toBe('2026-08-17');
    expect(isUploadOpen('2026-08-17', deadline)).toBe(true);
    expect(isUploadOpen('2026-08-18', deadline)).toBe(false);
    expect(isUploadOpen('2030-01-01', null)).toBe(true);
  });

  it('cleans a file name of paths and control characters', () => {
    expect(cleanFileName('C:\\Users\\a\\Силлабус "ИКТ".pdf', 'x.pdf')).toBe('Силлабус ИКТ.pdf');
    expect(cleanFileName('../../etc/passwd\u0000', 'x.pdf')).toBe('passwd');
    expect(cleanFileName('   ', 'syllabus.pdf')).toBe('syllabus.pdf');
  });
});
