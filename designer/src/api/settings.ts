/** /api/settings (types from the API contract, @yilian/shared `api/settings`). */
import type { Settings, SettingsPatch, SettingsPutPatch, SettingsView } from '@yilian/shared';
import { api } from '@yilian/runtime/ui';

export type { Settings, SettingsPatch, SettingsView };

export const settingsApi = {
  get: () => api.get<SettingsView>('/api/settings'),
  /** Deep-merges the patch into the tenant's own settings (`null` removes an override). */
  save: (patch: SettingsPutPatch) => api.put<SettingsView>('/api/settings', patch),
};
