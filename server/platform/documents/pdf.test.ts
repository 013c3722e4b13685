import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { pdfText } from './pdf-text.ts';
import { documentDate, documentHeader, fields, pdfDisposition, renderPdf, signatureLine, table } from './pdf.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('PDF documents', () => {
  it('A4 with the university header in Kyrgyz and Russian, Kyrgyz letters embedded, page numbers', async () => {
    const header = await documentHeader(database.db);
    expect(header.lines).toEqual(['Демонстрациялык мамлекеттик университет', 'Демонстрационный государственный университет']);
    const rows = Array.from({ length: 80 }, (_, i) => [String(i + 1), `Үсөнбаева Ңаңы Өмүр ${i + 1}`]);
    const bytes = await renderPdf(header, { title: 'Тизме ҢӨҮ ңөү', content: [fields([['Талаа', 'Маани']]), table(['№', 'Аты-жөнү'], rows), signatureLine('Декан', 'А. Б. Асанов')] }, 'ky');
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('Демонстрациялык мамлекеттик университет');
    expect(text).toContain('Тизме ҢӨҮ ңөү');
    expect(text).toContain('Үсөнбаева Ңаңы Өмүр 80');
    expect(text).toContain('А. Б. Асанов');
    expect(text).toMatch(/1 \/ 2/);
    expect(text).toMatch(/2 \/ 2/);
  });

  it('dates as dd.mm.yyyy and a download name that keeps Cyrillic', () => {
    expect(documentDate('2026-09-01')).toBe('01.09.2026');
    expect(pdfDisposition('ЭК-1-25-2026-09-01')).toBe(`inline; filename="_-1-25-2026-09-01.pdf"; filename*=UTF-8''${encodeURIComponent('ЭК-1-25-2026-09-01.pdf')}`);
  });
});
