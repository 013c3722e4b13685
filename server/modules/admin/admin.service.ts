import type { AuditEntryDto, AuditQuery } from '../../../shared/modules/admin/admin.contracts.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { searchAudit, streamAudit, type AuditRow } from './admin.repository.ts';

function toDto(row: AuditRow): AuditEntryDto {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorUsername: row.actorUsername,
    ip: row.ip,
    requestId: row.requestId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before ?? null,
    after: row.after ?? null,
  };
}

/** A page of the audit log, filtered by actor, action, entity and period. */
export async function listAudit(ctx: ServiceContext, query: AuditQuery) {
  const { rows, total } = await searchAudit(ctx.db, query);
  return { items: rows.map(toDto), total, page: query.page, pageSize: query.pageSize };
}

const CSV_COLUMNS = ['at', 'actorUsername', 'actorId', 'ip', 'requestId', 'action', 'entityType', 'entityId', 'before', 'after'] as const;

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  // a leading =, +, - or @ would be read as a formula by a spreadsheet
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The filtered audit log as CSV (RFC 4180, UTF-8 with BOM so spreadsheets read Cyrillic), streamed. */
export async function* exportAuditCsv(ctx: ServiceContext, query: Omit<AuditQuery, 'page' | 'pageSize'>): AsyncGenerator<string> {
  yield `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;
  for await (const rows of streamAudit(ctx.db, query)) {
    yield rows.map((row) => CSV_COLUMNS.map((column) => csvCell(toDto(row)[column])).join(',')).join('\r\n') + '\r\n';
  }
}
