import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField } from '../../../../shared/modules/students/students.vocabulary.ts';
import type { ImportMapping } from '../api/import-api.ts';

/** How a header is compared: case, spaces, a byte-order mark and punctuation do not matter. */
export const headerKey = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The column each field most likely comes from: a header equal to the field's name or to one of
 * its labels (in any language — the labels of our own export, so an exported file maps itself).
 * Each header is given to one field at most.
 */
export function guessMapping(headers: string[], labelsOf: (field: ImportField) => string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const free = new Map(headers.map((h) => [headerKey(h), h] as const));
  for (const field of IMPORT_FIELDS) {
    for (const candidate of [field, ...labelsOf(field)].map(headerKey)) {
      const header = free.get(candidate);
      if (header !== undefined) {
        mapping[field] = header;
        free.delete(candidate);
        break;
      }
    }
  }
  return mapping;
}

/** The required fields a mapping still lacks. */
export const missingRequired = (mapping: ImportMapping): ImportField[] => REQUIRED_IMPORT_FIELDS.filter((field) => !mapping[field]);
