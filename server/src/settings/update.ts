import { tenantSettings } from '../db/schema';
import type { Database } from '../db/database';
import type { AuthState } from '../auth/types';
import { recordAudit } from '../audit/record';
import { deepMerge } from './deep-merge';
import { ownSettings, resolveSettings } from './resolve';
import { settingsPatchSchema, type SettingsPutPatch, type SettingsView } from './schema';

/**
 * Deep-merges a partial Settings into the acting tenant's own overrides (null removes an override, so
 * the value is inherited again); stored and audited in one transaction. An unchanged result writes nothing.
 */
export async function updateSettings(db: Database, auth: AuthState, patch: SettingsPutPatch, now: Date): Promise<SettingsView> {
  return db.withTx(async (tx) => {
    const before = await ownSettings(tx, auth.tenantId);
    const after = settingsPatchSchema.parse(deepMerge(before, patch));
    if (JSON.stringify(after) === JSON.stringify(before)) return resolveSettings(tx, auth.tenantId, before);
    const row = { tenantId: auth.tenantId, settings: after, updatedAt: now.toISOString() };
    await tx.insert(tenantSettings).values(row).onConflictDoUpdate({ target: tenantSettings.tenantId, set: { settings: after, updatedAt: row.updatedAt } });
    await recordAudit(db, tx, auth, now, { action: 'settings.update', targetType: 'tenant-settings', targetId: auth.tenantId, before, after });
    return resolveSettings(tx, auth.tenantId, after);
  });
}
