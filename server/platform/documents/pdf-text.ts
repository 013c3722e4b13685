import { PDFParse } from 'pdf-parse';

/** Tests read a generated PDF back as text with pdf-parse (a dev dependency: only tests import this file). */

/** The text of every page of a PDF. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: bytes });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}
