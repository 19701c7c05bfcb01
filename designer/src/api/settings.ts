import { api } from '@yilian/runtime/ui';

/** Tenant settings (every field present in `effective` and `inherited`). */
export interface Settings {
  warning: { scheme: 'ratio' | 'overdue'; yellowRatio: number; yellowMinDays: number; supervisionDays: number };
  badReviewFixDays: number;
  correctionStopsClock: boolean;
  excludeCreditFlaggedFromRongque: boolean;
  window: { name: string; address: string; phone: string; hours: string };
}

/** The tenant's own overrides: a deep partial of Settings. */
export interface SettingsPatch {
  warning?: Partial<Settings['warning']>;
  badReviewFixDays?: number;
  correctionStopsClock?: boolean;
  excludeCreditFlaggedFromRongque?: boolean;
  window?: Partial<Settings['window']>;
}

export interface SettingsView {
  tenantId: string;
  effective: Settings;
  own: SettingsPatch;
  inherited: Settings;
}

export const settingsApi = {
  get: () => api.get<SettingsView>('/api/settings'),
  /** Deep-merges the patch into the tenant's own settings. */
  save: (patch: SettingsPatch) => api.put<SettingsView>('/api/settings', patch),
};
