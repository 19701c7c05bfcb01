import { eq } from 'drizzle-orm';
import { tenantSettings } from '../db/schema';
import type { Db, Tx } from '../db/client';
import { cityTenantId } from '../tenants';
import { DEFAULT_SETTINGS } from './defaults';
import { deepMerge } from './deep-merge';
import { settingsPatchSchema, settingsSchema, type SettingsPatch, type SettingsView } from './schema';

/** A tenant's own stored overrides ({} when it has none). */
export function ownSettings(db: Db | Tx, tenantId: string): SettingsPatch {
  const row = db.select().from(tenantSettings).where(eq(tenantSettings.tenantId, tenantId)).get();
  if (!row) return {};
  const parsed = settingsPatchSchema.safeParse(row.settings);
  if (!parsed.success) throw new Error(`tenant_settings of ${tenantId} is invalid: ${parsed.error.message}`);
  return parsed.data;
}

/** A tenant's settings: defaults ← city's own ← tenant's own (the city inherits only the defaults). */
export function resolveSettings(db: Db | Tx, tenantId: string, own: SettingsPatch = ownSettings(db, tenantId)): SettingsView {
  const city = cityTenantId(db);
  const inherited = tenantId === city ? DEFAULT_SETTINGS : deepMerge(DEFAULT_SETTINGS, ownSettings(db, city));
  const effective = settingsSchema.parse(deepMerge(inherited, own));
  return { tenantId, effective, own, inherited };
}
