import { and, count, desc, eq, gte, ilike, lte, type SQL } from 'drizzle-orm';
import type { AuditQuery } from '../../../shared/modules/admin/admin.contracts.ts';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import type { Executor } from '../../platform/db/client.ts';

export type AuditRow = typeof auditLog.$inferSelect;

function where(q: Omit<AuditQuery, 'page' | 'pageSize'>): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (q.actor) parts.push(ilike(auditLog.actorUsername, q.actor.replace(/[\\%_]/g, (ch) => `\\${ch}`)));
  if (q.action) parts.push(eq(auditLog.action, q.action));
  if (q.entityType) parts.push(eq(auditLog.entityType, q.entityType));
  if (q.entityId) parts.push(eq(auditLog.entityId, q.entityId));
  if (q.from) parts.push(gte(auditLog.at, new Date(q.from)));
  if (q.to) parts.push(lte(auditLog.at, new Date(q.to)));
  return and(...parts);
}

/** A page of audit rows, newest first. */
export async function searchAudit(db: Executor, q: AuditQuery): Promise<{ rows: AuditRow[]; total: number }> {
  const condition = where(q);
  const rows = await db
    .select()
    .from(auditLog)
    .where(condition)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(auditLog).where(condition);
  return { rows, total: total?.n ?? 0 };
}

/** Every matching row, newest first, in batches (for the CSV export). */
export async function* streamAudit(db: Executor, q: Omit<AuditQuery, 'page' | 'pageSize'>, batch = 2000): AsyncGenerator<AuditRow[]> {
  const condition = where(q);
  for (let offset = 0; ; offset += batch) {
    const rows = await db.select().from(auditLog).where(condition).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(batch).offset(offset);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batch) return;
  }
}
