import { ApiError, isApiError, postForm } from '../../../lib/api-client.ts';
import { currentLang, i18n } from '../../../lib/i18n.ts';
import { planPath, type PlanImportResult } from './curricula-api.ts';

/** A plan's documents: its XLSX and PDF (downloaded with the session cookie), and the XLSX import into a draft. */

export type PlanDocumentKind = 'xlsx' | 'pdf';

export const planDocumentPath = (id: string, kind: PlanDocumentKind) => `${planPath(id)}/plan.${kind}`;

/** The file name the server suggests (Content-Disposition), or `fallback`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      return fallback;
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallback;
}

async function refusal(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError({ status: response.status, code: error.code, message: error.message, requestId: typeof error.requestId === 'string' ? error.requestId : null, details: error.details });
  }
  return new ApiError({ status: response.status, code: 'UNEXPECTED', message: i18n.t('common:error.unexpected') });
}

/** Fetches a document of the plan; a refusal (a missing route too) becomes an ApiError with the server's translated message. */
export async function fetchPlanDocument(id: string, kind: PlanDocumentKind, fallbackName: string): Promise<{ blob: Blob; fileName: string }> {
  let response: Response;
  try {
    response = await fetch(planDocumentPath(id, kind), { headers: { 'Accept-Language': currentLang() }, credentials: 'same-origin' });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK', message: i18n.t('common:error.network') });
  }
  if (!response.ok) throw await refusal(response);
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('Content-Disposition'), fallbackName) };
}

/** Hands a fetched file to the browser as a download. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function isImportResult(value: unknown): value is PlanImportResult {
  const v = value as Partial<PlanImportResult> | null;
  return v != null && typeof v === 'object' && Array.isArray(v.errors) && typeof v.lines === 'number';
}

/**
 * Sends an XLSX file to a draft plan: a dry run reports what would be imported, the real run applies it.
 * A file with errors is refused (422) with the same report in the details: it is returned as a report.
 */
export async function importPlan(id: string, file: File, dryRun: boolean): Promise<PlanImportResult> {
  const form = new FormData();
  form.set('file', file);
  form.set('dryRun', String(dryRun));
  try {
    return await postForm<PlanImportResult>(`${planPath(id)}/import`, form);
  } catch (error) {
    if (isApiError(error) && error.status === 422 && isImportResult(error.details)) return { ...error.details, applied: false, findings: error.details.findings ?? [] };
    throw error;
  }
}
