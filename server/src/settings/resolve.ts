import { eq } from 'drizzle-orm';
import { tenantSettings } from '../db/schema';
import type { Reader } from '../db/database';
import { cityTenantId } from '../tenants';
import { DEFAULT_SETTINGS } from './defaults';
import { deepMerge } from './deep-merge';
import { settingsPatchSchema, settingsSchema, type SettingsPatch, type SettingsView } from './schema';

/** A tenant's own stored overrides ({} when it has none). */
export async function ownSettings(db: Reader, tenantId: string): Promise<SettingsPatch> {
  const [row] = await db.select().from(tenantSettings).where(eq(tenantSettings.tenantId, tenantId));
  if (!row) return {};
  const parsed = settingsPatchSchema.safeParse(row.settings);
  if (!parsed.success) throw new Error(`tenant_settings of ${tenantId} is invalid: ${parsed.error.message}`);
  return parsed.data;
}

/** A tenant's settings: defaults ← city's own ← tenant's own (the city inherits only the defaults). */
export async function resolveSettings(db: Reader, tenantId: string, stored?: SettingsPatch): Promise<SettingsView> {
  const own = stored ?? (await ownSettings(db, tenantId));
  const city = await cityTenantId(db);
  const inherited = tenantId === city ? DEFAULT_SETTINGS : deepMerge(DEFAULT_SETTINGS, await ownSettings(db, city));
  const effective = settingsSchema.parse(deepMerge(inherited, own));
  return { tenantId, effective, own, inherited };
}
