import { tenantSettings } from '../db/schema';
import type { Db } from '../db/client';
import type { AuthState } from '../auth/types';
import { recordAudit } from '../audit/record';
import { deepMerge } from './deep-merge';
import { ownSettings, resolveSettings } from './resolve';
import { settingsPatchSchema, type SettingsPutPatch, type SettingsView } from './schema';

/**
 * Deep-merges a partial Settings into the acting tenant's own overrides (null removes an override, so
 * the value is inherited again); stored and audited in one transaction. An unchanged result writes nothing.
 */
export function updateSettings(db: Db, auth: AuthState, patch: SettingsPutPatch, now: Date): SettingsView {
  return db.transaction((tx) => {
    const before = ownSettings(tx, auth.tenantId);
    const after = settingsPatchSchema.parse(deepMerge(before, patch));
    if (JSON.stringify(after) === JSON.stringify(before)) return resolveSettings(tx, auth.tenantId, before);
    const row = { tenantId: auth.tenantId, settings: after, updatedAt: now.toISOString() };
    tx.insert(tenantSettings).values(row).onConflictDoUpdate({ target: tenantSettings.tenantId, set: { settings: after, updatedAt: row.updatedAt } }).run();
    recordAudit(tx, auth, now, { action: 'settings.update', targetType: 'tenant-settings', targetId: auth.tenantId, before, after });
    return resolveSettings(tx, auth.tenantId, after);
  });
}
