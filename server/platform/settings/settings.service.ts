import { isDeepStrictEqual } from 'node:util';
import { dayInZone } from '../../../shared/calendar-day.ts';
import { defaultSettings, isSettingKey, SETTING_KEYS, SETTINGS, type SettingKey, type SettingValue, type SettingValues } from '../../../shared/settings/catalog.ts';
import type { SettingDto } from '../../../shared/modules/admin/admin.contracts.ts';
import type { Executor } from '../db/client.ts';
import { AppError } from '../http/app-error.ts';
import type { ServiceContext } from '../http/context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { validationDetails } from '../http/error-handler.ts';
import { settings } from './settings.tables.ts';

// Settings are read on every request (session lifetimes) and change rarely: each app node keeps
// them for a few seconds. A change made on this node is seen at once; on another node within the TTL.
const CACHE_TTL_MS = 5_000;
const cache = new WeakMap<object, { values: SettingValues; until: number }>();

async function loadSettings(db: Executor): Promise<SettingValues> {
  const values = defaultSettings() as Record<string, unknown>;
  for (const row of await db.select().from(settings)) {
    if (isSettingKey(row.key) && SETTINGS[row.key].schema.safeParse(row.value).success) values[row.key] = row.value;
  }
  return values as SettingValues;
}

/** Every setting's current value: the stored one, else the catalog's default. */
export async function readSettings(db: Executor): Promise<SettingValues> {
  const hit = cache.get(db);
  if (hit && hit.until > Date.now()) return hit.values;
  const values = await loadSettings(db);
  cache.set(db, { values, until: Date.now() + CACHE_TTL_MS });
  return values;
}

/** One setting's current value. */
export async function getSetting<K extends SettingKey>(db: Executor, key: K): Promise<SettingValue<K>> {
  return (await readSettings(db))[key];
}

/** Every setting as the administrator sees it. */
export async function listSettings(db: Executor): Promise<SettingDto[]> {
  const rows = new Map((await db.select().from(settings)).map((row) => [row.key, row]));
  return SETTING_KEYS.map((key) => {
    const row = rows.get(key);
    return {
      key,
      group: SETTINGS[key].group,
      value: row?.value ?? SETTINGS[key].default,
      defaultValue: SETTINGS[key].default,
      isDefault: row === undefined || isDeepStrictEqual(row.value, SETTINGS[key].default),
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  });
}

/** Changes one setting after validating it against its type; audited with the old and new value. */
export async function updateSetting(ctx: ServiceContext, key: string, value: unknown): Promise<SettingDto> {
  if (!isSettingKey(key)) throw new AppError('SETTING_UNKNOWN', { key });
  const parsed = SETTINGS[key].schema.safeParse(value);
  if (!parsed.success) throw new AppError('SETTING_INVALID', { key }, validationDetails(parsed.error, ctx.lang));
  await ctx.db.transaction(async (tx) => {
    const before = (await loadSettings(tx))[key];
    await tx
      .insert(settings)
      .values({ key, value: parsed.data, updatedAt: ctx.now, updatedBy: ctx.actor.userId })
      .onConflictDoUpdate({ target: settings.key, set: { value: parsed.data, updatedAt: ctx.now, updatedBy: ctx.actor.userId } });
    await recordAudit(tx, ctx, { action: 'admin.settings.update', entityType: 'setting', entityId: key, before: { value: before }, after: { value: parsed.data } });
  });
  cache.delete(ctx.db);
  const dto = (await listSettings(ctx.db)).find((s) => s.key === key);
  if (!dto) throw new AppError('SETTING_UNKNOWN', { key });
  return dto;
}

/** Today as the university's calendar day (`yyyy-mm-dd`, in its time zone): what "as of today" means everywhere. */
export async function universityToday(ctx: { db: Executor; now: Date }): Promise<string> {
  return dayInZone(ctx.now, await getSetting(ctx.db, 'university.timeZone'));
}
