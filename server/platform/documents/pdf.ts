import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfMake from 'pdfmake';
import type { Content, TableCell } from 'pdfmake';
import type { Lang } from '../../../shared/i18n/languages.ts';
import type { Executor } from '../db/client.ts';
import { getSetting } from '../settings/settings.service.ts';
import { fileDisposition } from '../http/uploads.ts';

/**
 * Printable documents: A4 PDFs on pdfmake with DejaVu Sans embedded (it has Ң ң Ө ө Ү ү), the
 * standard header (the university's name in Kyrgyz and Russian, FORMS.md §0) and page numbers.
 * The fonts are read from the installed `dejavu-fonts-ttf` package; nothing is fetched, and pdfmake
 * may read no other file and no URL.
 */

const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as typeof PdfMake;
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
type DocumentDefinition = Parameters<typeof pdfmake.createPdf>[0];
const font = (file: string) => path.join(FONT_DIR, file);

pdfmake.setFonts({
  DejaVuSans: { normal: font('DejaVuSans.ttf'), bold: font('DejaVuSans-Bold.ttf'), italics: font('DejaVuSans-Oblique.ttf'), bolditalics: font('DejaVuSans-BoldOblique.ttf') },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(FONT_DIR + path.sep));

export type { Content, TableCell };

export interface PdfDocument {
  /** the document's title: the PDF's metadata and the heading under the header */
  title: string;
  /** lines under the university's name (a unit, a subtitle), already in the document's language */
  subtitle?: string[];
  content: Content[];
  orientation?: 'portrait' | 'landscape';
}

export interface DocumentHeader {
  /** the university's name: Kyrgyz first, then Russian (FORMS.md §0) */
  lines: string[];
}

/** The header every document carries: the university's name from the settings, in Kyrgyz and Russian. */
export async function documentHeader(db: Executor): Promise<DocumentHeader> {
  const name = await getSetting(db, 'university.name');
  return { lines: [...new Set([name.ky, name.ru])] };
}

/** The document's date as dd.mm.yyyy (a yyyy-mm-dd day). */
export function documentDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** `Должность ______ И. О. Фамилия`: the line a head signs (FORMS.md §0). */
export function signatureLine(position: string, name = ''): Content {
  return { columns: [{ text: position, width: 'auto' }, { text: '______________________', width: '*', alignment: 'center' }, { text: name, width: 'auto' }], margin: [0, 24, 0, 0], columnGap: 8 };
}

/** A table with a bold repeated header row and thin lines. */
export function table(header: string[], rows: TableCell[][], widths?: (string | number)[]): Content {
  return {
    table: { headerRows: 1, widths: widths ?? header.map(() => 'auto'), body: [header.map((text) => ({ text, bold: true })), ...rows] },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingTop: () => 2, paddingBottom: () => 2 },
    fontSize: 9,
  };
}

/** Label: value pairs as a two-column table without lines. */
export function fields(pairs: [string, string | null | undefined][]): Content {
  return { table: { widths: [170, '*'], body: pairs.map(([label, value]) => [{ text: label, color: '#555555' }, { text: value ?? '—' }]) }, layout: 'noBorders', margin: [0, 0, 0, 8] };
}

/** The PDF bytes of a document under the given header, A4, page numbers "n / total" at the bottom. */
export async function renderPdf(header: DocumentHeader, doc: PdfDocument, lang: Lang): Promise<Uint8Array<ArrayBuffer>> {
  const definition: DocumentDefinition = {
    pageSize: 'A4',
    pageOrientation: doc.orientation ?? 'portrait',
    pageMargins: [40, 40, 40, 48],
    info: { title: doc.title, creator: header.lines[0] ?? '' },
    language: lang,
    defaultStyle: { font: 'DejaVuSans', fontSize: 10 },
    footer: (page: number, pages: number) => ({ text: `${page} / ${pages}`, alignment: 'center', fontSize: 8, margin: [0, 16, 0, 0] }),
    content: [
      ...header.lines.map((text): Content => ({ text, alignment: 'center', bold: true, fontSize: 11 })),
      ...(doc.subtitle ?? []).map((text): Content => ({ text, alignment: 'center', fontSize: 10 })),
      { text: doc.title, alignment: 'center', bold: true, fontSize: 13, margin: [0, 12, 0, 10] },
      ...doc.content,
    ],
  };
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer);
}

/** `attachment`/`inline` disposition with an ASCII fallback name and the real (maybe Cyrillic) one (RFC 6266/5987). */
export function pdfDisposition(name: string, disposition: 'inline' | 'attachment' = 'inline'): string {
  return fileDisposition(name, 'pdf', disposition);
}
