import { NOTIFICATION_PARAMS, type NotificationKind } from '../../../shared/notifications/kinds.ts';
import type { Executor } from '../db/client.ts';
import { newId } from '../ids.ts';
import { notifications } from './notifications.tables.ts';

/** One message to one user. */
export interface NotifyItem {
  userId: string;
  kind: NotificationKind;
  /** the values the kind's text interpolates (every param the catalog names for the kind) */
  params?: Record<string, string | number>;
  /** a web path to open from the notification (`/registration`) */
  link?: string;
}

const CHUNK = 1000;
// a path of this web app, never an outside address (`//host`, `https:`, `javascript:`)
const WEB_PATH = /^\/(?![/\\])[^\s]*$/;

/** A programming error in the calling module: a kind's text would miss a value, or a link would leave the app. */
function checked(item: NotifyItem): NotifyItem & { params: Record<string, string | number> } {
  const params = item.params ?? {};
  const expected = Object.keys(NOTIFICATION_PARAMS[item.kind]);
  const missing = expected.filter((name) => params[name] === undefined || params[name] === '');
  const unknown = Object.keys(params).filter((name) => !expected.includes(name));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(`notify(${item.kind}): missing params [${missing.join(', ')}], unknown params [${unknown.join(', ')}]`);
  }
  if (item.link !== undefined && !WEB_PATH.test(item.link)) throw new Error(`notify(${item.kind}): link ${item.link} is not a web path`);
  return { ...item, params };
}

/**
 * Sends in-app notifications: inserts them in the caller's transaction (`tx`), so they exist
 * exactly when the change they tell about commits. Multi-row inserts of up to 1,000 rows.
 */
export async function notify(tx: Executor, items: NotifyItem[], now: Date): Promise<void> {
  const rows = items.map(checked).map((item) => ({
    id: newId(),
    userId: item.userId,
    kind: item.kind,
    params: item.params,
    link: item.link ?? null,
    createdAt: now,
    readAt: null,
  }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.insert(notifications).values(rows.slice(i, i + CHUNK));
  }
}
