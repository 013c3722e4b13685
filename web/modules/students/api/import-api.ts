import type { ImportField } from '../../../../shared/modules/students/students.vocabulary.ts';
import { isApiError, postForm } from '../../../lib/api-client.ts';

/** The student import (POST /api/students/import): a dry run reports every bad row, a real run imports all rows or none. */

export interface ImportRowError {
  row: number;
  field: string;
  code: string;
  message: string;
}

export interface ImportReport {
  rows: number;
  valid: number;
  errors: ImportRowError[];
  imported: number;
}

export type ImportMapping = Partial<Record<ImportField, string>>;

export function sendImport(file: File, mapping: ImportMapping, dryRun: boolean): Promise<ImportReport> {
  const form = new FormData();
  form.set('file', file);
  form.set('mapping', JSON.stringify(mapping));
  form.set('dryRun', String(dryRun));
  return postForm<ImportReport>('/api/students/import', form);
}

/**
 * The column headers of a file, as the server reads them: a dry run with an empty mapping is
 * refused with IMPORT_MAPPING_INVALID, whose details name the file's headers.
 */
export async function readImportHeaders(file: File): Promise<string[]> {
  try {
    await sendImport(file, {}, true);
  } catch (error) {
    const headers = isApiError(error) && error.code === 'IMPORT_MAPPING_INVALID' ? (error.details as { headers?: unknown } | null)?.headers : undefined;
    if (Array.isArray(headers)) return headers.filter((h): h is string => typeof h === 'string');
    throw error;
  }
  return [];
}
