import type { AuditAction } from '../../../shared/access/permissions.ts';
import type { Executor } from '../db/client.ts';
import type { PublicContext } from '../http/context.ts';
import { newId } from '../ids.ts';
import { auditLog } from './audit.tables.ts';

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  /** who acted when there is no signed-in actor (a failed sign-in names the username tried) */
  actorUsername?: string | null;
}

const SECRET_FIELDS = new Set(['passwordHash', 'password', 'newPassword', 'currentPassword', 'csrfToken', 'token']);

function scrub(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map(scrub);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !SECRET_FIELDS.has(key)).map(([key, v]) => [key, scrub(v)]));
  }
  return value;
}

type AuditContext = Pick<PublicContext, 'actor' | 'now' | 'ip' | 'requestId'>;

/** The values of one audit row, secrets scrubbed (for a statement that writes it itself, in one round trip with its change). */
export type AuditValues = ReturnType<typeof auditRow>;

export function auditRow(ctx: AuditContext, entry: AuditEntry) {
  return {
    id: newId(),
    at: ctx.now,
    actorId: ctx.actor?.userId ?? null,
    actorUsername: ctx.actor?.username ?? entry.actorUsername ?? null,
    ip: ctx.ip,
    requestId: ctx.requestId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: scrub(entry.before),
    after: scrub(entry.after),
  };
}

/**
 * Writes one audit row inside the caller's transaction: who, when, from where, what, before and after.
 * Secrets (password hashes, tokens) never reach the log.
 */
export async function recordAudit(tx: Executor, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values(auditRow(ctx, entry));
}

/** The same for a bulk mutation (an import of thousands): the rows go in chunks, in the same transaction. */
export async function recordAuditMany(tx: Executor, ctx: AuditContext, entries: AuditEntry[], chunkSize = 1000): Promise<void> {
  for (let i = 0; i < entries.length; i += chunkSize) {
    await tx.insert(auditLog).values(entries.slice(i, i + chunkSize).map((entry) => auditRow(ctx, entry)));
  }
}
