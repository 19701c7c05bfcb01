/** The settings' schemas are part of the API contract (shared/src/api/settings.ts). */
export {
  settingsPatchSchema, settingsPutSchema, settingsSchema, settingsViewSchema,
  type Settings, type SettingsPatch, type SettingsPutPatch, type SettingsView,
} from '@yilian/shared';
