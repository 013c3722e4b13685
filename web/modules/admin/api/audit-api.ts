import type { AuditEntryDto } from '../../../../shared/modules/admin/admin.contracts.ts';
import { api, toQueryString, type Page } from '../../../lib/api-client.ts';

/** Audit filters as the API takes them (from/to are instants with an offset). */
export interface AuditFilters {
  actor?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const listAudit = (filters: AuditFilters & { page: number; pageSize: number }, signal?: AbortSignal) =>
  api.get<Page<AuditEntryDto>>('/api/admin/audit', { ...filters }, signal);

/** The CSV export of the same filtered log, downloaded by the browser with the session cookie. */
export function auditExportUrl(filters: AuditFilters): string {
  return `/api/admin/audit/export.csv${toQueryString({ ...filters })}`;
}
